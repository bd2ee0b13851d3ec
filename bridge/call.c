/* call.c — the one primitive by which JS reaches a service: build a message
 * from JS values, muk_send it, and when the reply comes back on the loop
 * thread, call the JS callback.
 *
 *   send(sid, op, args[], payload, cb[, bufferReply])
 *       cb(status, results[], payload)
 *   call(sid, op, args, payload, cb)    cb(null, results, payload) on
 *       success, or the error handler installed with onError(fn) gets
 *       fn(cb, status, sid, op, results, payload) — no closure per call.
 *       args may be undefined (no arguments); returns false, sending
 *       nothing, when an argument is not a number, a string or a Buffer (the
 *       caller builds the TypeError).
 *
 * A payload may be a string (copied) or a Buffer: its bytes ride in the
 * message in place (a reference on the Buffer's store keeps them alive
 * until the message lets go), so binary data passes without a copy. With
 * bufferReply true send() hands the reply's payload to the callback as a
 * Buffer that adopts the message's bytes (no copy); otherwise as a string.
 *
 *   stats(i)  service i's muk_service_stats as a plain object (undefined
 *       past the last service); latencyBounds() its latency buckets'
 *       upper bounds in microseconds. js/muk.js shapes them for scripts.
 *
 * Pending callbacks live in an integer-indexed JS array in the registry
 * (never js_ref: it keys objects by address). Its slot 0 holds the frozen
 * empty array every reply without results shares. */
/* The table's flat array part is read and written straight through
 * engine_internals.h: a slot costs a store instead of a registry lookup
 * (uncached: the "muk." names share a prefix) and two js_setindex calls. */

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "binding.h"
#include "buffer.h"
#include "call.h"
#include "engine_internals.h"
#include "runtime.h"
#include "utf8.h"

typedef struct call_state {
  int *free_slots;
  int nfree;
  int cap;
  int next;
  uint64_t pending;
  struct js_Object *table; /* the registry's "muk.calls" array */
} call_state;

/* m->tag: slot << 2 | CALL_NODE when the callback takes (err, results,
 * payload) | CALL_BUF when the reply payload becomes a Buffer. */
#define CALL_NODE 1u
#define CALL_BUF 2u
#define CALL_SHIFT 2
#define CALL_EMPTY_SLOT 0

static call_state *state(js_State *J) { return *mukjs_slot(J, MUKJS_SLOT_CALL); }

static int slot_alloc(js_State *J, call_state *s) {
  if (s->nfree > 0)
    return s->free_slots[--s->nfree];
  if (s->next == CALL_EMPTY_SLOT)
    s->next = CALL_EMPTY_SLOT + 1;
  if (s->next >= s->cap) {
    int ncap = s->cap ? s->cap * 2 : 256;
    int *nf = realloc(s->free_slots, ncap * sizeof *nf);
    if (!nf)
      js_error(J, "out of memory");
    s->free_slots = nf;
    s->cap = ncap;
  }
  return s->next++;
}

/* Store the value at stack index idx in slot. The flat part holds every
 * slot once it was stored once (slots are handed out in order). */
static void table_put(js_State *J, call_state *s, int slot, int idx) {
  if (mukjs_flat_put(J, s->table, slot, idx))
    return;
  js_getregistry(J, "muk.calls");
  js_copy(J, idx < 0 ? idx - 1 : idx);
  js_setindex(J, -2, slot);
  js_pop(J, 1);
}

/* Push the value in slot; with clear, leave undefined there. */
static void table_get(js_State *J, call_state *s, int slot, int clear) {
  if (mukjs_flat_get(J, s->table, slot, clear))
    return;
  js_getregistry(J, "muk.calls");
  js_getindex(J, -1, slot);
  if (clear) {
    js_pushundefined(J);
    js_setindex(J, -3, slot);
  }
  js_rot2(J);
  js_pop(J, 1);
}

