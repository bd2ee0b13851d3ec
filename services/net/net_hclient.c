/* net_hclient.c — the net service's HTTP/1.1 client side: the responses on
 * a connected socket are parsed here by llhttp in HTTP_RESPONSE mode, on
 * the service's thread, the way net_http.c parses a server's requests. The
 * JS thread receives one NET_EV_HTTP_RESPONSE per response head, then the
 * same NET_EV_HTTP_BODY / HTTP_DONE / HTTP_ERROR events as a server's
 * requests (body chunks counted in the socket's read window). net.h is the
 * schema (hresponse, HR_*), docs/http.md the design.
 *
 * The requests are written by JS as plain socket writes; before the first
 * one, and before any whose flags differ from the last's, it sends
 * `hresponse (id, flags)`, which attaches the parser on first use and says
 * what the responses answer: HR_HEAD (a HEAD request: no body
 * whatever the head says), HR_CONNECT (a CONNECT: a 2xx is the end of
 * HTTP on this socket). Ops are handled in order, so the flags are set
 * before the response can be read. Unlike the server the parser never
 * pauses between messages: an idle kept-alive socket goes on reading, so a
 * server that closes it is noticed at once (JS drops it from its pool).
 *
 * Interim responses (1xx but 101) are reported as responses of their own,
 * followed by their HTTP_DONE; the final response follows. An upgrade
 * (101, or a 2xx to CONNECT) ends the parsing: after its HTTP_DONE the
 * bytes that followed the head come as NET_EV_DATA, as all later ones.
 *
 * At EOF the parser is finished (a response without a length ends there);
 * a response cut short is not an error here: JS sees the HTTP_DONE missing
 * at NET_EV_END and reports Node's 'socket hang up' or 'aborted'. */
#include <stdlib.h>
#include <string.h>

#include <llhttp.h>

#include "net.h"
#include "net_priv.h"

struct net_hclient {
  llhttp_t p;
  net_h *h;
  uint8_t flags; /* HR_* of the request being answered */
  uint8_t dead;  /* error or upgrade: nothing more is parsed */
  uint8_t upg;   /* the last head was reported as an upgrade */
  uint8_t discard; /* a 101 that was no upgrade: the rest is dropped */
  uint8_t overflow;
  int64_t max_header;
  size_t head_bytes;
  net_hbuf status, hdr; /* hdr: "name\0value\0..." (then the trailers) */
};

static net_hclient *of(llhttp_t *p) { return p->data; }

/* ---- parser callbacks ---- */

/* Node's parser counts the status text and the header names and values. */
static int track(net_hclient *hc, size_t n) {
  hc->head_bytes += n;
  if (hc->max_header > 0 && hc->head_bytes >= (size_t)hc->max_header) {
    hc->overflow = 1;
    return HPE_USER;
  }
  return 0;
}

static int on_begin(llhttp_t *p) {
  net_hclient *hc = of(p);
  hc->status.n = hc->hdr.n = 0;
  hc->head_bytes = 0;
  return 0;
}

static int on_status(llhttp_t *p, const char *at, size_t n) {
  net_hclient *hc = of(p);
  if (track(hc, n))
    return HPE_USER;
  return muk__net_hbuf_add(&hc->status, at, n) ? HPE_USER : 0;
}

static int on_hpart(llhttp_t *p, const char *at, size_t n) {
  net_hclient *hc = of(p);
  if (track(hc, n))
    return HPE_USER;
  return muk__net_hbuf_add(&hc->hdr, at, n) ? HPE_USER : 0;
}

static int on_hend(llhttp_t *p) {
  return muk__net_hbuf_add(&of(p)->hdr, "\0", 1) ? HPE_USER : 0;
}

static int on_vend(llhttp_t *p) { /* trailing blanks dropped, as Node */
  return muk__net_hbuf_end_value(&of(p)->hdr) ? HPE_USER : 0;
}

/* The head: reported; llhttp is told what the request implies (Node's
 * parserOnIncomingClient: 1 skips the body, 2 is an upgrade). */
static int on_headers(llhttp_t *p) {
  net_hclient *hc = of(p);
  net_h *h = hc->h;
  muk_msg *m = muk__net_ev_new(h->st, NET_EV_HTTP_RESPONSE, h->id);
  int flags = 0, ret = 0, code = p->status_code;
  if (!m)
    return HPE_USER;
  if ((hc->flags & NET_HR_CONNECT) && code >= 200 && code < 300)
    ret = 2;
  else if (hc->flags & NET_HR_HEAD)
    ret = 1;
  if (llhttp_should_keep_alive(p))
    flags |= NET_HEAD_KEEPALIVE;
  if (p->upgrade || ret == 2)
    flags |= NET_HEAD_UPGRADE;
  hc->upg = (flags & NET_HEAD_UPGRADE) != 0;
  if (p->flags & F_CHUNKED)
    flags |= NET_HEAD_CHUNKED;
  muk_msg_add_i64(m, code);
  muk_msg_add_str(m, hc->status.p ? hc->status.p : "", hc->status.n);
  muk_msg_add_i64(m, p->http_major);
  muk_msg_add_i64(m, p->http_minor);
  muk_msg_add_i64(m, flags);
  muk_msg_add_i64(m, (p->flags & F_CONTENT_LENGTH) ? (int64_t)p->content_length : -1);
  if (muk__net_payload_copy(m, hc->hdr.p, hc->hdr.n)) {
    muk_msg_free(m);
    return HPE_USER;
  }
  muk_emit(h->st->svc, m);
  hc->hdr.n = 0; /* now the trailers, if any */
  hc->head_bytes = 0;
  return ret;
}

