/* transport_nn.c — remote services over nanomsg (client side).
 *
 * muk_register_remote() registers an INLINE proxy service. Its handle()
 * encodes the message (wire.c) and sends it on a raw NN_REQ (XREQ) socket
 * with NN_DONTWAIT from the loop thread, so any number of requests can be in
 * flight. Raw XREQ carries no request state: the body we send starts with
 * one 32-bit backtrace word (top bit set) that the peer's XREP hands back,
 * and replies are matched by the wire header's id (our sequence number).
 *
 * Everything nanomsg does not do is done here:
 *   - a pending table (seq -> msg) with per-request deadlines on one
 *     uv_timer: an expired request fails with MUK_ETIMEDOUT;
 *   - heartbeats (op MUK_WIRE_OP_PING) while requests are pending: nanomsg
 *     reconnects silently and XREP drops replies whose peer is gone, so when
 *     the peer shows no sign of life for HB_TIMEOUT the in-flight requests
 *     fail with MUK_EPEERGONE;
 *   - a backlog of requests nanomsg could not take yet (EAGAIN: no peer
 *     connected or backpressure), retried when NN_SNDFD turns readable.
 *   - the session layer (wire_sec.h): a HELLO/WELCOME handshake per socket
 *     before any request goes out (requests wait in the backlog meanwhile),
 *     sealed frames, keepalives on an unref'd timer so the server keeps the
 *     session while the kernel lives, and a BYE at shutdown.
 * NN_RCVFD/NN_SNDFD are level-triggered eventfds polled with uv_poll on the
 * kernel's loop; all handles are unref'd (muk_inflight keeps the loop alive).
 * nanomsg is touched only here, only once a remote service is registered:
 * libnanomsg is dlopen()ed then (nn_dl.c), muk does not link it.
 * Never fork() after that: nanomsg is not fork-safe. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <nanomsg/nn.h>
#include <nanomsg/reqrep.h>
#include <nanomsg/tcp.h>

#include "nn_dl.h"
#include "ossl_dl.h"

#include "kernel_internal.h"
#include "wire.h"
#include "wire_batch.h"
#include "wire_chunk.h"
#include "wire_sec.h"

/* Ping when the peer was silent r->hb_ms (default below; the URL's
 * ?heartbeat=MS), declare it gone after HB_GONE of those. */
#define HB_INTERVAL_MS 500
#define HB_GONE 6
#define HB_TIMEOUT_MS ((uint64_t)r->hb_ms * HB_GONE)
#define RECV_BATCH 1024     /* messages drained per poll callback */
/* Requests handed to nanomsg and not yet answered, per remote. XREP drops a
 * reply when the connection is still busy writing an earlier one, which
 * happens once the replies the client has not read yet fill the socket's
 * buffer (~200 KB on Linux, ~1 KB of it per small message over ipc://).
 * Bounding what is in flight keeps unread replies well inside it; the rest
 * waits in the backlog, in order. */
#define WINDOW 128
/* The 4-byte nanomsg backtrace word in front of every frame we send. */
#define BT 4

enum { HS_NONE, HS_WANT, HS_SENT, HS_OK }; /* the async socket's handshake */

/* libnanomsg's functions: filled by muk__nn() in the first
 * muk_register_remote(), before any remote exists */
#define NN (&muk__nn_fns)

typedef struct pend {
  uint64_t seq;
  uint64_t deadline;
  muk_msg *m;
  struct pend *hnext;            /* hash chain */
  struct pend *prev, *next;      /* all pending, in send order */
  struct pend *bnext;            /* backlog (not yet taken by nanomsg) */
  int unsent;
  /* a reply whose payload comes in CHUNK frames (wire_chunk.h): written
   * here, in order, until asm_off reaches asm_total */
  uint8_t *asm_buf;
  uint64_t asm_off, asm_total;
  int32_t asm_status;
} pend;

typedef struct remote {
  muk_service_def def; /* first: muk_service_def_of(svc) is this */
  char *name, *url;
  char *wire_name; /* the schema's name: what the peer hosts */
  char **op_names;
  muk_kernel *k;
  muk_service *svc;
  muk_wire_codec *codec;
  muk_wire_chunker *chunker; /* made on the first chunked reply */
  int sock;
  int ssock; /* for muk_call_sync, opened on the first one; -1 before */
  uint64_t sseq;
  int rcvfd, sndfd;
  uv_poll_t rpoll, spoll;
  uv_timer_t timer;
  int handles;   /* initialised uv handles (closed at fini) */
  int spolling;
  int eagain;    /* nanomsg refused the backlog's head with EAGAIN */
  uint32_t inflight; /* sent, unanswered (<= WINDOW) */
  int closing;

  /* pending table */
  pend **buckets;
  uint32_t nbuckets, count;
  pend *head, *tail;   /* send order */
  pend *bhead, *btail; /* backlog */
  pend *free;
  uint32_t nfree;
  uint64_t seq;

  /* liveness */
  uint64_t last_rx;    /* last well-formed message from the peer */
  uint64_t alive_mark; /* when the pending table last became non-empty */
  uint64_t last_ping;
  uint64_t timer_due;  /* 0: timer stopped */

  /* session layer (wire_sec.h) */
  uint8_t *key; /* shared key, NULL: none */
  size_t key_len;
  int want_enc;
  uint64_t token;       /* the session both sockets belong to, 0: none yet */
  uint8_t join_key[32]; /* authenticates HELLOs joining it (keyed) */
  uint32_t lease_ms;
  int hs;               /* HS_* of the async socket */
  uint8_t hs_nonce[MUK_WIRE_NONCE_SIZE];
  uint64_t hs_join;     /* the token the HELLO in flight joins */
  uint8_t hs_frame[BT + MUK_WIRE_HS_MAX];
  size_t hs_len;
  muk_wire_link link;   /* the async socket's connection */
  muk_wire_link slink;  /* the sync socket's; conn 0 before its handshake */
  uv_timer_t ka;        /* keepalive while a session exists */

  /* supervision (the URL's ?heartbeat=MS&deadline=MS) */
  uint32_t hb_ms;       /* ping after this much silence */
  uint32_t deadline_ms; /* a request's deadline when it has none (0: kernel's) */
  int hb_set;           /* heartbeat given: the keepalive probes that often */
  uint32_t stats_op;    /* our op number for MUK_WIRE_OP_STATS */
  muk__link_stats *ls;  /* the service's link stats (kernel_internal.h) */
  /* the async socket's connection grants the server credit, and takes the
   * events of a schema with MUK_SVC_EVENTS (docs/wire.md, "Credit") */
  int events;
  uint64_t rx_read;     /* credit units read on r->link */
  uint64_t rx_reported; /* ... and reported in a CREDIT frame */
  int credit_owed;      /* a CREDIT frame nanomsg refused (EAGAIN) */
  int credit;           /* the server granted credit (MUK_WH_EVENTS) */
  /* small requests of one loop turn, sent as one frame (wire_batch.h)
   * after the poll phase (bcheck; bidle, active while the batch is not
   * empty, keeps the loop from waiting before that), or when it is full */
  muk_wire_batch batch;
  uint64_t batch_seq;   /* its first request's: the backtrace word */
  int no_batch;         /* MUK_WIRE_BATCH=0: every request alone */
  uint8_t *bsend;       /* the batch sealed here (it stays whole on EAGAIN) */
  size_t bsend_cap;
  uv_check_t bcheck;
  uv_idle_t bidle;
} remote;

static remote *remote_of(muk_service *svc) {
  return (remote *)(void *)muk_service_def_of(svc);
}

static uint64_t now_ms(remote *r) { return uv_now(muk_kernel_loop(r->k)); }

/* ---- pending table ------------------------------------------------------*/
static int table_grow(remote *r) {
  uint32_t n = r->nbuckets ? r->nbuckets * 2 : 256;
  pend **nb = calloc(n, sizeof(*nb));
  if (!nb) return UV_ENOMEM;
  for (uint32_t i = 0; i < r->nbuckets; i++) {
    pend *p = r->buckets[i], *nx;
    for (; p; p = nx) {
      nx = p->hnext;
      uint32_t h = (uint32_t)p->seq & (n - 1);
      p->hnext = nb[h];
      nb[h] = p;
    }
  }
  free(r->buckets);
  r->buckets = nb;
  r->nbuckets = n;
  return 0;
}

static pend *pend_find(remote *r, uint64_t seq) {
  if (!r->nbuckets) return NULL;
  pend *p = r->buckets[(uint32_t)seq & (r->nbuckets - 1)];
  while (p && p->seq != seq) p = p->hnext;
  return p;
}

