/* net_binding.c — internalBinding('net'): requests to the net service and
 * the generic dispatcher of service events (muk_emit) to JS.
 *
 *   onEvent(service, fn)   fn(type, payload, a0, a1, ...) for every event
 *       the service emits: type = m->op, payload a Buffer adopting the
 *       event's bytes (or undefined), then its arguments. Keyed by service
 *       id, so any service's events can be routed the same way; the kernel
 *       handler is installed on first use. (The net service's HTTP_*
 *       events of an attached socket whose _http is set go straight to
 *       socket._http.onEvent(type, payload, a1, ...), as fn would send
 *       them: http_event.)
 *   send(op, cb, payload, a0, a1, a2, a3)   a request to the net service;
 *       numbers become i64, strings str, a Buffer payload rides in place.
 *       cb(status, r0, r1, r2, r3) on the reply (results spread, no array);
 *       cb may be null: nothing is called.
 *   ref([id]) / unref([id])  muk_kernel_ref/unref: keep the loop alive
 *       while a server or socket is referenced; with an attached socket's id
 *       also whether its fast writes may be quiet (below).
 *   errname(status) / strerror(status)
 *
 * Reply callbacks wait in the kernel binding's pending-value table
 * (call.h), never js_ref. After each event and each reply the nextTick and
 * microtask queues drain, as after any Node macrotask.
 *
 * The socket hot path (data in -> 'data' listener -> write out) stays in C
 * while a socket is in the common state; net_socket.js falls back to the
 * whole stream machinery whenever it is not:
 *   setup(emit)            EventEmitter's stock emit (a socket whose emit
 *       differs is slow).
 *   attach(id, hwm, slow, socket, kref)  socket took id (counters reset, a
 *       new generation so replies for an older socket on the id are
 *       ignored); slow: never take the fast paths (captureRejections); kref:
 *       the socket keeps the loop alive now.
 *   detach(id)             the Socket lets go of id.
 *   dirty(id, mask)        a Socket method that may change the Readable's
 *       (mask 1) or the Writable's (2) state ran: check it again before the
 *       next fast chunk or write (the checks below run only then).
 *   timer(id, on)          setTimeout is armed: every chunk goes through JS.
 *   counter(id, which)     0 bytes read, 1 bytes written on the fast path,
 *       2 fast bytes not answered yet, 3 a 'drain' is owed (1/0).
 *   write(data[, enc][, cb])  Socket.prototype.write: a Buffer without
 *       encoding/callback on an attached socket whose Writable is idle goes
 *       straight to the service (bytes in place, counted in C; JS hears
 *       only of 'drain' or an error: socket._onFastDrain(),
 *       socket._onFastError(status)); anything else calls
 *       socket._writeSlow(data, enc, cb). While the socket keeps the loop
 *       alive and no 'drain' is owed the write is quiet (MUK_F_QUIET): no
 *       reply comes back unless it fails, the service's thread adds its
 *       bytes to the socket's counter (counter_slot), so a write costs the
 *       JS thread no reply and the I/O thread no wakeup of the loop. A write
 *       that reaches the highWaterMark, and every write after it until
 *       'drain', is answered: the service completes a socket's writes in
 *       order, so when the last answer comes every quiet write before it
 *       was counted, and 'drain' is due once nothing is pending. When the
 *       socket stops keeping the loop alive with quiet writes pending, an
 *       empty answered write (the service answers it after the writes
 *       queued before it) keeps the loop alive until they are done.
 * A data event for an attached socket that is flowing with nothing
 * buffered, no decoder, no pipes, not ended/destroyed, not inside a read,
 * one 'data' listener function and the stock emit calls that listener
 * straight from C with a Buffer adopting the event's bytes (what emit would
 * do); otherwise it goes to the JS event function (socket._onData). The
 * state is read once and the listener cached until a Socket method that
 * can change either runs (dirty); emit is compared on every chunk (a plain
 * assignment can override it). */
#include <stdlib.h>
#include <string.h>

#include "binding.h"
#include "buffer.h"
#include "call.h"
#include "http_fast.h"
#include "net/net.h"
#include "runtime.h"
#include "service_ids.h"

