/* net_http.c — the net service's HTTP/1.1 layer: a connection accepted by
 * an http listener (listen's LISTEN_HTTP) is parsed here, on the service's
 * thread, by llhttp (Node's parser), so the JS thread receives one event
 * per request head, the body chunks and the end of the request, and never
 * sees a byte of a malformed or slow request. docs/http.md is the design;
 * net.h the schema (HTTP_* events, hwrite, hupgrade).
 *
 * Pipelining: the requests a read brought are parsed ahead, up to
 * NET_HTTP_AHEAD whose responses have not ended (then the parser pauses and
 * the rest of the read waits in `pend`); when the read ends at a request's
 * end with responses pending, the socket reads nothing more until they all
 * ended. So a client that pipelines without reading holds at most one
 * read's worth (64 KiB) plus the kernel's socket buffer. An hwrite names its
 * request (HW_SEQ, 0: the oldest unanswered one); one for a later
 * request waits in `held` until the responses before it ended, so responses
 * leave in request order whatever order the handlers end them in.
 *
 * The timers are Node's, per connection on one uv_timer: until a head is
 * complete, headersTimeout (and requestTimeout) counted from the start of
 * the request (the accept, for the first one); until the request is
 * complete, requestTimeout; between a response and the next request,
 * keepAliveTimeout. The service only reports (NET_EV_HTTP_TIMEOUT): the
 * JS side answers 408 or closes, as it owns the socket.
 *
 * Header size: as Node's parser, the bytes of the URL and of the header
 * names and values (trailers too) are counted; reaching max_header is
 * HPE_HEADER_OVERFLOW ("Header overflow"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <llhttp.h>

#include "net.h"
#include "net_priv.h"

enum {
  PH_HEAD, /* waiting for or reading a request head */
  PH_BODY, /* head reported; reading the body */
  PH_WAIT, /* request complete; paused until its response ends */
  PH_IDLE, /* response ended; nothing of the next request yet */
  PH_DEAD  /* error, timeout or HW_CLOSE: nothing more is parsed */
};

struct net_http {
  llhttp_t p;
  uv_timer_t timer;
  net_h *h;
  net_http_cfg cfg;
  uint8_t phase;
  uint8_t paused;      /* llhttp paused at a request's end (AHEAD reached) */
  uint8_t closed;      /* a response ended with HW_CLOSE: nothing follows it */
  uint8_t upgrade;     /* paused on an upgrade: hupgrade decides */
  uint8_t after_upg;   /* the parser needs resume_after_upgrade */
  uint8_t overflow;    /* header overflow: the error to report */
  uint8_t discard;     /* after an upgrade nobody took: read and drop, as
                          Node's parser left in upgrade mode */
  uint8_t timedout;    /* a request timer fired: read on, parse nothing,
                          and at EOF finish as Node's parser would */
  uint64_t start;      /* uv_now when the current request's clock started */
  size_t head_bytes;   /* Node's count of the head's bytes */
  net_hbuf url, hdr;       /* hdr: "name\0value\0..." (then the trailers) */
  char *pend;          /* the chunk read with a paused request in it */
  size_t plen, pcap;   /* ... its length and allocation */
  size_t poff, npend;  /* where parsing resumes, and the bytes from there */
  muk_msg *head;       /* the HTTP_HEAD event, held until the parse call
                          ends or something follows it: a request complete
                          in the same read goes as one event (HEAD_DONE) */
  uint32_t head_flags; /* ... the index of its flags argument */
  uint32_t nstarted;   /* heads reported */
  uint32_t nended;     /* responses ended (HW_END), in request order */
  muk_msg **held;      /* hwrites for requests after nended + 1, in order */
  size_t nheld, heldcap;
};

typedef struct net_hw {
  uv_write_t req;
  muk_msg *m;
  size_t bytes;
  char line[24]; /* a chunk's size line */
} net_hw;

static net_http *of(llhttp_t *p) { return p->data; }

/* ---- timers ---- */

static void on_timer(uv_timer_t *t);

