/* bridge.h — internal interfaces between the parts of the mujs ↔ kernel
 * bridge. Only the bridge's own sources include this. Everything here runs on the loop
 * thread, which is the only thread that touches the js_State. */
#ifndef MUK_BRIDGE_H
#define MUK_BRIDGE_H

#include <mujs.h>
#include <stdint.h>
#include <uv.h>

#include "muk.h"

typedef struct mukjs_rt mukjs_rt;

/* Per-subsystem state slots hung off the runtime. */
enum {
  MUKJS_SLOT_PROMISE = 0,
  MUKJS_SLOT_TIMERS,
  MUKJS_SLOT_CALL,
  MUKJS_SLOT_MODULES,
  MUKJS_SLOT_BUFFER,
  MUKJS_SLOT_TICKS,
  MUKJS_SLOT_CRYPTO,
  MUKJS_SLOT_MAX = 16
};

mukjs_rt *mukjs_rt_of(js_State *J);
js_State *mukjs_rt_js(mukjs_rt *rt);
uv_loop_t *mukjs_loop(js_State *J);
muk_kernel *mukjs_kernel(js_State *J);
void **mukjs_slot(js_State *J, int slot);

/* ---- error handling ----------------------------------------------------
 * An uncaught exception (the value on top of the stack): emits process
 * 'uncaughtException' if it has listeners, else prints the stack to stderr
 * and exits with status 1 (after 'exit' listeners). Pops the value. */
void mukjs_fatal_exception(js_State *J);
/* Print "Name: message\n    at ..." (or String(value)) for the value at idx
 * to stderr. */
void mukjs_print_error(js_State *J, int idx);

/* Call the function at stack [-2-nargs] with `this` at [-1-nargs] and nargs
 * arguments (mujs layout), protected: an exception goes to
 * mukjs_fatal_exception. Leaves nothing on the stack. Returns 0 or -1. */
int mukjs_call_protected(js_State *J, int nargs);

/* After each macrotask callback: drain the nextTick queue, then microtasks
 * (repeating until both are empty), then process unhandled rejections. */
void mukjs_run_ticks(js_State *J);

/* ---- Promise (bridge/promise.c) ---------------------------------------*/
void mukjs_promise_init(js_State *J); /* global Promise, queueMicrotask */
void mukjs_promise_free(js_State *J);
/* Run queued microtasks until the queue is empty; returns how many ran. */
int mukjs_microtasks_run(js_State *J);
int mukjs_microtasks_pending(js_State *J);
/* Node's processing of unhandled rejections (after microtasks drained):
 * 'unhandledRejection' listeners on process, else print and exit 1. */
void mukjs_promise_process_rejections(js_State *J);
/* Rejections waiting for process_rejections (a quick check). */
int mukjs_promise_rejections_pending(js_State *J);
/* Create a pending promise and push it. */
void mukjs_promise_new(js_State *J);
/* Settle the promise at idx with the value on top of the stack (popped). */
void mukjs_promise_resolve(js_State *J, int idx);
void mukjs_promise_reject(js_State *J, int idx);
/* 0 pending, 1 fulfilled, 2 rejected, -1 not a promise. When settled and
 * push_value is set, pushes the value/reason. */
int mukjs_promise_state(js_State *J, int idx, int push_value);
/* js_CFunction for internalBinding('util').promiseState(p): [state, value]
 * ([0] while pending), undefined for a non-promise. */
void mukjs_promise_binding_state(js_State *J);

#endif