void mukjs_push_arg(js_State *J, const muk_arg *a) {
  switch (a->type) {
  case MUK_T_I64:
    js_pushnumber(J, (double)a->v.i);
    break;
  case MUK_T_F64:
    js_pushnumber(J, a->v.f);
    break;
  case MUK_T_STR: /* UTF-8 from the service: NUL and astral chars too */
    mukjs_push_decoded(J, (const uint8_t *)a->v.s, a->len, MUKJS_ENC_UTF8);
    break;
  case MUK_T_BYTES: { /* binary: a Buffer (a JS string would mangle it) */
    uint8_t *p = mukjs_newbuffer(J, a->len);
    if (a->len)
      memcpy(p, a->v.b, a->len);
    break;
  }
  default:
    js_pushundefined(J);
  }
}

/* Push the reply's results: a new array, or (shared) the frozen empty one
 * in the table's slot CALL_EMPTY_SLOT. */
static void push_args(js_State *J, muk_msg *m, int shared) {
  if (m->nargs == 0 && shared) {
    table_get(J, state(J), CALL_EMPTY_SLOT, 0);
    return;
  }
  js_newarray(J);
  for (uint32_t i = 0; i < m->nargs; i++) {
    mukjs_push_arg(J, &m->args[i]);
    js_setindex(J, -2, (int)i);
  }
}

static void push_payload(js_State *J, muk_msg *m, int buf) {
  if (!m->payload.data) {
    js_pushundefined(J);
  } else if (buf) { /* the Buffer adopts the reply's bytes */
    size_t len;
    muk_free_fn fn;
    void *ud;
    uint8_t *p = muk_msg_take_payload(m, &len, &fn, &ud);
    mukjs_pushbuffer(J, p, len, fn, ud);
  } else {
    mukjs_push_decoded(J, m->payload.data, m->payload.len, MUKJS_ENC_UTF8);
  }
}

void mukjs_push_msg_results(js_State *J, muk_msg *m) { push_args(J, m, 0); }

static void free_payload(void *data, void *ud) { free(data); }

void mukjs_msg_set_payload(js_State *J, muk_msg *m, int idx) {
  if (mukjs_isbuffer(J, idx)) {
    size_t len;
    uint8_t *p = mukjs_tobuffer(J, idx, &len);
    mukjs_buffer_store *st = mukjs_buffer_store_ref(J, idx);
    muk_msg_set_payload(m, p, len, mukjs_buffer_store_free, st);
  } else if (js_isstring(J, idx)) {
    const char *p = js_tostring(J, idx);
    size_t len = strlen(p);
    char *copy = malloc(len ? len : 1);
    if (!copy)
      js_error(J, "out of memory");
    /* the service gets real UTF-8, not mujs's internal form */
    len = mukjs_to_utf8(p, len, copy);
    muk_msg_set_payload(m, copy, len, free_payload, NULL);
  }
}

/* Add a JS string as a str argument, in real UTF-8. */
int mukjs_msg_add_utf8(js_State *J, muk_msg *m, const char *str) {
  size_t len = strlen(str);
  char *owned;
  const char *u = mukjs_as_utf8(str, &len, &owned);
  if (!u)
    js_error(J, "out of memory");
  int r = muk_msg_add_str(m, u, len);
  free(owned);
  return r;
}

int mukjs_msg_add_value(js_State *J, muk_msg *m, int idx) {
  int r;
  if (js_isnumber(J, idx)) {
    double d = js_tonumber(J, idx);
    if (d == floor(d) && fabs(d) < 9007199254740992.0)
      r = muk_msg_add_i64(m, (int64_t)d);
    else
      r = muk_msg_add_f64(m, d);
  } else if (js_isstring(J, idx)) {
    r = mukjs_msg_add_utf8(J, m, js_tostring(J, idx));
  } else if (mukjs_isbuffer(J, idx)) { /* binary: a bytes argument (copied) */
    size_t len;
    uint8_t *p = mukjs_tobuffer(J, idx, &len);
    r = muk_msg_add_bytes(m, p, len);
  } else {
    return 1;
  }
  if (r < 0)
    js_error(J, "cannot add message argument: %s", muk_strerror(r));
  return 0;
}

