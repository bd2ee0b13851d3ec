/* net.c — the "net" service: TCP and Unix-domain sockets on a libuv loop.
 *
 * The same code runs on its own I/O thread (backend "thread", exec IOLOOP,
 * the default) or on the kernel's loop (backend "inline", exec INLINE:
 * `--service net=inline`). The schema is in net.h. Handles live in a table
 * indexed by a small integer id that the bridge uses to name them; ids are
 * reused only after the handle's close callback ran (and its close request
 * was answered, so no event for the old handle can follow).
 *
 * Reads go into one per-service buffer (the loop runs one callback at a
 * time) and are copied into the event message (small chunks, as a bytes
 * argument) or an exactly sized payload; each chunk is one event message,
 * and the kernel delivers every ready event per wakeup. Writes carry the sender's bytes in place: uv_try_write first (the
 * common small write finishes without a request), the rest through
 * uv_write, answered from its callback. */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "muk.h"
#include "net.h"
#include "net_priv.h"

typedef struct net_wreq {
  uv_write_t req;
  muk_msg *m;
} net_wreq;

typedef struct net_sreq {
  uv_shutdown_t req;
  muk_msg *m;
} net_sreq;

#define NET_OP_NAME(id, name) [NET_##id] = name,
static const char *const net_op_names[NET_NOPS] = {NET_OPS(NET_OP_NAME)};

/* ---- handle table ---- */

/* A new handle in the table: a TCP socket (pipe 0), a Unix socket (1), or
 * with fd >= 0 that fd opened as the kind uv_guess_handle finds (open). */
static net_h *h_new_fd(net_state *st, int pipe, int fd, int *err) {
  net_h *h = calloc(1, sizeof(*h));
  uint32_t id;
  int r;
  if (!h)
    return NULL;
  if (st->nfree) {
    id = st->freeids[--st->nfree];
  } else {
    if (st->next == 0)
      st->next = 1;
    if (st->next >= st->cap) {
      uint32_t cap = st->cap ? st->cap * 2 : 256;
      net_h **t = realloc(st->tab, cap * sizeof(*t));
      uint32_t *f;
      if (!t) {
        free(h);
        return NULL;
      }
      st->tab = t;
      if (!(f = realloc(st->freeids, cap * sizeof(*f)))) {
        free(h);
        return NULL;
      }
      st->freeids = f;
      memset(st->tab + st->cap, 0, (cap - st->cap) * sizeof(*t));
      st->cap = cap;
    }
    id = st->next++;
  }
  if (fd >= 0 && uv_guess_handle(fd) == UV_TTY) {
    r = uv_tty_init(st->loop, &h->u.tty, fd, 1);
    h->tty = 1;
  } else {
    r = pipe ? uv_pipe_init(st->loop, &h->u.pipe, 0)
             : uv_tcp_init(st->loop, &h->u.tcp);
    if (r == 0 && fd >= 0) {
      r = pipe ? uv_pipe_open(&h->u.pipe, fd) : uv_tcp_open(&h->u.tcp, fd);
      if (r != 0) { /* initialized: it must be closed, not freed */
        uv_close(&h->u.h, (uv_close_cb)free);
        h->u.h.data = NULL;
        st->freeids[st->nfree++] = id;
        *err = r;
        return NULL;
      }
    }
  }
  if (r != 0) {
    st->freeids[st->nfree++] = id;
    free(h);
    *err = r;
    return NULL;
  }
  h->st = st;
  h->id = id;
  h->pipe = (uint8_t)(pipe || h->tty);
  h->u.h.data = h;
  st->tab[id] = h;
  st->live++;
  return h;
}

static net_h *h_new(net_state *st, int pipe) {
  int err = 0;
  return h_new_fd(st, pipe, -1, &err);
}

static net_h *h_get(net_state *st, muk_msg *m) {
  int64_t id;
  net_h *h;
  if (muk_msg_i64(m, 0, &id) != 0 || id <= 0 || (uint64_t)id >= st->cap)
    return NULL;
  h = st->tab[id];
  return h && !h->closing ? h : NULL;
}

