/* es_extras.c — the few post-ES5 built-ins that Node's APIs need and that
 * cannot be written in ES5: Object.setPrototypeOf. Uses mujs internals
 * (jsi.h), which is why mujs is pinned to one version. */
#include <jsi.h>

#include "runtime.h"

static void O_setPrototypeOf(js_State *J) {
  if (!js_isobject(J, 1)) {
    js_copy(J, 1);
    return;
  }
  js_Object *obj = js_toobject(J, 1);
  js_Object *proto = NULL;
  if (js_isobject(J, 2))
    proto = js_toobject(J, 2);
  else if (!js_isnull(J, 2))
    js_typeerror(J, "Object prototype may only be an Object or null");
  for (js_Object *p = proto; p; p = p->prototype)
    if (p == obj)
      js_typeerror(J, "Cyclic __proto__ value");
  obj->prototype = proto;
  js_copy(J, 1);
}

void mukjs_es_extras_init(js_State *J) {
  js_getglobal(J, "Object");
  js_newcfunction(J, O_setPrototypeOf, "setPrototypeOf", 2);
  js_defproperty(J, -2, "setPrototypeOf", JS_DONTENUM);
  js_pop(J, 1);
}
