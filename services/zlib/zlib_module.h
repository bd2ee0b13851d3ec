/* zlib_module.h — the entry points of the zlib service's loadable module
 * (module.c, muk-zlib.so), as the service in libmuk (zlib_service.c) finds
 * them: the symbol `muk_zlib_module`. */
#ifndef MUK_SERVICES_ZLIB_MODULE_H
#define MUK_SERVICES_ZLIB_MODULE_H

#include "muk.h"

/* Bumped whenever this struct or zlib.h's op numbering changes shape. */
#define ZLIB_MODULE_ABI 1

/* What thread_init gives each worker (and each sync caller): the module
 * keeps its reusable one-shot contexts behind `cache`. */
typedef struct zlib_worker {
  void *cache;
} zlib_worker;

typedef struct zlib_module {
  uint32_t abi;  /* ZLIB_MODULE_ABI */
  uint32_t nops; /* ZLIB_NOPS as the module was built */
  /* once per kernel, on the first request: the module's service-wide
   * state (the handle table) in *state; 0 or an error */
  int (*start)(void **state);
  /* one request, on a worker (or a sync caller's) thread */
  void (*handle)(void *state, zlib_worker *w, muk_msg *m);
  /* at the service's fini, when start() succeeded */
  void (*stop)(void *state);
  /* a worker's cache, when its thread ends */
  void (*worker_free)(void *cache);
} zlib_module;

#endif