static int pend_add(remote *r, pend *p) {
  if (r->count >= r->nbuckets && table_grow(r)) return UV_ENOMEM;
  uint32_t h = (uint32_t)p->seq & (r->nbuckets - 1);
  p->hnext = r->buckets[h];
  r->buckets[h] = p;
  p->next = NULL;
  p->prev = r->tail;
  if (r->tail) r->tail->next = p; else r->head = p;
  r->tail = p;
  r->count++;
  return 0;
}

static void backlog_remove(remote *r, pend *p) {
  pend **pp = &r->bhead, *prev = NULL;
  while (*pp && *pp != p) { prev = *pp; pp = &(*pp)->bnext; }
  if (!*pp) return;
  *pp = p->bnext;
  if (r->btail == p) r->btail = prev;
  p->bnext = NULL;
}

/* Unlink p and recycle it; returns its message. */
static muk_msg *pend_remove(remote *r, pend *p) {
  pend **pp = &r->buckets[(uint32_t)p->seq & (r->nbuckets - 1)];
  while (*pp != p) pp = &(*pp)->hnext;
  *pp = p->hnext;
  if (p->prev) p->prev->next = p->next; else r->head = p->next;
  if (p->next) p->next->prev = p->prev; else r->tail = p->prev;
  if (p->unsent) backlog_remove(r, p);
  else r->inflight--;
  r->count--;
  free(p->asm_buf); /* a chunked reply that did not complete */
  p->asm_buf = NULL;
  muk_msg *m = p->m;
  if (r->nfree < 1024) {
    p->hnext = r->free;
    r->free = p;
    r->nfree++;
  } else {
    free(p);
  }
  return m;
}

/* Fail a request the transport gives up on, with a readable reason as
 * args[0] (a string) next to the status. */
static void set_failure(muk_msg *m, const char *fmt, remote *r) {
  char buf[512];
  muk_msg_reset_args(m);
  muk_msg_set_payload(m, NULL, 0, NULL, NULL);
  if (fmt) {
    int n = snprintf(buf, sizeof buf, fmt, r->name, r->url);
    if (n > 0) muk_msg_add_str(m, buf, strlen(buf));
  }
}

static void fail(muk_msg *m, int status, const char *fmt, remote *r) {
  set_failure(m, fmt, r);
  muk_reply(m, status);
}

/* The batch's requests are over (failed): their bytes must not go. */
static void batch_drop(remote *r) {
  muk_wire_batch_reset(&r->batch);
  uv_idle_stop(&r->bidle);
}

static void fail_all(remote *r, int status, const char *fmt) {
  batch_drop(r);
  while (r->head) fail(pend_remove(r, r->head), status, fmt, r);
}

/* fail_all with a reason built here (it may quote the peer: not a format) */
static void fail_all_text(remote *r, int status, const char *text) {
  while (r->head) {
    muk_msg *m = pend_remove(r, r->head);
    set_failure(m, NULL, r);
    muk_msg_add_str(m, text, strlen(text));
    muk_reply(m, status);
  }
}

/* ---- link state (muk_service_stats, MUK_EV_REMOTE_*) ---------------------*/
static void link_event(remote *r, uint32_t op, const char *reason) {
  if (r->closing) return;
  muk_msg *m = muk_msg_new(r->k);
  if (!m) return;
  m->op = op;
  muk_msg_add_str(m, r->url, strlen(r->url));
  if (reason) muk_msg_add_str(m, reason, strlen(reason));
  muk_emit(r->svc, m);
}

/* An authentic frame came from the peer: it is (back) up. */
static void link_up(remote *r) {
  if (r->ls->connected) return;
  r->ls->connected = 1;
  r->ls->connects++;
  link_event(r, MUK_EV_REMOTE_CONNECT, NULL);
}

/* The peer was declared gone (reason: the sentence requests fail with). */
static void link_down(remote *r, const char *fmt) {
  if (!r->ls->connected) return;
  char why[512];
  snprintf(why, sizeof why, fmt, r->name, r->url);
  r->ls->connected = 0;
  r->ls->disconnects++;
  link_event(r, MUK_EV_REMOTE_DISCONNECT, why);
}

#define GONE_TEXT "remote service %s at %s is not answering"
#define LOST_TEXT "remote service %s at %s no longer knows this client's session " \
                  "(restarted, or idle past its lease)"

/* ---- sending ------------------------------------------------------------*/
static int nn_status(int err) {
  switch (err) {
  case EAGAIN: return UV_EAGAIN;
  case EMSGSIZE: return MUK_ETOOBIG;
  case ETERM:
  case EBADF: return MUK_ECANCELED;
  default: return MUK_EPEERGONE;
  }
}

static void put_bt(uint8_t *bt, uint64_t seq) {
  uint32_t w = (uint32_t)seq | 0x80000000u; /* the word XREP hands back */
  bt[0] = (uint8_t)(w >> 24);
  bt[1] = (uint8_t)(w >> 16);
  bt[2] = (uint8_t)(w >> 8);
  bt[3] = (uint8_t)w;
}

static int nn_send_status(void) {
  return errno == ETIMEDOUT ? UV_ETIMEDOUT : nn_status(errno);
}

/* Seal a frame (headroom BT in front, room for a tag after) on l and hand it
 * to nanomsg on sock. 0, UV_EAGAIN or an error (a blocking send that timed
 * out: UV_ETIMEDOUT). */
static int send_frame(remote *r, int sock, int flags, muk_wire_link *l, uint8_t kind, uint8_t *out,
                      size_t len, uint64_t seq) {
  put_bt(out, seq);
  size_t n = muk_wire_seal(l, kind, out + BT, len - BT);
  if (!n) return MUK_EAUTH;
  if (NN->send(sock, out, BT + n, flags) < 0) return nn_send_status();
  r->ls->bytes_sent += BT + n;
  return 0;
}

/* The op number on the wire for our op number op. */
static uint32_t wire_op(const remote *r, uint32_t op) {
  return op == r->stats_op ? MUK_WIRE_OP_STATS : op;
}

/* Encode and hand one message to nanomsg on sock, sealed on link l. */
static int send_on(remote *r, int sock, muk_wire_link *l, int flags, uint32_t op,
                   uint64_t seq, const muk_msg *m) {
  muk_wire_hdr h = {r->wire_name, strlen(r->wire_name), wire_op(r, op), seq, 0, 0};
  const uint8_t *out;
  size_t len;
  int rc = muk_wire_encode(r->codec, &h, m, BT, &out, &len);
  if (rc) return rc;
  return send_frame(r, sock, flags, l, MUK_WK_DATA, (uint8_t *)out, len, seq);
}

static void backlog_watch(remote *r);

/* Send the batch of requests (a copy: on EAGAIN it stays for the next
 * try). 0, UV_EAGAIN or an error (its requests then end at their
 * deadlines). */
static int batch_flush(remote *r) {
  size_t len;
  uint8_t *f = muk_wire_batch_frame(&r->batch, &len);
  if (!f) return 0;
  if (len + MUK_WIRE_TAG_SIZE > r->bsend_cap) {
    size_t cap = len + MUK_WIRE_TAG_SIZE;
    uint8_t *nb = realloc(r->bsend, cap);
    if (!nb) return UV_ENOMEM;
    r->bsend = nb;
    r->bsend_cap = cap;
  }
  memcpy(r->bsend, f, len);
  int rc = send_frame(r, r->sock, NN_DONTWAIT, &r->link, r->bsend[BT + 5], r->bsend, len,
                      r->batch_seq);
  if (rc == UV_EAGAIN) {
    r->eagain = 1;
    backlog_watch(r);
    return rc;
  }
  batch_drop(r);
  return rc;
}

static void batch_idle_cb(uv_idle_t *h) { (void)h; /* its being active is the point */ }

/* A request on the async socket: a small one joins the batch (sent before
 * the loop waits), a big one goes at once, after the batch. */
static int send_one(remote *r, uint32_t op, uint64_t seq, const muk_msg *m) {
  if (r->no_batch) return send_on(r, r->sock, &r->link, NN_DONTWAIT, op, seq, m);
  muk_wire_hdr h = {r->wire_name, strlen(r->wire_name), wire_op(r, op), seq, 0, 0};
  const uint8_t *out;
  size_t len;
  int rc = muk_wire_encode(r->codec, &h, m, BT, &out, &len);
  if (rc) return rc;
  if (len - BT <= MUK_WIRE_BATCH_ITEM_MAX) {
    if (muk_wire_batch_full(&r->batch, len - BT) && (rc = batch_flush(r))) return rc;
    if (!r->batch.count) {
      r->batch_seq = seq;
      uv_idle_start(&r->bidle, batch_idle_cb);
    }
    return muk_wire_batch_add(&r->batch, BT, out + BT, len - BT);
  }
  if ((rc = batch_flush(r))) return rc;
  return send_frame(r, r->sock, NN_DONTWAIT, &r->link, MUK_WK_DATA, (uint8_t *)out, len, seq);
}

