/* ticks.c — what runs after every macrotask: the process.nextTick queue,
 * then the microtask queue, repeated until both are empty, then Node's
 * processing of unhandled rejections.
 *
 * The nextTick queue is native: entries are (callback, args) pairs kept in a
 * flat JS array in the registry, indexed by a C head/tail, so scheduling and
 * running a tick is a few C calls, not an interpreted function. */
#include <stdlib.h>

#include "runtime.h"

#define REG_TICKS "muk.ticks"
#define COMPACT_AT 4096 /* entries consumed before the queue is moved down */

typedef struct tick_queue {
  int head, tail; /* entries [head, tail) are pending; 2 array slots each */
} tick_queue;

static tick_queue *queue(js_State *J) {
  void **slot = mukjs_slot(J, MUKJS_SLOT_TICKS);
  if (!*slot) {
    *slot = calloc(1, sizeof(tick_queue));
    if (!*slot)
      js_error(J, "out of memory");
    js_newarray(J);
    js_setregistry(J, REG_TICKS);
  }
  return *slot;
}

void mukjs_ticks_free(js_State *J) {
  void **slot = mukjs_slot(J, MUKJS_SLOT_TICKS);
  free(*slot);
  *slot = NULL;
}

/* Move the pending entries to the front of the array (arr on top). */
static void compact(js_State *J, tick_queue *q) {
  int n = q->tail - q->head;
  for (int i = 0; i < 2 * n; i++) {
    js_getindex(J, -1, 2 * q->head + i);
    js_setindex(J, -2, i);
  }
  for (int i = 2 * n; i < 2 * q->tail; i++) {
    js_pushundefined(J);
    js_setindex(J, -2, i);
  }
  js_setlength(J, -1, 2 * n);
  q->head = 0;
  q->tail = n;
}

/* process.nextTick(callback[, ...args]) */
void mukjs_next_tick(js_State *J) {
  int nargs = js_gettop(J) - 2; /* beyond this and callback */
  if (!js_iscallable(J, 1)) {
    js_getregistry(J, "muk.requireBuiltin");
    js_pushundefined(J);
    js_pushliteral(J, "internal/errors");
    js_call(J, 1);
    js_getproperty(J, -1, "invalidArgType");
    js_rot2(J);
    js_pushliteral(J, "callback");
    js_pushliteral(J, "function");
    js_copy(J, 1);
    js_call(J, 3);
    js_throw(J);
  }
  tick_queue *q = queue(J);
  js_getregistry(J, REG_TICKS);
  if (q->head >= COMPACT_AT && q->head > q->tail - q->head)
    compact(J, q);
  js_copy(J, 1);
  js_setindex(J, -2, 2 * q->tail);
  if (nargs > 0) {
    js_newarray(J);
    for (int i = 0; i < nargs; i++) {
      js_copy(J, 2 + i);
      js_setindex(J, -2, i);
    }
  } else {
    js_pushundefined(J);
  }
  js_setindex(J, -2, 2 * q->tail + 1);
  q->tail++;
  mukjs_rt_of(J)->ticks_pending = 1;
  js_pushundefined(J);
}

/* Run every queued tick, including those queued meanwhile. A throwing tick
 * goes to 'uncaughtException' (or ends the process); the rest still run. */
static void run_next_ticks(js_State *J) {
  mukjs_rt *rt = mukjs_rt_of(J);
  tick_queue *q = queue(J);
  js_getregistry(J, REG_TICKS);
  while (q->head < q->tail) {
    int i = 2 * q->head;
    js_getindex(J, -1, i);     /* callback */
    js_pushundefined(J);       /* this */
    js_getindex(J, -3, i + 1); /* args | undefined */
    js_pushundefined(J);
    js_setindex(J, -5, i);
    js_pushundefined(J);
    js_setindex(J, -5, i + 1);
    if (++q->head == q->tail) {
      q->head = q->tail = 0;
      rt->ticks_pending = 0;
    }
    int n = 0;
    if (js_isarray(J, -1)) {
      int len = js_getlength(J, -1);
      for (int k = 0; k < len; k++)
        js_getindex(J, -1 - k, k);
      js_remove(J, -1 - len);
      n = len;
    } else {
      js_pop(J, 1);
    }
    if (js_pcall(J, n))
      mukjs_fatal_exception(J);
    else
      js_pop(J, 1);
  }
  rt->ticks_pending = 0;
  js_pop(J, 1);
}

void mukjs_run_ticks(js_State *J) {
  mukjs_rt *rt = mukjs_rt_of(J);
  /* the common case after a callback: nothing queued at all */
  if (!rt->ticks_pending && !mukjs_microtasks_pending(J) &&
      !mukjs_promise_rejections_pending(J))
    return;
  do {
    do {
      if (rt->ticks_pending)
        run_next_ticks(J);
      mukjs_microtasks_run(J);
    } while (rt->ticks_pending);
    mukjs_promise_process_rejections(J);
  } while (rt->ticks_pending || mukjs_microtasks_pending(J));
}
