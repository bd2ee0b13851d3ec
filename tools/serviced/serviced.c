/* muk-serviced — host built-in services on nanomsg endpoints.
 *
 *   muk-serviced --service NAME[=BACKEND] [--service ...] --listen URL [--listen URL2 ...]
 *
 * Several services share the endpoints, the sessions and the kernel;
 * requests go to the one their frame names, and each has its own client
 * table (handles, quotas, budget: clients.c).
 *
 * A raw NN_REP (XREP) socket is bound to every URL and its NN_RCVFD polled
 * on the kernel's loop. Each request is decoded (kernel/wire.c; malformed
 * input is dropped and counted in the service's `dropped` stat), dispatched
 * to the local service with muk_send, and its reply encoded and sent back
 * with the nanomsg backtrace saved from the request. Pings (op
 * MUK_WIRE_OP_PING) are answered on the loop. SIGINT/SIGTERM stop it
 * cleanly: in-flight requests finish or are canceled, then it exits 0.
 * Exit status 2: bad arguments, unknown service/backend, bad URL, a key
 * problem, a public address without a key.
 *
 * Every client first handshakes a session (sessions.c; docs/wire.md):
 * frames are checked (tag, sequence) before anything is decoded, and each
 * request carries its session's client id (req.client). Clients are kept
 * apart by clients.c (handles per client, quotas, the memory budget; a
 * session's end closes what its client still holds); a request's payload is
 * decompressed by the worker that handles it (muk_wire_apply_deferred),
 * never here on the loop. */
#include <arpa/inet.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <nanomsg/nn.h>
#include <nanomsg/reqrep.h>
#include <nanomsg/tcp.h>

#include "clients.h"
#include "metrics.h"
#include "reply_stream.h"
#include "muk.h"
#include "sessions.h"
#include "supervise.h"
#include "wire.h"
#include "wire_batch.h"
#include "wire_sec.h"

#define MAX_LISTEN 16
#define MAX_SERVICES 8
#define DROP_LOG_EVERY 1000
#define RECV_BATCH 1024
#define LEASE_MS_DEFAULT 60000

/* A service this process hosts. */
typedef struct hosted {
  muk_service *svc;
  uint32_t id;
  const char *name;
  size_t name_len;
  clients *cs;
  metrics_service ms; /* its id, name and bytes, for metrics.c */
} hosted;

typedef struct req {
  struct req *next;
  hosted *h;       /* the service it is for (replies carry its name) */
  uint64_t client; /* the session's client id (sessions.h) */
  uint64_t conn;   /* the connection to answer on */
  uint64_t wire_id;
  uint32_t op;
  size_t ctl_len;
  union {
    struct nn_cmsghdr align;
    uint8_t ctl[256];
  } u;
} req;

static struct {
  muk_kernel *k;
  hosted hosted[MAX_SERVICES];
  int nhosted;
  muk_wire_codec *codec;
  muk_wire_chunker *chunker;
  int sock;
  uv_poll_t poll;
  uv_signal_t sigint, sigterm;
  int closing;
  uint64_t dropped;
  req *free;
  int quiet;
  sessions *sess;
  uv_timer_t sweep;
  uv_check_t bcheck; /* replies batched in a loop turn leave after the poll */
  uv_idle_t bidle;   /* phase; active while a batch waits: the poll does not */
  metrics_process mp; /* sessions open and ended (metrics.h) */
} S;

static void usage(FILE *f) {
  fprintf(f,
          "usage: muk-serviced --service NAME[=BACKEND] --listen URL [--listen URL ...]\n"
          "\n"
          "Hosts the built-in service NAME on nanomsg endpoints (ipc://PATH,\n"
          "tcp://HOST:PORT) for muk_register_remote() clients and muk-call.\n"
          "\n"
          "  --service NAME[=BACKEND]  service to host (BACKEND: its backend name);\n"
          "                            repeat for several (at most 8), which share the\n"
          "                            endpoints and sessions; quotas apply per service\n"
          "  --listen URL              endpoint to bind; repeat for several\n"
          "  --key-file PATH           shared key clients must prove (default:\n"
          "                            $MUK_KEY_FILE); required to listen on an\n"
          "                            address other than loopback or ipc://\n"
          "  --encrypt                 encrypt every connection (needs a key)\n"
          "  --no-compress             send reply payloads raw, never zstd (for\n"
          "                            links where CPU costs more than bytes)\n"
          "  --insecure                listen on a public address without a key\n"
          "  --lease-ms N              end a client's session after N ms without a\n"
          "                            frame from it (default 60000)\n"
          "  --max-handles N           handles (fds, crypto objects) one client may hold (%u)\n"
          "  --max-inflight N          requests of one client at the service at once (%u);\n"
          "                            more wait in the client's queue\n"
          "  --max-queue N             requests of one client waiting (%u); more are refused\n"
          "  --max-bytes N[K|M|G]      request bytes of one client, running + waiting (%lluM)\n"
          "  --budget N[K|M|G]         request bytes of all clients, running + waiting (%lluM)\n"
          "  --quiet                   no log lines on stderr\n"
          "  --supervise               run the service in a child process and start\n"
          "                            another when it dies (backoff 100 ms .. 30 s)\n"
          "  --allow-fs-read=PATHS, --allow-fs-write=PATHS, --allow-net[=HOST:PORT,...],\n"
          "  --allow-env, --allow-child-process, --allow-worker, --experimental-permission\n"
          "                            what the clients' requests may reach, as muk's flags\n"
          "                            (any of them: everything else is denied)\n"
          "  --help                    this text\n"
          "\n"
          "A client past a quota or the budget gets EQUOTA naming it.\n"
          "Stops cleanly on SIGINT/SIGTERM. Exit status: 0 ok, 1 runtime error, 2 usage.\n",
          CLIENTS_MAX_HANDLES, CLIENTS_MAX_INFLIGHT, CLIENTS_MAX_QUEUE,
          CLIENTS_MAX_BYTES >> 20, CLIENTS_BUDGET >> 20);
}

