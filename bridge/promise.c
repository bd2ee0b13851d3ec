/* promise.c — ES2021 Promise, the microtask queue and Node's unhandled
 * rejection processing, in C on top of mujs's public API.
 *
 * A promise is a userdata object (tag "Promise") whose C struct holds its
 * state and flags, inside the object's own allocation (0161); the JS values
 * it owns live in its internal slots (0110: there too, seen by the
 * collector):
 *   pending:  one reaction: slots S_F, S_R, S_D = onFulfilled, onRejected,
 *             derived; more: slot S_ALL = a flat array [onFulfilled,
 *             onRejected, derived] * nreact (the others undefined);
 *   settled:  slot S_V = the value or the reason (the others undefined).
 * A pending promise with one reaction (a `then` chain's every link) is
 * thus one object and no property node or array.
 *
 * Microtasks are kept in a ring: the C ring holds each job's kind, and a JS
 * array in the registry (REG_Q, 3 slots per ring entry) holds its values.
 *
 * Resolving functions ("resolve"/"reject" handed to executors and thenables)
 * carry their promise in a hidden property and a generation number in their
 * C data: a pair is live while p->live equals its generation, which gives
 * the spec's shared [[AlreadyResolved]] without allocating a record.
 *
 * Tick counts follow V8: resolving with a thenable costs a
 * NewPromiseResolveThenableJob, and for a native promise with the original
 * `then` that job attaches a pass-through reaction (V8's fast path), so
 * resolving with a native promise costs two extra ticks, as in Node. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#include "bridge.h"

#define TAG "Promise"
/* a promise's internal slots */
enum { S_V = 0, S_ALL = 0, S_F = 0, S_R = 1, S_D = 2, S_COUNT = 3 };
/* The one internal slot of the helper functions: a resolving function's
 * promise, a finally helper's onFinally, a finally thunk's value/reason, a
 * combinator element function's context. */
#define FN_SLOT 0

/* The hot registry entries get short keys that differ at their first byte
 * (the registry is a sorted tree searched with strcmp, and most of its keys
 * share the prefix "muk."). */
#define REG_Q "\x02Q"
#define REG_PROTO "\x02P"
#define REG_THEN "\x02T"
#define REG_CTOR "\x02C"
#define REG_UNH "muk.promise.unhandled"
#define REG_LATE "muk.promise.late"
#define REG_AGGR "muk.promise.aggregate"

enum { PENDING = 0, FULFILLED = 1, REJECTED = 2 };
enum { TRACK_NONE = 0, TRACK_PENDING = 1, TRACK_WARNED = 2 };
enum { J_REACT = 1, J_THENABLE, J_THENABLE_FAST, J_TASK };

typedef struct mpromise {
  uint8_t state;
  uint8_t handled; /* a reaction was ever attached */
  uint8_t locked;  /* resolved: settled, or locked in to a thenable */
  uint8_t track;   /* unhandled-rejection tracking */
  uint32_t nreact; /* reactions while pending */
  uint32_t gen;    /* last resolving-function generation handed out */
  uint32_t live;   /* generation of the live pair, 0 if none */
  uint32_t uid;    /* rejection id (Node's) */
} mpromise;

typedef struct job {
  uint8_t kind;
  uint8_t flag; /* J_REACT: the argument is a rejection reason */
} job;

typedef struct pstate {
  job *ring;
  uint32_t cap; /* power of two */
  uint32_t head;
  uint32_t count;
  uint32_t next_uid;
  int draining;
  int nunhandled; /* entries in REG_UNH */
  int nlate;      /* entries in REG_LATE */
} pstate;

static pstate *getS(js_State *J) {
  return (pstate *)*mukjs_slot(J, MUKJS_SLOT_PROMISE);
}

static int absidx(js_State *J, int idx) {
  return idx < 0 ? js_gettop(J) + idx : idx;
}

static mpromise *topromise(js_State *J, int idx) {
  if (js_isuserdata(J, idx, TAG))
    return (mpromise *)js_touserdata(J, idx, TAG);
  return NULL;
}

/* Push a new pending promise: its struct lives in the object's own block
 * (0161), so a promise is one allocation. */
static mpromise *push_new_promise(js_State *J) {
  js_getregistry(J, REG_PROTO);
  return js_newuserdatainline(J, TAG, sizeof(mpromise), S_COUNT);
}

/* ---- the microtask ring ------------------------------------------------*/

/* Double the ring (called when full). The JS array grows in place by
 * appending (mujs keeps it flat); the wrapped prefix [0, head) moves to
 * [cap, cap + head) so the live entries stay contiguous. */
static void ring_grow(js_State *J, pstate *S) {
  uint32_t ncap = S->cap ? S->cap * 2 : 256, i;
  int k;
  job *nr = realloc(S->ring, ncap * sizeof *nr);
  if (!nr)
    js_error(J, "out of memory");
  S->ring = nr;
  js_getregistry(J, REG_Q);
  for (i = 3 * S->cap; i < 3 * ncap; i++) {
    js_pushundefined(J);
    js_setindex(J, -2, (int)i);
  }
  for (i = 0; i < S->head; i++) {
    for (k = 0; k < 3; k++) {
      js_getindex(J, -1, 3 * i + k);
      js_setindex(J, -2, 3 * (S->cap + i) + k);
      js_pushundefined(J);
      js_setindex(J, -2, 3 * i + k);
    }
    nr[S->cap + i] = nr[i];
  }
  js_pop(J, 1);
  S->cap = ncap;
}