/* Answer a request the service holds: at shutdown on the kernel's loop
 * (inline) the kernel has delivered its replies already, so just free. */
static void h_answer(net_state *st, muk_msg *m, int status) {
  if (st->stopping && st->inl) {
    muk_msg_free(m);
    return;
  }
  muk_msg_reset_args(m);
  muk_reply(m, status);
}

static void on_close(uv_handle_t *uh) {
  net_h *h = uh->data;
  net_state *st = h->st;
  st->tab[h->id] = NULL;
  st->freeids[st->nfree++] = h->id;
  st->live--;
  if (h->http)
    muk__net_http_detach(h);
  if (h->hc)
    muk__net_hclient_detach(h);
  if (h->close_req)
    h_answer(st, h->close_req, 0);
  free(h);
  if (st->stopping && st->live == 0) {
    free(st->tab);
    free(st->freeids);
    free(st);
  }
}

static void h_close(net_h *h) {
  if (h->closing)
    return;
  h->closing = 1;
  uv_close(&h->u.h, on_close);
}

/* ---- events ---- */

static muk_msg *ev_new(net_state *st, uint32_t type, uint32_t id) {
  muk_msg *m = muk_service_msg_new(st->svc);
  if (!m)
    return NULL;
  m->op = type;
  muk_msg_add_i64(m, id);
  return m;
}

muk_msg *muk__net_ev_new(net_state *st, uint32_t type, uint32_t id) {
  return ev_new(st, type, id);
}

/* Append address, port of a sockaddr; returns the family (4/6, 0 unknown). */
static int add_addr(muk_msg *m, const struct sockaddr_storage *ss, int ok) {
  char buf[64] = "";
  int port = 0, fam = 0;
  if (ok == 0 && ss->ss_family == AF_INET) {
    const struct sockaddr_in *a = (const struct sockaddr_in *)ss;
    uv_ip4_name(a, buf, sizeof buf);
    port = ntohs(a->sin_port);
    fam = 4;
  } else if (ok == 0 && ss->ss_family == AF_INET6) {
    const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)ss;
    uv_ip6_name(a, buf, sizeof buf);
    port = ntohs(a->sin6_port);
    fam = 6;
  }
  muk_msg_add_str(m, buf, strlen(buf));
  muk_msg_add_i64(m, port);
  return fam;
}

/* raddr, rport, laddr, lport, family */
static void add_peer_info(muk_msg *m, net_h *h) {
  struct sockaddr_storage ss;
  int len = sizeof ss, fam, r;
  if (h->pipe) {
    muk_msg_add_str(m, "", 0);
    muk_msg_add_i64(m, 0);
    muk_msg_add_str(m, "", 0);
    muk_msg_add_i64(m, 0);
    muk_msg_add_i64(m, 0);
    return;
  }
  memset(&ss, 0, sizeof ss);
  r = uv_tcp_getpeername(&h->u.tcp, (struct sockaddr *)&ss, &len);
  add_addr(m, &ss, r);
  len = sizeof ss;
  memset(&ss, 0, sizeof ss);
  r = uv_tcp_getsockname(&h->u.tcp, (struct sockaddr *)&ss, &len);
  fam = add_addr(m, &ss, r);
  muk_msg_add_i64(m, fam);
}

static void ev_error(net_state *st, net_h *h, int status) {
  muk_msg *m = ev_new(st, NET_EV_ERROR, h->id);
  if (!m)
    return;
  muk_msg_add_i64(m, status);
  muk_emit(st->svc, m);
}

static void on_alloc(uv_handle_t *uh, size_t hint, uv_buf_t *buf) {
  net_h *h = uh->data;
  (void)hint;
  buf->base = h->st->rbuf;
  buf->len = NET_RBUF;
}

static void free_payload(void *data, void *ud) {
  (void)ud;
  free(data);
}

