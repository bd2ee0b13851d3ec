/* permission.c — internalBinding('permission'): the local kernel's
 * capability policy as the script sees it (process.permission, the
 * process-level powers env, child and worker, and the module loader's
 * reads), and Node's ERR_ACCESS_DENIED thrown from C. Whether a service
 * may reach a path or a host is decided by that service (muk.h,
 * "capabilities"); this file only answers for what the bridge itself does.
 *
 *   enabled() -> true when the kernel has a policy (process.permission)
 *   has(cap, [reference]) -> the local policy's answer (cap: index in CAPS)
 *   envGuard() -> an object whose every property access throws
 *                 ERR_ACCESS_DENIED (Environment): process.env without
 *                 --allow-env
 *   getenv(name) -> the variable or undefined, for muk's own modules
 *   CAPS, NAMES -> the scopes ('fs.read', ...) and permission names
 *                  ('FileSystemRead', ...) in muk_cap order */
#include <stdlib.h>
#include <string.h>

#include "binding.h"
#include "runtime.h"

static const muk_policy *policy(js_State *J) {
  return muk_kernel_policy(mukjs_rt_of(J)->kernel);
}

void mukjs_throw_access_denied(js_State *J, muk_cap cap, const char *resource) {
  js_newerror(J, "Access to this API has been restricted");
  js_pushliteral(J, "ERR_ACCESS_DENIED");
  js_setproperty(J, -2, "code");
  js_pushstring(J, muk_cap_name(cap));
  js_setproperty(J, -2, "permission");
  js_pushstring(J, resource);
  js_setproperty(J, -2, "resource");
  js_throw(J);
}

int mukjs_may_read(js_State *J, const char *path) {
  return muk_policy_has(policy(J), MUK_CAP_FS_READ, path);
}

static void p_enabled(js_State *J) { js_pushboolean(J, policy(J) != NULL); }

static void p_has(js_State *J) {
  int cap = js_tointeger(J, 1);
  const char *ref = js_isstring(J, 2) ? js_tostring(J, 2) : NULL;
  js_pushboolean(J, cap >= 0 && cap < MUK_CAP_N && muk_policy_has(policy(J), (muk_cap)cap, ref));
}

/* The guard's hooks: reading, writing or deleting any name is denied. */
static int env_has(js_State *J, void *p, const char *name) {
  (void)p;
  mukjs_throw_access_denied(J, MUK_CAP_ENV, name);
  return 0;
}

static int env_put(js_State *J, void *p, const char *name) {
  (void)p;
  mukjs_throw_access_denied(J, MUK_CAP_ENV, name);
  return 0;
}

static int env_delete(js_State *J, void *p, const char *name) {
  (void)p;
  mukjs_throw_access_denied(J, MUK_CAP_ENV, name);
  return 0;
}

static void p_env_guard(js_State *J) {
  js_getglobal(J, "Object");
  js_getproperty(J, -1, "prototype");
  js_rot2pop1(J);
  js_newuserdatax(J, "muk.env", NULL, env_has, env_put, env_delete, NULL);
}

static void p_getenv(js_State *J) {
  const char *v = getenv(js_tostring(J, 1));
  if (v)
    js_pushstring(J, v);
  else
    js_pushundefined(J);
}

static void props(js_State *J) {
  js_newarray(J);
  js_newarray(J);
  for (int c = 0; c < MUK_CAP_N; c++) {
    js_pushstring(J, muk_cap_scope((muk_cap)c));
    js_setindex(J, -3, c);
    js_pushstring(J, muk_cap_name((muk_cap)c));
    js_setindex(J, -2, c);
  }
  js_setproperty(J, -3, "NAMES");
  js_setproperty(J, -2, "CAPS");
}

static const mukjs_fn permission_fns[] = {
    {"enabled", p_enabled, 0},    {"has", p_has, 2}, {"envGuard", p_env_guard, 0},
    {"getenv", p_getenv, 1},      {NULL},
};

const mukjs_binding mukjs_binding_permission = {
    .name = "permission", .fns = permission_fns, .props = props};