/* Enqueue a job whose three values are on top of the stack (popped). */
static void enqueue(js_State *J, int kind, int flag) {
  pstate *S = getS(J);
  uint32_t i;
  if (S->count == S->cap)
    ring_grow(J, S);
  i = (S->head + S->count) & (S->cap - 1);
  js_getregistry(J, REG_Q);
  js_rot4(J); /* Q v0 v1 v2 */
  js_setindex(J, -4, 3 * i + 2);
  js_setindex(J, -3, 3 * i + 1);
  js_setindex(J, -2, 3 * i);
  js_pop(J, 1);
  S->ring[i].kind = (uint8_t)kind;
  S->ring[i].flag = (uint8_t)flag;
  S->count++;
}

/* ---- settling ----------------------------------------------------------*/

static void track_reject(js_State *J, int pidx, mpromise *p) {
  pstate *S = getS(J);
  p->uid = ++S->next_uid;
  p->track = TRACK_PENDING;
  js_getregistry(J, REG_UNH);
  js_copy(J, pidx);
  js_setindex(J, -2, S->nunhandled);
  js_pop(J, 1);
  S->nunhandled++;
}

static void track_handle(js_State *J, int pidx, mpromise *p) {
  pstate *S = getS(J);
  if (p->track == TRACK_WARNED) {
    js_getregistry(J, REG_LATE);
    js_copy(J, pidx);
    js_setindex(J, -2, S->nlate);
    js_pop(J, 1);
    S->nlate++;
  }
  p->track = TRACK_NONE;
}

/* Fulfill or reject the promise at pidx with the value on top (popped). */
static void settle(js_State *J, int pidx, mpromise *p, int state) {
  uint32_t nr = p->nreact, i;
  int v, k = state == FULFILLED ? 0 : 1;
  pidx = absidx(J, pidx);
  v = js_gettop(J) - 1;
  p->nreact = 0;
  if (nr == 1) {
    js_getslot(J, pidx, k == 0 ? S_F : S_R);
    js_getslot(J, pidx, S_D);
    js_copy(J, v);
    enqueue(J, J_REACT, state == REJECTED);
  } else if (nr > 1) {
    int r;
    js_getslot(J, pidx, S_ALL);
    r = js_gettop(J) - 1;
    for (i = 0; i < nr; i++) {
      js_getindex(J, r, 3 * (int)i + k);
      js_getindex(J, r, 3 * (int)i + 2);
      js_copy(J, v);
      enqueue(J, J_REACT, state == REJECTED);
    }
    js_pop(J, 1);
  }
  js_pushundefined(J);
  js_setslot(J, pidx, S_R);
  js_pushundefined(J);
  js_setslot(J, pidx, S_D);
  js_copy(J, v);
  js_setslot(J, pidx, S_V);
  p->state = (uint8_t)state;
  p->locked = 1;
  p->live = 0;
  if (state == REJECTED && !p->handled)
    track_reject(J, pidx, p);
  js_pop(J, 1);
}

/* Push resolution.then (the object on top); on an exception push the error
 * instead and return 1. */
static int try_get_then(js_State *J) {
  if (js_try(J))
    return 1;
  js_getproperty(J, -1, "then");
  js_endtry(J);
  return 0;
}

/* The promise resolve procedure: resolution on top (popped). */
static void resolve_p(js_State *J, int pidx, mpromise *p) {
  pidx = absidx(J, pidx);
  mpromise *q;
  int fast;
  if (!js_isobject(J, -1)) {
    settle(J, pidx, p, FULFILLED);
    return;
  }
  q = topromise(J, -1);
  if (q == p) {
    js_pop(J, 1);
    js_newtypeerror(J, "Chaining cycle detected for promise #<Promise>");
    settle(J, pidx, p, REJECTED);
    return;
  }
  if (try_get_then(J)) {
    js_rot2pop1(J); /* drop the resolution, keep the error */
    settle(J, pidx, p, REJECTED);
    return;
  }
  if (!js_iscallable(J, -1)) {
    js_pop(J, 1);
    settle(J, pidx, p, FULFILLED);
    return;
  }
  fast = 0;
  if (q) {
    js_getregistry(J, REG_THEN);
    fast = js_strictequal(J);
    js_pop(J, 1);
  }
  js_copy(J, pidx);
  js_rot3(J); /* promise thenable then */
  enqueue(J, fast ? J_THENABLE_FAST : J_THENABLE, 0);
}

static void perform_then(js_State *J, int pidx, mpromise *p, int fidx,
                         int ridx, int didx) {
  pidx = absidx(J, pidx);
  fidx = absidx(J, fidx);
  ridx = absidx(J, ridx);
  didx = absidx(J, didx);
  if (p->state == PENDING && p->nreact == 0) {
    js_copy(J, fidx);
    js_setslot(J, pidx, S_F);
    js_copy(J, ridx);
    js_setslot(J, pidx, S_R);
    js_copy(J, didx);
    js_setslot(J, pidx, S_D);
    p->nreact++;
  } else if (p->state == PENDING) {
    int n = (int)p->nreact * 3;
    if (p->nreact == 1) { /* the slots' reaction moves into an array */
      int k;
      js_newarray(J);
      for (k = 0; k < 3; k++) {
        js_getslot(J, pidx, S_F + k);
        js_setindex(J, -2, k);
      }
      js_pushundefined(J);
      js_setslot(J, pidx, S_R);
      js_pushundefined(J);
      js_setslot(J, pidx, S_D);
      js_copy(J, -1);
      js_setslot(J, pidx, S_ALL);
    } else {
      js_getslot(J, pidx, S_ALL);
    }
    js_copy(J, fidx);
    js_setindex(J, -2, n);
    js_copy(J, ridx);
    js_setindex(J, -2, n + 1);
    js_copy(J, didx);
    js_setindex(J, -2, n + 2);
    js_pop(J, 1);
    p->nreact++;
  } else {
    int rejected = p->state == REJECTED;
    if (rejected && !p->handled)
      track_handle(J, pidx, p);
    js_copy(J, rejected ? ridx : fidx);
    js_copy(J, didx);
    js_getslot(J, pidx, S_V);
    enqueue(J, J_REACT, rejected);
  }
  p->handled = 1;
}

