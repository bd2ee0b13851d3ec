/* bindings.c — internalBinding(name): native functions for js/ modules.
 * Each binding fills a fresh object once; the result is cached. */
#include <string.h>

#include "runtime.h"

#define MAX_BINDINGS 32

static struct {
  const char *name;
  mukjs_binding_init init;
} bindings[MAX_BINDINGS];
static int nbindings;

void mukjs_register_binding(const char *name, mukjs_binding_init init) {
  for (int i = 0; i < nbindings; i++)
    if (strcmp(bindings[i].name, name) == 0) {
      bindings[i].init = init;
      return;
    }
  if (nbindings < MAX_BINDINGS) {
    bindings[nbindings].name = name;
    bindings[nbindings].init = init;
    nbindings++;
  }
}

static void internal_binding(js_State *J) {
  const char *name = js_tostring(J, 1);
  js_getregistry(J, "muk.bindings");
  if (js_hasproperty(J, -1, name))
    return;
  for (int i = 0; i < nbindings; i++) {
    if (strcmp(bindings[i].name, name) == 0) {
      js_newobject(J);
      bindings[i].init(J);
      js_copy(J, -1);
      js_setproperty(J, -3, name);
      return;
    }
  }
  js_error(J, "No such binding: %s", name);
}

void mukjs_bindings_init(js_State *J) {
  js_newobject(J);
  js_setregistry(J, "muk.bindings");
  js_newcfunction(J, internal_binding, "internalBinding", 1);
  js_setregistry(J, "muk.internalBinding");
}
