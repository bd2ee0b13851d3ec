/* random.c — the crypto service's CRYPTO_RANDOM_OPS (crypto.h): random
 * bytes from OpenSSL's DRBG (RAND_bytes: thread-safe, one DRBG per thread
 * in OpenSSL 3), so a sync request runs on the caller's thread and the
 * callback forms on the pool.
 *
 *   RANDOM      (i64 n) -> payload of n random bytes (0 <= n <= 2^31-1)
 *   RANDOM_FILL + payload: its bytes are overwritten in place and the
 *               payload comes back (a Buffer sent as the payload is filled
 *               where it lies; no copy in either direction locally). */
#include <limits.h>
#include <stdlib.h>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include "crypto_internal.h"

#define RANDOM_MAX ((int64_t)INT_MAX) /* Node's kMaxPossibleLength */

/* Fill n bytes at p in RAND_bytes' int-sized chunks: 0 or -1 (error queued). */
static int fill(uint8_t *p, size_t n) {
  while (n > 0) {
    int k = n > (size_t)INT_MAX ? INT_MAX : (int)n;
    if (RAND_bytes(p, k) != 1)
      return -1;
    p += k;
    n -= (size_t)k;
  }
  return 0;
}

void crypto_op_RANDOM(muk_service *svc, muk_msg *m) {
  int64_t n;
  (void)svc;
  if (muk_msg_i64(m, 0, &n) != 0) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  if (n < 0 || n > RANDOM_MAX) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  if ((uint64_t)n > muk_msg_reply_max(m)) { /* more than the sender takes */
    muk_msg_reset_args(m);
    muk_reply(m, MUK_ETOOBIG);
    return;
  }
  uint8_t *p = malloc(n > 0 ? (size_t)n : 1);
  if (!p) {
    muk_reply(m, UV_ENOMEM);
    return;
  }
  if (fill(p, (size_t)n) != 0) {
    free(p);
    crypto_fail_openssl(m, "RAND_bytes");
    return;
  }
  crypto_reply_bytes(m, p, (size_t)n, crypto_free_plain);
}

void crypto_op_RANDOM_FILL(muk_service *svc, muk_msg *m) {
  (void)svc;
  if (m->nargs != 0) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  if (m->payload.len > 0 && (!m->payload.data || fill(m->payload.data, m->payload.len) != 0)) {
    if (!m->payload.data) {
      muk_reply(m, MUK_EBADMSG);
      return;
    }
    crypto_fail_openssl(m, "RAND_bytes");
    return;
  }
  muk_reply(m, 0); /* the payload, filled, goes back as it came */
}