static void drop(const char *why) {
  S.dropped++;
  muk_wire_count_dropped(S.hosted[0].svc, 1); /* before any service is known */
  if (!S.quiet && (S.dropped == 1 || S.dropped % DROP_LOG_EVERY == 0))
    fprintf(stderr, "muk-serviced: dropped %llu malformed message(s) (last: %s)\n",
            (unsigned long long)S.dropped, why);
}

static req *req_get(void) {
  req *r = S.free;
  if (r)
    S.free = r->next;
  else if (!(r = malloc(sizeof(req))))
    return NULL;
  r->h = NULL;
  return r;
}

static void req_put(req *r) {
  r->next = S.free;
  S.free = r;
}

/* Send bytes back along r's backtrace. */
static void send_raw(req *r, const void *out, size_t len) {
  struct nn_iovec iov = {(void *)out, len};
  struct nn_msghdr mh;
  memset(&mh, 0, sizeof mh);
  mh.msg_iov = &iov;
  mh.msg_iovlen = 1;
  mh.msg_control = r->u.ctl;
  mh.msg_controllen = r->ctl_len;
  /* XREP never blocks: a reply whose peer is gone is dropped by nanomsg. */
  if (nn_sendmsg(S.sock, &mh, NN_DONTWAIT) >= 0 && r->h) r->h->ms.bytes_sent += len;
}

/* outq.h's sender: a frame along a stored backtrace. */
static void send_routed(const void *ctl, size_t ctl_len, const void *out, size_t len) {
  struct nn_iovec iov = {(void *)out, len};
  struct nn_msghdr mh;
  memset(&mh, 0, sizeof mh);
  mh.msg_iov = &iov;
  mh.msg_iovlen = 1;
  mh.msg_control = (void *)ctl;
  mh.msg_controllen = ctl_len;
  (void)nn_sendmsg(S.sock, &mh, NN_DONTWAIT);
}

/* Encode h (+ m) on c. A connection that takes events sends it through its
 * credit queue, a reply with a payload over MUK_WIRE_CHUNK_MIN in chunks
 * (reply_stream.h: then m is taken and 1 returned); any other connection
 * gets it sealed along r's backtrace. */
static int send_data(sess_conn *c, req *r, muk_wire_hdr *h, muk_msg *m) {
  const uint8_t *out;
  size_t len;
  int chunk = c->out && m && (h->flags & MUK_F_REPLY) && m->payload.len > MUK_WIRE_CHUNK_MIN;
  if (chunk) h->flags |= MUK_WIRE_F_CHUNKED;
  int rc = muk_wire_encode(S.codec, h, m, 0, &out, &len);
  if (rc) { /* e.g. a result over the wire maximum: say so instead */
    h->status = rc;
    h->flags &= ~(uint32_t)MUK_WIRE_F_CHUNKED;
    chunk = 0;
    if (muk_wire_encode(S.codec, h, NULL, 0, &out, &len)) return 0;
  }
  hosted *hs = &S.hosted[0];
  for (int i = 0; i < S.nhosted; i++)
    if (S.hosted[i].name == h->name) hs = &S.hosted[i];
  if (c->out) {
    /* queued frames count as sent (metrics): they leave as credit allows */
    if (outq_send(c->out, (uint8_t *)out, len) == 0)
      hs->ms.bytes_sent += len + (c->link.sec ? MUK_WIRE_TAG_SIZE : 0);
    else if (chunk)
      muk_msg_free(m);
    else
      return 0;
    if (chunk) reply_stream_send(c->out, S.chunker, h->id, m, &hs->ms.bytes_sent);
    return chunk;
  }
  len = muk_wire_seal(&c->link, MUK_WK_DATA, (uint8_t *)out, len);
  if (len && r) send_raw(r, out, len);
  return 0;
}

