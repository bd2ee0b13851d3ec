/* call.h — what the kernel binding (call.c) shares with the other bindings
 * that send their own messages (fs_binding.c, net_binding.c): the pending-
 * value table and the conversions between JS values and messages. Loop
 * thread only; the converters may throw (free the message in a js_try). */
#ifndef MUK_BRIDGE_CALL_H
#define MUK_BRIDGE_CALL_H

#include <mujs.h>

#include "muk.h"

/* Append the JS value at idx as an argument: numbers as i64 when integral
 * (f64 otherwise), strings as str, Buffers as bytes (copied). Returns 1
 * (nothing added) for any other
 * type, 0 when added; throws when the message is full. */
int mukjs_msg_add_value(js_State *J, muk_msg *m, int idx);
/* Add a JS string as a str argument, in real UTF-8 (mujs keeps its own
 * form, see utf8.h). Returns muk_msg_add_str's result; throws on OOM. */
int mukjs_msg_add_utf8(js_State *J, muk_msg *m, const char *str);

/* Append every element of the array at idx (nothing when it is not an
 * array); elements of other types go as their string. */
void mukjs_msg_add_args(js_State *J, muk_msg *m, int idx);

/* Payload from the JS value at idx: a Buffer rides in place (its store is
 * referenced until the message lets go), a string is copied as UTF-8,
 * anything else means no payload. */
void mukjs_msg_set_payload(js_State *J, muk_msg *m, int idx);

/* Push one message argument as a JS value: I64 and F64 as a number, STR
 * as the string its UTF-8 decodes to, BYTES as a new Buffer (a copy). The
 * one conversion from arguments to JS values: replies, events, errors. */
void mukjs_push_arg(js_State *J, const muk_arg *a);
/* Push the reply's arguments as a new array. */
void mukjs_push_msg_results(js_State *J, muk_msg *m);

/* Keep the JS value at stack index idx alive until mukjs_call_take():
 * returns its slot (a small integer to put in a message's tag). */
int mukjs_call_hold(js_State *J, int idx);
/* The JS function callSync(serviceId, op, args[], payload) -> [status,
 * results[], payload] (internalBinding('kernel').callSync). */
void mukjs_call_sync(js_State *J);

/* Push the value held in slot and free the slot. */
void mukjs_call_take(js_State *J, int slot);

#endif
