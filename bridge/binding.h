/* binding.h — the one shape of an internalBinding(name) object.
 *
 * Each binding file exports one table; bindings_list.h lists every table
 * once, and bindings.c installs from that list (no registration calls, no
 * cap: the list is known at compile time). A binding's object is filled
 * on the first internalBinding(name) of a runtime and then cached. */
#ifndef MUK_BRIDGE_BINDING_H
#define MUK_BRIDGE_BINDING_H

#include <mujs.h>

/* One native function of a binding: obj[name] = fn, with fn.length nargs. */
typedef struct mukjs_fn {
  const char *name;
  js_CFunction fn;
  int nargs;
} mukjs_fn;

typedef struct mukjs_binding {
  const char *name;                /* internalBinding(name) */
  const mukjs_fn *fns;             /* ends with {NULL}; installed first */
  void (*props)(js_State *J);      /* optional: the object's other
                                      properties (the object on top) */
  void (*init)(js_State *J);       /* optional: per-runtime state, made when
                                      the runtime starts (list order) */
  void (*free)(js_State *J);       /* optional: ... released when it is freed */
} mukjs_binding;

/* Declare every binding table (defined in its own file). */
#define MUKJS_BINDING_DECL(name) extern const mukjs_binding mukjs_binding_##name;
#include "bindings_list.h"
MUKJS_BINDINGS(MUKJS_BINDING_DECL)
#undef MUKJS_BINDING_DECL

/* Run every binding's init (at runtime start) / free (list order). */
void mukjs_bindings_init(js_State *J);
void mukjs_bindings_free(js_State *J);

#endif
