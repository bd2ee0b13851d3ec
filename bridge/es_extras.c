/* es_extras.c — the few built-ins beyond ES5 that Node's APIs and
 * packages need and that the engine lacks: Object.setPrototypeOf (the
 * prototype link is set through engine_internals.h) and the Annex B
 * accessor methods __defineGetter__/__defineSetter__/__lookupGetter__/
 * __lookupSetter__, and the __proto__ accessor (colors, chalk, yargs 3 and
 * other ES5-era packages use them). */
#include "engine_internals.h"
#include "runtime.h"

static void O_setPrototypeOf(js_State *J) {
  if (js_isundefined(J, 1) || js_isnull(J, 1))
    js_typeerror(J, "Object.setPrototypeOf called on null or undefined");
  if (!js_isobject(J, 2) && !js_isnull(J, 2))
    js_typeerror(J, "Object prototype may only be an Object or null: %s",
                 js_isundefined(J, 2)  ? "undefined"
                 : js_issymbol(J, 2) ? "Symbol()"
                                     : js_tostring(J, 2));
  if (!js_isobject(J, 1)) {
    js_copy(J, 1);
    return;
  }
  mukjs_engine_set_prototype(J, 1, 2);
  js_copy(J, 1);
}

/* Push ToObject(this), or throw as V8 does for undefined and null. */
static void push_this_object(js_State *J) {
  if (js_isundefined(J, 0) || js_isnull(J, 0))
    js_typeerror(J, "Cannot convert undefined or null to object");
  js_getglobal(J, "Object");
  js_pushundefined(J);
  js_copy(J, 0);
  js_call(J, 1);
}

/* Object.defineProperty(ToObject(this), key, {get|set: fn, enumerable,
 * configurable}) as Annex B B.2.2.2/3 specify it. */
static void define_accessor(js_State *J, const char *kind, const char *method) {
  if (!js_isundefined(J, 0) && !js_isnull(J, 0) && !js_iscallable(J, 2))
    js_typeerror(J, "Object.prototype.%s: Expecting function", method);
  push_this_object(J);
  int o = js_gettop(J) - 1;
  js_getglobal(J, "Object");
  js_getproperty(J, -1, "defineProperty");
  js_rot2(J); /* defineProperty, Object (this) */
  js_copy(J, o);
  js_copy(J, 1);
  js_newobject(J);
  js_copy(J, 2);
  js_setproperty(J, -2, kind);
  js_pushboolean(J, 1);
  js_setproperty(J, -2, "enumerable");
  js_pushboolean(J, 1);
  js_setproperty(J, -2, "configurable");
  js_call(J, 3);
  js_pop(J, 1);
  js_pushundefined(J);
}

/* The getter or setter of key on ToObject(this) or the first object of its
 * prototype chain that has key as its own property (B.2.2.4/5). */
static void lookup_accessor(js_State *J, const char *kind) {
  push_this_object(J);
  int o = js_gettop(J) - 1;
  js_getglobal(J, "Object");
  int obj = o + 1;
  for (;;) {
    js_getproperty(J, obj, "getOwnPropertyDescriptor");
    js_copy(J, obj);
    js_copy(J, o);
    js_copy(J, 1);
    js_call(J, 2);
    if (js_isobject(J, -1)) {
      if (js_hasproperty(J, -1, kind))
        return; /* the getter or setter (undefined when not set) */
      js_pushundefined(J);
      return; /* a data property */
    }
    js_pop(J, 1);
    js_getproperty(J, obj, "getPrototypeOf");
    js_copy(J, obj);
    js_copy(J, o);
    js_call(J, 1);
    if (!js_isobject(J, -1)) {
      js_pushundefined(J);
      return;
    }
    js_replace(J, o);
  }
}

/* Object.prototype.__proto__ (B.2.2.1): the prototype of ToObject(this);
 * setting it to an object or null sets an object's prototype (chalk and
 * setprototypeof-style code assign it on functions), anything else is
 * ignored. */
static void O_protoGet(js_State *J) {
  push_this_object(J);
  js_getglobal(J, "Object");
  js_getproperty(J, -1, "getPrototypeOf");
  js_rot2(J);
  js_copy(J, -3);
  js_call(J, 1);
}

static void O_protoSet(js_State *J) {
  if (js_isundefined(J, 0) || js_isnull(J, 0))
    js_typeerror(J, "set Object.prototype.__proto__ called on null or undefined");
  if ((js_isobject(J, 1) || js_isnull(J, 1)) && js_isobject(J, 0))
    mukjs_engine_set_prototype(J, 0, 1);
  js_pushundefined(J);
}

static void O_defineGetter(js_State *J) { define_accessor(J, "get", "__defineGetter__"); }
static void O_defineSetter(js_State *J) { define_accessor(J, "set", "__defineSetter__"); }
static void O_lookupGetter(js_State *J) { lookup_accessor(J, "get"); }
static void O_lookupSetter(js_State *J) { lookup_accessor(J, "set"); }

void mukjs_es_extras_init(js_State *J) {
  js_getglobal(J, "Object");
  js_newcfunction(J, O_setPrototypeOf, "setPrototypeOf", 2);
  js_defproperty(J, -2, "setPrototypeOf", JS_DONTENUM);
  js_getproperty(J, -1, "prototype");
  js_newcfunction(J, O_defineGetter, "__defineGetter__", 2);
  js_defproperty(J, -2, "__defineGetter__", JS_DONTENUM);
  js_newcfunction(J, O_defineSetter, "__defineSetter__", 2);
  js_defproperty(J, -2, "__defineSetter__", JS_DONTENUM);
  js_newcfunction(J, O_lookupGetter, "__lookupGetter__", 1);
  js_defproperty(J, -2, "__lookupGetter__", JS_DONTENUM);
  js_newcfunction(J, O_lookupSetter, "__lookupSetter__", 1);
  js_defproperty(J, -2, "__lookupSetter__", JS_DONTENUM);
  js_newcfunction(J, O_protoGet, "get __proto__", 0);
  js_newcfunction(J, O_protoSet, "set __proto__", 1);
  js_defaccessor(J, -3, "__proto__", JS_DONTENUM);
  js_pop(J, 2);
}