static void arm(net_http *nh) {
  int64_t ms = 0;
  uint64_t now, due;
  if (nh->phase == PH_HEAD) {
    ms = nh->cfg.headers_ms;
    if (nh->cfg.request_ms > 0 && (ms <= 0 || nh->cfg.request_ms < ms))
      ms = nh->cfg.request_ms;
  } else if (nh->phase == PH_BODY) {
    ms = nh->cfg.request_ms;
  } else if (nh->phase == PH_IDLE) {
    ms = nh->cfg.keepalive_ms;
  }
  if (ms <= 0) {
    uv_timer_stop(&nh->timer);
    return;
  }
  uv_update_time(nh->timer.loop);
  now = uv_now(nh->timer.loop);
  due = nh->start + (uint64_t)ms;
  uv_timer_start(&nh->timer, on_timer, due > now ? due - now : 0, 0);
}

static void set_phase(net_http *nh, int phase, int restart) {
  nh->phase = (uint8_t)phase;
  if (restart) {
    /* the loop's cached time can be old: inline, the JS callback that
     * ended the response may have run for seconds */
    uv_update_time(nh->timer.loop);
    nh->start = uv_now(nh->timer.loop);
  }
  arm(nh);
}

static void on_timer(uv_timer_t *t) {
  net_http *nh = t->data;
  net_h *h = nh->h;
  int kind;
  muk_msg *m;
  if (nh->phase == PH_HEAD || nh->phase == PH_BODY) {
    kind = NET_TIMEOUT_REQUEST;
    nh->phase = PH_DEAD;
    nh->timedout = 1;
  } else if (nh->phase == PH_IDLE) {
    kind = NET_TIMEOUT_IDLE;
  } else {
    return;
  }
  if ((m = muk__net_ev_new(h->st, NET_EV_HTTP_TIMEOUT, h->id))) {
    muk_msg_add_i64(m, kind);
    muk_emit(h->st->svc, m);
  }
}

/* ---- parser callbacks ---- */

static int track(net_http *nh, size_t n) {
  nh->head_bytes += n;
  if (nh->cfg.max_header > 0 && nh->head_bytes >= (size_t)nh->cfg.max_header) {
    nh->overflow = 1;
    return HPE_USER;
  }
  return 0;
}

static int cb_begin(llhttp_t *p) {
  net_http *nh = of(p);
  nh->url.n = nh->hdr.n = 0;
  nh->head_bytes = 0;
  if (nh->phase != PH_HEAD)
    set_phase(nh, PH_HEAD, 1);
  return 0;
}

static int cb_url(llhttp_t *p, const char *at, size_t n) {
  net_http *nh = of(p);
  if (track(nh, n))
    return HPE_USER;
  return muk__net_hbuf_add(&nh->url, at, n) ? HPE_USER : 0;
}

static int cb_hpart(llhttp_t *p, const char *at, size_t n) {
  net_http *nh = of(p);
  if (track(nh, n))
    return HPE_USER;
  return muk__net_hbuf_add(&nh->hdr, at, n) ? HPE_USER : 0;
}

static int cb_hend(llhttp_t *p) {
  return muk__net_hbuf_add(&of(p)->hdr, "\0", 1) ? HPE_USER : 0;
}

/* A value's trailing blanks are not part of it (Node trims them too). */
static int cb_vend(llhttp_t *p) {
  return muk__net_hbuf_end_value(&of(p)->hdr) ? HPE_USER : 0;
}

/* Whether the head ("name\0value\0...") has a field named name (lower
 * case): JS reads the fields only when the script asks for them. */
static int has_field(const net_hbuf *b, const char *name) {
  size_t i = 0, n = strlen(name);
  while (i < b->n) {
    const char *f = b->p + i;
    size_t fl = strnlen(f, b->n - i), vl;
    if (fl == n && strncasecmp(f, name, n) == 0)
      return 1;
    i += fl + 1;
    if (i >= b->n)
      break;
    vl = strnlen(b->p + i, b->n - i);
    i += vl + 1;
  }
  return 0;
}

/* Send the held head event, if any: before any event that follows it. */
static void flush_head(net_http *nh) {
  if (nh->head) {
    muk_emit(nh->h->st->svc, nh->head);
    nh->head = NULL;
  }
}