int muk__net_emit_bytes(net_state *st, uint32_t type, uint32_t id,
                        const char *p, size_t n) {
  muk_msg *m = ev_new(st, type, id);
  uint8_t *copy;
  if (!m)
    return UV_ENOMEM;
  if (n <= NET_SMALL) { /* in the message itself: no allocation */
    if (muk_msg_add_bytes(m, p, n) != 0) {
      muk_msg_free(m);
      return UV_ENOMEM;
    }
  } else {
    if (!(copy = malloc(n))) {
      muk_msg_free(m);
      return UV_ENOMEM;
    }
    memcpy(copy, p, n);
    muk_msg_set_payload(m, copy, n, free_payload, NULL);
  }
  muk_emit(st->svc, m);
  return 0;
}

void muk__net_stop_reading(net_h *h) {
  if (h->reading)
    uv_read_stop(&h->u.s);
  h->reading = 0;
}

static void on_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  net_h *h = s->data;
  net_state *st = h->st;
  muk_msg *m;
  (void)buf;
  if (n == 0)
    return;
  if (n > 0 && h->http) { /* parsed here; its events count in the window */
    muk__net_http_read(h, st->rbuf, (size_t)n);
    return;
  }
  if (n > 0 && h->hc) { /* responses, parsed here as well */
    muk__net_hclient_read(h, st->rbuf, (size_t)n);
    return;
  }
  if (n > 0) {
    if (muk__net_emit_bytes(st, NET_EV_DATA, h->id, st->rbuf, (size_t)n))
      return;
    h->unacked += (uint64_t)n;
    if (h->unacked >= NET_WINDOW) { /* the receiver is behind: wait */
      uv_read_stop(s);
      h->reading = 0;
    }
    return;
  }
  uv_read_stop(s);
  h->reading = 0;
  h->want = 0;
  if (n == UV_EOF) {
    if (h->http)
      muk__net_http_eof(h);
    else if (h->hc)
      muk__net_hclient_eof(h);
    if ((m = ev_new(st, NET_EV_END, h->id)))
      muk_emit(st->svc, m);
  } else {
    ev_error(st, h, (int)n);
  }
}

static void start_reading(net_h *h) {
  h->want = 1;
  if (!h->reading && !h->closing && h->unacked < NET_WINDOW &&
      !(h->http && muk__net_http_blocks(h)) &&
      uv_read_start(&h->u.s, on_alloc, on_read) == 0)
    h->reading = 1;
}

void muk__net_start_reading(net_h *h) {
  start_reading(h);
}

/* The receiver handled n more bytes (an ack, or one riding on a write):
 * resume reading if it was held back for them. */
static void take_ack(net_h *h, int64_t n) {
  if (n <= 0 || h->server)
    return;
  h->unacked = (uint64_t)n >= h->unacked ? 0 : h->unacked - (uint64_t)n;
  if (h->want && !h->reading)
    start_reading(h);
}

/* Always answered 0: a quiet ack's failure would only be noise about a
 * socket that closed meanwhile. */
static void op_ack(net_state *st, muk_msg *m) {
  net_h *h = h_get(st, m);
  int64_t n = 0;
  if (h && muk_msg_i64(m, 1, &n) == 0)
    take_ack(h, n);
  muk_msg_reset_args(m);
  muk_reply(m, 0);
}

/* ---- listen / accept ---- */

static void on_connection(uv_stream_t *server, int status) {
  net_h *sh = server->data, *h;
  net_state *st = sh->st;
  muk_msg *m;
  if (status < 0) {
    ev_error(st, sh, status);
    return;
  }
  if (!(h = h_new(st, sh->pipe)))
    return;
  if (uv_accept(server, &h->u.s) != 0 ||
      !(m = ev_new(st, NET_EV_CONNECTION, sh->id))) {
    h_close(h);
    return;
  }
  muk_msg_add_i64(m, h->id);
  add_peer_info(m, h);
  if (sh->httpmode && muk__net_http_attach(h, &sh->hcfg) != 0) {
    muk_msg_free(m);
    h_close(h);
    return;
  }
  muk_emit(st->svc, m);
  if (!sh->hold) /* pauseOnConnect: nothing is read before a readstart */
    start_reading(h);
}

