/* es_extras.c — the few post-ES5 built-ins that Node's APIs need and that
 * cannot be written in ES5: Object.setPrototypeOf (the prototype link is
 * set through engine_internals.h). */
#include "engine_internals.h"
#include "runtime.h"

static void O_setPrototypeOf(js_State *J) {
  if (!js_isobject(J, 1)) {
    js_copy(J, 1);
    return;
  }
  if (!js_isobject(J, 2) && !js_isnull(J, 2))
    js_typeerror(J, "Object prototype may only be an Object or null");
  mukjs_engine_set_prototype(J, 1, 2);
  js_copy(J, 1);
}

void mukjs_es_extras_init(js_State *J) {
  js_getglobal(J, "Object");
  js_newcfunction(J, O_setPrototypeOf, "setPrototypeOf", 2);
  js_defproperty(J, -2, "setPrototypeOf", JS_DONTENUM);
  js_pop(J, 1);
}
