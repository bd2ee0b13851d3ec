/* crypto_module.h — the entry points of the crypto service's loadable
 * module (module.c, muk-crypto.so), as the service in libmuk (crypto.c)
 * finds them: the symbol `muk_crypto_module`. */
#ifndef MUK_SERVICES_CRYPTO_MODULE_H
#define MUK_SERVICES_CRYPTO_MODULE_H

#include "muk.h"

/* Bumped whenever this struct or crypto.h's op numbering changes shape in a
 * way an older module would misread. */
#define CRYPTO_MODULE_ABI 1

typedef struct crypto_module {
  uint32_t abi;   /* CRYPTO_MODULE_ABI */
  uint32_t nops;  /* CRYPTO_NOPS as the module was built */
  /* once, on the first request, before any handle(): 0 or an error */
  int (*start)(muk_service *svc);
  /* one request, on the service's worker (or a sync caller's) thread */
  void (*handle)(muk_service *svc, muk_msg *m);
  /* at the service's fini, when start() succeeded */
  void (*stop)(muk_service *svc);
} crypto_module;

#endif