static void batch_check_cb(uv_check_t *h) {
  remote *r = h->data;
  if (r->batch.count && !r->closing) batch_flush(r);
}



static uint64_t mono_ms(void) { return uv_hrtime() / 1000000u; }

static void set_timeout(int sock, int opt, uint64_t ms) {
  int t = ms > 0 ? (ms > INT32_MAX ? INT32_MAX : (int)ms) : 1;
  (void)NN->setsockopt(sock, NN_SOL_SOCKET, opt, &t, sizeof t);
}

/* ---- handshake (docs/wire.md, "Sessions") --------------------------------*/
static void ka_cb(uv_timer_t *t);
static void ping(remote *r);
static void timer_arm(remote *r, uint64_t due);

/* Build a HELLO in buf (BT + MUK_WIRE_HS_MAX bytes) joining the session we
 * have, if any: with the session's join key when keyed. */
static size_t hello_build(remote *r, uint8_t *buf, uint8_t *nonce, uint64_t *join, int ev) {
  muk_wire_hello h;
  if (muk_wire_random(h.nonce, sizeof h.nonce)) return 0;
  memcpy(nonce, h.nonce, sizeof h.nonce);
  h.flags = (r->key ? MUK_WH_KEYED : 0) | (r->want_enc ? MUK_WH_ENC : 0) |
            (ev ? MUK_WH_EVENTS : 0);
  h.join = *join = r->token;
  const uint8_t *key = r->key;
  size_t klen = r->key_len;
  if (r->key && r->token) {
    key = r->join_key;
    klen = sizeof r->join_key;
  }
  put_bt(buf, 0);
  size_t n = muk_wire_hello_build(buf + BT, &h, key, klen);
  return n ? BT + n : 0;
}

static int hs_fail_text(remote *r, char *buf, size_t n, const char *why) {
  snprintf(buf, n, "authentication with remote service %s at %s failed: %s", r->name,
           r->url, why);
  return MUK_EAUTH;
}

/* Check a WELCOME answering the HELLO (nonce, join) and set link l up. 0;
 * -1: not ours (dropped); or an error with a reason in why. */
static int hs_accept(remote *r, muk_wire_link *l, const uint8_t *nonce, uint64_t join,
                     const uint8_t *buf, size_t n, const muk_wire_env *e, char *why,
                     size_t whylen) {
  muk_wire_welcome w;
  if (muk_wire_welcome_read(buf, n, e, &w) || memcmp(w.cnonce, nonce, sizeof w.cnonce))
    return -1;
  if (r->key) {
    if (!(w.flags & MUK_WH_KEYED))
      return hs_fail_text(r, why, whylen,
                          "we have a key and the server has none (refusing an "
                          "unauthenticated link)");
    if (!muk_wire_tag_ok(buf, n, r->key, r->key_len))
      return hs_fail_text(r, why, whylen, "its answer is not signed with our key");
  } else if (w.flags & MUK_WH_KEYED) {
    return -1; /* a keyed server refuses a keyless HELLO: not an answer */
  }
  if (r->want_enc && !(w.flags & MUK_WH_ENC))
    return hs_fail_text(r, why, whylen, "the server did not encrypt the link we asked to encrypt");
  if (l == &r->link) r->credit = (w.flags & MUK_WH_EVENTS) != 0; /* granted */
  if (join && w.token != join) return -1;
  uint8_t jk[32];
  int rc = muk_wire_link_init(l, 0, e->conn, r->key, r->key_len, w.flags & MUK_WH_ENC,
                              w.cnonce, w.snonce, w.token, join ? NULL : jk);
  if (rc) return hs_fail_text(r, why, whylen, "no crypto library (libcrypto.so.3)");
  if (!join) {
    if (r->token) { /* the other socket made a session meanwhile: use that */
      muk_wire_link_free(l);
      return -2;
    }
    r->token = w.token;
    memcpy(r->join_key, jk, sizeof jk);
    r->lease_ms = w.lease_ms;
    if (r->lease_ms >= 3 && r->handles) { /* keep the session while we live */
      uint64_t every = r->lease_ms / 3;
      if (r->hb_set && r->hb_ms < every) every = r->hb_ms; /* and probe the peer */
      uv_timer_start(&r->ka, ka_cb, every, every);
    }
  }
  return 0;
}

/* A service with events lost its host: every handle it gave is gone
 * (MUK_EV_GONE, muk.h). */
static void emit_gone(remote *r, int status, const char *fmt) {
  char buf[512];
  muk_msg *m;
  if (!r->events || r->closing || !(m = muk_msg_new(r->k))) return;
  snprintf(buf, sizeof buf, fmt, r->name, r->url);
  m->op = MUK_EV_GONE;
  if (muk_msg_add_i64(m, status) || muk_msg_add_str(m, buf, strlen(buf))) {
    muk_msg_free(m);
    return;
  }
  muk_emit(r->svc, m);
}

/* The server forgot our session (restarted, or we were silent past the
 * lease): requests sent on it are lost, both sockets start over. */
static void session_lost_why(remote *r, const char *gone);
static void session_lost(remote *r) {
  session_lost_why(r, "remote service %s at %s no longer knows this client's session "
                   "(restarted, or idle past its lease)");
}

static void session_lost_why(remote *r, const char *gone) {
  int had = r->token != 0;
  muk_wire_link_free(&r->link);
  muk_wire_link_free(&r->slink);
  r->token = 0;
  r->hs = HS_NONE;
  uv_timer_stop(&r->ka);
  link_down(r, gone);
  if (had) emit_gone(r, MUK_EPEERGONE, gone);
  batch_drop(r); /* sealed for the lost session: they fail below */
  /* unsent ones stay in the backlog for the next session */
  for (pend *p = r->head, *nx; p; p = nx) {
    nx = p->next;
    if (!p->unsent) fail(pend_remove(r, p), MUK_EPEERGONE, LOST_TEXT, r);
  }
}

/* Start (or go on trying to send) the async socket's HELLO. 1 when the
 * link is ready for requests. */
static int hs_ready(remote *r) {
  if (r->hs == HS_OK) {
    if (r->ls->connected) return 1;
    /* The peer was declared gone: requests wait until it answers a ping on
     * this session (the same server, back) or refuses it (a new one that
     * never heard of us: a new session), so no request goes to a server
     * that would refuse it. */
    if (now_ms(r) - r->last_ping >= r->hb_ms) ping(r);
    return 0;
  }
  if (r->hs == HS_NONE) {
    /* every async connection asks for credit (replies of any size are then
     * never dropped), and with it for the events of a service that has them */
    r->hs_len = hello_build(r, r->hs_frame, r->hs_nonce, &r->hs_join, 1);
    if (!r->hs_len) return 0; /* no random bytes: the deadlines end it */
    r->hs = HS_WANT;
  }
  if (r->hs == HS_WANT) {
    if (NN->send(r->sock, r->hs_frame, r->hs_len, NN_DONTWAIT) < 0) {
      if (errno == EAGAIN) r->eagain = 1;
      return 0;
    }
    r->ls->bytes_sent += r->hs_len;
    r->hs = HS_SENT;
  }
  return 0;
}

static void on_welcome(remote *r, const uint8_t *buf, size_t n, const muk_wire_env *e) {
  char why[512];
  if (r->hs != HS_SENT) {
    muk__service_dropped(r->svc, 1);
    return;
  }
  int rc = hs_accept(r, &r->link, r->hs_nonce, r->hs_join, buf, n, e, why, sizeof why);
  if (rc == -1) {
    muk__service_dropped(r->svc, 1);
    return;
  }
  if (rc == -2) { /* the sync socket's session won: join it */
    r->hs = HS_NONE;
    hs_ready(r);
    return;
  }
  r->hs = rc ? HS_NONE : HS_OK;
  if (rc) {
    fail_all_text(r, rc, why);
    return;
  }
  link_up(r);
  r->rx_read = r->rx_reported = 0; /* a new connection: a new credit count */
  r->credit_owed = 0;
  r->last_rx = now_ms(r);
  if (r->events) timer_arm(r, r->last_rx + r->hb_ms); /* liveness while it lives */
}