/* The net service's ids in this kernel (service_ids.h), resolved when the
 * binding is filled. */
static const char net_op_names[] = NET_OPS(MUKJS_OP_NAME);
static int net_op_ids[NET_NOPS];
static mukjs_service net_svc = MUKJS_SERVICE("net", net_op_names, net_op_ids);

typedef struct net_sock {
  uint32_t gen;
  uint8_t on;    /* attached to a JS Socket */
  uint8_t slow;  /* never the fast paths */
  uint8_t timer; /* an armed socket timeout: chunks go through JS */
  uint8_t drain; /* a fast write returned false: 'drain' at pending 0 */
  uint8_t rfast; /* the Readable was found in the common state and its one
                    'data' listener cached; cleared by every Socket method
                    that can change that state (net_socket.js) */
  uint8_t widle; /* the Writable was found idle; cleared by the methods that
                    can change that (cork, end, destroy) and by every write
                    that takes the Writable's path */
  uint8_t kref;  /* the Socket keeps the loop alive (ref'ed and open) */
  uint8_t err;   /* a fast write failed: nothing is pending any more */
  double hwm;    /* the Writable's highWaterMark */
  double rd;     /* bytes read (all paths) */
  double unacked; /* ... not acknowledged to the service yet (see ack) */
  double wr;     /* bytes written through the fast path */
  double replied; /* ... of which answered by a reply */
  uint64_t *done; /* ... of which completed quietly (the service's thread
                     adds to it; see counter_slot) */
  uint64_t done0; /* *done when the socket attached */
} net_sock;

/* Property names read on every chunk / write, looked up through mujs's
 * property cache (patch 0015: js_intern + js_getpropertyI). */

typedef struct net_binding {
  const char *n_emit, *n_id; /* "emit", "_id" (js_intern, in setup) */
  const char *n_http, *n_on_event; /* "_http", "onEvent" */
  int handler_installed;
  net_sock *socks;
  uint32_t nsocks;
  uint64_t **done_chunks; /* quiet-write counters, 256 ids per chunk */
  uint32_t ndone_chunks;
} net_binding;

static net_binding g_net;

static net_sock *sock_get(uint32_t id) {
  return id < g_net.nsocks ? &g_net.socks[id] : NULL;
}

/* The counter a quiet write of id bumps when it completes (MUK_F_QUIET):
 * its address never changes (the service's thread may still add to it
 * after the socket detached), so the counters live in chunks that are
 * never moved or freed; a new socket on the id starts from its value. */
static uint64_t *counter_slot(js_State *J, uint32_t id) {
  uint32_t c = id >> 8;
  if (c >= g_net.ndone_chunks) {
    uint32_t n = g_net.ndone_chunks ? g_net.ndone_chunks : 4;
    uint64_t **t;
    while (n <= c)
      n *= 2;
    if (!(t = realloc(g_net.done_chunks, n * sizeof *t)))
      js_error(J, "out of memory");
    memset(t + g_net.ndone_chunks, 0, (n - g_net.ndone_chunks) * sizeof *t);
    g_net.done_chunks = t;
    g_net.ndone_chunks = n;
  }
  if (!g_net.done_chunks[c] &&
      !(g_net.done_chunks[c] = calloc(256, sizeof(uint64_t))))
    js_error(J, "out of memory");
  return &g_net.done_chunks[c][id & 255];
}

/* Fast-path bytes not completed yet. */
static double sock_pending(const net_sock *ns) {
  if (ns->err)
    return 0;
  return ns->wr - ns->replied -
         (double)(__atomic_load_n(ns->done, __ATOMIC_ACQUIRE) - ns->done0);
}

static net_sock *sock_grow(js_State *J, uint32_t id) {
  if (id >= g_net.nsocks) {
    uint32_t n = g_net.nsocks ? g_net.nsocks : 256;
    net_sock *t;
    while (n <= id)
      n *= 2;
    if (!(t = realloc(g_net.socks, n * sizeof *t)))
      js_error(J, "out of memory");
    memset(t + g_net.nsocks, 0, (n - g_net.nsocks) * sizeof *t);
    g_net.socks = t;
    g_net.nsocks = n;
  }
  return &g_net.socks[id];
}

