/* uv_baseline.c — (BENCH) the physical limit for the timer workloads: the
 * same shapes as timers_fanout.js and immediate_chain.js written directly
 * against libuv, no JS, no kernel. The harness reports them next to the
 * muk/node rows so a ratio can be read against what the loop itself costs.
 *
 *   uv_baseline timers [N=100000]     N uv_timer_t, delays 0..10 ms (same LCG
 *                                     as timers_fanout.js), all firing
 *   uv_baseline immediate [N=200000]  N chained check-phase callbacks
 *                                     (what setImmediate maps to)
 *
 * Prints `RESULT uv_<mode> <ops/s> ops/s`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

static long n_total, n_done;
static uint64_t t0;

static void report(const char *name) {
  double s = (double)(uv_hrtime() - t0) / 1e9;
  printf("RESULT %s %.0f ops/s\n", name, (double)n_total / s);
}

static void on_timer(uv_timer_t *t) {
  if (++n_done == n_total)
    report("uv_timers");
}

static void on_check(uv_check_t *c) {
  /* one "immediate" per loop iteration, each scheduling the next, as a
   * chained setImmediate does */
  if (++n_done == n_total) {
    uv_check_stop(c);
    uv_idle_stop((uv_idle_t *)c->data);
    report("uv_immediate");
  }
}

static void on_idle(uv_idle_t *i) {}

int main(int argc, char **argv) {
  const char *mode = argc > 1 ? argv[1] : "timers";
  uv_loop_t *loop = uv_default_loop();
  if (strcmp(mode, "timers") == 0) {
    n_total = argc > 2 ? atol(argv[2]) : 100000;
    uv_timer_t *timers = calloc((size_t)n_total, sizeof *timers);
    if (!timers)
      return 1;
    unsigned long long seed = 12345;
    t0 = uv_hrtime();
    for (long i = 0; i < n_total; i++) {
      seed = (seed * 1103515245ULL + 12345ULL) % 2147483648ULL;
      uv_timer_init(loop, &timers[i]);
      uv_timer_start(&timers[i], on_timer, seed % 11, 0);
    }
    uv_run(loop, UV_RUN_DEFAULT);
    /* the handles stay in the loop's queue (never closed): just exit */
  } else if (strcmp(mode, "immediate") == 0) {
    n_total = argc > 2 ? atol(argv[2]) : 200000;
    uv_check_t check;
    uv_idle_t idle; /* keeps the poll phase from blocking, as Node does */
    uv_check_init(loop, &check);
    uv_idle_init(loop, &idle);
    check.data = &idle;
    t0 = uv_hrtime();
    uv_idle_start(&idle, on_idle);
    uv_check_start(&check, on_check);
    uv_run(loop, UV_RUN_DEFAULT);
  } else {
    fprintf(stderr, "usage: uv_baseline timers|immediate [N]\n");
    return 2;
  }
  return 0;
}
