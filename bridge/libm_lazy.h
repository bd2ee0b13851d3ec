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
/* ES2015's Math functions (mujs jsextra.c) */
double muk_lm_log2(double);
double muk_lm_log10(double);
double muk_lm_log1p(double);
double muk_lm_expm1(double);
double muk_lm_cbrt(double);
double muk_lm_hypot(double, double);
double muk_lm_sinh(double);
double muk_lm_cosh(double);
double muk_lm_tanh(double);
double muk_lm_asinh(double);
double muk_lm_acosh(double);
double muk_lm_atanh(double);

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
#define log2 muk_lm_log2
#define log10 muk_lm_log10
#define log1p muk_lm_log1p
#define expm1 muk_lm_expm1
#define cbrt muk_lm_cbrt
#define hypot muk_lm_hypot
#define sinh muk_lm_sinh
#define cosh muk_lm_cosh
#define tanh muk_lm_tanh
#define asinh muk_lm_asinh
#define acosh muk_lm_acosh
#define atanh muk_lm_atanh

#endif