static void on_refuse(remote *r, const uint8_t *buf, size_t n, const muk_wire_env *e) {
  int32_t status;
  uint64_t echo;
  const char *msg;
  size_t mlen;
  if (muk_wire_refuse_read(buf, n, e, &status, &echo, &msg, &mlen)) {
    muk__service_dropped(r->svc, 1);
    return;
  }
  uint64_t mine = 0;
  for (int i = 7; i >= 0; i--) mine = mine << 8 | r->hs_nonce[i];
  if (r->hs == HS_SENT && e->conn == 0 && echo == mine) {
    char text[700];
    snprintf(text, sizeof text, "remote service %s at %s refused the handshake: %.*s",
             r->name, r->url, (int)mlen, msg);
    r->hs = HS_NONE;
    if (r->hs_join && status == MUK_EPEERGONE) session_lost(r); /* forgotten */
    fail_all_text(r, status, text);
  } else if (r->hs == HS_OK && e->conn == r->link.conn && echo <= r->link.tx_seq) {
    session_lost(r);
  }
}

/* End the session: a BYE, then wait (at most BYE_WAIT_MS) for the server's
 * BYE back. The wait is what makes it arrive: nanomsg's worker thread
 * writes in the background, and a process exiting right after nn_close
 * loses what it had not written yet. */
#define BYE_WAIT_MS 100
static void send_bye(remote *r) {
  uint8_t frame[BT + MUK_WIRE_ENV_SIZE + MUK_WIRE_TAG_SIZE];
  int sock = r->sock;
  muk_wire_link *l = &r->link;
  if (r->hs == HS_OK && r->sock >= 0) {
    if (r->batch.count) batch_flush(r); /* what the program sent goes first */
    r->hs = HS_NONE;
    r->token = 0; /* one BYE per session */
  } else if (r->token && r->slink.conn && r->ssock >= 0) {
    /* only the sync socket joined the session (a binding used by sync
     * calls alone): end it there */
    sock = r->ssock;
    l = &r->slink;
    r->token = 0;
  } else {
    return;
  }
  if (send_frame(r, sock, NN_DONTWAIT, l, MUK_WK_BYE, frame, BT + MUK_WIRE_ENV_SIZE, 0))
    return;
  uint64_t end = mono_ms() + BYE_WAIT_MS;
  for (uint64_t now; (now = mono_ms()) < end;) {
    set_timeout(sock, NN_RCVTIMEO, end - now);
    void *buf = NULL;
    int n = NN->recv(sock, &buf, NN_MSG, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      return;
    }
    muk_wire_env e;
    int done = muk_wire_env_read(buf, (size_t)n, &e) == 0 && e.kind == MUK_WK_BYE &&
               e.conn == l->conn;
    NN->freemsg(buf);
    if (done) return;
  }
}

static void spoll_cb(uv_poll_t *h, int status, int events);

static void backlog_watch(remote *r) {
  /* NN_SNDFD is readable whenever a send could succeed, so it is watched
   * only while nanomsg itself pushes back, not while the window is full. */
  int want = (r->bhead != NULL || r->credit_owed || r->batch.count) && r->eagain &&
             !r->closing;
  if (want == r->spolling) return;
  if (want)
    uv_poll_start(&r->spoll, UV_READABLE, spoll_cb);
  else
    uv_poll_stop(&r->spoll);
  r->spolling = want;
}

/* Report what we read on the async connection (a CREDIT frame), so the
 * server sends on. */
static void credit_send(remote *r) {
  uint8_t frame[BT + MUK_WIRE_ENV_SIZE + MUK_WIRE_CREDIT_BODY + MUK_WIRE_TAG_SIZE];
  if (r->hs != HS_OK || r->closing) return;
  muk_wire_credit_put(frame + BT + MUK_WIRE_ENV_SIZE, r->rx_read);
  int rc = send_frame(r, r->sock, NN_DONTWAIT, &r->link, MUK_WK_CREDIT, frame,
                      BT + MUK_WIRE_ENV_SIZE + MUK_WIRE_CREDIT_BODY, 0);
  r->credit_owed = rc == UV_EAGAIN;
  if (rc == UV_EAGAIN) r->eagain = 1;
  if (rc == 0) r->rx_reported = r->rx_read;
}

/* Push the backlog into nanomsg until it pushes back. */
static void backlog_flush(remote *r) {
  r->eagain = 0;
  if (r->credit_owed) credit_send(r);
  if (r->batch.count && batch_flush(r) == UV_EAGAIN) return;
  if (r->bhead && !r->closing && !hs_ready(r)) {
    backlog_watch(r);
    return;
  }
  while (r->bhead && r->inflight < WINDOW && !r->closing) {
    pend *p = r->bhead;
    int rc = send_one(r, p->m->op, p->seq, p->m);
    if (rc == UV_EAGAIN) {
      r->eagain = 1;
      break;
    }
    r->bhead = p->bnext;
    if (!r->bhead) r->btail = NULL;
    p->bnext = NULL;
    p->unsent = 0;
    r->inflight++;
    if (rc) fail(pend_remove(r, p), rc, "remote service %s at %s: send refused", r);
  }
  if (r->batch.count && !r->closing) batch_flush(r);
  backlog_watch(r);
}

static void spoll_cb(uv_poll_t *h, int status, int events) {
  backlog_flush((remote *)h->data);
}

static void ping(remote *r) {
  r->last_ping = now_ms(r);
  if (r->hs == HS_OK)
    (void)send_one(r, MUK_WIRE_OP_PING, 0, NULL); /* best effort */
}

/* Keepalive: a ping every lease/3 while the session exists, so the server
 * keeps it however idle the program is (the timer is unref'd). */
static void ka_cb(uv_timer_t *t) {
  remote *r = t->data;
  if (r->closing || r->hs != HS_OK) return;
  uint64_t now = now_ms(r), every = uv_timer_get_repeat(t);
  /* an idle binding notices a dead peer here: its last ping unanswered */
  if (r->last_ping > r->last_rx && now - r->last_rx >= HB_TIMEOUT_MS)
    link_down(r, GONE_TEXT);
  if (now - r->last_ping >= every / 2) ping(r);
}

/* ---- timer: deadlines and heartbeats -----------------------------------*/
static void timer_cb(uv_timer_t *t);

static void timer_arm(remote *r, uint64_t due) {
  uint64_t now = now_ms(r);
  if (r->timer_due && r->timer_due <= due) return;
  r->timer_due = due;
  uv_timer_start(&r->timer, timer_cb, due > now ? due - now : 0, 0);
}

static void rpoll_cb(uv_poll_t *h, int status, int events);

/* A service with events is watched while its session lives, requests
 * pending or not: its handles wait for events. */
static int watched(const remote *r) { return r->events && r->hs == HS_OK; }

static void timer_cb(uv_timer_t *t) {
  remote *r = t->data;
  uint64_t now = now_ms(r);
  r->timer_due = 0;
  if (r->closing) return;

  uint64_t next = UINT64_MAX;
  for (pend *p = r->head, *nx; p; p = nx) {
    nx = p->next;
    if (p->deadline <= now)
      fail(pend_remove(r, p), MUK_ETIMEDOUT,
           "remote service %s at %s did not answer before the deadline", r);
    else if (p->deadline < next)
      next = p->deadline;
  }
  if (r->bhead) backlog_flush(r);
  if (!r->head && !watched(r)) {
    backlog_watch(r);
    return;
  }

  uint64_t alive = r->last_rx > r->alive_mark ? r->last_rx : r->alive_mark;
  if (now - alive >= HB_TIMEOUT_MS) { /* what waits unread counts as life */
    rpoll_cb(&r->rpoll, 0, UV_READABLE);
    if (r->closing) return;
    alive = r->last_rx > alive ? r->last_rx : alive;
  }
  if (now - alive >= HB_TIMEOUT_MS) {
    if (watched(r)) {
      /* MUK_EV_GONE; the next request handshakes anew */
      session_lost_why(r, "remote service %s at %s is not answering");
      fail_all(r, MUK_EPEERGONE, "remote service %s at %s is not answering");
      return;
    }
    if (r->hs == HS_SENT) {
      r->hs = HS_NONE; /* the next request tries again */
      fail_all(r, MUK_EPEERGONE,
               "remote service %s at %s did not answer the handshake of wire "
               "version 4 (an older muk-serviced that speaks version 1, 2 or 3? not a "
               "muk-serviced?)");
    } else {
      link_down(r, GONE_TEXT);
      fail_all(r, MUK_EPEERGONE, GONE_TEXT);
    }
    return;
  }
  if (now - r->last_rx >= r->hb_ms && now - r->last_ping >= r->hb_ms)
    ping(r);
  if (now + r->hb_ms < next) next = now + r->hb_ms;
  timer_arm(r, next);
}