static int make_addr(const char *host, int64_t port,
                     struct sockaddr_storage *ss) {
  memset(ss, 0, sizeof *ss);
  if (port < 0 || port > 65535)
    return UV_EINVAL;
  if (strchr(host, ':'))
    return uv_ip6_addr(host, (int)port, (struct sockaddr_in6 *)ss);
  return uv_ip4_addr(host, (int)port, (struct sockaddr_in *)ss);
}

/* The capability check of a listen or connect (muk_policy_check): a TCP
 * address is "HOST:PORT" ("[V6]:PORT") against NET, a Unix socket's path
 * is read and written (FS_READ, FS_WRITE), as Deno checks them. 1 when
 * denied and answered. */
static int net_denied(net_state *st, muk_msg *m, const char *host, int64_t port, int pipe) {
  char res[320];
  if (!muk_kernel_policy(muk_service_kernel(st->svc)))
    return 0;
  if (pipe) {
    muk_cap cap = muk_policy_check(st->svc, MUK_CAP_FS_READ, host) ? MUK_CAP_FS_READ
                : muk_policy_check(st->svc, MUK_CAP_FS_WRITE, host) ? MUK_CAP_FS_WRITE
                : MUK_CAP_N;
    if (cap == MUK_CAP_N)
      return 0;
    muk_deny(m, cap, host);
    return 1;
  }
  snprintf(res, sizeof res, strchr(host, ':') ? "[%.256s]:%d" : "%.256s:%d", host, (int)port);
  if (muk_policy_check(st->svc, MUK_CAP_NET, res) == 0)
    return 0;
  muk_deny(m, MUK_CAP_NET, res);
  return 1;
}

/* A TCP listener that shares its port (LISTEN_REUSEPORT): libuv 1.44 has
 * no flag for SO_REUSEPORT on TCP, so the socket is made here, the option
 * set before the bind, and the socket handed to libuv. */
static int open_reuseport(net_h *h, const struct sockaddr_storage *ss) {
  int one = 1, r;
  int fd = socket(ss->ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd < 0)
    return uv_translate_sys_error(errno);
  if (setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one) != 0) {
    r = uv_translate_sys_error(errno);
    close(fd);
    return r;
  }
  if ((r = uv_tcp_open(&h->u.tcp, fd)) != 0)
    close(fd);
  return r;
}

static void op_listen(net_state *st, muk_msg *m) {
  const char *host;
  size_t hl;
  int64_t port, backlog, flags;
  int pipe;
  struct sockaddr_storage ss;
  net_h *h;
  int r, len = sizeof ss, fam;
  if (muk_msg_str(m, 0, &host, &hl) || muk_msg_i64(m, 1, &port) ||
      muk_msg_i64(m, 2, &backlog) || muk_msg_i64(m, 3, &flags)) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  pipe = (flags & NET_LISTEN_PIPE) != 0;
  if (net_denied(st, m, host, port, pipe))
    return;
  if (!pipe && (r = make_addr(host, port, &ss)) != 0) {
    muk_reply(m, r);
    return;
  }
  if (!(h = h_new(st, pipe))) {
    muk_reply(m, UV_ENOMEM);
    return;
  }
  h->server = 1;
  h->hold = (flags & NET_LISTEN_PAUSED) != 0;
  if (flags & NET_LISTEN_HTTP) { /* args 4..7: the http timers, header cap */
    net_http_cfg *c = &h->hcfg;
    h->httpmode = 1;
    c->max_header = NET_MAX_HEADER_SIZE;
    muk_msg_i64(m, 4, &c->headers_ms);
    muk_msg_i64(m, 5, &c->request_ms);
    muk_msg_i64(m, 6, &c->keepalive_ms);
    muk_msg_i64(m, 7, &c->max_header);
  }
  r = !pipe && (flags & NET_LISTEN_REUSEPORT) ? open_reuseport(h, &ss) : 0;
  if (r == 0)
    r = pipe ? uv_pipe_bind(&h->u.pipe, host)
             : uv_tcp_bind(&h->u.tcp, (struct sockaddr *)&ss, 0);
  if (r == 0)
    r = uv_listen(&h->u.s, backlog > 0 ? (int)backlog : 511, on_connection);
  if (r != 0) {
    h_close(h);
    muk_reply(m, r);
    return;
  }
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, h->id);
  if (pipe) {
    muk_msg_add_str(m, host, hl);
    muk_msg_add_i64(m, 0);
    muk_msg_add_i64(m, 0);
  } else {
    memset(&ss, 0, sizeof ss);
    r = uv_tcp_getsockname(&h->u.tcp, (struct sockaddr *)&ss, &len);
    fam = add_addr(m, &ss, r);
    muk_msg_add_i64(m, fam);
  }
  muk_reply(m, 0);
}