/* ---- resolving functions -----------------------------------------------*/

static void resolving_fn(js_State *J, int is_reject) {
  uint32_t gen = (uint32_t)(uintptr_t)js_currentfunctiondata(J);
  mpromise *p;
  int pidx;
  js_currentfunctionslot(J, FN_SLOT);
  p = topromise(J, -1);
  if (!p || p->live != gen || p->state != PENDING) {
    js_pushundefined(J);
    return;
  }
  p->live = 0;
  p->locked = 1;
  pidx = js_gettop(J) - 1;
  js_copy(J, 1);
  if (is_reject)
    settle(J, pidx, p, REJECTED);
  else
    resolve_p(J, pidx, p);
  js_pushundefined(J);
}

static void Resolve_fn(js_State *J) { resolving_fn(J, 0); }
static void Reject_fn(js_State *J) { resolving_fn(J, 1); }

/* Push resolve and reject functions for the promise at pidx. */
static uint32_t push_resolving_functions(js_State *J, int pidx, mpromise *p) {
  uint32_t g;
  pidx = absidx(J, pidx);
  g = ++p->gen;
  if (!g)
    g = ++p->gen;
  js_newcfunctionslots(J, Resolve_fn, "", 1, (void *)(uintptr_t)g, 1);
  js_copy(J, pidx);
  js_setslot(J, -2, FN_SLOT);
  js_newcfunctionslots(J, Reject_fn, "", 1, (void *)(uintptr_t)g, 1);
  js_copy(J, pidx);
  js_setslot(J, -2, FN_SLOT);
  p->live = g;
  return g;
}

/* Use the pair `g` of the promise at pidx with the value on top (popped);
 * ignored when the pair is no longer live. */
static void pair_settle(js_State *J, int pidx, mpromise *p, uint32_t g,
                        int is_reject) {
  if (p->live != g || p->state != PENDING) {
    js_pop(J, 1);
    return;
  }
  p->live = 0;
  p->locked = 1;
  if (is_reject)
    settle(J, pidx, p, REJECTED);
  else
    resolve_p(J, pidx, p);
}

/* ---- jobs --------------------------------------------------------------*/

static void run_job(js_State *J, int kind, int flag) {
  int base = js_gettop(J) - 3;
  mpromise *p;
  switch (kind) {
  case J_REACT: /* handler derived argument */
    p = topromise(J, base + 1);
    if (js_isundefined(J, base)) {
      js_copy(J, base + 2);
      if (!p)
        js_pop(J, 1);
      else if (flag)
        settle(J, base + 1, p, REJECTED);
      else
        resolve_p(J, base + 1, p);
    } else {
      js_copy(J, base);
      js_pushundefined(J);
      js_copy(J, base + 2);
      if (js_pcall(J, 1)) {
        if (p)
          settle(J, base + 1, p, REJECTED);
        else
          js_pop(J, 1);
      } else {
        if (p)
          resolve_p(J, base + 1, p);
        else
          js_pop(J, 1);
      }
    }
    break;
  case J_THENABLE: { /* promise thenable then */
    uint32_t g;
    p = topromise(J, base);
    g = push_resolving_functions(J, base, p); /* base+3, base+4 */
    js_copy(J, base + 2);
    js_copy(J, base + 1);
    js_copy(J, base + 3);
    js_copy(J, base + 4);
    if (js_pcall(J, 2))
      pair_settle(J, base, p, g, 1);
    else
      js_pop(J, 1);
    break;
  }
  case J_THENABLE_FAST: /* promise thenable(native) then */
    js_pushundefined(J);
    perform_then(J, base + 1, topromise(J, base + 1), base + 3, base + 3,
                 base);
    break;
  case J_TASK: /* callback */
    js_copy(J, base);
    js_pushundefined(J);
    js_call(J, 0);
    break;
  }
  js_pop(J, js_gettop(J) - base);
}

int mukjs_microtasks_pending(js_State *J) {
  pstate *S = getS(J);
  return S ? (int)S->count : 0;
}

int mukjs_microtasks_run(js_State *J) {
  pstate *S = getS(J);
  volatile int n = 0;
  if (!S || S->draining)
    return 0;
  S->draining = 1;
  while (S->count) {
    if (js_try(J)) {
      /* an exception escaped a job: a queueMicrotask callback threw */
      mukjs_fatal_exception(J);
      continue;
    }
    while (S->count) {
      uint32_t i = S->head;
      job jb = S->ring[i];
      int k;
      js_getregistry(J, REG_Q);
      for (k = 0; k < 3; k++)
        js_getindex(J, -1 - k, 3 * i + k);
      for (k = 0; k < 3; k++) {
        js_pushundefined(J);
        js_setindex(J, -5, 3 * i + k);
      }
      js_remove(J, -4);
      S->head = (i + 1) & (S->cap - 1);
      S->count--;
      n++;
      run_job(J, jb.kind, jb.flag);
    }
    js_endtry(J);
  }
  S->draining = 0;
  return n;
}

/* ---- Promise, Promise.prototype ---------------------------------------*/

static mpromise *this_promise(js_State *J, const char *method) {
  mpromise *p = topromise(J, 0);
  if (!p) {
    const char *what = "#<Object>";
    if (js_isundefined(J, 0))
      what = "undefined";
    else if (js_isnull(J, 0))
      what = "null";
    else if (!js_isobject(J, 0))
      what = js_tostring(J, 0);
    js_typeerror(J, "Method %s called on incompatible receiver %s", method,
                 what);
  }
  return p;
}

static void Promise_call(js_State *J) {
  js_typeerror(J, "Promise constructor cannot be invoked without 'new'");
}

