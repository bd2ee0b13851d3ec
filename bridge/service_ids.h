/* service_ids.h — what a service's ops are called in this kernel: the
 * schema header (services/<name>/<name>.h) lists a service's ops once as an
 * X-macro; the bridge resolves those names to the kernel's service and op
 * ids once per kernel, here, instead of caching ids by hand per binding.
 *
 *   static const char fs_ops[] = FS_OPS(MUKJS_OP_NAME);
 *   static int fs_op_ids[FS_NOPS];
 *   static mukjs_service fs_svc = MUKJS_SERVICE("fs", fs_ops, fs_op_ids);
 *   ...
 *   if (mukjs_service_ids(J, &fs_svc) < 0) ...   (cheap after the first)
 *   m->service = fs_svc.sid; m->op = fs_svc.op[FS_STAT];
 */
#ifndef MUK_BRIDGE_SERVICE_IDS_H
#define MUK_BRIDGE_SERVICE_IDS_H

#include "bridge.h"

/* For a schema's X(ID, "name") op list: its names in schema order, as one
 * string of NUL-terminated names (a table of pointers would cost startup
 * a load-time relocation per name). */
#define MUKJS_OP_NAME(id, name) name "\0"

typedef struct mukjs_service {
  const char *name;             /* the service's registered name */
  const char *op_names;         /* the schema's ops (MUKJS_OP_NAME) */
  int nops;
  int *op;                      /* nops ids in the kernel (< 0: missing) */
  muk_kernel *k;                /* the kernel resolved for (NULL: none yet) */
  int sid;                      /* the service's id there */
} mukjs_service;

#define MUKJS_SERVICE(name, names, ids)                                      \
  {name, names, (int)(sizeof(ids) / sizeof((ids)[0])), ids, NULL, -1}

/* Look s's service and ops up in k by name (the slow half). */
int mukjs_service_resolve(muk_kernel *k, mukjs_service *s);

/* s->sid (>= 0) with s->op filled for J's kernel, resolved on first use
 * (again after a failure: the service may be registered later); a
 * negative status (also left in s->sid) when the kernel has no such
 * service. */
static inline int mukjs_service_ids(js_State *J, mukjs_service *s) {
  muk_kernel *k = mukjs_kernel(J);
  return s->k == k ? s->sid : mukjs_service_resolve(k, s);
}

#endif