/* ---- connect ---- */

static void on_connect(uv_connect_t *req, int status) {
  net_h *h = req->data;
  net_state *st = h->st;
  muk_msg *m;
  if (status == UV_ECANCELED || h->closing)
    return; /* closed while connecting: the close reply says it all */
  if (!(m = ev_new(st, NET_EV_CONNECT, h->id)))
    return;
  muk_msg_add_i64(m, status);
  if (status == 0)
    add_peer_info(m, h);
  muk_emit(st->svc, m);
  if (status == 0)
    start_reading(h);
}

/* connect's optional local address (args 3, 4). libuv reports a port in
 * use only at connect, and then connects from another port: like Node's
 * checkBindError, a socket not bound to the port asked for is EADDRINUSE. */
static int bind_local(net_h *h, muk_msg *m) {
  const char *laddr;
  size_t ll;
  int64_t lport;
  struct sockaddr_storage ss;
  int r, len = sizeof ss;
  if (muk_msg_str(m, 3, &laddr, &ll) || muk_msg_i64(m, 4, &lport))
    return UV_EINVAL;
  if ((r = make_addr(laddr, lport, &ss)) != 0 ||
      (r = uv_tcp_bind(&h->u.tcp, (struct sockaddr *)&ss, 0)) != 0)
    return r;
  if (lport > 0) {
    r = uv_tcp_getsockname(&h->u.tcp, (struct sockaddr *)&ss, &len);
    if (r == 0 && ntohs(((struct sockaddr_in *)&ss)->sin_port) != lport)
      r = UV_EADDRINUSE;
  }
  return r;
}

static void op_connect(net_state *st, muk_msg *m) {
  const char *host;
  size_t hl;
  int64_t port, pipe;
  struct sockaddr_storage ss;
  net_h *h;
  int r;
  if (muk_msg_str(m, 0, &host, &hl) || muk_msg_i64(m, 1, &port) ||
      muk_msg_i64(m, 2, &pipe)) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  if (net_denied(st, m, host, port, (int)pipe))
    return;
  if (!pipe && (r = make_addr(host, port, &ss)) != 0) {
    muk_reply(m, r);
    return;
  }
  if (!(h = h_new(st, (int)pipe))) {
    muk_reply(m, UV_ENOMEM);
    return;
  }
  h->conn.data = h;
  if (!pipe && m->nargs >= 5 && (r = bind_local(h, m)) != 0) {
    h_close(h);
    muk_msg_reset_args(m);
    muk_msg_add_str(m, "bind", 4);
    muk_reply(m, r);
    return;
  }
  if (pipe) {
    uv_pipe_connect(&h->conn, &h->u.pipe, host, on_connect);
  } else if ((r = uv_tcp_connect(&h->conn, &h->u.tcp,
                                 (struct sockaddr *)&ss, on_connect)) != 0) {
    h_close(h);
    muk_reply(m, r);
    return;
  }
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, h->id);
  muk_reply(m, 0);
}

/* ---- write / shutdown ---- */