/* Send a reply (m may be NULL: header only) on r's connection, if its
 * session still exists. 1 when it took m (send_data). */
static int send_reply(req *r, int32_t status, muk_msg *m) {
  sess_conn *c = S.sess ? sessions_conn(S.sess, r->conn) : NULL;
  if (!c) return 0; /* the session ended meanwhile */
  hosted *hs = r->h ? r->h : &S.hosted[0];
  muk_wire_hdr h = {hs->name, hs->name_len, r->op, r->wire_id, status, MUK_F_REPLY};
  return send_data(c, r, &h, m);
}

/* An event of a hosted service: to the connection that takes the events of
 * the client holding its handle (clients.c translates the handles). */
static void on_event(muk_msg *m, void *ud) {
  uint64_t client;
  session *s;
  hosted *hs = NULL;
  for (int i = 0; i < S.nhosted; i++)
    if (S.hosted[i].id == m->service) hs = &S.hosted[i];
  if (hs && hs->cs && S.sess && clients_event(hs->cs, m, &client) == 0 &&
      (s = sessions_by_client(S.sess, client)) && s->events) {
    muk_wire_hdr h = {hs->name, hs->name_len, m->op, 0, m->status, MUK_F_EVENT};
    send_data(s->events, NULL, &h, m);
  }
  muk_msg_free(m);
}

/* clients.c's reply callback: answered or refused. */
static void on_reply(muk_msg *m, void *ud) {
  req *r = ud;
  int taken = send_reply(r, m->status, m); /* the socket outlives the kernel */
  req_put(r);
  if (!taken) muk_msg_free(m);
}

static void nn_free_payload(void *data, void *ud) { nn_freemsg(ud); }

static void free_text(void *data, void *ud) { free(data); }

/* The reply to STATS: the metrics as Prometheus text in the payload. */
static void send_stats(req *r) {
  S.mp.sessions = sessions_count(S.sess);
  size_t len;
  metrics_service ms[MAX_SERVICES];
  for (int i = 0; i < S.nhosted; i++) ms[i] = S.hosted[i].ms;
  char *text = metrics_render(S.k, ms, S.nhosted, &S.mp, &len);
  muk_msg *m = text ? muk_msg_new(S.k) : NULL;
  if (!m) {
    free(text);
    send_reply(r, UV_ENOMEM, NULL);
    return;
  }
  muk_msg_set_payload(m, text, len, free_text, NULL);
  if (!send_reply(r, 0, m)) muk_msg_free(m);
}

/* One request frame buf[0..n). own: buf is this request's nanomsg message
 * (freed here, or kept as the payload); else it is a batch's, which the
 * caller frees. */
static void handle_one(void *buf, size_t n, req *r, int own) {
  muk_wire_view v;
  if (muk_wire_parse(buf, n, &v) != 0) {
    drop("bad wire data");
    if (own) nn_freemsg(buf);
    req_put(r);
    return;
  }
  if (v.hdr.flags & (MUK_F_REPLY | MUK_F_EVENT)) {
    drop("not a request");
    if (own) nn_freemsg(buf);
    req_put(r);
    return;
  }
  r->wire_id = v.hdr.id;
  r->op = v.hdr.op;
  if (v.hdr.op == MUK_WIRE_OP_PING) {
    if (own) nn_freemsg(buf);
    send_reply(r, 0, NULL);
    req_put(r);
    return;
  }
  if (v.hdr.op == MUK_WIRE_OP_STATS) { /* answered here, like a ping */
    if (own) nn_freemsg(buf);
    send_stats(r);
    req_put(r);
    return;
  }
  hosted *hs = NULL;
  for (int i = 0; i < S.nhosted && !hs; i++)
    if (v.hdr.name_len == S.hosted[i].name_len &&
        !memcmp(v.hdr.name, S.hosted[i].name, v.hdr.name_len))
      hs = &S.hosted[i];
  if (hs) {
    hs->ms.bytes_received += n;
    r->h = hs;
  } else {
    if (own) nn_freemsg(buf);
    send_reply(r, MUK_ENOSERVICE, NULL);
    req_put(r);
    return;
  }
  muk_msg *m = muk_msg_new(S.k);
  if (!m) {
    if (own) nn_freemsg(buf);
    send_reply(r, UV_ENOMEM, NULL);
    req_put(r);
    return;
  }
  int zstd = (v.hdr.flags & MUK_F_WIRE_ZSTD) != 0;
  /* What the request costs the budget: the buffer it may keep, and the
   * payload a worker will decompress it to. */
  uint64_t cost = n + (zstd ? v.payload_len : 0);
  int rc = muk_wire_apply_deferred(S.codec, &v, m, own ? nn_free_payload : NULL,
                                   own ? buf : NULL);
  if (rc < 0) {
    if (own) nn_freemsg(buf);
    muk_msg_free(m);
    if (rc == MUK_EBADMSG) {
      drop("corrupt payload");
      req_put(r);
    } else {
      send_reply(r, rc, NULL);
      req_put(r);
    }
    return;
  }
  if (rc == 0 && own) nn_freemsg(buf);
  m->op = v.hdr.op;
  m->status = 0;
  m->flags &= MUK_F_WIRE_ZSTD; /* still compressed: the worker inflates it */
  /* a bigger reply cannot travel: whole on a connection without credit,
   * in chunks on one with it */
  sess_conn *c = sessions_conn(S.sess, r->conn);
  m->reply_max = c && c->out ? MUK_WIRE_MAX_STREAM : MUK_WIRE_MAX_PAYLOAD;
  /* a bad op comes back as MUK_ENOOP */
  r->h = hs;
  clients_submit(hs->cs, r->client, m, n, cost, r);
}