static void Promise_new(js_State *J) {
  mpromise *p;
  int pidx;
  uint32_t g;
  if (!js_iscallable(J, 1)) {
    const char *what = "#<Object>";
    if (!js_isobject(J, 1))
      what = js_tostring(J, 1);
    js_typeerror(J, "Promise resolver %s is not a function", what);
  }
  p = push_new_promise(J);
  pidx = js_gettop(J) - 1;
  g = push_resolving_functions(J, pidx, p);
  js_copy(J, 1);
  js_pushundefined(J);
  js_copy(J, pidx + 1);
  js_copy(J, pidx + 2);
  if (js_pcall(J, 2))
    pair_settle(J, pidx, p, g, 1);
  else
    js_pop(J, 1);
  js_copy(J, pidx);
}

static void Pp_then(js_State *J) {
  mpromise *p = this_promise(J, "Promise.prototype.then");
  mpromise *d;
  if (!js_iscallable(J, 1)) {
    js_pushundefined(J);
    js_replace(J, 1);
  }
  if (!js_iscallable(J, 2)) {
    js_pushundefined(J);
    js_replace(J, 2);
  }
  d = push_new_promise(J);
  d->locked = 1; /* only its reaction settles it */
  perform_then(J, 0, p, 1, 2, -1);
}

/* Invoke(this_at_idx, "then", <the two values on top>): pops them, pushes
 * the result. */
static void invoke_then(js_State *J, int idx) {
  idx = absidx(J, idx);
  js_getproperty(J, idx, "then"); /* a b then */
  js_rot3(J);                     /* then a b */
  js_copy(J, idx);
  js_rot3(J); /* then this a b */
  js_call(J, 2);
}

/* Invoke(nextPromise at idx, "then", <the two values on top>) for the
 * combinators, whose result nobody sees: pops them and pushes undefined.
 * For a native promise whose `then` is the original, the reaction is
 * attached without the derived promise (as V8 does): it could never be
 * observed, and it was a third of Promise.all's memory per element. */
static void invoke_then_unseen(js_State *J, int idx) {
  mpromise *p;
  int fast = 0;
  idx = absidx(J, idx);
  js_getproperty(J, idx, "then"); /* a b then */
  if ((p = topromise(J, idx)) != NULL) {
    js_getregistry(J, REG_THEN);
    fast = js_strictequal(J);
    js_pop(J, 1);
  }
  if (fast) {
    js_pop(J, 1);
    js_pushundefined(J); /* a b derived=undefined */
    perform_then(J, idx, p, -3, -2, -1);
    js_pop(J, 3);
    js_pushundefined(J);
    return;
  }
  js_rot3(J);  /* then a b */
  js_copy(J, idx);
  js_rot3(J); /* then this a b */
  js_call(J, 2);
}

static void Pp_catch(js_State *J) {
  js_pushundefined(J);
  js_copy(J, 1);
  invoke_then(J, 0);
}

/* PromiseResolve(%Promise%, value at idx): push a promise. */
static void promise_resolve_value(js_State *J, int idx) {
  mpromise *p;
  idx = absidx(J, idx);
  if (topromise(J, idx)) {
    int same;
    js_getproperty(J, idx, "constructor");
    js_getregistry(J, REG_CTOR);
    same = js_strictequal(J);
    js_pop(J, 2);
    if (same) {
      js_copy(J, idx);
      return;
    }
  }
  p = push_new_promise(J);
  p->locked = 1;
  js_copy(J, idx);
  resolve_p(J, -2, p);
}

static void Value_thunk(js_State *J) { js_currentfunctionslot(J, FN_SLOT); }

static void Thrower_thunk(js_State *J) {
  js_currentfunctionslot(J, FN_SLOT);
  js_throw(J);
}

static void finally_step(js_State *J, int is_reject) {
  int pidx;
  js_currentfunctionslot(J, FN_SLOT); /* onFinally */
  js_pushundefined(J);
  js_call(J, 0); /* result */
  promise_resolve_value(J, -1);
  pidx = js_gettop(J) - 1;
  js_newcfunctionslots(J, is_reject ? Thrower_thunk : Value_thunk, "", 0, NULL, 1);
  js_copy(J, 1);
  js_setslot(J, -2, FN_SLOT);
  js_pushundefined(J);
  invoke_then(J, pidx);
}

static void Then_finally(js_State *J) { finally_step(J, 0); }
static void Catch_finally(js_State *J) { finally_step(J, 1); }

static void Pp_finally(js_State *J) {
  if (!js_isobject(J, 0))
    js_typeerror(J, "Method Promise.prototype.finally called on a non-object");
  if (!js_iscallable(J, 1)) {
    js_copy(J, 1);
    js_copy(J, 1);
  } else {
    js_newcfunctionslots(J, Then_finally, "", 1, NULL, 1);
    js_copy(J, 1);
    js_setslot(J, -2, FN_SLOT);
    js_newcfunctionslots(J, Catch_finally, "", 1, NULL, 1);
    js_copy(J, 1);
    js_setslot(J, -2, FN_SLOT);
  }
  invoke_then(J, 0);
}

static void P_resolve(js_State *J) {
  if (!js_isobject(J, 0))
    js_typeerror(J, "PromiseResolve called on non-object");
  promise_resolve_value(J, 1);
}

static void P_reject(js_State *J) {
  mpromise *p;
  if (!js_isobject(J, 0))
    js_typeerror(J, "PromiseReject called on non-object");
  p = push_new_promise(J);
  p->locked = 1;
  js_copy(J, 1);
  settle(J, -2, p, REJECTED);
}

/* ---- combinators: all, allSettled, any, race ---------------------------*/

enum { C_ALL, C_SETTLED, C_ANY, C_RACE };

typedef struct celem {
  struct combo *c;
  int index;
  int called;
} celem;

typedef struct combo {
  int remaining;
  uint32_t gen;
  int n;
  celem e[];
} combo;

static void combo_finalize(js_State *J, void *data) {
  (void)J;
  free(data);
}