/* A write's reply carries its byte count (i64), for the bridge's fast path. */
static void answer_write(net_state *st, muk_msg *m, int status) {
  if (st->stopping && st->inl) {
    muk_msg_free(m);
    return;
  }
  muk_msg_reset_args(m);
  if (status == 0)
    muk_msg_add_i64(m, (int64_t)m->payload.len);
  muk_reply(m, status);
}

static void on_write(uv_write_t *req, int status) {
  net_wreq *w = (net_wreq *)req;
  net_state *st = ((net_h *)req->handle->data)->st;
  answer_write(st, w->m, status);
  free(w);
}

static void op_write(net_state *st, muk_msg *m) {
  net_h *h = h_get(st, m);
  uv_buf_t b;
  net_wreq *w;
  int64_t ack;
  int r;
  if (!h || h->server) {
    muk_reply(m, h ? UV_EINVAL : UV_EBADF);
    return;
  }
  if (m->nargs > 1 && muk_msg_i64(m, 1, &ack) == 0)
    take_ack(h, ack);
  b = uv_buf_init((char *)m->payload.data, (unsigned)m->payload.len);
  if (b.len == 0 && uv_stream_get_write_queue_size(&h->u.s) == 0) {
    /* still a write(2), as Node's: it reports an error the socket holds
     * (the peer reset it) */
    r = uv_try_write(&h->u.s, &b, 1);
    muk_msg_reset_args(m);
    muk_reply(m, r < 0 && r != UV_EAGAIN ? r : 0);
    return;
  }
  /* An empty write behind queued ones is answered after them (a barrier:
   * the bridge uses it to wait for its quiet writes). */
  r = b.len ? uv_try_write(&h->u.s, &b, 1) : UV_EAGAIN;
  if (r == (int)b.len) {
    answer_write(st, m, 0);
    return;
  }
  if (r < 0 && r != UV_EAGAIN && r != UV_ENOSYS) {
    muk_reply(m, r);
    return;
  }
  if (r > 0) {
    b.base += r;
    b.len -= (unsigned)r;
  }
  if (!(w = malloc(sizeof(*w)))) {
    muk_reply(m, UV_ENOMEM);
    return;
  }
  w->m = m;
  if ((r = uv_write(&w->req, &h->u.s, &b, 1, on_write)) != 0) {
    free(w);
    muk_reply(m, r);
  }
}

static void on_shutdown(uv_shutdown_t *req, int status) {
  net_sreq *s = (net_sreq *)req;
  net_state *st = ((net_h *)req->handle->data)->st;
  h_answer(st, s->m, status);
  free(s);
}

static void op_shutdown(net_state *st, muk_msg *m) {
  net_h *h = h_get(st, m);
  net_sreq *s;
  int r;
  if (!h) {
    muk_reply(m, UV_EBADF);
    return;
  }
  if (!(s = malloc(sizeof(*s)))) {
    muk_reply(m, UV_ENOMEM);
    return;
  }
  s->m = m;
  if ((r = uv_shutdown(&s->req, &h->u.s, on_shutdown)) != 0) {
    free(s);
    muk_reply(m, r);
  }
}

/* ---- an fd the process holds (stdin, an inherited socket) ---- */

static void op_open(net_state *st, muk_msg *m) {
  int64_t fd;
  int kind, err = UV_ENOMEM;
  net_h *h;
  if (muk_msg_i64(m, 0, &fd) || fd < 0 || fd > 0x7fffffff) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  switch (uv_guess_handle((int)fd)) {
  case UV_TTY:
    kind = NET_FD_TTY;
    break;
  case UV_NAMED_PIPE:
    kind = NET_FD_PIPE;
    break;
  case UV_TCP:
    kind = NET_FD_TCP;
    break;
  default: /* a file, a UDP socket, a closed fd: not a stream */
    muk_reply(m, fcntl((int)fd, F_GETFD) < 0 ? UV_EBADF : UV_EINVAL);
    return;
  }
  if (!(h = h_new_fd(st, kind != NET_FD_TCP, (int)fd, &err))) {
    muk_reply(m, err);
    return;
  }
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, h->id);
  muk_msg_add_i64(m, kind);
  muk_reply(m, 0);
}