void mukjs_msg_add_args(js_State *J, muk_msg *m, int idx) {
  if (!js_isarray(J, idx))
    return;
  int n = js_getlength(J, idx);
  if (n > MUK_MAX_ARGS)
    js_rangeerror(J, "too many message arguments (%d > %d)", n, MUK_MAX_ARGS);
  for (int i = 0; i < n; i++) {
    js_getindex(J, idx, i);
    if (mukjs_msg_add_value(J, m, -1)) { /* anything else: as its string */
      int r = mukjs_msg_add_utf8(J, m, js_tostring(J, -1));
      if (r < 0)
        js_error(J, "cannot add message argument: %s", muk_strerror(r));
    }
    js_pop(J, 1);
  }
}

static void on_reply(muk_msg *m, void *ud) {
  js_State *J = ud;
  if (mukjs_js_gone) {
    muk_msg_free(m);
    return;
  }
  call_state *s = state(J);
  int slot = (int)(m->tag >> CALL_SHIFT), node = (int)(m->tag & CALL_NODE);
  int buf = (int)(m->tag & CALL_BUF) != 0;
  s->pending--;
  table_get(J, s, slot, 1);
  s->free_slots[s->nfree++] = slot;
  if (!node) { /* send(): cb(status, results, payload) */
    js_pushundefined(J);
    js_pushnumber(J, m->status);
    push_args(J, m, 0);
    push_payload(J, m, buf);
    muk_msg_free(m);
    mukjs_call_protected(J, 3);
  } else if (m->status >= 0) { /* call(): cb(null, results, payload) */
    js_pushundefined(J);
    js_pushnull(J);
    push_args(J, m, 1);
    push_payload(J, m, buf);
    muk_msg_free(m);
    mukjs_call_protected(J, 3);
  } else { /* onError handler(cb, status, sid, op, results, payload) */
    js_getregistry(J, "muk.callError");
    js_rot2(J);
    js_pushundefined(J);
    js_rot2(J);
    js_pushnumber(J, m->status);
    js_pushnumber(J, m->service);
    js_pushnumber(J, m->op);
    push_args(J, m, 1);
    push_payload(J, m, buf);
    muk_msg_free(m);
    mukjs_call_protected(J, 6);
  }
  mukjs_run_ticks(J);
}

/* The request send and callSync build from their JS arguments (service,
 * op, args[], payload) at stack indexes 1..4. A conversion that throws frees
 * the message. */
/* A new message for (service, op) at stack indexes 1 and 2. */
static muk_msg *request_head(js_State *J) {
  muk_msg *m = muk_msg_new(mukjs_kernel(J));
  if (!m)
    js_error(J, "out of memory");
  m->service = (uint32_t)js_tointeger(J, 1);
  m->op = (uint32_t)js_tointeger(J, 2);
  return m;
}

/* Send m with the callback at stack index 5 held in slot; tag: CALL_*. */
static void send_held(js_State *J, call_state *s, muk_msg *m, int slot, uint64_t tag) {
  table_put(J, s, slot, 5);
  m->tag = (uint64_t)slot << CALL_SHIFT | tag;
  s->pending++;
  muk_send(mukjs_kernel(J), m, on_reply, J);
}

static muk_msg *request_from_js(js_State *J) {
  muk_msg *m = request_head(J);
  if (js_try(J)) {
    muk_msg_free(m);
    js_throw(J);
  }
  mukjs_msg_add_args(J, m, 3);
  mukjs_msg_set_payload(J, m, 4); /* a Buffer rides in place, no copy */
  js_endtry(J);
  return m;
}

/* send(service, op, args[], payload|undefined, callback[, bufferReply]) */
static void k_send(js_State *J) {
  call_state *s = state(J);
  if (!js_iscallable(J, 5))
    js_typeerror(J, "callback must be a function");
  muk_msg *m = request_from_js(J);
  if (js_try(J)) {
    muk_msg_free(m);
    js_throw(J);
  }
  int slot = slot_alloc(J, s);
  js_endtry(J);
  send_held(J, s, m, slot, js_toboolean(J, 6) ? CALL_BUF : 0);
  js_pushundefined(J);
}

/* flush(): the requests sent so far go to their services now (muk_flush) */
static void k_flush(js_State *J) {
  muk_flush(mukjs_kernel(J));
  js_pushundefined(J);
}

