/* registry.c — services by name and id, op names, metrics, and the table of
 * services compiled into this build. */
#include <stdlib.h>
#include <string.h>

#include "kernel_internal.h"
#include "muk_builtins.h" /* generated: MUK_BUILTINS = MUK_BUILTIN(sys) ... */

#define MUK_BUILTIN(n) extern const muk_service_def muk_##n##_service;
MUK_BUILTINS
#undef MUK_BUILTIN

static const muk_service_def *const muk__builtins[] = {
#define MUK_BUILTIN(n) &muk_##n##_service,
    MUK_BUILTINS
#undef MUK_BUILTIN
    NULL};

/* A service with more than one backend also exports
 * `const muk_service_def *const muk_NAME_backends[]` (NULL-terminated);
 * weak, so a service without it links as before. */
#define MUK_BUILTIN(n)                                                         \
  extern const muk_service_def *const muk_##n##_backends[]                     \
      __attribute__((weak));
MUK_BUILTINS
#undef MUK_BUILTIN

static const muk_service_def *const *const muk__builtin_backends[] = {
#define MUK_BUILTIN(n) muk_##n##_backends,
    MUK_BUILTINS
#undef MUK_BUILTIN
    NULL};

const muk_service_def *muk_builtin_service(const char *name) {
  size_t i;
  if (!name)
    return NULL;
  for (i = 0; muk__builtins[i]; i++)
    if (strcmp(muk__builtins[i]->name, name) == 0)
      return muk__builtins[i];
  return NULL;
}

const muk_service_def *muk_builtin_backend(const char *name,
                                           const char *backend) {
  const muk_service_def *def = muk_builtin_service(name);
  const muk_service_def *const *all;
  size_t i, j;
  if (!def || !backend || strcmp(def->backend, backend) == 0)
    return def;
  for (i = 0; muk__builtins[i]; i++) {
    if (muk__builtins[i] != def || !(all = muk__builtin_backends[i]))
      continue;
    for (j = 0; all[j]; j++)
      if (strcmp(all[j]->backend, backend) == 0)
        return all[j];
  }
  return NULL;
}

static const muk__exec_ops *exec_ops(muk_exec e) {
  switch (e) {
  case MUK_EXEC_POOL:
    return &muk__pool_ops;
  case MUK_EXEC_IOLOOP:
    return &muk__ioloop_ops;
  case MUK_EXEC_INLINE:
    return &muk__inline_ops;
  }
  return NULL;
}

int muk_register(muk_kernel *k, const muk_service_def *def) {
  muk_service *svc;
  const muk__exec_ops *ops;
  uint32_t i;
  int r;

  if (!k || !def)
    return UV_EINVAL;
  if (def->abi != MUK_SERVICE_ABI)
    return MUK_EABI;
  if (!def->name || !def->name[0] || !def->handle ||
      (def->nops && !def->op_names))
    return UV_EINVAL;
  if (!(ops = exec_ops(def->exec)))
    return UV_EINVAL;
  if (k->closing)
    return MUK_ECANCELED;
  if (muk_service_id(k, def->name) >= 0)
    return UV_EEXIST;

  if (k->nsvcs == k->capsvcs) {
    uint32_t cap = k->capsvcs ? k->capsvcs * 2 : 8;
    muk_service **n = realloc(k->svcs, cap * sizeof(*n));
    if (!n)
      return UV_ENOMEM;
    k->svcs = n;
    k->capsvcs = cap;
  }
  if (!(svc = calloc(1, sizeof(*svc))))
    return UV_ENOMEM;
  svc->k = k;
  svc->def = def;
  svc->ops = ops;
  svc->id = k->nsvcs;
  muk__fifo_init(&svc->pending);
  atomic_init(&svc->dropped, 0);

  if ((r = ops->start(svc)) != 0) {
    free(svc);
    return r;
  }
  i = k->nsvcs++;
  k->svcs[i] = svc;
  return (int)i;
}

int muk_service_id(muk_kernel *k, const char *name) {
  uint32_t i;
  if (!name)
    return MUK_ENOSERVICE;
  for (i = 0; i < k->nsvcs; i++)
    if (strcmp(k->svcs[i]->def->name, name) == 0)
      return (int)i;
  return MUK_ENOSERVICE;
}

muk_service *muk_service_get(muk_kernel *k, uint32_t id) {
  return id < k->nsvcs ? k->svcs[id] : NULL;
}

int muk_op_id(muk_kernel *k, uint32_t service, const char *op) {
  muk_service *svc = muk_service_get(k, service);
  uint32_t i;
  if (!svc)
    return MUK_ENOSERVICE;
  if (op)
    for (i = 0; i < svc->def->nops; i++)
      if (svc->def->op_names[i] && strcmp(svc->def->op_names[i], op) == 0)
        return (int)i;
  return MUK_ENOOP;
}

int muk_service_stats_get(muk_kernel *k, uint32_t id, muk_service_stats *out) {
  muk_service *svc = muk_service_get(k, id);
  if (!svc)
    return MUK_ENOSERVICE;
  out->requests = svc->requests;
  out->replies = svc->replies;
  out->errors = svc->errors;
  out->dropped = atomic_load_explicit(&svc->dropped, memory_order_relaxed);
  out->queued = svc->npending + svc->ops->queued(svc);
  return 0;
}

void *muk_service_state(muk_service *svc) { return svc->state; }

uv_loop_t *muk_service_loop(muk_service *svc) { return svc->ops->loop(svc); }

const muk_service_def *muk_service_def_of(muk_service *svc) {
  return svc->def;
}

muk_kernel *muk_service_kernel(muk_service *svc) { return svc->k; }

void muk__registry_free(muk_kernel *k) {
  uint32_t i;
  for (i = 0; i < k->nsvcs; i++)
    free(k->svcs[i]);
  free(k->svcs);
  k->svcs = NULL;
  k->nsvcs = k->capsvcs = 0;
}
