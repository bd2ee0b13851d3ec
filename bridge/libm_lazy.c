/* libm_lazy.c — the libm functions muk calls, bound on first use (see
 * libm_lazy.h for why). libm.so.6 is dlopen()ed once, under pthread_once;
 * afterwards a call costs one indirect jump, as a PLT call does. */
#include "libm_lazy.h"

/* Here the names mean libm's own functions (the build force-includes the
 * header, which redirects them). */
#undef floor
#undef ceil
#undef acos
#undef asin
#undef atan
#undef atan2
#undef cos
#undef exp
#undef fmod
#undef ldexp
#undef log
#undef pow
#undef sin
#undef tan
#undef log2
#undef log10
#undef log1p
#undef expm1
#undef cbrt
#undef hypot
#undef sinh
#undef cosh
#undef tanh
#undef asinh
#undef acosh
#undef atanh

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define LIBM_FUNCS(X)                                                                 \
  X(acos, double, (double a), (a)) X(asin, double, (double a), (a))                    \
  X(atan, double, (double a), (a)) X(atan2, double, (double a, double b), (a, b))      \
  X(cos, double, (double a), (a)) X(exp, double, (double a), (a))                      \
  X(fmod, double, (double a, double b), (a, b)) X(ldexp, double, (double a, int b), (a, b)) \
  X(log, double, (double a), (a)) X(pow, double, (double a, double b), (a, b))         \
  X(sin, double, (double a), (a)) X(tan, double, (double a), (a))                      \
  X(log2, double, (double a), (a)) X(log10, double, (double a), (a)) X(log1p, double, (double a), (a)) X(expm1, double, (double a), (a)) X(cbrt, double, (double a), (a)) X(hypot, double, (double a, double b), (a, b)) X(sinh, double, (double a), (a)) X(cosh, double, (double a), (a)) X(tanh, double, (double a), (a)) X(asinh, double, (double a), (a)) X(acosh, double, (double a), (a)) X(atanh, double, (double a), (a))

static struct {
#define FIELD(name, ret, params, args) ret(*name) params;
  LIBM_FUNCS(FIELD)
#undef FIELD
} lm;

static pthread_once_t lm_once = PTHREAD_ONCE_INIT;

static void lm_bind(void) {
  void *h = dlopen("libm.so.6", RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    const char *e = dlerror();
    fprintf(stderr, "muk: cannot load libm.so.6: %s\n", e ? e : "unknown error");
    abort(); /* glibc's own libm: without it nothing is right */
  }
#define BIND(name, ret, params, args)                                   \
  if (!(*(void **)&lm.name = dlsym(h, #name))) {                        \
    fprintf(stderr, "muk: libm.so.6 has no %s\n", #name);               \
    abort();                                                            \
  }
  LIBM_FUNCS(BIND)
#undef BIND
}

#define WRAP(name, ret, params, args)                                   \
  ret muk_lm_##name params {                                            \
    pthread_once(&lm_once, lm_bind); /* after the first: one load */  \
    return lm.name args;                                                \
  }
LIBM_FUNCS(WRAP)
#undef WRAP