/* The number of items of the iterable at idx, after replacing it with an
 * array of them (the engine's iteration protocol, js_iterate: strings,
 * Sets, Maps, anything with [Symbol.iterator]; its TypeErrors are V8's).
 * An arguments object (no [Symbol.iterator] in the engine) is read by index. */
static int iter_length(js_State *J, int idx) {
  if (js_isarray(J, idx))
    return js_getlength(J, idx);
  if (js_isobject(J, idx)) {
    int args;
    js_getglobal(J, "Object");
    js_getproperty(J, -1, "prototype");
    js_getproperty(J, -1, "toString");
    js_copy(J, idx);
    js_call(J, 0);
    args = !strcmp(js_tostring(J, -1), "[object Arguments]");
    js_pop(J, 3);
    if (args)
      return js_getlength(J, idx);
  }
  js_iterate(J, idx);
  js_replace(J, idx);
  return js_getlength(J, idx);
}

static void push_aggregate_ctor(js_State *J);

static void push_aggregate_error(js_State *J, int errors_idx) {
  errors_idx = absidx(J, errors_idx);
  push_aggregate_ctor(J);
  js_copy(J, errors_idx);
  js_pushliteral(J, "All promises were rejected");
  js_construct(J, 2);
}

/* Common tail of element functions: ctx = [values, result] at cidx. */
static void combo_done(js_State *J, combo *c, int cidx, int is_any) {
  mpromise *rp;
  int ridx;
  if (--c->remaining != 0)
    return;
  js_getindex(J, cidx, 1);
  ridx = js_gettop(J) - 1;
  rp = topromise(J, ridx);
  js_getindex(J, cidx, 0);
  if (is_any) {
    push_aggregate_error(J, -1);
    js_rot2pop1(J);
  }
  pair_settle(J, ridx, rp, c->gen, is_any);
  js_pop(J, 1);
}

static void elem_common(js_State *J, int kind) {
  celem *e = (celem *)js_currentfunctiondata(J);
  combo *c = e->c;
  int cidx;
  js_pushundefined(J); /* return value placeholder below ctx */
  if (e->called)
    return;
  e->called = 1;
  js_currentfunctionslot(J, FN_SLOT);
  cidx = js_gettop(J) - 1;
  js_getindex(J, cidx, 0); /* values */
  switch (kind) {
  case 0: /* all: value */
  case 3: /* any: reason */
    js_copy(J, 1);
    break;
  case 1: /* allSettled fulfilled */
  case 2: /* allSettled rejected */
    js_newobject(J);
    js_pushliteral(J, kind == 1 ? "fulfilled" : "rejected");
    js_setproperty(J, -2, "status");
    js_copy(J, 1);
    js_setproperty(J, -2, kind == 1 ? "value" : "reason");
    break;
  }
  js_setindex(J, -2, e->index);
  js_pop(J, 1);
  combo_done(J, c, cidx, kind == 3);
  js_pushundefined(J);
}

static void Elem_all(js_State *J) { elem_common(J, 0); }
static void Elem_settled_f(js_State *J) { elem_common(J, 1); }
static void Elem_settled_r(js_State *J) { elem_common(J, 2); }
static void Elem_any(js_State *J) { elem_common(J, 3); }

static void push_elem_fn(js_State *J, js_CFunction fn, celem *e, int ctx_idx) {
  js_newcfunctionslots(J, fn, "", 1, e, 1);
  js_copy(J, ctx_idx);
  js_setslot(J, -2, FN_SLOT);
}

static void combinator(js_State *J, int kind) {
  mpromise *rp;
  int ridx, sidx, cidx, n, i;
  uint32_t g;
  combo *c;
  rp = push_new_promise(J);
  ridx = js_gettop(J) - 1;
  rp->locked = 1;
  g = push_resolving_functions(J, ridx, rp); /* ridx+1, ridx+2 */
  if (js_try(J)) {
    pair_settle(J, ridx, rp, g, 1);
    js_copy(J, ridx);
    return;
  }
  n = iter_length(J, 1);
  js_getproperty(J, 0, "resolve");
  sidx = js_gettop(J) - 1;
  if (!js_iscallable(J, sidx))
    js_typeerror(J, "Promise resolve or reject function is not callable");
  js_newarray(J); /* ctx */
  cidx = js_gettop(J) - 1;
  js_newarray(J); /* values */
  for (i = 0; i < n; i++) {
    js_pushundefined(J);
    js_setindex(J, -2, i);
  }
  js_setindex(J, cidx, 0);
  js_copy(J, ridx);
  js_setindex(J, cidx, 1);
  c = malloc(sizeof *c + (size_t)(n > 0 ? n : 1) * sizeof(celem));
  if (!c)
    js_error(J, "out of memory");
  c->remaining = 1;
  c->gen = g;
  c->n = n;
  js_pushnull(J);
  js_newuserdata(J, "PromiseCombinator", c, combo_finalize);
  js_setindex(J, cidx, 2);
  for (i = 0; i < n; i++) {
    c->e[i].c = c;
    c->e[i].index = i;
    c->e[i].called = 0;
    js_copy(J, sidx);
    js_copy(J, 0);
    js_getindex(J, 1, i);
    js_call(J, 1); /* nextPromise */
    switch (kind) {
    case C_ALL:
      push_elem_fn(J, Elem_all, &c->e[i], cidx);
      js_copy(J, ridx + 2);
      break;
    case C_SETTLED:
      push_elem_fn(J, Elem_settled_f, &c->e[i], cidx);
      push_elem_fn(J, Elem_settled_r, &c->e[i], cidx);
      break;
    case C_ANY:
      js_copy(J, ridx + 1);
      push_elem_fn(J, Elem_any, &c->e[i], cidx);
      break;
    default:
      js_copy(J, ridx + 1);
      js_copy(J, ridx + 2);
      break;
    }
    if (kind != C_RACE)
      c->remaining++;
    invoke_then_unseen(J, -3);
    js_pop(J, 2); /* result, nextPromise */
  }
  if (kind != C_RACE && --c->remaining == 0) {
    js_getindex(J, cidx, 0);
    if (kind == C_ANY) {
      push_aggregate_error(J, -1);
      js_rot2pop1(J);
      pair_settle(J, ridx, rp, g, 1);
    } else {
      pair_settle(J, ridx, rp, g, 0);
    }
  }
  js_endtry(J);
  js_copy(J, ridx);
}

