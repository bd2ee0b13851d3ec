/* es_extras_none.c — a system libmujs has no jsi.h to build es_extras.c
 * against: no extras, and js/ falls back where it uses them. */
#include "runtime.h"

void mukjs_es_extras_init(js_State *J) { (void)J; }