static void settop(js_State *J, int top) {
  int n = js_gettop(J) - top;
  if (n > 0)
    js_pop(J, n);
}

/* The registry entry: one array [stock emit, Buffer.prototype, socket 1,
 * listener 1, socket 2, listener 2, ...] (the Socket attached to id at
 * 2 * id, its cached 'data' listener at 2 * id + 1). Its key's first byte is unique
 * among the registry's keys, so finding it costs a single name compare.
 * The array is kept dense (padded with undefined) so mujs keeps it a flat
 * array: an index is then a C array access, not a property lookup by the
 * index's string. */
#define NET_REG "#net"
#define REG_EMIT 0
#define REG_PROTO 1 /* Buffer.prototype */
#define REG_SOCK(id) (2 * (int)(id))
#define REG_LISTENER(id) (2 * (int)(id) + 1)

/* reg[i] = the value on top (popped), padding the array first. */
static void reg_set(js_State *J, int i) {
  int n;
  js_getregistry(J, NET_REG);
  n = js_getlength(J, -1);
  for (; n < i; n++) {
    js_pushundefined(J);
    js_setindex(J, -2, n);
  }
  js_rot2(J); /* reg value */
  js_setindex(J, -2, i);
  js_pop(J, 1);
}

/* Push the Socket attached to id (undefined when none). */
static void push_handle(js_State *J, uint32_t id) {
  js_getregistry(J, NET_REG);
  js_getindex(J, -1, REG_SOCK(id));
  js_rot2pop1(J);
}

/* Is the property `name` of the object at idx strictly true / false /
 * null / zero? (Each check pops what it pushed.) */
static int prop_true(js_State *J, int idx, const char *name) {
  int r;
  js_getproperty(J, idx, name);
  r = js_isboolean(J, -1) && js_toboolean(J, -1);
  js_pop(J, 1);
  return r;
}

static int prop_falsy(js_State *J, int idx, const char *name) {
  int r;
  js_getproperty(J, idx, name);
  r = !js_toboolean(J, -1);
  js_pop(J, 1);
  return r;
}

static int prop_null(js_State *J, int idx, const char *name) {
  int r;
  js_getproperty(J, idx, name);
  r = js_isnull(J, -1);
  js_pop(J, 1);
  return r;
}

static int prop_zero(js_State *J, int idx, const char *name) {
  int r;
  js_getproperty(J, idx, name);
  r = js_isnumber(J, -1) && js_tonumber(J, -1) == 0;
  js_pop(J, 1);
  return r;
}

/* ---- the socket hot path ---- */

/* With the Socket at -1: push its single 'data' listener when the socket is
 * in the state where Readable's addChunk would emit the chunk at once (and
 * mark the chunk emitted as addChunk does); returns 0 (nothing pushed)
 * otherwise. May throw (a getter); the caller holds a js_try. */
static int data_listener(js_State *J) {
  int sock = js_gettop(J) - 1, rs, ok;
  js_getproperty(J, sock, "_readableState");
  rs = sock + 1;
  ok = js_isobject(J, rs) && prop_true(J, rs, "flowing") &&
       prop_zero(J, rs, "length") && prop_true(J, rs, "dataListening") &&
       prop_falsy(J, rs, "sync") && prop_null(J, rs, "decoder") &&
       prop_falsy(J, rs, "ended") && prop_falsy(J, rs, "destroyed");
  if (ok) {
    js_getproperty(J, rs, "pipes");
    ok = js_getlength(J, -1) == 0;
    js_pop(J, 1);
  }
  if (ok && !prop_true(J, rs, "dataEmitted")) {
    js_pushboolean(J, 1);
    js_setproperty(J, rs, "dataEmitted");
  }
  js_pop(J, 1); /* rs */
  if (!ok)
    return 0;
  js_getproperty(J, sock, "_events");
  if (!js_isobject(J, -1)) {
    js_pop(J, 1);
    return 0;
  }
  js_getproperty(J, -1, "data");
  js_rot2pop1(J);
  if (!js_iscallable(J, -1)) {
    js_pop(J, 1);
    return 0;
  }
  return 1;
}