static void P_all(js_State *J) { combinator(J, C_ALL); }
static void P_allSettled(js_State *J) { combinator(J, C_SETTLED); }
static void P_any(js_State *J) { combinator(J, C_ANY); }
static void P_race(js_State *J) { combinator(J, C_RACE); }

/* ---- queueMicrotask ----------------------------------------------------*/

static void invalid_arg_type(js_State *J, const char *name, const char *type,
                             int idx) {
  char buf[256];
  const char *recv;
  char tmp[96];
  if (js_isundefined(J, idx))
    recv = "undefined";
  else if (js_isnull(J, idx))
    recv = "null";
  else if (js_isarray(J, idx))
    recv = "an instance of Array";
  else if (js_iscallable(J, idx))
    recv = "function";
  else if (js_isobject(J, idx))
    recv = "an instance of Object";
  else if (js_isstring(J, idx)) {
    const char *s = js_tostring(J, idx);
    if (strlen(s) > 25)
      snprintf(tmp, sizeof tmp, "type string ('%.25s...)", s);
    else
      snprintf(tmp, sizeof tmp, "type string ('%s')", s);
    recv = tmp;
  } else {
    const char *type = js_typeof(J, idx); /* before js_tostring converts */
    snprintf(tmp, sizeof tmp, "type %s (%.60s)", type, js_tostring(J, idx));
    recv = tmp;
  }
  snprintf(buf, sizeof buf,
           "The \"%s\" argument must be of type %s. Received %s", name, type,
           recv);
  js_newtypeerror(J, buf);
  js_pushliteral(J, "ERR_INVALID_ARG_TYPE");
  js_setproperty(J, -2, "code");
  js_throw(J);
}

static void QueueMicrotask(js_State *J) {
  if (!js_iscallable(J, 1))
    invalid_arg_type(J, "callback", "function", 1);
  js_copy(J, 1);
  js_pushundefined(J);
  js_pushundefined(J);
  enqueue(J, J_TASK, 0);
  js_pushundefined(J);
}

/* ---- unhandled rejections ---------------------------------------------*/

/* process.emit(name, <nargs values at a, a+1>); returns the truthiness of
 * its result, -1 when there is no process.emit. An exception goes to
 * mukjs_fatal_exception. */
static int process_emit(js_State *J, const char *name, int a, int b,
                        int nargs) {
  int r;
  a = absidx(J, a);
  b = absidx(J, b);
  js_getglobal(J, "process");
  if (!js_isobject(J, -1)) {
    js_pop(J, 1);
    return -1;
  }
  js_getproperty(J, -1, "emit");
  if (!js_iscallable(J, -1)) {
    js_pop(J, 2);
    return -1;
  }
  js_rot2(J); /* emit process */
  js_pushstring(J, name);
  js_copy(J, a);
  if (nargs > 1)
    js_copy(J, b);
  if (js_pcall(J, nargs + 1)) {
    mukjs_fatal_exception(J);
    return 1;
  }
  r = js_toboolean(J, -1);
  js_pop(J, 1);
  return r;
}

/* process.emit('uncaughtException', err at idx, 'unhandledRejection') */
static int process_emit_origin(js_State *J, int idx) {
  int r;
  idx = absidx(J, idx);
  js_pushliteral(J, "unhandledRejection");
  r = process_emit(J, "uncaughtException", idx, -1, 2);
  js_pop(J, 1);
  return r;
}

static int has_own_stack(js_State *J, int idx) {
  int r;
  idx = absidx(J, idx);
  if (!js_isobject(J, idx))
    return 0;
  if (js_iserror(J, idx))
    return 1;
  js_getglobal(J, "Object");
  js_getproperty(J, -1, "prototype");
  js_getproperty(J, -1, "hasOwnProperty");
  js_copy(J, idx);
  js_pushliteral(J, "stack");
  js_call(J, 1);
  r = js_toboolean(J, -1);
  js_pop(J, 3);
  return r;
}

/* Push String(value) the way V8's NoSideEffectsToString does for the
 * common cases: "#<Object>" for an object whose toString is
 * Object.prototype.toString, else its builtin tag. */
static void reason_string(js_State *J, int idx) {
  if (topromise(J, idx)) {
    js_pushliteral(J, "#<Promise>");
  } else if (js_isobject(J, idx) && !js_iscallable(J, idx)) {
    int plain;
    js_getglobal(J, "Object");
    js_getproperty(J, -1, "prototype");
    js_getproperty(J, -1, "toString"); /* Object proto toString */
    js_getproperty(J, idx, "toString");
    plain = js_strictequal(J);
    js_pop(J, 1);
    if (plain) {
      js_pop(J, 3);
      js_pushliteral(J, "#<Object>");
    } else {
      js_copy(J, idx);
      js_call(J, 0);
      js_rot3pop2(J);
    }
  } else {
    js_pushstring(J, js_tostring(J, idx));
  }
}

static void push_reason_string_abs(js_State *J, int idx) {
  js_getglobal(J, "Object"); /* placeholder the result replaces */
  if (js_try(J)) {
    js_pop(J, 2);
    js_pushliteral(J, "[object Unknown]");
    return;
  }
  reason_string(J, idx);
  js_endtry(J);
  js_rot2pop1(J);
}