/* call(sid, op, args|undefined, payload|undefined, cb) -> true, or false
 * when an argument has the wrong type (nothing sent). */
static void k_call(js_State *J) {
  call_state *s = state(J);
  int n = 0, bad = 0, slot = 0;
  muk_msg *m;

  if (!js_iscallable(J, 5) || (!js_isundefined(J, 3) && !js_isarray(J, 3)) ||
      (!js_isundefined(J, 4) && !js_isstring(J, 4) && !mukjs_isbuffer(J, 4))) {
    js_pushboolean(J, 0);
    return;
  }
  if (js_isarray(J, 3) && (n = js_getlength(J, 3)) > MUK_MAX_ARGS)
    js_rangeerror(J, "too many message arguments (%d > %d)", n, MUK_MAX_ARGS);
  m = request_head(J);
  if (js_try(J)) {
    muk_msg_free(m);
    js_throw(J);
  }
  for (int i = 0; i < n && !bad; i++) {
    js_getindex(J, 3, i);
    bad = mukjs_msg_add_value(J, m, -1);
    js_pop(J, 1);
  }
  if (!bad)
    mukjs_msg_set_payload(J, m, 4);
  if (!bad)
    slot = slot_alloc(J, s);
  js_endtry(J);
  if (bad) {
    muk_msg_free(m);
    js_pushboolean(J, 0);
    return;
  }
  send_held(J, s, m, slot, CALL_NODE);
  js_pushboolean(J, 1);
}

int mukjs_call_hold(js_State *J, int idx) {
  call_state *s = state(J);
  int slot = slot_alloc(J, s);
  table_put(J, s, slot, idx);
  s->pending++;
  return slot;
}

void mukjs_call_take(js_State *J, int slot) {
  call_state *s = state(J);
  table_get(J, s, slot, 1);
  s->free_slots[s->nfree++] = slot;
  s->pending--;
}

/* onError(fn): the handler call() replies with status < 0 go to. */
static void k_on_error(js_State *J) {
  if (!js_iscallable(J, 1))
    js_typeerror(J, "handler must be a function");
  js_copy(J, 1);
  js_setregistry(J, "muk.callError");
  js_pushundefined(J);
}

/* callSync(serviceId, op, args[], payload: Buffer|string|undefined)
 *   -> [status, results[], payload: Buffer|undefined]
 * muk_call_sync: the loop thread waits for the service's reply (POOL, IOLOOP
 * and remote services; an INLINE one answers status UV_ENOTSUP). Arguments
 * convert as in send. */
void mukjs_call_sync(js_State *J) {
  muk_kernel *k = mukjs_kernel(J);
  muk_msg *m = request_from_js(J);
  int status = muk_call_sync(k, m);
  if (js_try(J)) {
    muk_msg_free(m);
    js_throw(J);
  }
  js_newarray(J);
  js_pushnumber(J, status);
  js_setindex(J, -2, 0);
  mukjs_push_msg_results(J, m);
  js_setindex(J, -2, 1);
  push_payload(J, m, 1); /* the reply's bytes become a Buffer, no copy */
  js_setindex(J, -2, 2);
  js_endtry(J);
  muk_msg_free(m);
}

/* service(name) -> id or negative status */
static void k_service(js_State *J) {
  js_pushnumber(J, muk_service_id(mukjs_kernel(J), js_tostring(J, 1)));
}

/* op(serviceId, name) -> op or negative status */
static void k_op(js_State *J) {
  js_pushnumber(J, muk_op_id(mukjs_kernel(J), (uint32_t)js_tointeger(J, 1),
                             js_tostring(J, 2)));
}

/* stats(serviceIndex) -> the service's muk_service_stats as an object
 * (js/muk.js shapes it), or undefined past the last service. */
static void set_num(js_State *J, const char *k, double v) {
  js_pushnumber(J, v);
  js_setproperty(J, -2, k);
}