/* A BATCH frame's requests (buf[0..n) opened), each with its own req
 * (the backtrace and client of r). A malformed batch is dropped whole. */
static void handle_batch(void *buf, size_t n, req *r) {
  if (muk_wire_batch_check(buf, n) < 0) {
    drop("a malformed batch");
    return;
  }
  size_t off = 0, len;
  const uint8_t *it;
  while (muk_wire_batch_next(buf, n, &off, &it, &len) == 0) {
    req *ri = req_get();
    if (!ri) break;
    ri->client = r->client;
    ri->conn = r->conn;
    ri->ctl_len = r->ctl_len;
    memcpy(ri->u.ctl, r->u.ctl, r->ctl_len);
    handle_one((void *)it, len, ri, 0);
  }
}

/* The session layer, before anything is decoded: handshakes, the
 * connection's tag and sequence check, goodbyes; a request that passes goes
 * to handle_one tagged with its client. */
static void on_frame(void *buf, size_t n, req *r) {
  muk_wire_env e;
  uint8_t out[MUK_WIRE_HS_MAX];
  size_t len;
  int rc = muk_wire_env_read(buf, n, &e);
  if (rc == MUK_EWIREVERSION) { /* answer an old client in its own words */
    uint8_t v1[MUK_WIRE_HS_MAX + MUK_WIRE_MAX_NAME];
    len = muk_wire_v1_refusal(v1, sizeof v1, buf, n, MUK_EWIREVERSION,
                              "muk-serviced speaks muk wire version 4 and this client "
                              "version 1: upgrade the client (or run the older muk-serviced)");
    if (!len && n > 4) {
      char why[128];
      snprintf(why, sizeof why, "muk-serviced speaks muk wire version 4 and this client "
               "version %d: upgrade the client (or run the older muk-serviced)",
               ((const uint8_t *)buf)[4]);
      len = muk_wire_v2_refusal(v1, buf, n, MUK_EWIREVERSION, why);
    }
    if (len) send_raw(r, v1, len);
    drop("a request of an older muk wire version (answered: versions differ)");
  } else if (rc) {
    drop("bad wire data");
  } else if (e.kind == MUK_WK_HELLO) {
    const char *why;
    len = sessions_hello(S.sess, buf, n, &e, uv_now(muk_kernel_loop(S.k)), out, &why);
    if (len) send_raw(r, out, len);
    muk_wire_env we;
    sess_conn *c = len && !why && muk_wire_env_read(out, len, &we) == 0
                       ? sessions_conn(S.sess, we.conn) : NULL;
    if (c && c->out) outq_route(c->out, r->u.ctl, r->ctl_len);
    if (!len || why) drop(len ? why : "malformed handshake");
  } else if (e.kind == MUK_WK_DATA || e.kind == MUK_WK_BYE || e.kind == MUK_WK_CREDIT ||
             e.kind == MUK_WK_BATCH) {
    sess_conn *c = sessions_conn(S.sess, e.conn);
    size_t end;
    if (!c) { /* the client must handshake again */
      len = muk_wire_refuse_build(out, e.conn, MUK_EPEERGONE, e.seq, "unknown session");
      send_raw(r, out, len);
      drop("unknown session");
    } else if (muk_wire_open(&c->link, &e, buf, n, &end) != 0) {
      drop("not authentic (bad tag, or a replayed or foreign sequence number)");
    } else {
      sessions_touch(c, uv_now(muk_kernel_loop(S.k)));
      if (c->out) outq_route(c->out, r->u.ctl, r->ctl_len); /* it may have reconnected */
      uint64_t read;
      if (e.kind == MUK_WK_CREDIT) {
        if (!c->out || muk_wire_credit_get(buf, end, &read) || outq_credit(c->out, read))
          drop("a bad credit frame");
      } else if (e.kind == MUK_WK_BYE) { /* answered, so the client may exit */
        uint8_t bye[MUK_WIRE_ENV_SIZE + MUK_WIRE_TAG_SIZE];
        if ((len = muk_wire_seal(&c->link, MUK_WK_BYE, bye, MUK_WIRE_ENV_SIZE)))
          send_raw(r, bye, len);
        sessions_end(S.sess, c->sess, "goodbye");
      } else if (e.kind == MUK_WK_BATCH) {
        r->client = c->sess->client;
        r->conn = e.conn;
        handle_batch(buf, end, r);
      } else {
        r->client = c->sess->client;
        r->conn = e.conn;
        handle_one(buf, end, r, 1);
        return;
      }
    }
  } else {
    drop("not a request");
  }
  nn_freemsg(buf);
  req_put(r);
}