/* ---- receiving ----------------------------------------------------------*/
static void nn_free_payload(void *data, void *ud) { NN->freemsg(ud); }

/* A parsed message as a reply this socket takes: 1 or 0. Chunks come only
 * to a reply on the connection with credit. */
static int reply_ok(remote *r, const muk_wire_view *v, int async) {
  if (!((v->hdr.flags & MUK_F_REPLY) ||
        (r->events && (v->hdr.flags & MUK_F_EVENT) && v->hdr.op != MUK_EV_GONE)))
    return 0;
  return !(v->hdr.flags & MUK_WIRE_F_CHUNKED) || (async && (v->hdr.flags & MUK_F_REPLY));
}

/* Move a parsed reply into m; the buffer (NULL: a batch's, shared, stays
 * the caller's) then belongs to m or is freed. -1 for a corrupt payload
 * (counted as dropped, freed, m unchanged). */
static int apply_reply(remote *r, const muk_wire_view *v, muk_msg *m, void *buf) {
  int rc = muk_wire_apply(r->codec, v, m, buf ? nn_free_payload : NULL, buf);
  if (rc < 0) muk__service_dropped(r->svc, 1);
  if (rc <= 0 && buf) NN->freemsg(buf);
  return rc < 0 ? -1 : 0;
}

/* Open a received DATA frame on link l and parse it as a reply: 0, or -1
 * (a handshake frame for the caller: *e says which), or -2 when it was
 * dropped (counted and freed). On the async link CHUNK and BATCH frames
 * are opened too: 1 (a chunk) or 2 (a batch), the opened length in
 * v->payload_wire_len. */
static int open_reply(remote *r, muk_wire_link *l, void *buf, int n, muk_wire_env *e,
                      muk_wire_view *v) {
  size_t end;
  int async = l == &r->link;
  if (muk_wire_env_read(buf, (size_t)n, e) != 0) goto drop;
  if (e->kind != MUK_WK_DATA &&
      !((e->kind == MUK_WK_CHUNK || e->kind == MUK_WK_BATCH) && async))
    return -1;
  if (!l->conn || muk_wire_open(l, e, buf, (size_t)n, &end) != 0) goto drop;
  if (e->kind != MUK_WK_DATA) {
    v->payload_wire_len = end;
    return e->kind == MUK_WK_CHUNK ? 1 : 2;
  }
  if (muk_wire_parse(buf, end, v) == 0 && reply_ok(r, v, async)) return 0;
drop:
  muk__service_dropped(r->svc, 1);
  NN->freemsg(buf);
  return -2;
}

/* An event of the service from the server: to the kernel's event handler,
 * as the service would emit it in process. */
static void on_event(remote *r, const muk_wire_view *v, void *buf) {
  muk_msg *m = muk_msg_new(r->k);
  if (!m) {
    if (buf) NN->freemsg(buf);
    return;
  }
  if (apply_reply(r, v, m, buf) != 0) {
    muk_msg_free(m);
    return;
  }
  m->op = v->hdr.op;
  m->status = v->hdr.status;
  muk_emit(r->svc, m);
}

static void chunk_free(void *data, void *ud) { free(data); }

/* A reply's payload is coming in chunks: where they go. 0, or -1 when p
 * was failed. */
static int chunks_start(remote *r, pend *p, const muk_wire_view *v) {
  if (p->asm_buf) {
    fail(pend_remove(r, p), MUK_EBADMSG,
         "remote service %s at %s started a chunked reply twice", r);
    return -1;
  }
  if ((!r->chunker && !(r->chunker = muk_wire_chunker_new())) ||
      !(p->asm_buf = malloc((size_t)v->payload_len))) {
    fail(pend_remove(r, p), UV_ENOMEM,
         "remote service %s at %s: no memory for a chunked reply", r);
    return -1;
  }
  p->asm_off = 0;
  p->asm_total = v->payload_len;
  p->asm_status = v->hdr.status;
  return 0;
}

/* A CHUNK frame (opened, len bytes): its bytes into its reply's payload,
 * and the reply delivered when they are all there. A chunk that does not
 * continue its reply exactly fails the request: the payload cannot be
 * whole any more. */
static void on_chunk(remote *r, void *buf, size_t len) {
  muk_wire_chunk k;
  int rc = muk_wire_chunk_parse(buf, len, &k);
  pend *p = pend_find(r, k.id);
  const char *why = NULL;
  if (!p || p->unsent || !p->asm_buf) { /* a request that is over */
    if (rc) muk__service_dropped(r->svc, 1);
    NN->freemsg(buf);
    return;
  }
  if (rc)
    why = "remote service %s at %s sent a malformed chunk";
  else if (k.off != p->asm_off)
    why = "remote service %s at %s sent a chunk out of order";
  else if (k.raw_len > p->asm_total - p->asm_off)
    why = "remote service %s at %s sent a chunk past the payload's end";
  else if (muk_wire_chunk_copy(r->chunker, &k, p->asm_buf + p->asm_off))
    why = "remote service %s at %s sent a corrupt chunk";
  NN->freemsg(buf);
  if (why) {
    muk__service_dropped(r->svc, 1);
    fail(pend_remove(r, p), MUK_EBADMSG, why, r);
    return;
  }
  p->asm_off += k.raw_len;
  if (p->asm_off < p->asm_total) return;
  int32_t status = p->asm_status;
  muk_msg_set_payload(p->m, p->asm_buf, (size_t)p->asm_total, chunk_free, NULL);
  p->asm_buf = NULL;
  muk_reply(pend_remove(r, p), status);
}

/* A reply or event (buf: its frame, or NULL inside a batch, whose frame
 * the caller frees). */
static void on_data(remote *r, const muk_wire_view *v, void *buf) {
  if (v->hdr.flags & MUK_F_EVENT) {
    on_event(r, v, buf);
    return;
  }
  pend *p;
  if (v->hdr.op == MUK_WIRE_OP_PING || !(p = pend_find(r, v->hdr.id)) ||
      p->unsent || v->hdr.op != wire_op(r, p->m->op)) {
    if (buf) NN->freemsg(buf); /* a pong, or a reply to a request that is over */
    return;
  }
  if (apply_reply(r, v, p->m, buf) != 0)
    return; /* corrupt payload: dropped, the deadline still runs */
  if (v->hdr.flags & MUK_WIRE_F_CHUNKED) {
    chunks_start(r, p, v);
    return;
  }
  muk_msg *m = pend_remove(r, p);
  muk_reply(m, v->hdr.status);
}

/* A BATCH frame (opened, len bytes): each of its messages as if it had
 * come alone. A malformed batch is dropped whole. */
static void on_batch(remote *r, void *buf, size_t len) {
  if (muk_wire_batch_check(buf, len) < 0) {
    muk__service_dropped(r->svc, 1);
    NN->freemsg(buf);
    return;
  }
  size_t off = 0, n;
  const uint8_t *it;
  while (!r->closing && muk_wire_batch_next(buf, len, &off, &it, &n) == 0) {
    muk_wire_view v;
    if (muk_wire_parse(it, n, &v) == 0 && reply_ok(r, &v, 1))
      on_data(r, &v, NULL);
    else
      muk__service_dropped(r->svc, 1);
  }
  NN->freemsg(buf);
}

static void rpoll_cb(uv_poll_t *h, int status, int events) {
  remote *r = h->data;
  for (int i = 0; i < RECV_BATCH && !r->closing; i++) {
    void *buf = NULL;
    int n = NN->recv(r->sock, &buf, NN_MSG, NN_DONTWAIT);
    if (n < 0) break; /* EAGAIN: drained (ETERM/EBADF: closing) */
    r->ls->bytes_received += (uint64_t)n;
    muk_wire_view v;
    muk_wire_env e;
    int rc = open_reply(r, &r->link, buf, n, &e, &v);
    if (rc >= 0 && r->credit) { /* credit: what the server counted, read */
      r->rx_read += (uint64_t)n + MUK_WIRE_CREDIT_FRAME;
      if (r->rx_read - r->rx_reported >= MUK_WIRE_CREDIT / 4) credit_send(r);
    }
    if (rc == -1) {
      if (e.kind == MUK_WK_WELCOME) on_welcome(r, buf, (size_t)n, &e);
      else if (e.kind == MUK_WK_REFUSE) on_refuse(r, buf, (size_t)n, &e);
      else muk__service_dropped(r->svc, 1);
      NN->freemsg(buf);
      r->last_rx = now_ms(r);
      continue;
    }
    if (rc < 0)
      continue;
    r->last_rx = now_ms(r);
    link_up(r);
    if (rc == 1)
      on_chunk(r, buf, v.payload_wire_len);
    else if (rc == 2)
      on_batch(r, buf, v.payload_wire_len);
    else
      on_data(r, &v, buf);
  }
  if ((r->bhead || r->batch.count) && !r->closing) backlog_flush(r);
}

