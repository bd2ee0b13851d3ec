/* net_binding.c — internalBinding('net'): requests to the net service and
 * the generic dispatcher of service events (muk_emit) to JS.
 *
 *   onEvent(service, fn)   fn(type, payload, a0, a1, ...) for every event
 *       the service emits: type = m->op, payload a Buffer adopting the
 *       event's bytes (or undefined), then its arguments. Keyed by service
 *       id, so any service's events can be routed the same way; the kernel
 *       handler is installed on first use.
 *   send(op, cb, payload, a0, a1, a2, a3)   a request to the net service;
 *       numbers become i64, strings str, a Buffer payload rides in place.
 *       cb(status, r0, r1, r2, r3) on the reply (results spread, no array);
 *       cb may be null: nothing is called.
 *   ref() / unref()        muk_kernel_ref/unref: keep the loop alive while
 *       a server or socket is referenced.
 *   errname(status) / strerror(status)
 *
 * Reply callbacks wait in the kernel binding's pending-value table
 * (call.h), never js_ref. After each event and each reply the nextTick and
 * microtask queues drain, as after any Node macrotask. */
#include <stdlib.h>
#include <string.h>

#include "buffer.h"
#include "call.h"
#include "runtime.h"

typedef struct net_binding {
  int sid;
  int handler_installed;
} net_binding;

static net_binding g_net = {.sid = -1};

/* ---- events (generic: keyed by service id) ---- */

static void on_event(muk_msg *m, void *ud) {
  js_State *J = ud;
  int n = (int)m->nargs;
  js_getregistry(J, "muk.events");
  js_getindex(J, -1, (int)m->service);
  js_rot2(J);
  js_pop(J, 1);
  if (!js_iscallable(J, -1)) {
    js_pop(J, 1);
    muk_msg_free(m);
    return;
  }
  js_pushundefined(J);
  js_pushnumber(J, m->op);
  if (m->payload.data) {
    size_t len;
    muk_free_fn fn;
    void *pud;
    uint8_t *p = muk_msg_take_payload(m, &len, &fn, &pud);
    mukjs_pushbuffer(J, p, len, fn, pud);
  } else {
    js_pushundefined(J);
  }
  for (int i = 0; i < n; i++) {
    muk_arg *a = &m->args[i];
    if (a->type == MUK_T_I64)
      js_pushnumber(J, (double)a->v.i);
    else if (a->type == MUK_T_F64)
      js_pushnumber(J, a->v.f);
    else if (a->type == MUK_T_STR)
      js_pushlstring(J, a->v.s, (int)a->len);
    else
      js_pushundefined(J);
  }
  muk_msg_free(m);
  mukjs_call_protected(J, n + 2);
  mukjs_run_ticks(J);
}

static void b_on_event(js_State *J) {
  int sid = js_isnumber(J, 1) ? js_tointeger(J, 1)
                              : muk_service_id(mukjs_kernel(J), js_tostring(J, 1));
  if (sid < 0)
    js_error(J, "no such service: %s", js_tostring(J, 1));
  js_getregistry(J, "muk.events");
  if (!js_isobject(J, -1)) {
    js_pop(J, 1);
    js_newarray(J);
    js_copy(J, -1);
    js_setregistry(J, "muk.events");
  }
  js_copy(J, 2);
  js_setindex(J, -2, sid);
  if (!g_net.handler_installed) {
    muk_set_event_handler(mukjs_kernel(J), on_event, J);
    g_net.handler_installed = 1;
  }
  js_pushundefined(J);
}

/* ---- requests ---- */

static void on_reply(muk_msg *m, void *ud) {
  js_State *J = ud;
  int n = (int)m->nargs;
  mukjs_call_take(J, (int)m->tag);
  js_pushundefined(J);
  js_pushnumber(J, m->status);
  for (int i = 0; i < n; i++) {
    muk_arg *a = &m->args[i];
    if (a->type == MUK_T_I64)
      js_pushnumber(J, (double)a->v.i);
    else if (a->type == MUK_T_STR)
      js_pushlstring(J, a->v.s, (int)a->len);
    else
      js_pushundefined(J);
  }
  muk_msg_free(m);
  mukjs_call_protected(J, n + 1);
  mukjs_run_ticks(J);
}

static void b_send(js_State *J) {
  muk_kernel *k = mukjs_kernel(J);
  muk_msg *m;
  int top = js_gettop(J), i;
  if (g_net.sid < 0)
    js_error(J, "the net service is not available");
  m = muk_msg_new(k);
  if (!m)
    js_error(J, "out of memory");
  m->service = (uint32_t)g_net.sid;
  m->op = (uint32_t)js_tointeger(J, 1);
  if (js_try(J)) {
    muk_msg_free(m);
    js_throw(J);
  }
  for (i = 4; i < top; i++) { /* the net service's arguments are integers */
    int r = 0;
    if (js_isnumber(J, i)) {
      r = muk_msg_add_i64(m, (int64_t)js_tonumber(J, i));
    } else if (js_isstring(J, i)) {
      const char *s = js_tostring(J, i);
      r = muk_msg_add_str(m, s, strlen(s));
    }
    if (r < 0)
      js_error(J, "cannot add message argument: %s", muk_strerror(r));
  }
  mukjs_msg_set_payload(J, m, 3);
  js_endtry(J);
  if (js_iscallable(J, 2)) {
    m->tag = (uint64_t)mukjs_call_hold(J, 2);
    muk_send(k, m, on_reply, J);
  } else {
    muk_send(k, m, NULL, NULL);
  }
  js_pushundefined(J);
}

static void b_ref(js_State *J) {
  muk_kernel_ref(mukjs_kernel(J));
  js_pushundefined(J);
}

static void b_unref(js_State *J) {
  muk_kernel_unref(mukjs_kernel(J));
  js_pushundefined(J);
}

static void b_errname(js_State *J) {
  js_pushstring(J, muk_errname(js_tointeger(J, 1)));
}

static void b_strerror(js_State *J) {
  js_pushstring(J, muk_strerror(js_tointeger(J, 1)));
}

static void net_binding_fill(js_State *J) {
  g_net.sid = muk_service_id(mukjs_kernel(J), "net");
  js_newcfunction(J, b_on_event, "onEvent", 2);
  js_setproperty(J, -2, "onEvent");
  js_newcfunction(J, b_send, "send", 7);
  js_setproperty(J, -2, "send");
  js_newcfunction(J, b_ref, "ref", 0);
  js_setproperty(J, -2, "ref");
  js_newcfunction(J, b_unref, "unref", 0);
  js_setproperty(J, -2, "unref");
  js_newcfunction(J, b_errname, "errname", 1);
  js_setproperty(J, -2, "errname");
  js_newcfunction(J, b_strerror, "strerror", 1);
  js_setproperty(J, -2, "strerror");
  js_pushboolean(J, g_net.sid >= 0);
  js_setproperty(J, -2, "available");
}

void mukjs_net_binding_init(js_State *J) {
  (void)J;
  mukjs_register_binding("net", net_binding_fill);
}