static void poll_cb(uv_poll_t *h, int status, int events) {
  for (int i = 0; i < RECV_BATCH && !S.closing; i++) {
    req *r = req_get();
    if (!r) return;
    void *buf = NULL;
    struct nn_iovec iov = {&buf, NN_MSG};
    struct nn_msghdr mh;
    memset(&mh, 0, sizeof mh);
    mh.msg_iov = &iov;
    mh.msg_iovlen = 1;
    mh.msg_control = r->u.ctl;
    mh.msg_controllen = sizeof r->u.ctl;
    int n = nn_recvmsg(S.sock, &mh, NN_DONTWAIT);
    if (n < 0) {
      req_put(r);
      return; /* EAGAIN: drained */
    }
    /* The backtrace arrives as the SP_HDR control message; keep it whole
     * to hand it back with the reply. */
    struct nn_cmsghdr *c = NN_CMSG_FIRSTHDR(&mh);
    if (!c || c->cmsg_level != PROTO_SP || c->cmsg_type != SP_HDR ||
        c->cmsg_len > sizeof r->u.ctl) {
      drop("no backtrace");
      nn_freemsg(buf);
      req_put(r);
      continue;
    }
    r->ctl_len = c->cmsg_len;
    on_frame(buf, (size_t)n, r);
  }
}

static void on_signal(uv_signal_t *h, int signum) {
  if (S.closing) return;
  S.closing = 1;
  if (!S.quiet) fprintf(stderr, "muk-serviced: %s, shutting down\n", strsignal(signum));
  uv_close((uv_handle_t *)&S.poll, NULL);
  for (int i = 0; i < S.nhosted; i++) clients_shutdown(S.hosted[i].cs);
  /* end the sessions now: what clients hold (a listening socket keeps the
   * loop alive) is released while the loop still runs */
  sessions_free(S.sess);
  S.sess = NULL;
  uv_close((uv_handle_t *)&S.sweep, NULL);
  uv_close((uv_handle_t *)&S.bcheck, NULL);
  uv_close((uv_handle_t *)&S.bidle, NULL);
  uv_close((uv_handle_t *)&S.sigint, NULL);
  uv_close((uv_handle_t *)&S.sigterm, NULL);
}

/* N, or N with a K, M or G suffix (powers of 1024); 0 on a bad value. */
static uint64_t parse_size(const char *v, int suffixes) {
  char *end;
  unsigned long long n;
  if (*v < '0' || *v > '9')
    return 0;
  n = strtoull(v, &end, 10);
  if (suffixes && *end && !end[1]) {
    int sh = *end == 'K' || *end == 'k' ? 10 : *end == 'M' || *end == 'm' ? 20
           : *end == 'G' || *end == 'g' ? 30 : -1;
    if (sh < 0 || n > (~0ull >> sh))
      return 0;
    n <<= sh;
    end++;
  }
  return *end ? 0 : (uint64_t)n;
}

static int url_ok(const char *u) {
  return !strncmp(u, "ipc://", 6) || !strncmp(u, "tcp://", 6) ||
         !strncmp(u, "ws://", 5);
}

/* Whether binding u can only be reached from this host: ipc://, or a
 * tcp:// / ws:// whose host is a loopback address, "localhost" or "lo". */
static int url_local(const char *u) {
  if (!strncmp(u, "ipc://", 6)) return 1;
  const char *h = strstr(u, "://") + 3;
  const char *semi = strchr(h, ';'); /* nanomsg: tcp://IFACE;HOST:PORT */
  if (semi) h = semi + 1;
  char host[128];
  size_t n;
  if (*h == '[') {
    const char *close = strchr(h, ']');
    if (!close) return 0;
    n = (size_t)(close - h - 1);
    h++;
  } else {
    n = strcspn(h, ":/");
  }
  if (n == 0 || n >= sizeof host) return 0;
  memcpy(host, h, n);
  host[n] = 0;
  struct in_addr a4;
  struct in6_addr a6;
  if (inet_pton(AF_INET, host, &a4) == 1) return (ntohl(a4.s_addr) >> 24) == 127;
  if (inet_pton(AF_INET6, host, &a6) == 1) return IN6_IS_ADDR_LOOPBACK(&a6);
  return !strcmp(host, "localhost") || !strcmp(host, "lo");
}