void muk_wire_count_dropped(muk_service *svc, uint64_t n) {
  if (svc) muk__service_dropped(svc, n);
}

/* ---- synchronous calls -------------------------------------------------
 * muk_call_sync blocks the loop thread, so the polls and the timer above
 * cannot run. Sync calls use a second raw XREQ socket to the same URL,
 * opened on the first one, with blocking sends and receives and the same
 * rules: the request's deadline, a ping after hb_ms of silence,
 * and MUK_EPEERGONE after HB_TIMEOUT_MS without any message from the peer.
 * A reply that arrives after its call gave up is read and dropped by the
 * next sync call (its id no longer matches). */
static void remote_handle(muk_service *svc, muk_msg *m);


/* fail() for a sync call: no muk_reply, the caller returns the status. */
static int sync_fail(muk_msg *m, int status, const char *fmt, remote *r) {
  set_failure(m, fmt, r);
  return m->status = status;
}

static int sync_socket(remote *r) {
  if (r->ssock >= 0) return 0;
  int maxsz = MUK_WIRE_NN_RCVMAXSIZE;
  int s = NN->socket(AF_SP_RAW, NN_REQ);
  if (s < 0) return nn_status(errno);
  if (NN->setsockopt(s, NN_SOL_SOCKET, NN_RCVMAXSIZE, &maxsz, sizeof maxsz) < 0 ||
      NN->connect(s, r->url) < 0) {
    int rc = nn_status(errno);
    NN->close(s);
    return rc;
  }
  r->ssock = s;
  return 0;
}


/* The sync socket's handshake, blocking: its HELLO joins the session the
 * async socket made (or makes one). 0 or a failure set on m. */
static int sync_handshake(remote *r, muk_msg *m, uint64_t start, uint64_t deadline) {
  uint8_t frame[BT + MUK_WIRE_HS_MAX], nonce[MUK_WIRE_NONCE_SIZE];
  uint64_t join;
  size_t len = hello_build(r, frame, nonce, &join, 0);
  if (!len) return sync_fail(m, UV_EIO, "remote service %s at %s: no random bytes", r);
  uint64_t limit = deadline < start + HB_TIMEOUT_MS ? deadline : start + HB_TIMEOUT_MS;
  set_timeout(r->ssock, NN_SNDTIMEO, limit - start);
  r->ls->bytes_sent += len;
  if (NN->send(r->ssock, frame, len, 0) < 0) {
    int rc = nn_send_status();
    if (rc != UV_ETIMEDOUT) return sync_fail(m, rc, "remote service %s at %s: send refused", r);
    return limit == deadline
               ? sync_fail(m, MUK_ETIMEDOUT, "remote service %s at %s did not answer before the deadline", r)
               : sync_fail(m, MUK_EPEERGONE, "remote service %s at %s is not answering", r);
  }
  uint64_t mine = 0;
  for (int i = 7; i >= 0; i--) mine = mine << 8 | nonce[i];
  for (;;) {
    uint64_t now = mono_ms();
    if (now >= limit)
      return limit == deadline
                 ? sync_fail(m, MUK_ETIMEDOUT, "remote service %s at %s did not answer before the deadline", r)
                 : sync_fail(m, MUK_EPEERGONE,
                             "remote service %s at %s did not answer the handshake of wire "
                             "version 4 (an older muk-serviced that speaks version 1, 2 or 3? "
                             "not a muk-serviced?)", r);
    set_timeout(r->ssock, NN_RCVTIMEO, limit - now);
    void *buf = NULL;
    int n = NN->recv(r->ssock, &buf, NN_MSG, 0);
    if (n < 0) {
      if (errno == ETIMEDOUT || errno == EAGAIN || errno == EINTR) continue;
      return sync_fail(m, nn_status(errno), "remote service %s at %s: receive failed", r);
    }
    r->ls->bytes_received += (uint64_t)n;
    muk_wire_env e;
    int32_t status;
    uint64_t echo;
    const char *msg;
    size_t mlen;
    char why[700];
    int rc = -1; /* -1: not for us (dropped), -3: a late reply; else the answer */
    if (muk_wire_env_read(buf, (size_t)n, &e) == 0) {
      if (e.kind == MUK_WK_WELCOME) {
        rc = hs_accept(r, &r->slink, nonce, join, buf, (size_t)n, &e, why, sizeof why);
        if (rc == -2) rc = -1; /* cannot happen: a sync call runs alone */
      } else if (e.kind == MUK_WK_REFUSE &&
                 muk_wire_refuse_read(buf, (size_t)n, &e, &status, &echo, &msg, &mlen) == 0 &&
                 e.conn == 0 && echo == mine) {
        snprintf(why, sizeof why, "remote service %s at %s refused the handshake: %.*s",
                 r->name, r->url, (int)mlen, msg);
        rc = status;
      } else if (e.kind == MUK_WK_DATA) {
        rc = -3; /* a late reply on an earlier connection */
      }
    }
    NN->freemsg(buf);
    if (rc == 0) {
      link_up(r);
      return 0;
    }
    if (rc == -1) muk__service_dropped(r->svc, 1);
    if (rc == -1 || rc == -3) continue;
    if (rc == MUK_EPEERGONE && join) session_lost(r); /* the server forgot it */
    set_failure(m, NULL, r);
    muk_msg_add_str(m, why, strlen(why));
    return m->status = rc;
  }
}

/* The binding is disconnected: before a request goes out on the sync
 * socket's session, ping on it (as hs_ready does for the async socket). A
 * pong: the same server, go on. A REFUSE: a server that never heard of
 * the session; the caller handshakes a new one. 0, or a failure set on m. */
static int sync_probe(remote *r, muk_msg *m, uint64_t start, uint64_t deadline) {
  uint64_t limit = deadline < start + HB_TIMEOUT_MS ? deadline : start + HB_TIMEOUT_MS;
  set_timeout(r->ssock, NN_SNDTIMEO, limit > start ? limit - start : 1);
  int rc = send_on(r, r->ssock, &r->slink, 0, MUK_WIRE_OP_PING, 0, NULL);
  for (uint64_t now = mono_ms(); !rc; now = mono_ms()) {
    if (now >= limit) break;
    set_timeout(r->ssock, NN_RCVTIMEO, limit - now);
    void *buf = NULL;
    int n = NN->recv(r->ssock, &buf, NN_MSG, 0);
    if (n < 0) {
      if (errno == ETIMEDOUT || errno == EAGAIN || errno == EINTR) continue;
      break;
    }
    r->ls->bytes_received += (uint64_t)n;
    muk_wire_view v;
    muk_wire_env e;
    int got = open_reply(r, &r->slink, buf, n, &e, &v);
    if (got == 0) { /* the pong, or a late reply: the peer is back */
      NN->freemsg(buf);
      link_up(r);
      return 0;
    }
    if (got == -1) {
      int32_t status;
      uint64_t echo;
      const char *msg;
      size_t mlen;
      int lost = e.kind == MUK_WK_REFUSE &&
                 muk_wire_refuse_read(buf, (size_t)n, &e, &status, &echo, &msg, &mlen) == 0 &&
                 e.conn == r->slink.conn && echo <= r->slink.tx_seq;
      if (!lost) muk__service_dropped(r->svc, 1);
      NN->freemsg(buf);
      if (lost) {
        session_lost(r); /* the caller handshakes a new session */
        return 0;
      }
    }
  }
  if (rc && rc != UV_ETIMEDOUT)
    return sync_fail(m, rc, "remote service %s at %s: send refused", r);
  return limit == deadline
             ? sync_fail(m, MUK_ETIMEDOUT, "remote service %s at %s did not answer before the deadline", r)
             : sync_fail(m, MUK_EPEERGONE, GONE_TEXT, r);
}

