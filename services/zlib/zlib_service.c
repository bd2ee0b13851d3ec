/* zlib_service.c — the zlib service as libmuk holds it: its definition and
 * a loader. The codecs (zlib, brotli, zstd) live in a module of their own,
 * muk-zlib.so (module.c and the codec_*.c files), opened on the service's
 * first request, as services/crypto does with OpenSSL: a program that
 * never compresses does not load libz and libbrotli* at startup. (It also
 * keeps zlib's <zlib.h> apart from this folder's schema header, zlib.h:
 * the module is compiled without this folder on its include path.)
 *
 * The module is looked for at $MUK_ZLIB_MODULE, then where `meson install`
 * puts it, then in the build tree. When it cannot be opened every request
 * fails with MUK_ENOMODULE and the loader's reason as its str argument. */
#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "muk.h"
#include "zlib.h"
#include "zlib_module.h"
#include "zlib_module_path.h" /* generated: ZLIB_MODULE_INSTALLED, _BUILT */

#define ZLIB_OP_NAME(id, name) [ZLIB_##id] = name,
static const char *const zlib_op_names[ZLIB_NOPS] = {ZLIB_OPS(ZLIB_OP_NAME)};

/* The module, once per process. */
static pthread_mutex_t load_mu = PTHREAD_MUTEX_INITIALIZER;
static const zlib_module *_Atomic loaded;
static char load_error[512];

typedef struct zlib_state {
  pthread_mutex_t mu;
  _Atomic int started;
  void *mod_state; /* the module's (its handle table) */
} zlib_state;

static const zlib_module *open_module(const char *path, char *why, size_t n) {
  void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    snprintf(why, n, "%s", dlerror());
    return NULL;
  }
  const zlib_module *mod = dlsym(h, "muk_zlib_module");
  if (!mod || mod->abi != ZLIB_MODULE_ABI || mod->nops != ZLIB_NOPS) {
    snprintf(why, n, "%s: not a zlib module of this build", path);
    dlclose(h);
    return NULL;
  }
  return mod;
}

static const zlib_module *module(void) {
  const zlib_module *mod = atomic_load_explicit(&loaded, memory_order_acquire);
  if (mod || load_error[0])
    return mod;
  pthread_mutex_lock(&load_mu);
  if (!(mod = atomic_load_explicit(&loaded, memory_order_relaxed)) && !load_error[0]) {
    const char *env = getenv("MUK_ZLIB_MODULE");
    const char *paths[] = {env && *env ? env : NULL, ZLIB_MODULE_INSTALLED, ZLIB_MODULE_BUILT};
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
      snprintf(load_error, sizeof load_error, "zlib module: %s", why);
  }
  pthread_mutex_unlock(&load_mu);
  return mod;
}

static void zlib_handle(muk_service *svc, muk_msg *m) {
  zlib_state *st = muk_service_state(svc);
  const zlib_module *mod = module();
  if (!mod) {
    muk_msg_reset_args(m);
    muk_msg_add_str(m, load_error, strlen(load_error));
    muk_reply(m, MUK_ENOMODULE);
    return;
  }
  if (!atomic_load_explicit(&st->started, memory_order_acquire)) {
    pthread_mutex_lock(&st->mu);
    if (!st->started) {
      int r = mod->start(&st->mod_state);
      if (r < 0) {
        pthread_mutex_unlock(&st->mu);
        muk_reply(m, r);
        return;
      }
      atomic_store_explicit(&st->started, 1, memory_order_release);
    }
    pthread_mutex_unlock(&st->mu);
  }
  zlib_worker *w = muk_worker_state(svc);
  if (!w) { /* thread_init ran out of memory */
    muk_reply(m, UV_ENOMEM);
    return;
  }
  mod->handle(st->mod_state, w, m);
}

static void *zlib_thread_init(muk_service *svc) {
  (void)svc;
  return calloc(1, sizeof(zlib_worker));
}

static void zlib_thread_fini(muk_service *svc, void *ts) {
  zlib_worker *w = ts;
  (void)svc;
  if (w && w->cache)
    atomic_load(&loaded)->worker_free(w->cache);
  free(w);
}

static int zlib_init(muk_service *svc, void **state) {
  zlib_state *st = calloc(1, sizeof *st);
  (void)svc;
  if (!st)
    return UV_ENOMEM;
  if (pthread_mutex_init(&st->mu, NULL) != 0) {
    free(st);
    return UV_ENOMEM;
  }
  *state = st;
  return 0;
}

static void zlib_fini(muk_service *svc, void *state) {
  zlib_state *st = state;
  (void)svc;
  if (st->started)
    atomic_load(&loaded)->stop(st->mod_state);
  pthread_mutex_destroy(&st->mu);
  free(st);
}

#define ZLIB_HANDLE_ROW(id, used, created, released, released_ok)            \
  [ZLIB_##id] = {used, created, released, released_ok},
static const muk_op_handles zlib_op_handles[ZLIB_NOPS] = {ZLIB_HANDLE_OPS(ZLIB_HANDLE_ROW)};

/* POOL, computing (no MUK_SVC_BLOCKING: a batch wakes one worker per CPU);
 * CALLER_SYNC: the handlers are thread-safe, so a *Sync call runs on the
 * calling thread, with that thread's own reusable contexts. */
const muk_service_def muk_zlib_service = {
    .abi = MUK_SERVICE_ABI,
    .name = "zlib",
    .backend = "zlib-brotli-zstd",
    .exec = MUK_EXEC_POOL,
    .threads = 4,
    .nops = ZLIB_NOPS,
    .op_names = zlib_op_names,
    .init = zlib_init,
    .handle = zlib_handle,
    .thread_init = zlib_thread_init,
    .thread_fini = zlib_thread_fini,
    .fini = zlib_fini,
    .flags = MUK_SVC_CALLER_SYNC,
    .op_handles = zlib_op_handles,
    .release_op = ZLIB_FREE,
};