static void push_reason_string(js_State *J, int idx) {
  push_reason_string_abs(J, absidx(J, idx));
}

/* Push Node's UnhandledPromiseRejection error for the reason at idx. */
static void push_unhandled_error(js_State *J, int idx) {
  const char *prefix =
      "This error originated either by throwing inside of an async function "
      "without a catch block, or by rejecting a promise which was not handled "
      "with .catch(). The promise rejected with the reason \"";
  idx = absidx(J, idx);
  js_pushstring(J, prefix);
  push_reason_string(J, idx);
  js_concat(J);
  js_pushliteral(J, "\".");
  js_concat(J); /* message */
  js_newerror(J, js_tostring(J, -1));
  js_pushliteral(J, "UnhandledPromiseRejection");
  js_defproperty(J, -2, "name", JS_DONTENUM);
  js_pushliteral(J, "UnhandledPromiseRejection: ");
  js_copy(J, -3);
  js_concat(J);
  js_defproperty(J, -2, "stack", JS_DONTENUM);
  js_pushliteral(J, "ERR_UNHANDLED_REJECTION");
  js_setproperty(J, -2, "code");
  js_rot2pop1(J);
}

static void emit_warning(js_State *J, const char *msg, const char *type) {
  js_getglobal(J, "process");
  if (js_isobject(J, -1)) {
    js_getproperty(J, -1, "emitWarning");
    if (js_iscallable(J, -1)) {
      js_rot2(J);
      js_pushstring(J, msg);
      js_pushstring(J, type);
      if (js_pcall(J, 2))
        mukjs_fatal_exception(J);
      else
        js_pop(J, 1);
      return;
    }
    js_pop(J, 1);
  }
  js_pop(J, 1);
  fprintf(stderr, "(muk:%d) %s: ", (int)uv_os_getpid(), type);
  mukjs_fputs(msg, stderr);
  fputc('\n', stderr);
}

/* triggerUncaughtException(err, true): like mukjs_fatal_exception, but
 * 'uncaughtException' listeners get the origin 'unhandledRejection'. Pops
 * the error. */
static void fatal_from_promise(js_State *J) {
  int n = 0;
  js_getglobal(J, "process");
  if (js_isobject(J, -1)) {
    js_getproperty(J, -1, "listenerCount");
    if (js_iscallable(J, -1)) {
      js_copy(J, -2);
      js_pushliteral(J, "uncaughtException");
      if (js_pcall(J, 1) == 0)
        n = js_tointeger(J, -1);
      js_pop(J, 1);
    } else {
      js_pop(J, 1);
    }
  }
  js_pop(J, 1);
  if (n > 0) {
    int r = process_emit_origin(J, -1);
    if (r > 0) {
      js_pop(J, 1);
      return;
    }
  }
  mukjs_fatal_exception(J);
}

int mukjs_promise_rejections_pending(js_State *J) {
  pstate *S = getS(J);
  return S && (S->nlate || S->nunhandled);
}

void mukjs_promise_process_rejections(js_State *J) {
  pstate *S = getS(J);
  int i, n;
  if (!S)
    return;
  /* rejections handled after they were reported */
  while (S->nlate) {
    n = S->nlate;
    js_getregistry(J, REG_LATE);
    js_newarray(J);
    js_setregistry(J, REG_LATE);
    S->nlate = 0;
    for (i = 0; i < n; i++) {
      mpromise *p;
      js_getindex(J, -1, i);
      p = topromise(J, -1);
      if (process_emit(J, "rejectionHandled", -1, -1, 1) <= 0 && p) {
        char msg[128];
        snprintf(msg, sizeof msg,
                 "Promise rejection was handled asynchronously (rejection id: %u)",
                 p->uid);
        emit_warning(J, msg, "PromiseRejectionHandledWarning");
      }
      js_pop(J, 1);
    }
    js_pop(J, 1);
  }
  if (!S->nunhandled)
    return;
  n = S->nunhandled;
  js_getregistry(J, REG_UNH);
  js_newarray(J);
  js_setregistry(J, REG_UNH);
  S->nunhandled = 0;
  for (i = 0; i < n; i++) {
    mpromise *p;
    js_getindex(J, -1, i);
    p = topromise(J, -1);
    if (!p || p->track != TRACK_PENDING) {
      js_pop(J, 1);
      continue;
    }
    p->track = TRACK_WARNED;
    js_getslot(J, -1, S_V); /* promise reason */
    if (process_emit(J, "unhandledRejection", -1, -2, 2) <= 0) {
      if (has_own_stack(J, -1))
        js_copy(J, -1);
      else
        push_unhandled_error(J, -1);
      fatal_from_promise(J);
    }
    js_pop(J, 2);
  }
  js_pop(J, 1);
}

/* ---- C API -------------------------------------------------------------*/

void mukjs_promise_new(js_State *J) { push_new_promise(J); }

static void c_settle(js_State *J, int idx, int is_reject) {
  mpromise *p;
  idx = absidx(J, idx);
  p = topromise(J, idx);
  if (!p || p->locked) {
    js_pop(J, 1);
    return;
  }
  p->locked = 1;
  p->live = 0;
  if (is_reject)
    settle(J, idx, p, REJECTED);
  else
    resolve_p(J, idx, p);
}

void mukjs_promise_resolve(js_State *J, int idx) { c_settle(J, idx, 0); }
void mukjs_promise_reject(js_State *J, int idx) { c_settle(J, idx, 1); }

int mukjs_promise_state(js_State *J, int idx, int push_value) {
  mpromise *p = topromise(J, idx);
  if (!p)
    return -1;
  if (p->state != PENDING && push_value)
    js_getslot(J, idx, S_V);
  return p->state;
}

/* internalBinding('util').promiseState(p) -> [state, value] ([0] when
 * pending), undefined for a non-promise. */
