/* events.h — EventEmitter's C emit (events.c) for other C code: an emit
 * that a C loop makes once per item (readline.c's 'line') without calling
 * the emit function through the engine. */
#ifndef MUK_BRIDGE_EVENTS_H
#define MUK_BRIDGE_EVENTS_H

#include <mujs.h>

/* Whether the value at idx is EventEmitter.prototype.emit as events.js
 * installed it (events.c's emit). */
int mukjs_events_is_emit(js_State *J, int idx);

/* obj.emit(type, value) for the object at stack index obj (>= 0) and the
 * value on top of the stack, which is popped; the caller found obj.emit to
 * be events.c's (mukjs_events_is_emit); type is not 'error'. itype is
 * js_intern(J, type). A listener's exception propagates. */
void mukjs_events_emit1(js_State *J, int obj, const char *type, const char *itype);

#endif
