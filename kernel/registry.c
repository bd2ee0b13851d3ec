/* registry.c — services by name and id, op names, metrics, and the table of
 * services compiled into this build. */
#include <stdlib.h>
#include <string.h>

#include "kernel_internal.h"

/* The services compiled into this build, generated from their folders'
 * declarations (services/meson.build, tools/gen_builtins.py): one
 * NULL-terminated row of backends per service, the default first. */
extern const muk_service_def *const *const muk__builtin_table[];

const muk_service_def *muk_builtin_service_at(size_t i) {
  size_t n;
  for (n = 0; n < i && muk__builtin_table[n]; n++)
    ;
  return muk__builtin_table[n] ? muk__builtin_table[n][0] : NULL;
}

static const muk_service_def *const *builtin_row(const char *name) {
  size_t i;
  if (!name)
    return NULL;
  for (i = 0; muk__builtin_table[i]; i++)
    if (strcmp(muk__builtin_table[i][0]->name, name) == 0)
      return muk__builtin_table[i];
  return NULL;
}

const muk_service_def *muk_builtin_service(const char *name) {
  const muk_service_def *const *row = builtin_row(name);
  return row ? row[0] : NULL;
}

const muk_service_def *muk_builtin_backend(const char *name,
                                           const char *backend) {
  const muk_service_def *const *row = builtin_row(name);
  size_t j;
  if (!row || !backend)
    return row ? row[0] : NULL;
  for (j = 0; row[j]; j++)
    if (strcmp(row[j]->backend, backend) == 0)
      return row[j];
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
