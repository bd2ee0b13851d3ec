/* bindings.c — internalBinding(name): native functions for js/ modules.
 * Every binding is a table (binding.h) in bindings_list.h; its object is
 * filled on first use and cached in the registry. */
#include <string.h>

#include "binding.h"
#include "runtime.h"

#define MUKJS_BINDING_ADDR(name) &mukjs_binding_##name,
static const mukjs_binding *const bindings[] = {MUKJS_BINDINGS(MUKJS_BINDING_ADDR)};
#undef MUKJS_BINDING_ADDR
#define NBINDINGS (sizeof bindings / sizeof bindings[0])

/* Fill the object on top of the stack from b. */
static void fill(js_State *J, const mukjs_binding *b) {
  for (const mukjs_fn *f = b->fns; f && f->name; f++) {
    js_newcfunction(J, f->fn, f->name, f->nargs);
    js_setproperty(J, -2, f->name);
  }
  if (b->props)
    b->props(J);
}

static void internal_binding(js_State *J) {
  const char *name = js_tostring(J, 1);
  js_getregistry(J, "muk.bindings");
  if (js_hasproperty(J, -1, name))
    return;
  for (size_t i = 0; i < NBINDINGS; i++) {
    if (strcmp(bindings[i]->name, name) == 0) {
      js_newobject(J);
      fill(J, bindings[i]);
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
  for (size_t i = 0; i < NBINDINGS; i++)
    if (bindings[i]->init)
      bindings[i]->init(J);
}

void mukjs_bindings_free(js_State *J) {
  for (size_t i = 0; i < NBINDINGS; i++)
    if (bindings[i]->free)
      bindings[i]->free(J);
}