/* A data event's bytes: its payload, or a small chunk in args[1]. */
static size_t data_len(const muk_msg *m) {
  if (m->payload.data)
    return m->payload.len;
  return m->nargs > 1 && m->args[1].type == MUK_T_BYTES ? m->args[1].len : 0;
}

/* Push a data event's bytes as a Buffer (adopting the payload, copying a
 * chunk that rode in the message) and free the message, even when it
 * throws. Buffer.prototype is on top of the stack (replaced). */
static void push_data_p(js_State *J, muk_msg *m) {
  size_t len;
  muk_free_fn fn;
  void *pud;
  uint8_t *p, tmp[256];
  if (m->payload.data) {
    p = muk_msg_take_payload(m, &len, &fn, &pud);
    muk_msg_free(m);
    mukjs_pushbuffer_p(J, p, len, fn, pud);
    return;
  }
  len = data_len(m);
  if (len <= sizeof tmp) { /* the message goes first: no try needed */
    if (len)
      memcpy(tmp, m->args[1].v.b, len);
    muk_msg_free(m);
    mukjs_pushbuffer_copy_p(J, tmp, len);
    return;
  }
  if (js_try(J)) {
    muk_msg_free(m);
    js_throw(J);
  }
  mukjs_pushbuffer_copy_p(J, m->args[1].v.b, len);
  js_endtry(J);
  muk_msg_free(m);
}

/* push_data_p, finding Buffer.prototype itself. */
static void push_data(js_State *J, muk_msg *m) {
  if (js_try(J)) {
    muk_msg_free(m);
    js_throw(J);
  }
  mukjs_buffer_push_prototype(J);
  js_endtry(J);
  push_data_p(J, m);
}

static void on_ack(muk_msg *m, void *ud) {
  (void)ud;
  muk_msg_free(m);
}

/* Tell the service this socket's data events were handled, every
 * NET_ACK_STEP bytes: it stops reading while too many bytes it sent are
 * not acknowledged (net.h), so a JS thread that falls behind holds the
 * sender back. Quiet: the service's answer is freed where it answers. */
static void ack_data(js_State *J, net_sock *ns, uint32_t id, size_t len) {
  muk_msg *m;
  ns->unacked += (double)len;
  if (ns->unacked < NET_ACK_STEP || !(m = muk_msg_new(mukjs_kernel(J))))
    return;
  m->service = (uint32_t)net_svc.sid;
  m->op = (uint32_t)net_svc.op[NET_ACK];
  m->flags |= MUK_F_QUIET;
  if (muk_msg_add_i64(m, (int64_t)id) != 0 ||
      muk_msg_add_i64(m, (int64_t)ns->unacked) != 0) {
    muk_msg_free(m);
    return;
  }
  ns->unacked = 0;
  muk_send(mukjs_kernel(J), m, on_ack, NULL);
}

/* A data event: 1 when handled here (the listener called from C), 0 when
 * the generic JS path must take it (the payload is left in m). */