/* ---- the rest ---- */

static void op_simple(net_state *st, muk_msg *m) {
  net_h *h = h_get(st, m);
  int64_t a = 0, b = 0;
  int r = 0;
  if (!h) {
    muk_reply(m, UV_EBADF);
    return;
  }
  muk_msg_i64(m, 1, &a);
  muk_msg_i64(m, 2, &b);
  switch (m->op) {
  case NET_CLOSE:
    h->close_req = m;
    h_close(h);
    return;
  case NET_RESET:
    h->close_req = m;
    h->closing = 1;
    if (h->pipe || h->server || uv_tcp_close_reset(&h->u.tcp, on_close) != 0)
      uv_close(&h->u.h, on_close);
    return;
  case NET_READSTART:
    start_reading(h);
    break;
  case NET_READSTOP:
    if (h->reading)
      uv_read_stop(&h->u.s);
    h->reading = 0;
    h->want = 0;
    break;
  case NET_NODELAY:
    r = h->pipe ? 0 : uv_tcp_nodelay(&h->u.tcp, (int)a);
    break;
  case NET_KEEPALIVE:
    r = h->pipe ? 0 : uv_tcp_keepalive(&h->u.tcp, (int)a, (unsigned)b);
    break;
  case NET_TTYMODE:
    r = !h->tty ? UV_ENOTTY : uv_tty_set_mode(&h->u.tty, (uv_tty_mode_t)a);
    break;
  }
  muk_msg_reset_args(m);
  muk_reply(m, r);
}

static void net_handle(muk_service *svc, muk_msg *m) {
  net_state *st = muk_service_state(svc);
  switch (m->op) {
  case NET_LISTEN:
    op_listen(st, m);
    break;
  case NET_CONNECT:
    op_connect(st, m);
    break;
  case NET_WRITE:
    op_write(st, m);
    break;
  case NET_SHUTDOWN:
    op_shutdown(st, m);
    break;
  case NET_ACK:
    op_ack(st, m);
    break;
  case NET_OPEN:
    op_open(st, m);
    break;
  case NET_HWRITE: {
    net_h *h = h_get(st, m);
    if (!h || !h->http) {
      muk_reply(m, h ? UV_EINVAL : UV_EBADF);
      break;
    }
    muk__net_http_write(st, h, m);
    break;
  }
  case NET_HUPGRADE: {
    net_h *h = h_get(st, m);
    int64_t take = 0;
    muk_msg_i64(m, 1, &take);
    if (h && h->http)
      muk__net_http_upgrade(h, (int)take);
    muk_msg_reset_args(m);
    muk_reply(m, h ? 0 : UV_EBADF);
    break;
  }
  case NET_HRESPONSE: {
    net_h *h = h_get(st, m);
    int64_t fl = 0, maxh = NET_MAX_HEADER_SIZE;
    int r;
    muk_msg_i64(m, 1, &fl);
    if (m->nargs > 2)
      muk_msg_i64(m, 2, &maxh);
    r = h ? muk__net_hclient_expect(h, (int)fl, maxh) : UV_EBADF;
    muk_msg_reset_args(m);
    muk_reply(m, r);
    break;
  }
  case NET_TTYMODE:
  case NET_CLOSE:
  case NET_RESET:
  case NET_READSTART:
  case NET_READSTOP:
  case NET_NODELAY:
  case NET_KEEPALIVE:
    op_simple(st, m);
    break;
  default:
    muk_reply(m, MUK_ENOOP);
  }
}