static void k_stats(js_State *J) {
  muk_kernel *k = mukjs_kernel(J);
  uint32_t id = (uint32_t)js_tointeger(J, 1);
  muk_service *svc = muk_service_get(k, id);
  muk_service_stats st;
  if (!svc || muk_service_stats_get(k, id, &st)) {
    js_pushundefined(J);
    return;
  }
  const muk_service_def *d = muk_service_def_of(svc);
  js_newobject(J);
  js_pushstring(J, d->name);
  js_setproperty(J, -2, "name");
  set_num(J, "requests", (double)st.requests);
  set_num(J, "replies", (double)st.replies);
  set_num(J, "errors", (double)st.errors);
  set_num(J, "dropped", (double)st.dropped);
  set_num(J, "queued", (double)st.queued);
  set_num(J, "inFlight", (double)st.in_flight);
  set_num(J, "window", (double)st.window);
  set_num(J, "inWindow", (double)st.in_window);
  set_num(J, "backlog", (double)st.backlog);
  js_newarray(J); /* [code, count, code, count, ...] */
  int n = 0;
  for (int i = 0; i < MUK_STATS_CODES && st.error_code[i]; i++) {
    js_pushnumber(J, st.error_code[i]);
    js_setindex(J, -2, n++);
    js_pushnumber(J, (double)st.error_count[i]);
    js_setindex(J, -2, n++);
  }
  js_setproperty(J, -2, "errorCodes");
  set_num(J, "errorOther", (double)st.error_other);
  js_newarray(J);
  for (int i = 0; i < MUK_STATS_LAT_BUCKETS; i++) {
    js_pushnumber(J, (double)st.latency[i]);
    js_setindex(J, -2, i);
  }
  js_setproperty(J, -2, "latency");
  set_num(J, "latencyCount", (double)st.latency_count);
  set_num(J, "latencySumUs", (double)st.latency_sum_us);
  if (st.remote) {
    js_pushstring(J, d->backend ? d->backend : "");
    js_setproperty(J, -2, "url");
    js_pushboolean(J, st.connected);
    js_setproperty(J, -2, "connected");
    set_num(J, "connects", (double)st.connects);
    set_num(J, "reconnects", (double)st.reconnects);
    set_num(J, "disconnects", (double)st.disconnects);
    set_num(J, "bytesSent", (double)st.bytes_sent);
    set_num(J, "bytesReceived", (double)st.bytes_received);
  }
  if (st.endpoints) { /* several: each endpoint's service id */
    js_newarray(J);
    for (uint32_t i = 0; i < st.endpoints; i++) {
      js_pushnumber(J, muk_service_endpoint(k, id, i));
      js_setindex(J, -2, (int)i);
    }
    js_setproperty(J, -2, "endpoints");
    set_num(J, "retries", (double)st.retries);
  }
}

/* latencyBounds() -> the buckets' upper bounds in microseconds */
static void k_latency_bounds(js_State *J) {
  js_newarray(J);
  for (int i = 0; i < MUK_STATS_LAT_BUCKETS - 1; i++) {
    js_pushnumber(J, (double)muk_stats_latency_le_us[i]);
    js_setindex(J, -2, i);
  }
}

static void k_errname(js_State *J) { js_pushstring(J, muk_errname(js_tointeger(J, 1))); }
static void k_strerror(js_State *J) { js_pushstring(J, muk_strerror(js_tointeger(J, 1))); }

/* A service-side object (a hash context, a key) that a JS object stands
 * for: when the token is collected, the service is told to free it. */
typedef struct handle_token {
  muk_kernel *k;
  uint32_t sid, op;
  int64_t id;
} handle_token;

static void token_reply(muk_msg *m, void *ud) { muk_msg_free(m); }

/* Whether a sync request to service sid runs right here (a local POOL
 * service with MUK_SVC_CALLER_SYNC): no other thread, no wait. */
static int runs_here(muk_kernel *k, uint32_t sid) {
  muk_service *svc = muk_service_get(k, sid);
  const muk_service_def *d = svc ? muk_service_def_of(svc) : NULL;
  return d && d->exec == MUK_EXEC_POOL && (d->flags & MUK_SVC_CALLER_SYNC);
}