static int net_data(js_State *J, muk_msg *m) {
  int64_t id;
  net_sock *ns;
  int top = js_gettop(J), reg, ok;
  volatile int consumed = 0;
  if (muk_msg_i64(m, 0, &id) != 0 || !(ns = sock_get((uint32_t)id)) || !ns->on)
    return 0;
  ns->rd += (double)data_len(m);
  ack_data(J, ns, (uint32_t)id, data_len(m));
  if (ns->slow || ns->timer)
    return 0;
  js_getregistry(J, NET_REG);
  reg = top;
  if (!js_isobject(J, reg)) {
    settop(J, top);
    return 0;
  }
  js_getindex(J, reg, REG_SOCK(id)); /* reg socket */
  if (!js_isobject(J, -1)) {
    settop(J, top);
    return 0;
  }
  /* One try covers the checks and the call (a try costs ~200 instructions
   * per chunk): until the message is consumed an exception is a getter's,
   * and the chunk takes the JS path, which will meet it again; after that
   * it is the listener's, reported as mukjs_call_protected would. */
  if (js_try(J)) {
    if (!consumed) {
      ns->rfast = 0;
      settop(J, top);
      return 0;
    }
    mukjs_fatal_exception(J); /* the error on top */
    settop(J, top);
    mukjs_run_ticks(J);
    return 1;
  }
  /* emit must be the stock one (an override sees every 'data') */
  js_getpropertyI(J, reg + 1, g_net.n_emit); /* (set: sockets attach after setup) */
  js_getindex(J, reg, REG_EMIT);
  ok = js_strictequal(J);
  js_pop(J, 2);
  if (ok && ns->rfast) { /* reg socket listener */
    js_getindex(J, reg, REG_LISTENER(id));
  } else if (ok && (ok = data_listener(J))) {
    js_copy(J, -1);
    reg_set(J, REG_LISTENER(id));
    ns->rfast = 1;
  }
  if (!ok) {
    js_endtry(J);
    settop(J, top);
    return 0;
  }
  js_rot2(J); /* reg listener socket (this) */
  js_getindex(J, reg, REG_PROTO);
  consumed = 1; /* push_data frees m, even when it throws */
  if (js_isobject(J, -1)) {
    push_data_p(J, m);
  } else {
    js_pop(J, 1);
    push_data(J, m);
  }
  js_call(J, 1);
  js_endtry(J);
  settop(J, top);
  mukjs_run_ticks(J);
  return 1;
}

/* A fast write's reply (a counted write, a barrier, or a quiet write that
 * failed): tag = gen << 32 | id. */
static void on_fast_write(muk_msg *m, void *ud) {
  js_State *J = ud;
  if (mukjs_js_gone) {
    muk_msg_free(m);
    return;
  }
  uint32_t id = (uint32_t)m->tag, gen = (uint32_t)(m->tag >> 32);
  int status = m->status, top;
  double n = (double)m->payload.len;
  net_sock *ns = sock_get(id);
  muk_msg_free(m);
  if (!ns || !ns->on || ns->gen != gen || ns->err)
    return;
  if (status < 0) {
    ns->err = 1;
    ns->drain = 0;
  } else {
    ns->replied += n;
    if (!ns->drain || sock_pending(ns) > 0)
      return;
    ns->drain = 0;
  }
  top = js_gettop(J);
  push_handle(J, id);
  if (js_isobject(J, -1)) {
    js_getproperty(J, -1, status < 0 ? "_onFastError" : "_onFastDrain");
    js_rot2(J);
    js_pushnumber(J, status);
    mukjs_call_protected(J, 1);
  }
  settop(J, top);
  mukjs_run_ticks(J);
}

/* Send a fast write of id (len bytes at p, the Buffer at idx holds them).
 * Quiet (MUK_F_QUIET: no reply unless it fails, its bytes counted in
 * *ns->done) while the socket keeps the loop alive and no 'drain' is owed;
 * otherwise answered (on_fast_write), which is how 'drain' is found. */
static void fast_send(js_State *J, net_sock *ns, uint32_t id, muk_msg *m,
                      int quiet) {
  m->service = (uint32_t)net_svc.sid;
  m->op = (uint32_t)net_svc.op[NET_WRITE];
  muk_msg_add_i64(m, (int64_t)id);
  /* data handled so far rides along: a server that answers what it reads
   * needs no ack messages */
  if (ns->unacked > 0 && muk_msg_add_i64(m, (int64_t)ns->unacked) == 0)
    ns->unacked = 0;
  m->tag = (uint64_t)ns->gen << 32 | id;
  if (quiet) {
    m->flags |= MUK_F_QUIET;
    m->done_count = ns->done;
    m->done_add = m->payload.len;
  }
  muk_send(mukjs_kernel(J), m, on_fast_write, J);
}