void mukjs_promise_binding_state(js_State *J) {
  int st = mukjs_promise_state(J, 1, 0);
  if (st < 0) {
    js_pushundefined(J);
    return;
  }
  js_newarray(J);
  js_pushnumber(J, st);
  js_setindex(J, -2, 0);
  if (st != PENDING) {
    js_getslot(J, 1, S_V);
    js_setindex(J, -2, 1);
  }
}

/* ---- init --------------------------------------------------------------*/

static const char aggregate_src[] =
    "(function(){\n"
    "function AggregateError(errors, message) {\n"
    "  if (!(this instanceof AggregateError)) return new AggregateError(errors, message);\n"
    "  if (message !== undefined) Object.defineProperty(this, 'message', {value: String(message), writable: true, configurable: true});\n"
    "  var list = [];\n"
    "  if (errors === undefined || errors === null || (typeof errors !== 'string' && typeof errors !== 'object'))\n"
    "    throw new TypeError((errors === null ? 'object null' : typeof errors === 'undefined' ? 'undefined' : typeof errors + ' ' + String(errors)) + ' is not iterable (cannot read property Symbol(Symbol.iterator))');\n"
    "  if (typeof errors === 'object' && !Array.isArray(errors) && Object.prototype.toString.call(errors) !== '[object Arguments]')\n"
    "    throw new TypeError('object is not iterable (cannot read property Symbol(Symbol.iterator))');\n"
    "  for (var i = 0; i < errors.length; i++) list.push(errors[i]);\n"
    "  var t = new Error(message).stackTrace;\n"
    "  if (t !== undefined) Object.defineProperty(this, 'stackTrace', {value: t, writable: true, configurable: true});\n"
    "  Object.defineProperty(this, 'errors', {value: list, writable: true, configurable: true});\n"
    "}\n"
    "AggregateError.prototype = Object.create(Error.prototype, {\n"
    "  constructor: {value: AggregateError, writable: true, configurable: true},\n"
    "  name: {value: 'AggregateError', writable: true, configurable: true},\n"
    "  message: {value: '', writable: true, configurable: true}\n"
    "});\n"
    "return AggregateError;\n"
    "})()";

/* AggregateError is compiled on first use (the global's first read, or the
 * first Promise.any that rejects), not at startup: ~0.46 M instructions an
 * empty script would pay. Until then the global is an accessor that
 * replaces itself with the constructor (a writable, non-enumerable data
 * property, as a plain global function). */
static void push_aggregate_ctor(js_State *J) {
  js_getregistry(J, REG_AGGR);
  if (js_isdefined(J, -1))
    return;
  js_pop(J, 1);
  js_loadstring(J, "[muk promise]", aggregate_src);
  js_pushundefined(J);
  js_call(J, 0);
  js_copy(J, -1);
  js_setregistry(J, REG_AGGR);
}

/* mujs checks the old attributes when a property is redefined, so the
 * accessor is deleted first. */
static void aggregate_define(js_State *J) {
  js_pushglobal(J);
  js_delproperty(J, -1, "AggregateError");
  js_rot2(J);
  js_defproperty(J, -2, "AggregateError", JS_DONTENUM);
  js_pop(J, 1);
}

static void aggregate_get(js_State *J) {
  push_aggregate_ctor(J);
  js_copy(J, -1);
  aggregate_define(J);
}

static void aggregate_set(js_State *J) {
  js_copy(J, 1);
  aggregate_define(J);
  js_pushundefined(J);
}

static void def_fn(js_State *J, const char *name, js_CFunction fn, int len) {
  js_newcfunction(J, fn, name, len);
  js_defproperty(J, -2, name, JS_DONTENUM);
}

void mukjs_promise_init(js_State *J) {
  void **slot = mukjs_slot(J, MUKJS_SLOT_PROMISE);
  pstate *S;
  if (*slot)
    return;
  S = calloc(1, sizeof *S);
  if (!S)
    js_error(J, "out of memory");
  *slot = S;

  js_newarray(J);
  js_setregistry(J, REG_UNH);
  js_newarray(J);
  js_setregistry(J, REG_LATE);
  js_newarray(J);
  js_setregistry(J, REG_Q); /* the ring grows on the first microtask */

  /* Promise.prototype */
  js_newobject(J);
  js_copy(J, -1);
  js_setregistry(J, REG_PROTO);
  js_newcfunction(J, Pp_then, "then", 2);
  js_copy(J, -1);
  js_setregistry(J, REG_THEN);
  js_defproperty(J, -2, "then", JS_DONTENUM);
  def_fn(J, "catch", Pp_catch, 1);
  def_fn(J, "finally", Pp_finally, 1);

  js_newcconstructor(J, Promise_call, Promise_new, "Promise", 1);
  def_fn(J, "resolve", P_resolve, 1);
  def_fn(J, "reject", P_reject, 1);
  def_fn(J, "all", P_all, 1);
  def_fn(J, "allSettled", P_allSettled, 1);
  def_fn(J, "any", P_any, 1);
  def_fn(J, "race", P_race, 1);
  js_copy(J, -1);
  js_setregistry(J, REG_CTOR);
  js_defglobal(J, "Promise", JS_DONTENUM);

  js_newcfunction(J, QueueMicrotask, "queueMicrotask", 1);
  js_defglobal(J, "queueMicrotask", JS_DONTENUM);

  js_pushglobal(J);
  js_newcfunction(J, aggregate_get, "AggregateError", 0);
  js_newcfunction(J, aggregate_set, "AggregateError", 1);
  js_defaccessor(J, -3, "AggregateError", JS_DONTENUM);
  js_pop(J, 1);
}

void mukjs_promise_free(js_State *J) {
  void **slot = mukjs_slot(J, MUKJS_SLOT_PROMISE);
  pstate *S = (pstate *)*slot;
  if (!S)
    return;
  free(S->ring);
  free(S);
  *slot = NULL;
}
