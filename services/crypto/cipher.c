/* cipher.c — the crypto service's CRYPTO_CIPHER_OPS (crypto.h). Being written:
 * until then each op answers UV_ENOSYS. */
#include "crypto_internal.h"

#define PENDING(id, name)                                                    \
  void crypto_op_##id(muk_service *svc, muk_msg *m) { muk_reply(m, UV_ENOSYS); }
CRYPTO_CIPHER_OPS(PENDING)
