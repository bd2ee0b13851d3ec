/* service_module.c — a service whose code is a loadable module (muk.h,
 * "services whose code is a loadable module"): the once-per-process
 * dlopen, the per-kernel start on the first request, per-thread state made
 * on a thread's first request, and the stop at fini. It knows nothing of
 * any service: the definition's `impl` (a muk_module_loader) says where
 * the module is and what it must be. */
#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "muk.h"

/* Loads are rare (once per module and process): one lock for all. */
static pthread_mutex_t load_mu = PTHREAD_MUTEX_INITIALIZER;

/* Per kernel: the module's state, made by its start() on the first
 * request. */
typedef struct module_service {
  pthread_mutex_t mu;
  _Atomic int started;
  void *state;
} module_service;

/* A thread's slot (muk_worker_state): the module's thread state, made on
 * the thread's first request, when the module is surely loaded. */
typedef struct module_thread {
  void *worker;
} module_thread;

static muk_module_loader *loader_of(muk_service *svc) {
  /* the definition's impl is const for the kernel; the loader itself is
   * the service's writable object (muk.h) */
  return (muk_module_loader *)muk_service_def_of(svc)->impl;
}

static const muk_module *open_module(const muk_module_loader *ld, const char *path,
                                     char *why, size_t n) {
  void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    snprintf(why, n, "%s", dlerror());
    return NULL;
  }
  const muk_module *mod = dlsym(h, ld->symbol);
  if (!mod || mod->abi != ld->abi || mod->nops != ld->nops || !mod->start || !mod->handle ||
      !mod->stop || !mod->thread_init != !mod->thread_fini) {
    snprintf(why, n, "%s: not a %s of this build", path, ld->what);
    dlclose(h);
    return NULL;
  }
  return mod;
}

/* The module, or NULL with ld->error_ set. Any thread. */
static const muk_module *module_of(muk_module_loader *ld) {
  const muk_module *mod = __atomic_load_n(&ld->loaded_, __ATOMIC_ACQUIRE);
  if (mod)
    return mod;
  pthread_mutex_lock(&load_mu);
  if (!(mod = __atomic_load_n(&ld->loaded_, __ATOMIC_RELAXED)) && !ld->error_[0]) {
    const char *env = ld->env ? getenv(ld->env) : NULL;
    const char *paths[] = {env && *env ? env : NULL, ld->installed, ld->built};
    char why[400] = "no path to look at";
    for (size_t i = 0; i < sizeof paths / sizeof paths[0] && !mod; i++) {
      if (!paths[i])
        continue;
      mod = open_module(ld, paths[i], why, sizeof why);
      if (env && *env)
        break; /* an explicit path is the only one tried */
    }
    if (mod)
      __atomic_store_n(&ld->loaded_, mod, __ATOMIC_RELEASE);
    else
      snprintf(ld->error_, sizeof ld->error_, "%s: %s", ld->what, why);
  }
  pthread_mutex_unlock(&load_mu);
  return mod;
}

int muk_module_service_init(muk_service *svc, void **state) {
  module_service *ms;
  if (!loader_of(svc))
    return UV_EINVAL;
  if (!(ms = calloc(1, sizeof *ms)))
    return UV_ENOMEM;
  if (pthread_mutex_init(&ms->mu, NULL) != 0) {
    free(ms);
    return UV_ENOMEM;
  }
  *state = ms;
  return 0;
}

/* The module's start, once per kernel; 0 or start()'s error. */
static int started(muk_service *svc, module_service *ms, const muk_module *mod) {
  int r = 0;
  if (atomic_load_explicit(&ms->started, memory_order_acquire))
    return 0;
  pthread_mutex_lock(&ms->mu);
  if (!ms->started && (r = mod->start(svc, &ms->state)) == 0)
    atomic_store_explicit(&ms->started, 1, memory_order_release);
  pthread_mutex_unlock(&ms->mu);
  return r < 0 ? r : 0;
}

void muk_module_service_handle(muk_service *svc, muk_msg *m) {
  muk_module_loader *ld = loader_of(svc);
  module_service *ms = muk_service_state(svc);
  const muk_module *mod = module_of(ld);
  void *worker = NULL;
  int r;
  if (!mod) {
    muk_msg_reset_args(m);
    muk_msg_add_str(m, ld->error_, strlen(ld->error_));
    muk_reply(m, MUK_ENOMODULE);
    return;
  }
  if ((r = started(svc, ms, mod)) < 0) {
    muk_reply(m, r);
    return;
  }
  if (mod->thread_init) {
    module_thread *t = muk_worker_state(svc);
    if (t && !t->worker)
      t->worker = mod->thread_init(svc);
    if (!t || !t->worker) { /* out of memory: this request fails */
      muk_reply(m, UV_ENOMEM);
      return;
    }
    worker = t->worker;
  }
  mod->handle(svc, ms->state, worker, m);
}

void muk_module_service_fini(muk_service *svc, void *state) {
  module_service *ms = state;
  if (ms->started)
    loader_of(svc)->loaded_->stop(svc, ms->state);
  pthread_mutex_destroy(&ms->mu);
  free(ms);
}

void *muk_module_service_thread_init(muk_service *svc) {
  (void)svc;
  return calloc(1, sizeof(module_thread));
}

void muk_module_service_thread_fini(muk_service *svc, void *ts) {
  module_thread *t = ts;
  /* a worker was made only by a loaded module */
  if (t && t->worker)
    __atomic_load_n(&loader_of(svc)->loaded_, __ATOMIC_ACQUIRE)->thread_fini(svc, t->worker);
  free(t);
}

void *muk_module_state(muk_service *svc) {
  module_service *ms = muk_service_state(svc);
  return ms ? ms->state : NULL;
}