/* Socket.prototype.write(data[, encoding][, cb]) */
static void b_write(js_State *J) {
  int top = js_gettop(J);
  net_sock *ns = NULL;
  double id = 0;
  size_t len = 0;
  uint8_t *p;
  muk_msg *m;
  mukjs_buffer_store *st;
  int plain = top <= 2 || (js_isundefined(J, 2) &&
                           (top <= 3 || js_isundefined(J, 3)));
  if (js_isobject(J, 0)) {
    if (g_net.n_id)
      js_getpropertyI(J, 0, g_net.n_id);
    else
      js_getproperty(J, 0, "_id");
    id = js_tonumber(J, -1);
    js_pop(J, 1);
    if (id > 0)
      ns = sock_get((uint32_t)id);
  }
  if (plain && ns && ns->on && !ns->slow && !ns->timer && !ns->err &&
      (p = mukjs_tobuffer_store(J, 1, &len, &st)) && len > 0) {
    if (!ns->widle) {
      int ws;
      js_getproperty(J, 0, "_writableState");
      ws = js_gettop(J) - 1;
      ns->widle = js_isobject(J, ws) && prop_zero(J, ws, "length") &&
                  prop_falsy(J, ws, "writing") && prop_zero(J, ws, "corked") &&
                  prop_falsy(J, ws, "ending") && prop_falsy(J, ws, "destroyed") &&
                  prop_null(J, ws, "errored");
      js_pop(J, 1);
    }
    if (ns->widle && (m = muk_msg_new(mukjs_kernel(J)))) {
      int ok = sock_pending(ns) + (double)len < ns->hwm;
      mukjs_buffer_store_addref(st);
      muk_msg_set_payload(m, p, len, mukjs_buffer_store_free, st);
      ns->wr += (double)len;
      if (!ok)
        ns->drain = 1;
      fast_send(J, ns, (uint32_t)id, m, ns->kref && !ns->drain);
      js_pushboolean(J, ok);
      return;
    }
  }
  if (ns)
    ns->widle = 0; /* the Writable's path: it may be busy after this */
  js_getproperty(J, 0, "_writeSlow");
  js_copy(J, 0);
  js_copy(J, 1);
  js_copy(J, 2);
  js_copy(J, 3);
  js_call(J, 3);
}

static void b_setup(js_State *J) {
  g_net.n_emit = js_intern(J, "emit");
  g_net.n_id = js_intern(J, "_id");
  g_net.n_http = js_intern(J, "_http");
  g_net.n_on_event = js_intern(J, "onEvent");
  js_newarray(J);
  js_copy(J, 1);
  js_setindex(J, -2, REG_EMIT);
  mukjs_buffer_push_prototype(J); /* chunks become Buffers without a
                                     registry lookup each */
  js_setindex(J, -2, REG_PROTO);
  js_setregistry(J, NET_REG);
  js_pushundefined(J);
}

static uint32_t arg_id(js_State *J) {
  double d = js_tonumber(J, 1);
  if (!(d > 0 && d < 4294967296.0))
    js_rangeerror(J, "bad socket id");
  return (uint32_t)d;
}

/* The record of the id argument, or NULL for an id never attached or not
 * an id at all (a pending Server's -1): the helpers below are no-ops then. */
static net_sock *arg_sock(js_State *J) {
  double d = js_tonumber(J, 1);
  return d > 0 && d < 4294967296.0 ? sock_get((uint32_t)d) : NULL;
}

static void b_attach(js_State *J) {
  uint32_t id = arg_id(J), gen;
  net_sock *ns = sock_grow(J, id);
  gen = ns->gen + 1;
  memset(ns, 0, sizeof *ns);
  ns->gen = gen;
  ns->on = 1;
  ns->hwm = js_tonumber(J, 2);
  ns->slow = (uint8_t)js_toboolean(J, 3);
  ns->kref = (uint8_t)js_toboolean(J, 5);
  ns->done = counter_slot(J, id);
  ns->done0 = __atomic_load_n(ns->done, __ATOMIC_ACQUIRE);
  js_copy(J, 4);
  reg_set(J, REG_SOCK(id));
  js_pushundefined(J);
}