static int net_init(muk_service *svc, void **state) {
  net_state *st = calloc(1, sizeof(*st));
  if (!st)
    return UV_ENOMEM;
  st->svc = svc;
  st->loop = muk_service_loop(svc);
  st->inl = muk_service_def_of(svc)->exec == MUK_EXEC_INLINE;
  *state = st;
  /* A write to a peer that reset the connection raises SIGPIPE in the
   * writing thread, which would kill the process (Node ignores SIGPIPE):
   * block it on the thread that runs the sockets, so the write fails with
   * EPIPE and the socket gets its 'error'. */
  {
    sigset_t ss;
    sigemptyset(&ss);
    sigaddset(&ss, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &ss, NULL);
  }
  return 0;
}

/* Close every handle; their close callbacks (on the service's thread, or
 * on the kernel's loop before it closes, inline) answer what they hold, and
 * the last one frees the state. */
static void net_fini(muk_service *svc, void *state) {
  net_state *st = state;
  uint32_t i;
  (void)svc;
  st->stopping = 1;
  if (st->live == 0) {
    free(st->tab);
    free(st->freeids);
    free(st);
    return;
  }
  for (i = 1; i < st->next; i++)
    if (st->tab[i])
      h_close(st->tab[i]);
}

/* Which arguments and results are socket ids (muk_op_handles), for a host
 * that serves several clients (muk-serviced gives each its own ids). */
#define U {.used = 1}
static const muk_op_handles net_op_handles[NET_NOPS] = {
    [NET_LISTEN] = {.created = 1},  [NET_CONNECT] = {.created = 1},
    [NET_WRITE] = U,                [NET_SHUTDOWN] = U,
    [NET_CLOSE] = {.released = 1},  [NET_READSTART] = U,
    [NET_READSTOP] = U,             [NET_NODELAY] = U,
    [NET_KEEPALIVE] = U,            [NET_RESET] = {.released = 1},
    [NET_ACK] = U,                  [NET_OPEN] = {.created = 1},
    [NET_TTYMODE] = U,              [NET_HWRITE] = U,
    [NET_HUPGRADE] = U,             [NET_HRESPONSE] = U,
};
/* every event is about args[0]; a CONNECTION's args[1] is the new socket */
static const muk_op_handles net_event_handles[NET_EV_HTTP_RESPONSE + 1] = {
    [NET_EV_CONNECTION] = {.used = 1, .created = 2},
    [NET_EV_CONNECT] = U,   [NET_EV_DATA] = U,      [NET_EV_END] = U,
    [NET_EV_ERROR] = U,     [NET_EV_HTTP_HEAD] = U, [NET_EV_HTTP_BODY] = U,
    [NET_EV_HTTP_DONE] = U, [NET_EV_HTTP_ERROR] = U,
    [NET_EV_HTTP_TIMEOUT] = U, [NET_EV_HTTP_RESPONSE] = U,
};
#undef U
#define NET_HANDLE_TABLES                                                     \
  .op_handles = net_op_handles, .release_op = NET_CLOSE,                      \
  .event_handles = net_event_handles, .nevents = NET_EV_HTTP_RESPONSE + 1,    \
  /* open wraps an fd of the process that runs the service */                 \
  .host_ops = 1ull << NET_OPEN

const muk_service_def muk_net_service = {
    .abi = MUK_SERVICE_ABI,
    .name = "net",
    .backend = "thread",
    .exec = MUK_EXEC_IOLOOP,
    /* no thread until the first socket; sockets report through events */
    .flags = MUK_SVC_LAZY_START | MUK_SVC_EVENTS | MUK_SVC_RELEASE_CANCELS,
    .nops = NET_NOPS,
    .op_names = net_op_names,
    .init = net_init,
    .handle = net_handle,
    .fini = net_fini,
    NET_HANDLE_TABLES,
};

const muk_service_def muk_net_inline_service = {
    .abi = MUK_SERVICE_ABI,
    .name = "net",
    .backend = "inline",
    .exec = MUK_EXEC_INLINE,
    .flags = MUK_SVC_EVENTS | MUK_SVC_RELEASE_CANCELS,
    .nops = NET_NOPS,
    .op_names = net_op_names,
    .init = net_init,
    .handle = net_handle,
    .fini = net_fini,
    NET_HANDLE_TABLES,
};

