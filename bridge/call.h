/* call.h — the pending-value table of the kernel binding (call.c), for other
 * bindings that send their own messages and convert the replies themselves
 * (fs_binding.c's fast paths). Loop thread only. */
#ifndef MUK_BRIDGE_CALL_H
#define MUK_BRIDGE_CALL_H

#include <mujs.h>

/* Keep the JS value at stack index idx alive until mukjs_call_take():
 * returns its slot (a small integer to put in a message's tag). */
int mukjs_call_hold(js_State *J, int idx);

/* Push the value held in slot and free the slot. */
void mukjs_call_take(js_State *J, int slot);

#endif
