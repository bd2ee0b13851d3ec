/* libm_lazy.h — force-included (-include) into mujs and the bridge: their
 * calls to libm go to libm_lazy.c, which binds libm on the first one. A
 * script that never needs a transcendental function never loads libm.so
 * (loading it runs its 21 IFUNC resolvers: ~0.3 MiB of RSS and 0.08 ms at
 * every startup). sqrt is an instruction (built with -fno-math-errno). */
#ifndef MUK_LIBM_LAZY_H
#define MUK_LIBM_LAZY_H

#include <math.h>

double muk_lm_acos(double);
double muk_lm_asin(double);
double muk_lm_atan(double);
double muk_lm_atan2(double, double);
double muk_lm_cos(double);
double muk_lm_exp(double);
double muk_lm_fmod(double, double);
double muk_lm_ldexp(double, int);
double muk_lm_log(double);
double muk_lm_pow(double, double);
double muk_lm_sin(double);
double muk_lm_tan(double);

/* floor and ceil are a few instructions with -fno-trapping-math, but mujs's
 * jsi.h has a `#pragma GCC optimize`, under which GCC forgets that flag and
 * calls libm for them: these two are compiled before it (this header is
 * force-included) and never inlined into it, so they stay libm-free. */
__attribute__((noinline, unused)) static double muk_lm_floor(double x) { return __builtin_floor(x); }
__attribute__((noinline, unused)) static double muk_lm_ceil(double x) { return __builtin_ceil(x); }
#define floor muk_lm_floor
#define ceil muk_lm_ceil
#define acos muk_lm_acos
#define asin muk_lm_asin
#define atan muk_lm_atan
#define atan2 muk_lm_atan2
#define cos muk_lm_cos
#define exp muk_lm_exp
#define fmod muk_lm_fmod
#define ldexp muk_lm_ldexp
#define log muk_lm_log
#define pow muk_lm_pow
#define sin muk_lm_sin
#define tan muk_lm_tan

#endif
