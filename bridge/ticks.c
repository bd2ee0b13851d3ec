/* ticks.c — what runs after every macrotask: the process.nextTick queue,
 * then the microtask queue, repeated until both are empty, then Node's
 * processing of unhandled rejections. */
#include "runtime.h"

static int run_next_ticks(js_State *J) {
  js_getregistry(J, "muk.internal");
  js_getproperty(J, -1, "runNextTicks");
  js_rot2(J);
  return mukjs_call_protected(J, 0);
}

void mukjs_run_ticks(js_State *J) {
  mukjs_rt *rt = mukjs_rt_of(J);
  do {
    do {
      /* A throwing tick went to 'uncaughtException' (or ended the
       * process); the ticks behind it still run in this drain. */
      if (rt->ticks_pending)
        run_next_ticks(J);
      mukjs_microtasks_run(J);
    } while (rt->ticks_pending);
    mukjs_promise_process_rejections(J);
  } while (rt->ticks_pending || mukjs_microtasks_pending(J));
}