static int on_body(llhttp_t *p, const char *at, size_t n) {
  net_h *h = of(p)->h;
  if (muk__net_emit_bytes(h->st, NET_EV_HTTP_BODY, h->id, at, n))
    return HPE_USER;
  h->unacked += n;
  if (h->unacked >= NET_WINDOW) /* the receiver is behind: wait */
    muk__net_stop_reading(h);
  return 0;
}

static int on_complete(llhttp_t *p) {
  net_hclient *hc = of(p);
  net_h *h = hc->h;
  muk_msg *m = muk__net_ev_new(h->st, NET_EV_HTTP_DONE, h->id);
  if (!m)
    return HPE_USER;
  muk__net_payload_copy(m, hc->hdr.p, hc->hdr.n); /* trailers: dropped if memory is short */
  hc->hdr.n = 0;
  muk_emit(h->st->svc, m);
  return 0;
}

static const llhttp_settings_t settings = {
    .on_message_begin = on_begin,
    .on_status = on_status,
    .on_header_field = on_hpart,
    .on_header_field_complete = on_hend,
    .on_header_value = on_hpart,
    .on_header_value_complete = on_vend,
    .on_headers_complete = on_headers,
    .on_body = on_body,
    .on_message_complete = on_complete,
};

/* ---- feeding ---- */

static void emit_error(net_hclient *hc, int err, const char *p, size_t n,
                       size_t parsed) {
  net_h *h = hc->h;
  const char *code = hc->overflow ? "HPE_HEADER_OVERFLOW" : llhttp_errno_name((llhttp_errno_t)err);
  const char *reason = hc->overflow ? "Header overflow" : llhttp_get_error_reason(&hc->p);
  muk_msg *m;
  hc->dead = 1;
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

void muk__net_hclient_read(net_h *h, const char *p, size_t n) {
  net_hclient *hc = h->hc;
  llhttp_errno_t err;
  const char *pos;
  size_t off;
  if (hc->discard)
    return;
  if (hc->dead) {
    muk__net_stop_reading(h); /* not expected: reading stops with it */
    return;
  }
  err = llhttp_execute(&hc->p, p, n);
  if (err == HPE_OK)
    return;
  pos = llhttp_get_error_pos(&hc->p);
  off = pos && pos >= p && pos <= p + n ? (size_t)(pos - p) : n;
  if (err != HPE_PAUSED_UPGRADE) {
    emit_error(hc, err, p, n, off);
    return;
  }
  if (!hc->upg) {
    /* llhttp ends HTTP at any 101, but without Connection: upgrade it was
     * reported as an ordinary response: what follows is read and dropped
     * (Node's parser stays paused there too) */
    hc->dead = hc->discard = 1;
    return;
  }
  /* the end of HTTP on this socket: the rest is the socket's data */
  hc->dead = 1;
  muk__net_hclient_detach(h);
  if (off < n && muk__net_emit_bytes(h->st, NET_EV_DATA, h->id, p + off, n - off) == 0)
    h->unacked += n - off;
}

void muk__net_hclient_eof(net_h *h) {
  net_hclient *hc = h->hc;
  if (hc->dead)
    return;
  hc->dead = 1;
  /* a response read to EOF completes here; any other state is reported
   * by JS from the missing HTTP_DONE (Node ignores finish()'s error) */
  llhttp_finish(&hc->p);
}

/* ---- the op ---- */

int muk__net_hclient_expect(net_h *h, int flags, int64_t max_header) {
  net_hclient *hc = h->hc;
  if (!hc) {
    if (h->http || h->server || h->tty)
      return UV_EINVAL;
    if (!(hc = calloc(1, sizeof *hc)))
      return UV_ENOMEM;
    hc->h = h;
    llhttp_init(&hc->p, HTTP_RESPONSE, &settings);
    hc->p.data = hc;
    h->hc = hc;
  }
  if (hc->dead)
    return UV_EINVAL;
  hc->flags = (uint8_t)flags;
  hc->max_header = max_header;
  return 0;
}

void muk__net_hclient_detach(net_h *h) {
  net_hclient *hc = h->hc;
  if (!hc)
    return;
  h->hc = NULL;
  free(hc->status.p);
  free(hc->hdr.p);
  free(hc);
}