static void b_detach(js_State *J) {
  net_sock *ns = arg_sock(J);
  uint32_t id = (uint32_t)js_tonumber(J, 1);
  if (ns && ns->on) {
    ns->on = 0;
    ns->rfast = 0;
    js_pushundefined(J);
    reg_set(J, REG_SOCK(id));
    js_pushundefined(J);
    reg_set(J, REG_LISTENER(id));
  }
  js_pushundefined(J);
}

/* dirty(id, mask): 1 the Readable's state may have changed, 2 the
 * Writable's: look again before the next fast chunk / write. */
static void b_dirty(js_State *J) {
  net_sock *ns = arg_sock(J);
  int mask = js_tointeger(J, 2);
  if (ns) {
    if (mask & 1)
      ns->rfast = 0;
    if (mask & 2)
      ns->widle = 0;
  }
  js_pushundefined(J);
}

static void b_timer(js_State *J) {
  net_sock *ns = arg_sock(J);
  if (ns)
    ns->timer = (uint8_t)js_toboolean(J, 2);
  js_pushundefined(J);
}

static void b_counter(js_State *J) {
  net_sock *ns = arg_sock(J);
  int which = js_tointeger(J, 2);
  double v = 0;
  if (ns && ns->on)
    v = which == 0   ? ns->rd
        : which == 1 ? ns->wr
        : which == 2 ? sock_pending(ns)
                     : ns->drain;
  js_pushnumber(J, v);
}

/* ---- events (generic: keyed by service id) ---- */

/* Push m's arguments one by one: events and replies spread them as the
 * callback's arguments (no array), each converted by mukjs_push_arg. */
static void push_spread(js_State *J, const muk_msg *m) {
  for (uint32_t i = 0; i < m->nargs; i++)
    mukjs_push_arg(J, &m->args[i]);
}

/* Push an event's payload as a Buffer adopting its bytes, or undefined. */
static void push_payload(js_State *J, muk_msg *m) {
  if (m->payload.data) {
    size_t len;
    muk_free_fn fn;
    void *pud;
    uint8_t *p = muk_msg_take_payload(m, &len, &fn, &pud);
    mukjs_pushbuffer(J, p, len, fn, pud);
  } else {
    js_pushundefined(J);
  }
}

/* An HTTP_* event of an attached socket with an http handler: what
 * net_handles.js's event function does with it (socket._http.onEvent(type,
 * payload, arguments after the id)), without that function; 0 when the
 * generic path must take it (nothing done). */
static int http_event(js_State *J, muk_msg *m) {
  int64_t id;
  net_sock *ns;
  int top = js_gettop(J), n = (int)m->nargs;
  if (!g_net.n_http || muk_msg_i64(m, 0, &id) != 0 || !(ns = sock_get((uint32_t)id)) || !ns->on)
    return 0;
  push_handle(J, (uint32_t)id);
  if (js_isobject(J, -1)) {
    js_getpropertyI(J, -1, g_net.n_http);
    js_rot2pop1(J);
  }
  if (js_isobject(J, -1)) {
    js_getpropertyI(J, -1, g_net.n_on_event);
    js_rot2(J); /* onEvent http */
  }
  if (js_gettop(J) != top + 2 || !js_iscallable(J, -2)) {
    settop(J, top);
    return 0;
  }
  js_pushnumber(J, m->op);
  push_payload(J, m);
  for (int i = 1; i < n; i++)
    mukjs_push_arg(J, &m->args[i]);
  muk_msg_free(m);
  mukjs_call_protected(J, n + 1);
  mukjs_run_ticks(J);
  return 1;
}