static int cb_headers(llhttp_t *p) {
  net_http *nh = of(p);
  net_h *h = nh->h;
  muk_msg *m = muk__net_ev_new(h->st, NET_EV_HTTP_HEAD, h->id);
  const char *meth = llhttp_method_name((llhttp_method_t)p->method);
  int flags = 0;
  if (!m)
    return HPE_USER;
  if (llhttp_should_keep_alive(p))
    flags |= NET_HEAD_KEEPALIVE;
  if (p->upgrade)
    flags |= NET_HEAD_UPGRADE;
  if (p->flags & F_CHUNKED)
    flags |= NET_HEAD_CHUNKED;
  if (has_field(&nh->hdr, "expect"))
    flags |= NET_HEAD_EXPECT;
  muk_msg_add_str(m, meth, strlen(meth));
  muk_msg_add_str(m, nh->url.p ? nh->url.p : "", nh->url.n);
  muk_msg_add_i64(m, p->http_major);
  muk_msg_add_i64(m, p->http_minor);
  nh->head_flags = m->nargs;
  muk_msg_add_i64(m, flags);
  muk_msg_add_i64(m, (p->flags & F_CONTENT_LENGTH) ? (int64_t)p->content_length : -1);
  if (muk__net_payload_copy(m, nh->hdr.p, nh->hdr.n)) {
    muk_msg_free(m);
    return HPE_USER;
  }
  nh->head = m; /* flush_head() sends it */
  nh->nstarted++;
  nh->hdr.n = 0; /* now the trailers, if any */
  nh->head_bytes = 0;
  nh->phase = PH_BODY;
  arm(nh);
  return 0;
}

static int cb_body(llhttp_t *p, const char *at, size_t n) {
  net_http *nh = of(p);
  net_h *h = nh->h;
  flush_head(nh);
  if (muk__net_emit_bytes(h->st, NET_EV_HTTP_BODY, h->id, at, n))
    return HPE_USER;
  h->unacked += n;
  if (h->unacked >= NET_WINDOW) /* the receiver is behind: wait */
    muk__net_stop_reading(h);
  return 0;
}

static int cb_complete(llhttp_t *p) {
  net_http *nh = of(p);
  net_h *h = nh->h;
  muk_msg *m;
  if (nh->head && !nh->hdr.n) { /* no body, no trailers: one event */
    nh->head->args[nh->head_flags].v.i |= NET_HEAD_DONE;
    flush_head(nh);
  } else {
    flush_head(nh);
    if (!(m = muk__net_ev_new(h->st, NET_EV_HTTP_DONE, h->id)))
      return HPE_USER;
    muk__net_payload_copy(m, nh->hdr.p, nh->hdr.n); /* trailers: dropped if memory is short */
    nh->hdr.n = 0;
    muk_emit(h->st->svc, m);
  }
  if (nh->nended == nh->nstarted) { /* answered already: on to the next */
    set_phase(nh, PH_IDLE, 1);
    return 0;
  }
  nh->phase = PH_WAIT;
  arm(nh);
  /* an upgrade pauses by itself right after this (HPE_PAUSED_UPGRADE);
   * otherwise parse on, unless the connection ends with this request (llhttp
   * would call what follows an error) or that many responses are pending */
  if (p->upgrade || (llhttp_should_keep_alive(p) && nh->nstarted - nh->nended < NET_HTTP_AHEAD))
    return 0;
  return HPE_PAUSED;
}

static const llhttp_settings_t settings = {
    .on_message_begin = cb_begin,
    .on_url = cb_url,
    .on_header_field = cb_hpart,
    .on_header_field_complete = cb_hend,
    .on_header_value = cb_hpart,
    .on_header_value_complete = cb_vend,
    .on_headers_complete = cb_headers,
    .on_body = cb_body,
    .on_message_complete = cb_complete,
};

/* ---- feeding ---- */