int muk__remote_call_sync(muk_service *svc, muk_msg *m) {
  if (muk_service_def_of(svc)->handle != remote_handle) return UV_ENOTSUP;
  remote *r = remote_of(svc);
  if (r->closing) return m->status = MUK_ECANCELED;
  int rc = sync_socket(r);
  if (rc) return sync_fail(m, rc, "remote service %s at %s: cannot open a socket", r);

  uint64_t lnow = now_ms(r), start = mono_ms();
  uint64_t deadline = start + (m->deadline_ms > lnow ? m->deadline_ms - lnow : 0);
  if (r->deadline_ms && start + r->deadline_ms < deadline) deadline = start + r->deadline_ms;
  if (r->slink.conn && !r->ls->connected && (rc = sync_probe(r, m, start, deadline)))
    return rc;
  if (!r->slink.conn && (rc = sync_handshake(r, m, start, deadline))) return rc;
  start = mono_ms();
  uint64_t seq = ++r->sseq, last_rx = start, last_ping = start;

  /* A send blocks while no peer is connected: as long as the peer may take
   * to show up, then it is gone. */
  uint64_t limit = deadline < start + HB_TIMEOUT_MS ? deadline : start + HB_TIMEOUT_MS;
  if (limit <= start) limit = start + 1;
  set_timeout(r->ssock, NN_SNDTIMEO, limit - start);
  rc = send_on(r, r->ssock, &r->slink, 0, m->op, seq, m);
  if (rc == UV_ETIMEDOUT)
    return limit == deadline
               ? sync_fail(m, MUK_ETIMEDOUT, "remote service %s at %s did not answer before the deadline", r)
               : sync_fail(m, MUK_EPEERGONE, "remote service %s at %s is not answering", r);
  if (rc) return sync_fail(m, rc, "remote service %s at %s: send refused", r);

  for (;;) {
    uint64_t now = mono_ms();
    if (now >= deadline)
      return sync_fail(m, MUK_ETIMEDOUT, "remote service %s at %s did not answer before the deadline", r);
    if (now - last_rx >= HB_TIMEOUT_MS) {
      link_down(r, GONE_TEXT);
      return sync_fail(m, MUK_EPEERGONE, GONE_TEXT, r);
    }
    if (now - last_rx >= r->hb_ms && now - last_ping >= r->hb_ms) {
      last_ping = now;
      (void)send_on(r, r->ssock, &r->slink, NN_DONTWAIT, MUK_WIRE_OP_PING, 0, NULL);
    }
    uint64_t wait = deadline - now;
    if (wait > r->hb_ms / 2) wait = r->hb_ms / 2;
    set_timeout(r->ssock, NN_RCVTIMEO, wait);
    void *buf = NULL;
    int n = NN->recv(r->ssock, &buf, NN_MSG, 0);
    if (n < 0) {
      if (errno == ETIMEDOUT || errno == EAGAIN || errno == EINTR) continue;
      return sync_fail(m, nn_status(errno), "remote service %s at %s: receive failed", r);
    }
    r->ls->bytes_received += (uint64_t)n;
    muk_wire_view v;
    muk_wire_env e;
    rc = open_reply(r, &r->slink, buf, n, &e, &v);
    if (rc == -1) { /* a REFUSE of this connection: the session is gone */
      int32_t status;
      uint64_t echo;
      const char *msg;
      size_t mlen;
      int lost = e.kind == MUK_WK_REFUSE &&
                 muk_wire_refuse_read(buf, (size_t)n, &e, &status, &echo, &msg, &mlen) == 0 &&
                 e.conn == r->slink.conn && echo <= r->slink.tx_seq;
      if (!lost) muk__service_dropped(r->svc, 1);
      NN->freemsg(buf);
      if (!lost) continue;
      session_lost(r);
      return sync_fail(m, MUK_EPEERGONE,
                       "remote service %s at %s no longer knows this client's session "
                       "(restarted, or idle past its lease)", r);
    }
    if (rc != 0)
      continue;
    last_rx = mono_ms();
    link_up(r);
    if (v.hdr.op == MUK_WIRE_OP_PING || v.hdr.id != seq || v.hdr.op != wire_op(r, m->op)) {
      NN->freemsg(buf); /* a pong, or the late reply of an earlier call */
      continue;
    }
    if (apply_reply(r, &v, m, buf) != 0)
      return sync_fail(m, MUK_EBADMSG, "remote service %s at %s sent a corrupt reply", r);
    return m->status = v.hdr.status;
  }
}

/* ---- the proxy service --------------------------------------------------*/
static int remote_init(muk_service *svc, void **state) {
  remote *r = remote_of(svc);
  r->svc = svc;
  r->ls = &svc->link;
  r->ls->remote = 1;
  *state = r;
  return 0;
}

static void remote_handle(muk_service *svc, muk_msg *m) {
  remote *r = remote_of(svc);
  if (r->closing) {
    muk_reply(m, MUK_ECANCELED);
    return;
  }
  pend *p = r->free;
  if (p) {
    r->free = p->hnext;
    r->nfree--;
  } else if (!(p = malloc(sizeof *p))) {
    muk_reply(m, UV_ENOMEM);
    return;
  }
  uint64_t now = now_ms(r);
  memset(p, 0, sizeof *p);
  p->m = m;
  p->seq = ++r->seq;
  p->deadline = m->deadline_ms ? m->deadline_ms
                               : now + muk__default_deadline_ms(r->k);
  if (r->deadline_ms && now + r->deadline_ms < p->deadline) p->deadline = now + r->deadline_ms;
  if (pend_add(r, p)) {
    free(p);
    muk_reply(m, UV_ENOMEM);
    return;
  }
  if (r->count == 1) r->alive_mark = now;

  int rc = r->bhead || r->inflight >= WINDOW || !hs_ready(r)
               ? 1 : send_one(r, m->op, p->seq, m);
  if (rc == UV_EAGAIN) r->eagain = 1;
  if (rc == 0) {
    r->inflight++;
  } else if (rc == 1 || rc == UV_EAGAIN) {
    p->unsent = 1;
    if (r->btail) r->btail->bnext = p; else r->bhead = p;
    r->btail = p;
    backlog_watch(r);
  } else {
    r->inflight++; /* pend_remove counts it back down */
    fail(pend_remove(r, p), rc, "remote service %s at %s: send refused", r);
    return;
  }
  uint64_t due = p->deadline;
  if (now + r->hb_ms < due) due = now + r->hb_ms;
  timer_arm(r, due);
}

static void remote_release(remote *r) {
  while (r->free) {
    pend *p = r->free;
    r->free = p->hnext;
    free(p);
  }
  free(r->buckets);
  muk_wire_codec_free(r->codec);
  muk_wire_chunker_free(r->chunker);
  muk_wire_batch_free(&r->batch);
  free(r->bsend);
  muk_wire_link_free(&r->link);
  muk_wire_link_free(&r->slink);
  muk_key_free(r->key, r->key_len);
  if (r->op_names)
    for (uint32_t i = 0; i < r->def.nops; i++) free(r->op_names[i]);
  free(r->op_names);
  free(r->name);
  free(r->wire_name);
  free(r->url);
  free(r);
}

static void handle_closed(uv_handle_t *h) {
  remote *r = h->data;
  if (--r->handles == 0) remote_release(r);
}

static void remote_fini(muk_service *svc, void *state) {
  remote *r = remote_of(svc);
  /* requests already batched go, as they would have gone alone (a quiet
   * release, say); their replies are not waited for */
  if (r->batch.count && r->hs == HS_OK) batch_flush(r);
  r->closing = 1;
  fail_all(r, MUK_ECANCELED, NULL);
  send_bye(r); /* best effort: the lease ends the session otherwise */
  int handles = r->handles;
  if (handles) {
    uv_close((uv_handle_t *)&r->rpoll, handle_closed);
    uv_close((uv_handle_t *)&r->spoll, handle_closed);
    uv_close((uv_handle_t *)&r->timer, handle_closed);
    uv_close((uv_handle_t *)&r->ka, handle_closed);
    uv_close((uv_handle_t *)&r->bcheck, handle_closed);
    uv_close((uv_handle_t *)&r->bidle, handle_closed);
  }
  NN->close(r->sock); /* after the polls let go of its fds */
  r->sock = -1;
  if (r->ssock >= 0) NN->close(r->ssock);
  r->ssock = -1;
  if (!handles) remote_release(r);
}

int muk_register_remote(muk_kernel *k, const char *name, const char *url,
                        const muk_service_def *schema) {
  return muk_register_remote_opts(k, name, url, schema, NULL);
}

