/* crypto.c — the crypto service as libmuk holds it: its definition and a
 * loader. OpenSSL's code lives in a module of its own (muk-crypto.so,
 * module.c and the families' files), opened on the service's first
 * request: linked into muk, libcrypto cost every start ~2.5 M instructions
 * (libcrypto.so's relocations and symbol binding) or, linked statically,
 * ~240 k and 17 k relocated pointers, crypto used or not.
 *
 * The module is looked for at $MUK_CRYPTO_MODULE, then where `meson
 * install` puts it, then in the build tree. When it cannot be opened every
 * request fails with MUK_ENOMODULE and the loader's reason as its str
 * argument. */
#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crypto_internal.h"
#include "crypto_module.h"
#include "crypto_module_path.h" /* generated: CRYPTO_MODULE_INSTALLED, _BUILT */

#define CRYPTO_OP_NAME(id, name) [CRYPTO_##id] = name,
static const char *const crypto_op_names[CRYPTO_NOPS] = {CRYPTO_OPS(CRYPTO_OP_NAME)};

/* The module, once per process (a kernel may be made again; the module
 * stays). */
static pthread_mutex_t load_mu = PTHREAD_MUTEX_INITIALIZER;
static const crypto_module *_Atomic loaded;
static char load_error[512];

static const crypto_module *open_module(const char *path, char *why, size_t n) {
  void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    snprintf(why, n, "%s", dlerror());
    return NULL;
  }
  const crypto_module *mod = dlsym(h, "muk_crypto_module");
  if (!mod || mod->abi != CRYPTO_MODULE_ABI || mod->nops != CRYPTO_NOPS) {
    snprintf(why, n, "%s: not a crypto module of this build", path);
    dlclose(h);
    return NULL;
  }
  return mod;
}

static const crypto_module *module(void) {
  const crypto_module *mod = atomic_load_explicit(&loaded, memory_order_acquire);
  if (mod || load_error[0])
    return mod;
  pthread_mutex_lock(&load_mu);
  if (!(mod = atomic_load_explicit(&loaded, memory_order_relaxed)) && !load_error[0]) {
    const char *env = getenv("MUK_CRYPTO_MODULE");
    const char *paths[] = {env && *env ? env : NULL, CRYPTO_MODULE_INSTALLED,
                           CRYPTO_MODULE_BUILT};
    char why[512] = "";
    for (size_t i = 0; i < sizeof paths / sizeof paths[0] && !mod; i++) {
      if (!paths[i])
        continue;
      mod = open_module(paths[i], why, sizeof why);
      if (env && *env)
        break; /* an explicit path is the only one tried */
    }
    if (mod)
      atomic_store_explicit(&loaded, mod, memory_order_release);
    else
      snprintf(load_error, sizeof load_error, "crypto module: %s", why);
  }
  pthread_mutex_unlock(&load_mu);
  return mod;
}

static void fail_unloaded(muk_msg *m) {
  muk_msg_reset_args(m);
  muk_msg_add_str(m, load_error, strlen(load_error));
  muk_reply(m, MUK_ENOMODULE);
}

/* The module starts per kernel: its state (the handle table) lives in the
 * service's state, made on the first request. */
static void crypto_handle(muk_service *svc, muk_msg *m) {
  crypto_state *st = muk_service_state(svc);
  const crypto_module *mod = module();
  if (!mod) {
    fail_unloaded(m);
    return;
  }
  if (!atomic_load_explicit(&st->started, memory_order_acquire)) {
    pthread_mutex_lock(&st->mu);
    if (!st->started) {
      int r = mod->start(svc);
      if (r < 0) {
        pthread_mutex_unlock(&st->mu);
        muk_reply(m, r);
        return;
      }
      atomic_store_explicit(&st->started, 1, memory_order_release);
    }
    pthread_mutex_unlock(&st->mu);
  }
  mod->handle(svc, m);
}

static int crypto_init(muk_service *svc, void **state) {
  crypto_state *st = calloc(1, sizeof *st);
  if (!st)
    return UV_ENOMEM;
  if (pthread_mutex_init(&st->mu, NULL) != 0) {
    free(st);
    return UV_ENOMEM;
  }
  *state = st;
  return 0;
}

static void crypto_fini(muk_service *svc, void *state) {
  crypto_state *st = state;
  if (st->started)
    atomic_load(&loaded)->stop(svc);
  pthread_mutex_destroy(&st->mu);
  free(st);
}

#define CRYPTO_HANDLE_ROW(id, used, created, released, released_ok)          \
  [CRYPTO_##id] = {used, created, released, released_ok},
static const muk_op_handles crypto_op_handles[CRYPTO_NOPS] = {
    CRYPTO_HANDLE_OPS(CRYPTO_HANDLE_ROW)};

const muk_service_def muk_crypto_service = {
    .abi = MUK_SERVICE_ABI,
    .name = "crypto",
    .backend = "openssl",
    .exec = MUK_EXEC_POOL,
    .threads = 4,
    .nops = CRYPTO_NOPS,
    .op_names = crypto_op_names,
    .init = crypto_init,
    .handle = crypto_handle,
    .fini = crypto_fini,
    .flags = MUK_SVC_CALLER_SYNC,
    .op_handles = crypto_op_handles,
    .release_op = CRYPTO_FREE,
};