/* A finalizer: no JS here. For a service that answers sync requests on
 * this thread (crypto) the free runs now: a quiet message would wait for
 * the next loop turn, and a synchronous loop that drops 65,536 KeyObjects
 * ran out of handles before any free arrived. Otherwise a quiet message
 * (nothing comes back unless it fails, and then token_reply drops it). */
static void token_finalize(js_State *J, void *data) {
  handle_token *t = data;
  if (t->id == 0) { /* freed already (handleTokenDone) */
    free(t);
    return;
  }
  muk_msg *m = muk_msg_new(t->k);
  if (m) {
    m->service = t->sid;
    m->op = t->op;
    if (muk_msg_add_i64(m, t->id) != 0) {
      muk_msg_free(m);
    } else if (runs_here(t->k, t->sid)) {
      muk_call_sync(t->k, m);
      muk_msg_free(m);
    } else {
      m->flags |= MUK_F_QUIET;
      muk_send(t->k, m, token_reply, NULL);
    }
  }
  free(t);
}

/* handleToken(sid, freeOp, id) -> an object that, once no longer
 * reachable, makes the garbage collector send freeOp(id) to service sid
 * (MUK_F_QUIET). Keep it in a property of the JS object that owns the
 * service-side object; free explicitly where the API has a natural end
 * (digest()), and let the token cover objects a program drops. */
static void k_handle_token(js_State *J) {
  handle_token *t = malloc(sizeof *t);
  if (!t)
    js_error(J, "out of memory");
  t->k = mukjs_kernel(J);
  t->sid = (uint32_t)js_tointeger(J, 1);
  t->op = (uint32_t)js_tointeger(J, 2);
  t->id = (int64_t)js_tonumber(J, 3);
  js_getglobal(J, "Object");
  js_getproperty(J, -1, "prototype");
  js_rot2(J);
  js_pop(J, 1);
  js_newuserdata(J, "ServiceHandle", t, token_finalize);
}

/* handleTokenDone(token): its handle was freed explicitly, so the
 * collector must not free it again: a host serving several clients
 * (muk-serviced) may have given the same id to a newer handle. */
static void k_handle_token_done(js_State *J) {
  if (js_isuserdata(J, 1, "ServiceHandle"))
    ((handle_token *)js_touserdata(J, 1, "ServiceHandle"))->id = 0;
  js_pushundefined(J);
}

static const mukjs_fn kernel_fns[] = {
    {"handleToken", k_handle_token, 3},
    {"handleTokenDone", k_handle_token_done, 1},
    {"send", k_send, 6},
    {"flush", k_flush, 0},
    {"call", k_call, 5},
    {"callSync", mukjs_call_sync, 4},
    {"onError", k_on_error, 1},
    {"service", k_service, 1},
    {"op", k_op, 2},
    {"errname", k_errname, 1},
    {"strerror", k_strerror, 1},
    {"stats", k_stats, 1},
    {"latencyBounds", k_latency_bounds, 0},
    {NULL},
};

/* The pending-value table: per runtime, and used by the fs and net
 * bindings too (call.h), so it is made when the runtime starts. */
static void call_init(js_State *J) {
  call_state *s = calloc(1, sizeof *s);
  if (!s)
    abort();
  *mukjs_slot(J, MUKJS_SLOT_CALL) = s;
  js_newarray(J);
  js_newarray(J); /* slot 0: the empty results array, frozen */
  js_getglobal(J, "Object");
  js_getproperty(J, -1, "freeze");
  js_rot2(J);
  js_pop(J, 1);
  js_pushundefined(J);
  js_rot3(J);
  js_rot3(J); /* freeze, undefined, [] */
  js_call(J, 1);
  js_setindex(J, -2, CALL_EMPTY_SLOT);
  s->table = mukjs_engine_object(J, -1);
  js_setregistry(J, "muk.calls");
}

static void call_free(js_State *J) {
  call_state *s = state(J);
  if (!s)
    return;
  free(s->free_slots);
  free(s);
  *mukjs_slot(J, MUKJS_SLOT_CALL) = NULL;
}

const mukjs_binding mukjs_binding_kernel = {
    .name = "kernel",
    .fns = kernel_fns,
    .init = call_init,
    .free = call_free,
};