/* The URL's options after '?': heartbeat=MS (10 .. 600000) and
 * deadline=MS (1 .. 86400000), joined by '&'. 0 or UV_EINVAL. */
static int url_options(const char *q, uint32_t *hb, uint32_t *deadline) {
  while (q && *q) {
    const char *amp = strchr(q, '&');
    size_t len = amp ? (size_t)(amp - q) : strlen(q);
    uint32_t *dst = NULL;
    unsigned long lo = 1, hi = 86400000;
    if (len > 10 && !strncmp(q, "heartbeat=", 10)) {
      dst = hb;
      lo = 10;
      hi = 600000;
      q += 10;
      len -= 10;
    } else if (len > 9 && !strncmp(q, "deadline=", 9)) {
      dst = deadline;
      q += 9;
      len -= 9;
    }
    if (!dst || len > 9 || *q < '0' || *q > '9') return UV_EINVAL;
    char *end;
    unsigned long v = strtoul(q, &end, 10);
    if ((size_t)(end - q) != len || v < lo || v > hi) return UV_EINVAL;
    *dst = (uint32_t)v;
    q = amp ? amp + 1 : NULL;
  }
  return 0;
}

int muk_register_remote_opts(muk_kernel *k, const char *name, const char *url,
                             const muk_service_def *schema, const muk_remote_opts *o) {
  if (!k || !name || !url) return UV_EINVAL;
  if (strchr(url, ',')) return muk__register_multi(k, name, url, schema, o); /* several */
  const char *qm = strchr(url, '?');
  uint32_t hb = 0, dl = 0;
  if (qm && url_options(qm + 1, &hb, &dl)) return UV_EINVAL;
  if (o && ((o->key && (o->key_len < MUK_WIRE_KEY_MIN || o->key_len > MUK_WIRE_KEY_MAX)) ||
            (o->encrypt && !o->key)))
    return UV_EINVAL;
  size_t nlen = strlen(name);
  if (nlen == 0 || nlen > MUK_WIRE_MAX_NAME) return UV_EINVAL;
  if (strncmp(url, "ipc://", 6) && strncmp(url, "tcp://", 6) &&
      strncmp(url, "inproc://", 9) && strncmp(url, "ws://", 5))
    return UV_EINVAL;
  if (!schema) schema = muk_builtin_service(name);
  if (!schema) return MUK_ENOSERVICE; /* no schema to learn op numbers from */
  if (!schema->name || !*schema->name || strlen(schema->name) > MUK_WIRE_MAX_NAME)
    return UV_EINVAL;
  if (muk_service_id(k, name) >= 0) return UV_EEXIST;
  /* libnanomsg is loaded here, on the first remote binding (nn_dl.h) */
  if (!muk__nn()) return MUK_ENOTRANSPORT;
  if (o && o->key && !muk__ossl()) return MUK_ENOTRANSPORT; /* libcrypto, for the key */

  remote *r = calloc(1, sizeof *r);
  if (!r) return UV_ENOMEM;
  r->k = k;
  r->sock = r->ssock = -1;
  r->events = (schema->flags & MUK_SVC_EVENTS) != 0;
  r->name = strdup(name);
  r->url = qm ? strndup(url, (size_t)(qm - url)) : strdup(url);
  r->hb_ms = hb ? hb : HB_INTERVAL_MS;
  r->hb_set = hb != 0;
  r->deadline_ms = dl;
  r->wire_name = strdup(schema->name ? schema->name : name);
  r->codec = muk_wire_codec_new();
  /* the schema's ops, then MUK_WIRE_STATS_OP (the server's metrics) */
  r->op_names = calloc(schema->nops + 1u, sizeof(char *));
  int rc = UV_ENOMEM;
  if (!r->name || !r->url || !r->wire_name || !r->codec || !r->op_names) goto fail;
  if (o && o->key) {
    if (!(r->key = malloc(o->key_len))) goto fail;
    memcpy(r->key, o->key, o->key_len);
    r->key_len = o->key_len;
    r->want_enc = o->encrypt;
  }
  if (o && o->no_compress) muk_wire_codec_compress(r->codec, 0);
  for (uint32_t i = 0; i < schema->nops; i++) {
    r->def.nops = i; /* what remote_release frees so far */
    if (!(r->op_names[i] = strdup(schema->op_names[i] ? schema->op_names[i] : "")))
      goto fail;
  }
  r->def.nops = schema->nops;
  if (!(r->op_names[schema->nops] = strdup(MUK_WIRE_STATS_OP))) goto fail;
  r->stats_op = schema->nops;
  r->def.abi = MUK_SERVICE_ABI;
  r->def.name = r->name;
  r->def.backend = r->url;
  r->def.exec = MUK_EXEC_INLINE;
  r->def.nops = schema->nops + 1;
  r->def.op_names = (const char *const *)r->op_names;
  r->def.init = remote_init;
  r->def.handle = remote_handle;
  r->def.fini = remote_fini;

  /* nanomsg from here on */
  int maxsz = MUK_WIRE_NN_RCVMAXSIZE;
  size_t fdsz = sizeof(int);
  if ((r->sock = NN->socket(AF_SP_RAW, NN_REQ)) < 0 ||
      NN->setsockopt(r->sock, NN_SOL_SOCKET, NN_RCVMAXSIZE, &maxsz, sizeof maxsz) < 0 ||
      NN->getsockopt(r->sock, NN_SOL_SOCKET, NN_RCVFD, &r->rcvfd, &fdsz) < 0 ||
      (fdsz = sizeof(int), NN->getsockopt(r->sock, NN_SOL_SOCKET, NN_SNDFD, &r->sndfd, &fdsz)) < 0) {
    rc = nn_status(errno);
    goto fail;
  }
  /* no Nagle on tcp://: a batch is one write, and waiting for the peer's
   * (delayed) ACK before the next stalls request/reply traffic */
  int one = 1;
  (void)NN->setsockopt(r->sock, NN_TCP, NN_TCP_NODELAY, &one, sizeof one);
  if (NN->connect(r->sock, r->url) < 0) {
    rc = errno == EINVAL || errno == EPROTONOSUPPORT || errno == ENAMETOOLONG
             ? UV_EINVAL : nn_status(errno);
    goto fail;
  }
  uv_loop_t *loop = muk_kernel_loop(k);
  if (uv_timer_init(loop, &r->timer) || uv_poll_init(loop, &r->rpoll, r->rcvfd) ||
      uv_poll_init(loop, &r->spoll, r->sndfd) || uv_timer_init(loop, &r->ka) ||
      uv_check_init(loop, &r->bcheck) || uv_idle_init(loop, &r->bidle)) {
    rc = UV_EIO; /* only after a partial init, which libuv does not do */
    goto fail;
  }
  r->rpoll.data = r->spoll.data = r->timer.data = r->ka.data = r;
  r->bcheck.data = r->bidle.data = r;
  r->handles = 6;
  uv_unref((uv_handle_t *)&r->timer);
  uv_unref((uv_handle_t *)&r->ka);
  uv_unref((uv_handle_t *)&r->rpoll);
  uv_unref((uv_handle_t *)&r->spoll);
  uv_unref((uv_handle_t *)&r->bcheck);
  uv_unref((uv_handle_t *)&r->bidle);
  uv_poll_start(&r->rpoll, UV_READABLE, rpoll_cb);
  uv_check_start(&r->bcheck, batch_check_cb);
  const char *nb = getenv("MUK_WIRE_BATCH");
  r->no_batch = nb && !strcmp(nb, "0");

  rc = muk_register(k, &r->def);
  if (rc < 0) {
    r->closing = 1;
    uv_close((uv_handle_t *)&r->rpoll, handle_closed);
    uv_close((uv_handle_t *)&r->spoll, handle_closed);
    uv_close((uv_handle_t *)&r->timer, handle_closed);
    uv_close((uv_handle_t *)&r->ka, handle_closed);
    uv_close((uv_handle_t *)&r->bcheck, handle_closed);
    uv_close((uv_handle_t *)&r->bidle, handle_closed);
    NN->close(r->sock);
    return rc; /* r is released by the close callbacks */
  }
  return rc;

fail:
  if (r->sock >= 0) NN->close(r->sock);
  remote_release(r);
  return rc;
}

void muk_kernel_exiting(muk_kernel *k) {
  muk_service *svc;
  for (uint32_t i = 0; (svc = muk_service_get(k, i)); i++) {
    if (muk_service_def_of(svc)->handle != remote_handle) continue;
    remote *r = remote_of(svc);
    if (r->closing) continue;
    send_bye(r); /* when it has a session */
  }
}