static void emit_error(net_http *nh, int err, const char *p, size_t n,
                       size_t parsed) {
  net_h *h = nh->h;
  const char *code = nh->overflow ? "HPE_HEADER_OVERFLOW" : llhttp_errno_name((llhttp_errno_t)err);
  const char *reason = nh->overflow ? "Header overflow" : p ? llhttp_get_error_reason(&nh->p) : "";
  muk_msg *m;
  nh->phase = PH_DEAD;
  uv_timer_stop(&nh->timer);
  muk__net_stop_reading(h);
  if (!reason)
    reason = "";
  if (!(m = muk__net_ev_new(h->st, NET_EV_HTTP_ERROR, h->id)))
    return;
  muk_msg_add_str(m, code, strlen(code));
  muk_msg_add_str(m, reason, strlen(reason));
  muk_msg_add_i64(m, (int64_t)parsed);
  muk__net_payload_copy(m, p, n);
  muk_emit(h->st->svc, m);
}

/* Parse the chunk base[0..total) from off: a read (base is the service's
 * read buffer) or the held rest of one (base is nh->pend). Node reports a
 * parse error's position and raw packet against the whole chunk read. */
static void feed(net_http *nh, const char *base, size_t total, size_t off) {
  llhttp_errno_t err = llhttp_execute(&nh->p, base + off, total - off);
  const char *pos = llhttp_get_error_pos(&nh->p);
  flush_head(nh);
  if (err == HPE_OK) {
    nh->npend = 0;
    if (nh->phase == PH_WAIT) /* the read ended with responses pending */
      muk__net_stop_reading(nh->h);
    return;
  }
  if (err != HPE_PAUSED && err != HPE_PAUSED_UPGRADE) {
    nh->npend = 0;
    emit_error(nh, err, base, total, pos && pos >= base ? (size_t)(pos - base) : 0);
    return;
  }
  if (err == HPE_PAUSED_UPGRADE) {
    nh->upgrade = 1;
    nh->after_upg = 1;
  } else {
    nh->paused = 1;
  }
  /* keep the chunk for what follows the paused request; read nothing more
   * meanwhile */
  muk__net_stop_reading(nh->h);
  nh->poff = (size_t)(pos - base);
  nh->npend = total - nh->poff;
  if (base == nh->pend || nh->npend == 0)
    return;
  if (total > nh->pcap) {
    char *q = realloc(nh->pend, total);
    if (!q) { /* cannot hold it: give up on the connection */
      nh->npend = 0;
      emit_error(nh, HPE_USER, base, total, nh->poff);
      return;
    }
    nh->pend = q;
    nh->pcap = total;
  }
  memcpy(nh->pend, base, total);
  nh->plen = total;
}

/* Continue after a paused request: the held bytes first, then the socket. */
static void go_on(net_http *nh) {
  net_h *h = nh->h;
  if (nh->after_upg)
    llhttp_resume_after_upgrade(&nh->p);
  else
    llhttp_resume(&nh->p);
  nh->after_upg = 0;
  nh->paused = 0;
  if (nh->npend)
    feed(nh, nh->pend, nh->plen, nh->poff);
  if (!muk__net_http_blocks(h) && h->want)
    muk__net_start_reading(h);
}

int muk__net_http_attach(net_h *h, const net_http_cfg *cfg) {
  net_http *nh = calloc(1, sizeof *nh);
  if (!nh)
    return UV_ENOMEM;
  if (uv_timer_init(h->st->loop, &nh->timer) != 0) {
    free(nh);
    return UV_ENOMEM;
  }
  uv_unref((uv_handle_t *)&nh->timer); /* the socket decides liveness */
  nh->timer.data = nh;
  nh->h = h;
  nh->cfg = *cfg;
  llhttp_init(&nh->p, HTTP_REQUEST, &settings);
  nh->p.data = nh;
  h->http = nh;
  set_phase(nh, PH_HEAD, 1);
  return 0;
}

static void free_http(uv_handle_t *t) {
  net_http *nh = t->data;
  free(nh->held);
  if (nh->head)
    muk_msg_free(nh->head);
  free(nh->url.p);
  free(nh->hdr.p);
  free(nh->pend);
  free(nh);
}