static void on_event(muk_msg *m, void *ud) {
  js_State *J = ud;
  if (mukjs_js_gone) {
    muk_msg_free(m);
    return;
  }
  int n = (int)m->nargs;
  if (m->op == NET_EV_DATA && (int)m->service == net_svc.sid &&
      net_data(J, m))
    return;
  if (m->op >= NET_EV_HTTP_HEAD && (int)m->service == net_svc.sid && http_event(J, m))
    return;
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
  if (m->op == NET_EV_DATA && (int)m->service == net_svc.sid) {
    int64_t id = 0;
    muk_msg_i64(m, 0, &id);
    push_data(J, m); /* frees m */
    js_pushnumber(J, (double)id);
    mukjs_call_protected(J, 3);
    mukjs_run_ticks(J);
    return;
  }
  push_payload(J, m);
  push_spread(J, m);
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
  if (mukjs_js_gone) {
    muk_msg_free(m);
    return;
  }
  int n = (int)m->nargs;
  mukjs_call_take(J, (int)m->tag);
  js_pushundefined(J);
  js_pushnumber(J, m->status);
  push_spread(J, m);
  muk_msg_free(m);
  mukjs_call_protected(J, n + 1);
  mukjs_run_ticks(J);
}

muk_msg *mukjs_net_msg(js_State *J, int op) {
  muk_msg *m;
  if (net_svc.sid < 0 || !(m = muk_msg_new(mukjs_kernel(J))))
    return NULL;
  m->service = (uint32_t)net_svc.sid;
  m->op = (uint32_t)net_svc.op[op];
  return m;
}

static void b_send(js_State *J) {
  muk_kernel *k = mukjs_kernel(J);
  muk_msg *m;
  int top = js_gettop(J), i;
  if (net_svc.sid < 0)
    js_error(J, "the net service is not available");
  m = muk_msg_new(k);
  if (!m)
    js_error(J, "out of memory");
  m->service = (uint32_t)net_svc.sid;
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
      r = mukjs_msg_add_utf8(J, m, js_tostring(J, i));
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

/* ref([id]) / unref([id]): a Server or Socket starts / stops keeping the
 * loop alive. A Socket's quiet writes rely on it: when it lets go with
 * quiet writes still pending, an empty write (the service answers it after
 * the writes queued before it) keeps the loop alive until they are done,
 * as libuv's write requests do in Node. */
static void b_ref(js_State *J) {
  net_sock *ns = arg_sock(J);
  if (ns && ns->on)
    ns->kref = 1;
  muk_kernel_ref(mukjs_kernel(J));
  js_pushundefined(J);
}

static void b_unref(js_State *J) {
  net_sock *ns = arg_sock(J);
  if (ns && ns->on && ns->kref) {
    muk_msg *m;
    ns->kref = 0;
    if (sock_pending(ns) > 0 && (m = muk_msg_new(mukjs_kernel(J))))
      fast_send(J, ns, (uint32_t)js_tonumber(J, 1), m, 0);
  }
  muk_kernel_unref(mukjs_kernel(J));
  js_pushundefined(J);
}

static void b_errname(js_State *J) {
  js_pushstring(J, muk_errname(js_tointeger(J, 1)));
}

static void b_strerror(js_State *J) {
  js_pushstring(J, muk_strerror(js_tointeger(J, 1)));
}

static const mukjs_fn net_fns[] = {
    {"onEvent", b_on_event, 2},
    {"send", b_send, 7},
    {"ref", b_ref, 1},
    {"unref", b_unref, 1},
    {"errname", b_errname, 1},
    {"strerror", b_strerror, 1},
    {"setup", b_setup, 2},
    {"attach", b_attach, 5},
    {"detach", b_detach, 1},
    {"dirty", b_dirty, 2},
    {"timer", b_timer, 2},
    {"counter", b_counter, 2},
    {"write", b_write, 3},
    {"hend", mukjs_http_hend, 2},
    {"hsetup", mukjs_http_hsetup, 7},
    {"hstore", mukjs_http_hstore, 3},
    {NULL},
};

static void net_props(js_State *J) {
  mukjs_service_ids(J, &net_svc);
  js_pushnumber(J, UV_EINVAL); /* a bind the JS side refuses, as Node's */
  js_setproperty(J, -2, "EINVAL");
  js_pushboolean(J, net_svc.sid >= 0);
  js_setproperty(J, -2, "available");
  js_pushnumber(J, MUK_EV_GONE); /* a remote net's host is gone */
  js_setproperty(J, -2, "EV_GONE");
}

const mukjs_binding mukjs_binding_net = {.name = "net", .fns = net_fns, .props = net_props};