/* A session is over (goodbye, lease, shutdown): its client's handles are
 * released and its waiting requests refused. At exit the client table is
 * already gone (every handle was released with the kernel). */
static void batch_idle_cb(uv_idle_t *h) { (void)h; /* being active is the point */ }
static void batch_kick(void) { uv_idle_start(&S.bidle, batch_idle_cb); }
static void batch_check_cb(uv_check_t *h) {
  outq_flush_batches();
  uv_idle_stop(&S.bidle);
}

static void session_ended(uint64_t client, void *ud) {
  S.mp.sessions_ended++;
  if (!S.quiet) fprintf(stderr, "muk-serviced: client %llu ended (%s)\n",
                        (unsigned long long)client, sessions_end_reason(S.sess));
  for (int i = 0; i < S.nhosted; i++)
    if (S.hosted[i].cs) clients_end(S.hosted[i].cs, client);
}

static void sweep_cb(uv_timer_t *t) {
  sessions_sweep(S.sess, uv_now(muk_kernel_loop(S.k)));
}

int main(int argc, char **argv) {
  const char *service[MAX_SERVICES];
  int nservice = 0;
  const char *listen[MAX_LISTEN];
  const char *key_file = getenv("MUK_KEY_FILE");
  int nlisten = 0, encrypt = 0, insecure = 0, compress = 1, supervised = 0;
  long lease_ms = LEASE_MS_DEFAULT;
  if (key_file && !*key_file) key_file = NULL;
  clients_limits lim = {CLIENTS_MAX_HANDLES, CLIENTS_MAX_INFLIGHT,
                        CLIENTS_MAX_QUEUE, CLIENTS_MAX_BYTES, CLIENTS_BUDGET};
  static const struct {
    const char *flag;
    int bytes;
  } limits[] = {{"--max-handles", 0}, {"--max-inflight", 0}, {"--max-queue", 0},
                {"--max-bytes", 1},   {"--budget", 1}};
  muk_policy *policy = NULL; /* --allow-*: decided here, for every client */
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *val = NULL;
    const char *why;
    int pr = muk_policy_flag(&policy, a, &why);
    if (pr < 0) {
      fprintf(stderr, "muk-serviced: %s: %s\n", a, why ? why : muk_strerror(pr));
      muk_policy_free(policy);
      return 2;
    }
    if (pr > 0)
      continue;
    int li = -1;
    for (int j = 0; j < 5; j++) {
      size_t fl = strlen(limits[j].flag);
      if (!strncmp(a, limits[j].flag, fl) && (a[fl] == 0 || a[fl] == '='))
        li = j;
    }
    if (li >= 0) {
      const char *eqv = strchr(a, '=');
      if (!eqv && i + 1 >= argc) {
        fprintf(stderr, "muk-serviced: %s needs a value\n", a);
        return 2;
      }
      val = eqv ? eqv + 1 : argv[++i];
      uint64_t n = parse_size(val, limits[li].bytes);
      if (n == 0 || (!limits[li].bytes && n > 0xffffffffu)) {
        fprintf(stderr, "muk-serviced: %s: bad value '%s' (want a number > 0%s)\n",
                limits[li].flag, val, limits[li].bytes ? ", K/M/G allowed" : "");
        return 2;
      }
      switch (li) {
      case 0: lim.max_handles = (uint32_t)n; break;
      case 1: lim.max_inflight = (uint32_t)n; break;
      case 2: lim.max_queue = (uint32_t)n; break;
      case 3: lim.max_bytes = n; break;
      default: lim.budget = n; break;
      }
      continue;
    }
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
      usage(stdout);
      return 0;
    } else if (!strcmp(a, "--quiet")) {
      S.quiet = 1;
      continue;
    } else if (!strcmp(a, "--supervise")) {
      supervised = 1;
      continue;
    } else if (!strcmp(a, "--encrypt")) {
      encrypt = 1;
      continue;
    } else if (!strcmp(a, "--insecure")) {
      insecure = 1;
      continue;
    } else if (!strcmp(a, "--no-compress")) {
      compress = 0;
      continue;
    } else if (!strncmp(a, "--service=", 10) || !strncmp(a, "--listen=", 9) ||
               !strncmp(a, "--key-file=", 11) || !strncmp(a, "--lease-ms=", 11)) {
      val = strchr(a, '=') + 1;
    } else if (!strcmp(a, "--service") || !strcmp(a, "--listen") ||
               !strcmp(a, "--key-file") || !strcmp(a, "--lease-ms")) {
      if (i + 1 >= argc) {
        fprintf(stderr, "muk-serviced: %s needs a value\n", a);
        return 2;
      }
      val = argv[++i];
    } else {
      fprintf(stderr, "muk-serviced: unknown argument '%s' (try --help)\n", a);
      return 2;
    }
    if (!strncmp(a, "--key-file", 10)) {
      key_file = val;
    } else if (!strncmp(a, "--lease-ms", 10)) {
      char *end;
      lease_ms = strtol(val, &end, 10);
      if (!*val || *end || lease_ms < 30 || lease_ms > 86400000) {
        fprintf(stderr, "muk-serviced: bad --lease-ms '%s' (30 .. 86400000)\n", val);
        return 2;
      }
    } else if (!strncmp(a, "--service", 9)) {
      if (nservice == MAX_SERVICES) {
        fprintf(stderr, "muk-serviced: at most %d --service\n", MAX_SERVICES);
        return 2;
      }
      service[nservice++] = val;
    } else {
      if (nlisten == MAX_LISTEN) {
        fprintf(stderr, "muk-serviced: at most %d --listen\n", MAX_LISTEN);
        return 2;
      }
      if (!url_ok(val)) {
        fprintf(stderr, "muk-serviced: bad URL '%s' (want ipc://PATH or tcp://HOST:PORT)\n", val);
        return 2;
      }
      listen[nlisten++] = val;
    }
  }
  if (!nservice || !nlisten) {
    fprintf(stderr, "muk-serviced: --service and --listen are required (try --help)\n");
    return 2;
  }
  /* the services first: nothing to free on these errors */
  const muk_service_def *defs[MAX_SERVICES];
  for (int si = 0; si < nservice; si++) {
    char name[256];
    const char *backend = NULL;
    const char *eq = strchr(service[si], '=');
    size_t nlen = eq ? (size_t)(eq - service[si]) : strlen(service[si]);
    if (nlen == 0 || nlen >= sizeof name) {
      fprintf(stderr, "muk-serviced: bad service name '%s'\n", service[si]);
      return 2;
    }
    memcpy(name, service[si], nlen);
    name[nlen] = 0;
    if (eq) backend = eq + 1;
    const muk_service_def *def = muk_builtin_service(name);
    if (!def) {
      fprintf(stderr, "muk-serviced: no built-in service '%s' in this build (it has:", name);
      for (size_t i = 0; (def = muk_builtin_service_at(i)); i++)
        fprintf(stderr, " %s", def->name);
      fprintf(stderr, ")\n");
      return 2;
    }
    if (backend && *backend) {
      const muk_service_def *b = muk_builtin_backend(name, backend);
      if (!b) {
        fprintf(stderr, "muk-serviced: service '%s' has no backend '%s' in this build "
                "(default: '%s')\n", name, backend, def->backend ? def->backend : "");
        return 2;
      }
      def = b;
    }
    for (int j = 0; j < si; j++)
      if (!strcmp(defs[j]->name, def->name)) {
        fprintf(stderr, "muk-serviced: service '%s' given twice\n", name);
        return 2;
      }
    defs[si] = def;
  }

  uint8_t *key = NULL;
  size_t key_len = 0;
  if (key_file) {
    char err[512];
    if (muk_key_file_read(key_file, &key, &key_len, err, sizeof err)) {
      fprintf(stderr, "muk-serviced: %s\n", err);
      return 2;
    }
  }
  if (encrypt && !key) {
    fprintf(stderr, "muk-serviced: --encrypt needs a key (--key-file PATH or MUK_KEY_FILE)\n");
    return 2;
  }
  for (int i = 0; i < nlisten && !key; i++) {
    if (url_local(listen[i])) continue;
    if (!insecure) {
      fprintf(stderr,
              "muk-serviced: refusing to listen on '%s' without a key: anyone who can "
              "reach it could use the service. Make a key (openssl rand -hex 32 > key; "
              "chmod 600 key) and pass --key-file key to both sides, or listen on "
              "ipc:// or 127.0.0.1, or pass --insecure\n", listen[i]);
      return 2;
    }
    /* loud on purpose, whatever --quiet says */
    fprintf(stderr, "muk-serviced: WARNING: --insecure: '%s' is reachable from other hosts "
            "and serves anyone without authentication\n", listen[i]);
  }

  if (supervised) supervise(); /* returns in the serving process */
  S.k = muk_kernel_new(NULL);
  S.codec = muk_wire_codec_new();
  S.chunker = muk_wire_chunker_new();
  if (!S.k || !S.codec || !S.chunker) {
    fprintf(stderr, "muk-serviced: out of memory\n");
    return 1;
  }
  muk_wire_codec_compress(S.codec, compress);
  muk_wire_chunker_compress(S.chunker, compress);
  muk_set_policy(S.k, policy);
  for (int si = 0; si < nservice; si++) {
    int id = muk_register(S.k, defs[si]);
    if (id < 0) {
      fprintf(stderr, "muk-serviced: cannot start service '%s': %s\n", defs[si]->name,
              muk_strerror(id));
      return 1;
    }
    hosted *hs = &S.hosted[S.nhosted++];
    hs->id = (uint32_t)id;
    hs->svc = muk_service_get(S.k, hs->id);
    hs->name = defs[si]->name;
    hs->name_len = strlen(hs->name);
    hs->ms.id = hs->id;
    hs->ms.name = hs->name;
  }
  S.sess = sessions_new(key, key_len, encrypt, (uint32_t)lease_ms, session_ended, NULL);
  muk_key_free(key, key_len);
  if (!S.sess) {
    fprintf(stderr, "muk-serviced: out of memory\n");
    return 1;
  }
  /* credit for every connection that asks (docs/wire.md, "Credit"); events
   * go to their handle's client */
  sessions_take_events(S.sess, send_routed);
  int any_events = 0;
  for (int i = 0; i < S.nhosted; i++) {
    if (!(S.hosted[i].cs = clients_new(S.k, S.hosted[i].id, defs[i], &lim, on_reply))) {
      fprintf(stderr, "muk-serviced: out of memory\n");
      return 1;
    }
    if (defs[i]->flags & MUK_SVC_EVENTS) any_events = 1;
  }
  if (any_events) muk_set_event_handler(S.k, on_event, NULL);

  int maxsz = MUK_WIRE_NN_RCVMAXSIZE;
  S.sock = nn_socket(AF_SP_RAW, NN_REP);
  if (S.sock < 0 ||
      nn_setsockopt(S.sock, NN_SOL_SOCKET, NN_RCVMAXSIZE, &maxsz, sizeof maxsz) < 0) {
    fprintf(stderr, "muk-serviced: nn_socket: %s\n", nn_strerror(nn_errno()));
    return 1;
  }
  int one = 1; /* no Nagle on tcp:// (transport_nn.c says why) */
  (void)nn_setsockopt(S.sock, NN_TCP, NN_TCP_NODELAY, &one, sizeof one);
  for (int i = 0; i < nlisten; i++) {
    if (nn_bind(S.sock, listen[i]) < 0) {
      fprintf(stderr, "muk-serviced: cannot listen on '%s': %s\n", listen[i],
              nn_strerror(nn_errno()));
      nn_close(S.sock);
      return 2;
    }
  }
  int fd;
  size_t fdsz = sizeof fd;
  if (nn_getsockopt(S.sock, NN_SOL_SOCKET, NN_RCVFD, &fd, &fdsz) < 0) {
    fprintf(stderr, "muk-serviced: NN_RCVFD: %s\n", nn_strerror(nn_errno()));
    return 1;
  }
  uv_loop_t *loop = muk_kernel_loop(S.k);
  uv_poll_init(loop, &S.poll, fd);
  uv_poll_start(&S.poll, UV_READABLE, poll_cb);
  uv_timer_init(loop, &S.sweep);
  uv_check_init(loop, &S.bcheck);
  uv_idle_init(loop, &S.bidle);
  uv_check_start(&S.bcheck, batch_check_cb);
  const char *nb = getenv("MUK_WIRE_BATCH");
  outq_batching(!(nb && !strcmp(nb, "0")), batch_kick);
  uint64_t every = (uint64_t)lease_ms / 4;
  uv_timer_start(&S.sweep, sweep_cb, every, every);
  uv_signal_init(loop, &S.sigint);
  uv_signal_init(loop, &S.sigterm);
  uv_signal_start(&S.sigint, on_signal, SIGINT);
  uv_signal_start(&S.sigterm, on_signal, SIGTERM);
  if (!S.quiet) {
    fprintf(stderr, "muk-serviced: serving");
    for (int i = 0; i < nservice; i++)
      fprintf(stderr, "%s '%s' (backend %s)", i ? "," : "", defs[i]->name,
              defs[i]->backend ? defs[i]->backend : "-");
    fprintf(stderr, " on");
    for (int i = 0; i < nlisten; i++) fprintf(stderr, " %s", listen[i]);
    fprintf(stderr, " (%s)\n", encrypt ? "key, encrypted" : key_file ? "key" : "no key");
  }

  muk_kernel_run(S.k); /* until a signal closes our handles and work drains */
  for (int i = 0; i < S.nhosted; i++) {
    clients_free(S.hosted[i].cs);
    S.hosted[i].cs = NULL;
  }
  /* sessions first: a reply still streaming frees its message */
  sessions_free(S.sess);
  S.sess = NULL;
  muk_kernel_free(S.k);
  if (!S.quiet)
    fprintf(stderr, "muk-serviced: %llu message(s) dropped in all\n",
            (unsigned long long)S.dropped);
  nn_close(S.sock);
  muk_wire_codec_free(S.codec);
  muk_wire_chunker_free(S.chunker);
  while (S.free) {
    req *r = S.free;
    S.free = r->next;
    free(r);
  }
  return 0;
}
