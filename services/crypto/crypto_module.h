/* crypto_module.h — what the crypto service in libmuk (crypto.c) and its
 * loadable module (module.c, muk-crypto.so) agree on: the module exports a
 * muk_module (muk.h) as `muk_crypto_module`, of this ABI. */
#ifndef MUK_SERVICES_CRYPTO_MODULE_H
#define MUK_SERVICES_CRYPTO_MODULE_H

#include "muk.h"

/* Bumped whenever the module's side of crypto.h's op numbering or of the
 * handlers' contract changes shape in a way an older module would misread.
 * 2: muk_module, the kernel's one interface for such modules. */
#define CRYPTO_MODULE_ABI 2

#endif
