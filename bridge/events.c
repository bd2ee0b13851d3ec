/* events.c — internalBinding('events'): EventEmitter.prototype.emit's
 * common case in C.
 *
 *   emit(type, ...args)  the emit of js/events.js: when type is a string
 *                        other than 'error' and this._events[type] is one
 *                        function or an array of up to 16, they are called
 *                        here with this and args; anything else goes to
 *                        the JS emit
 *   setSlow(emit, onResult)  the JS emit, and the function given
 *                        (target, result, type, args) when a listener
 *                        returned an object (a promise for
 *                        captureRejections)
 *
 * In JS the common case paid for an arguments object, a switch on its
 * length, a string conversion per argument read and Function.prototype.call;
 * here the arguments are already on the stack. */
#include <string.h>

#include "binding.h"
#include "engine_internals.h"
#include "events.h"

#define REG_SLOW "muk.events.slow"
#define REG_RESULT "muk.events.result"
#define REG_EMIT "muk.events.emit" /* keeps emit_fn alive */

static _Thread_local js_State *interned_for;
static _Thread_local const char *k_events;
/* The emit function of this thread's runtime, for mukjs_events_is_emit. */
static _Thread_local js_State *emit_for;
static _Thread_local struct js_Object *emit_fn;

/* The JS emit with this and every argument. */
static void emit_slow(js_State *J, int argc) {
  js_getregistry(J, REG_SLOW);
  js_copy(J, 0);
  for (int i = 1; i <= argc; i++)
    js_copy(J, i);
  js_call(J, argc);
}

/* Calls the listener at stack index fn with this and the arguments of the
 * emit (stack 0 and 2..argc); a returned object goes to the JS side, which
 * decides whether it is a promise to watch (captureRejections). */
static void call_listener(js_State *J, int fn, int argc) {
  js_copy(J, fn);
  js_copy(J, 0);
  for (int i = 2; i <= argc; i++)
    js_copy(J, i);
  js_call(J, argc - 1);
  if (js_isobject(J, -1)) {
    int result = js_gettop(J) - 1;
    js_getregistry(J, REG_RESULT);
    js_pushundefined(J);
    js_copy(J, 0);
    js_copy(J, result);
    js_copy(J, 1);
    js_newarray(J);
    for (int i = 2; i <= argc; i++) {
      js_copy(J, i);
      js_setindex(J, -2, i - 2);
    }
    js_call(J, 4);
    js_pop(J, 1);
  }
  js_pop(J, 1);
}

/* Listeners copied onto the stack before the first call (Node calls a copy
 * of the array, so listeners added or removed meanwhile do not change this
 * emit); more than this go to the JS emit. */
#define EMIT_MANY_MAX 16

/* The listener array of the type is on top of the stack (over _events). */
static void emit_many(js_State *J, int argc) {
  int handlers = js_gettop(J) - 1;
  int n = js_getlength(J, handlers);
  if (n < 1 || n > EMIT_MANY_MAX) {
    js_pop(J, 2);
    emit_slow(J, argc);
    return;
  }
  int first = js_gettop(J);
  for (int i = 0; i < n; i++) {
    js_getindex(J, handlers, i);
    if (!js_iscallable(J, -1)) {
      js_pop(J, i + 3);
      emit_slow(J, argc);
      return;
    }
  }
  for (int i = 0; i < n; i++)
    call_listener(J, first + i, argc);
  js_pushboolean(J, 1);
}

static void ev_emit(js_State *J) {
  int argc = js_gettop(J) - 1;
  if (argc < 1 || !js_isstring(J, 1) || !js_isobject(J, 0)) {
    emit_slow(J, argc);
    return;
  }
  const char *type = js_tostring(J, 1);
  if (strcmp(type, "error") == 0) {
    emit_slow(J, argc);
    return;
  }
  if (interned_for != J) {
    k_events = js_intern(J, "_events");
    interned_for = J;
  }
  js_getpropertyI(J, 0, k_events);
  if (js_isundefined(J, -1)) {
    js_pushboolean(J, 0);
    return;
  }
  if (!js_isobject(J, -1)) {
    js_pop(J, 1);
    emit_slow(J, argc);
    return;
  }
  js_getproperty(J, -1, type);
  if (js_isundefined(J, -1)) {
    js_pushboolean(J, 0);
    return;
  }
  if (js_isarray(J, -1)) {
    emit_many(J, argc);
    return;
  }
  if (!js_iscallable(J, -1)) {
    js_pop(J, 2);
    emit_slow(J, argc);
    return;
  }
  call_listener(J, js_gettop(J) - 1, argc);
  js_pushboolean(J, 1);
}

static void ev_set_slow(js_State *J) {
  js_copy(J, 1);
  js_setregistry(J, REG_SLOW);
  js_copy(J, 2);
  js_setregistry(J, REG_RESULT);
  js_getproperty(J, 0, "emit"); /* this binding's */
  if (js_iscallable(J, -1)) {
    emit_fn = mukjs_engine_object(J, -1);
    emit_for = J;
    js_setregistry(J, REG_EMIT);
  } else {
    js_pop(J, 1);
  }
  js_pushundefined(J);
}

int mukjs_events_is_emit(js_State *J, int idx) {
  return emit_for == J && js_iscallable(J, idx) && mukjs_engine_object(J, idx) == emit_fn;
}

void mukjs_events_emit1(js_State *J, int obj, const char *type, const char *itype) {
  int arg = js_gettop(J) - 1;
  if (interned_for != J) {
    k_events = js_intern(J, "_events");
    interned_for = J;
  }
  /* the common case of ev_emit: one listener, called here */
  js_getpropertyI(J, obj, k_events);
  if (js_isobject(J, -1)) {
    js_getpropertyI(J, -1, itype);
    if (js_iscallable(J, -1)) {
      js_copy(J, obj);
      js_copy(J, arg);
      js_call(J, 1);
      if (js_isobject(J, -1)) { /* as call_listener: maybe a promise */
        int result = js_gettop(J) - 1;
        js_getregistry(J, REG_RESULT);
        js_pushundefined(J);
        js_copy(J, obj);
        js_copy(J, result);
        js_pushstring(J, type);
        js_newarray(J);
        js_copy(J, arg);
        js_setindex(J, -2, 0);
        js_call(J, 4);
        js_pop(J, 1);
      }
      js_pop(J, 3); /* result, _events, arg */
      return;
    }
    js_pop(J, 1);
  }
  js_pop(J, 1);
  /* anything else: the emit itself */
  js_getregistry(J, REG_EMIT);
  js_copy(J, obj);
  js_pushstring(J, type);
  js_copy(J, arg);
  js_call(J, 2);
  js_pop(J, 2);
}

static const mukjs_fn events_fns[] = {
    {"emit", ev_emit, 1},
    {"setSlow", ev_set_slow, 2},
    {NULL},
};

/* A runtime made where a freed one was must not see its interned name or
 * its emit. */
static void ev_init(js_State *J) {
  (void)J;
  interned_for = NULL;
  emit_for = NULL;
  emit_fn = NULL;
}

const mukjs_binding mukjs_binding_events = {
    .name = "events",
    .fns = events_fns,
    .init = ev_init,
};
