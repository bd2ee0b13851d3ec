/* nn_dl.c — libnanomsg loaded with dlopen on first use (see nn_dl.h). */
#include "nn_dl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

muk_nn_api muk__nn_fns;
static const muk_nn_api *nn_loaded;
static char nn_err[512];
static pthread_once_t nn_once = PTHREAD_ONCE_INIT;

static void nn_load(void) {
  static const struct {
    const char *name;
    size_t off;
  } syms[] = {
#define SYM(f) {"nn_" #f, offsetof(muk_nn_api, f)}
      SYM(socket), SYM(close), SYM(setsockopt), SYM(getsockopt), SYM(bind),
      SYM(connect), SYM(send), SYM(recv), SYM(freemsg), SYM(strerror),
#undef SYM
  };
  const char *lib = getenv("MUK_NANOMSG_LIB");
  if (!lib || !*lib)
    lib = MUK_NN_SONAME;
  /* RTLD_LAZY: only the few functions used are ever bound. Never closed:
   * nanomsg keeps a worker thread running once a socket exists. */
  void *h = dlopen(lib, RTLD_LAZY | RTLD_LOCAL);
  if (!h) {
    const char *e = dlerror();
    snprintf(nn_err, sizeof nn_err, "remote transport unavailable: cannot load %s: %s", lib,
             e ? e : "unknown error");
    return;
  }
  for (size_t i = 0; i < sizeof syms / sizeof syms[0]; i++) {
    void *f = dlsym(h, syms[i].name);
    if (!f) {
      snprintf(nn_err, sizeof nn_err, "remote transport unavailable: %s has no %s", lib,
               syms[i].name);
      return; /* h stays open: harmless, and dlclose could race other users */
    }
    /* POSIX guarantees data and function pointers convert (dlsym). */
    *(void **)((char *)&muk__nn_fns + syms[i].off) = f;
  }
  nn_loaded = &muk__nn_fns;
}

const muk_nn_api *muk__nn(void) {
  pthread_once(&nn_once, nn_load);
  return nn_loaded;
}

const char *muk__nn_error(void) {
  pthread_once(&nn_once, nn_load);
  return nn_loaded ? NULL : nn_err;
}