void muk__net_http_detach(net_h *h) {
  net_http *nh = h->http;
  size_t i;
  h->http = NULL;
  /* responses still waiting for the ones before them: never written */
  for (i = 0; i < nh->nheld; i++) {
    if (h->st->stopping && h->st->inl)
      muk_msg_free(nh->held[i]);
    else
      muk_reply(nh->held[i], UV_ECANCELED);
  }
  nh->nheld = 0;
  uv_timer_stop(&nh->timer);
  uv_close((uv_handle_t *)&nh->timer, free_http);
}

void muk__net_http_read(net_h *h, const char *p, size_t n) {
  net_http *nh = h->http;
  if (nh->timedout || nh->discard)
    return; /* dropped: the JS side answers 408 and closes, or (discard)
               the client's end closes */
  if (nh->phase == PH_DEAD || nh->upgrade || nh->npend) {
    muk__net_stop_reading(h); /* not expected: reading stops with these */
    return;
  }
  feed(nh, p, n, 0);
}

void muk__net_http_eof(net_h *h) {
  net_http *nh = h->http;
  llhttp_errno_t err;
  if ((nh->phase == PH_DEAD && !nh->timedout) || nh->upgrade || nh->npend)
    return;
  nh->timedout = 0;
  uv_timer_stop(&nh->timer);
  /* between requests the parser may still be inside the last one's
   * completion (it paused there), which finish would call unsafe */
  err = nh->phase == PH_IDLE ? HPE_OK : llhttp_finish(&nh->p);
  if (err != HPE_OK && err != HPE_PAUSED)
    emit_error(nh, err, NULL, 0, 0); /* as Node's finish(): no reason */
  nh->phase = PH_DEAD;
}

int muk__net_http_blocks(const net_h *h) {
  const net_http *nh = h->http;
  return nh->phase == PH_WAIT || (nh->phase == PH_DEAD && !nh->timedout && !nh->discard) || nh->upgrade ||
         nh->npend != 0;
}

void muk__net_http_upgrade(net_h *h, int take) {
  net_http *nh = h->http;
  if (!nh->upgrade)
    return;
  nh->upgrade = 0;
  if (!take) { /* an ordinary request after all: its response resumes */
    nh->phase = PH_WAIT;
    return;
  }
  /* a plain socket from here: the bytes after the head are its data */
  if (nh->npend &&
      muk__net_emit_bytes(h->st, NET_EV_DATA, h->id, nh->pend + nh->poff, nh->npend) == 0)
    h->unacked += nh->npend;
  muk__net_http_detach(h);
  if (h->want)
    muk__net_start_reading(h);
}

/* ---- responses ---- */

static void on_hwrite(uv_write_t *req, int status) {
  net_hw *w = (net_hw *)req;
  net_state *st = ((net_h *)req->handle->data)->st;
  muk_msg *m = w->m;
  size_t bytes = w->bytes;
  free(w);
  if (st->stopping && st->inl) {
    muk_msg_free(m);
    return;
  }
  muk_msg_reset_args(m);
  if (status == 0)
    muk_msg_add_i64(m, (int64_t)bytes);
  muk_reply(m, status);
}

/* A response ended: when it was the last pending, parse the next request
 * (held or still to come); when the parser paused with NET_HTTP_AHEAD
 * pending, parse on. */
static void response_ended(net_http *nh, int close) {
  nh->nended++;
  if (close) {
    nh->closed = 1;
    nh->phase = PH_DEAD;
    uv_timer_stop(&nh->timer);
    muk__net_stop_reading(nh->h);
    return;
  }
  if (nh->nended != nh->nstarted) {
    if (nh->paused && nh->nstarted - nh->nended < NET_HTTP_AHEAD)
      go_on(nh);
    return;
  }
  if (nh->phase == PH_WAIT && nh->after_upg) {
    /* an upgrade request answered as an ordinary one: what follows it is
     * the upgraded protocol's, which nobody reads (Node drops it too) */
    nh->phase = PH_DEAD;
    nh->discard = 1;
    nh->npend = 0;
    uv_timer_stop(&nh->timer);
    if (nh->h->want)
      muk__net_start_reading(nh->h);
  } else if (nh->phase == PH_WAIT && !nh->upgrade) {
    set_phase(nh, PH_IDLE, 1);
    go_on(nh);
  } /* PH_BODY: the rest of the request is read and dropped */
}

