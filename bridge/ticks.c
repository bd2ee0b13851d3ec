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
      /* As in Node, a throwing tick ends this drain: the ticks left behind
       * run after the next macrotask. */
      if (rt->ticks_pending && run_next_ticks(J) < 0)
        return;
      mukjs_microtasks_run(J);
    } while (rt->ticks_pending);
    mukjs_promise_process_rejections(J);
  } while (rt->ticks_pending || mukjs_microtasks_pending(J));
}