static void write_now(net_h *h, muk_msg *m, int64_t flags) {
  const char *head = NULL, *trail = NULL;
  size_t hl = 0, tl = 0, blen = m->payload.len;
  uv_buf_t b[6];
  unsigned n = 0, i;
  net_hw *w;
  int r;
  if (m->nargs > 2 && muk_msg_str(m, 2, &head, &hl) != 0)
    head = NULL;
  if (m->nargs > 3 && muk_msg_str(m, 3, &trail, &tl) != 0)
    trail = NULL;
  if (!(w = malloc(sizeof *w))) {
    muk_reply(m, UV_ENOMEM);
    return;
  }
  w->m = m;
  if (head && hl)
    b[n++] = uv_buf_init((char *)head, (unsigned)hl);
  if (blen && (flags & NET_HW_CHUNKED)) {
    int k = snprintf(w->line, sizeof w->line, "%zx\r\n", blen);
    b[n++] = uv_buf_init(w->line, (unsigned)k);
    b[n++] = uv_buf_init((char *)m->payload.data, (unsigned)blen);
    b[n++] = uv_buf_init("\r\n", 2);
  } else if (blen) {
    b[n++] = uv_buf_init((char *)m->payload.data, (unsigned)blen);
  }
  if ((flags & NET_HW_END) && (flags & NET_HW_CHUNKED)) {
    if (trail && tl) { /* the trailers end in their own blank line */
      b[n++] = uv_buf_init("0\r\n", 3);
      b[n++] = uv_buf_init((char *)trail, (unsigned)tl);
    } else {
      b[n++] = uv_buf_init("0\r\n\r\n", 5);
    }
  }
  if (n == 0)
    b[n++] = uv_buf_init("", 0); /* a barrier: answered in order */
  w->bytes = 0;
  for (i = 0; i < n; i++)
    w->bytes += b[i].len;
  if ((r = uv_write(&w->req, &h->u.s, b, n, on_hwrite)) != 0) {
    free(w);
    muk_reply(m, r);
    return;
  }
  if (flags & NET_HW_END)
    response_ended(h->http, (flags & NET_HW_CLOSE) != 0);
}

/* The hwrites held for the request now first in line, in order; each that
 * ends a response lets the next request's follow. */
static void release_held(net_h *h) {
  size_t i = 0;
  while (h->http && i < h->http->nheld) {
    net_http *nh = h->http;
    muk_msg *m = nh->held[i];
    int64_t flags = 0;
    muk_msg_i64(m, 1, &flags);
    if ((uint32_t)(flags / NET_HW_SEQ) != nh->nended + 1) {
      i++;
      continue;
    }
    memmove(nh->held + i, nh->held + i + 1, (nh->nheld - i - 1) * sizeof *nh->held);
    nh->nheld--;
    write_now(h, m, flags);
    if (flags & NET_HW_CLOSE)
      break;
    if (flags & NET_HW_END)
      i = 0;
  }
}

void muk__net_http_write(net_state *st, net_h *h, muk_msg *m) {
  net_http *nh = h->http;
  int64_t flags = 0;
  uint32_t seq;
  (void)st;
  muk_msg_i64(m, 1, &flags);
  seq = (uint32_t)(flags / NET_HW_SEQ);
  if ((seq && seq != nh->nended + 1) || nh->closed) { /* a later request's: wait */
    if (nh->nheld == nh->heldcap) {
      size_t cap = nh->heldcap ? nh->heldcap * 2 : 8;
      muk_msg **q = realloc(nh->held, cap * sizeof *q);
      if (!q) {
        muk_reply(m, UV_ENOMEM);
        return;
      }
      nh->held = q;
      nh->heldcap = cap;
    }
    nh->held[nh->nheld++] = m;
    return;
  }
  write_now(h, m, flags);
  /* (after HW_CLOSE the held ones are never written: cancelled at close) */
  if ((flags & NET_HW_END) && !(flags & NET_HW_CLOSE) && h->http && h->http->nheld)
    release_held(h);
}
