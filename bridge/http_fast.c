/* http_fast.c — the common server responses in C.
 *
 * A hello-world response through the JS path (end -> Buffer.from ->
 * _implicitHeader -> writeHead -> _storeHeader -> _send with a reply
 * closure) was ~50 k instructions of a ~120 k request. For the common cases
 * these do the same in one native call each, with the same bytes and the
 * same fields on the response (docs/http.md, *The per-request JS*):
 *
 *   hend(res, body)   res is a ServerResponse made by the server itself
 *       (server_made: its prototype is ServerResponse.prototype, its own
 *       properties only the ones the server gave it), not finished, body a
 *       string. With no head yet, a status with a body and keep-alive
 *       without a request cap: builds the head as _storeHeader would
 *       (status line, Date, Connection, Keep-Alive, Content-Length); with
 *       writeHead's head (not sent, no trailers): that head. Sends one
 *       hwrite (head + body, HW_END, HW_CHUNKED when chunked), sets the
 *       fields of end() that are read later (statusMessage, _contentLength,
 *       _header, _headSent, finished, writableEnded; writableLength stays
 *       0, as node's once the OS took the bytes) and returns true; a
 *       successful answer calls res._onFinish() (the JS path's answer
 *       does; a failed one nothing, as there). Anything else: returns
 *       false and touches nothing (the JS path runs).
 *   hstore(res, firstLine, headers)   _storeHeader for writeHead's plain
 *       object of ordinary fields (below).
 *   hsetup(proto, codes, own, writeHead, _implicitHeader, _storeHeader, _send)
 *       ServerResponse.prototype, STATUS_CODES, the count of own
 *       properties a server-made response has, and the methods the JS path
 *       would call (an override of any of them means the JS path).
 *
 * The public defaults (sendDate, shouldKeepAlive, ...) are read through
 * res, as the JS does, so a script that changes them on the prototype is
 * still obeyed; the private ones are implied by the own-property count. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/time.h>
#include <time.h>

#include "call.h"
#include "engine_internals.h"
#include "http_fast.h"
#include "net/net.h"
#include "runtime.h"
#include "utf8.h"

#define REG "#hfast"
enum { R_PROTO, R_CODES, R_OWN, R_WRITEHEAD, R_IMPLICIT, R_STORE, R_SEND, R_N };

static struct {
  const char *n[24]; /* interned names, in the order of the enum below */
  int ready;
  long long date_sec;
  char date[40];
  size_t date_len;
} g;

enum {
  N_FINISHED, N_HEADER, N_STATUS, N_MSG, N_SENDDATE, N_KEEP, N_CHUNKDEF, N_HASBODY,
  N_KA, N_SOCKET, N_ID, N_CHUNKED, N_LAST, N_ONFINISH, N_WRITEHEAD, N_IMPLICIT, N_STORE,
  N_SEND, N_HEADSENT, N_TRAILER, N_SEQ, N_COUNT
};
static const char *const names[N_COUNT] = {
    "finished", "_header", "statusCode", "statusMessage", "sendDate", "shouldKeepAlive",
    "useChunkedEncodingByDefault", "_hasBody", "_keepAliveTimeout", "socket", "_id",
    "chunkedEncoding", "_last", "_onFinish", "writeHead", "_implicitHeader",
    "_storeHeader", "_send", "_headSent", "_trailer", "_seq"};

void mukjs_http_hsetup(js_State *J) {
  int i;
  for (i = 0; i < N_COUNT; i++)
    g.n[i] = js_intern(J, names[i]);
  js_newarray(J);
  for (i = 0; i < R_N; i++) {
    js_copy(J, i + 1);
    js_setindex(J, -2, i);
  }
  js_setregistry(J, REG);
  g.ready = 1;
  js_pushundefined(J);
}

/* Node's utcDate(): "Sun, 06 Dec 2026 21:00:00 GMT", Date.now()'s second. */
static const char *utc_date(void) {
  static const char days[] = "SunMonTueWedThuFriSat", months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
  struct timeval tv;
  struct tm tm;
  time_t t;
  gettimeofday(&tv, NULL);
  if ((long long)tv.tv_sec != g.date_sec) {
    t = tv.tv_sec;
    gmtime_r(&t, &tm);
    snprintf(g.date, sizeof g.date, "%.3s, %02d %.3s %d %02d:%02d:%02d GMT", days + 3 * tm.tm_wday,
             tm.tm_mday, months + 3 * tm.tm_mon, tm.tm_year + 1900, tm.tm_hour, tm.tm_min,
             tm.tm_sec);
    g.date_len = strlen(g.date);
    g.date_sec = (long long)tv.tv_sec;
  }
  return g.date;
}

/* Read res[name] (res at index 1) onto the stack. */
static void get(js_State *J, int which) { js_getpropertyI(J, 1, g.n[which]); }

static int is_true(js_State *J, int which) {
  int r;
  get(J, which);
  r = js_isboolean(J, -1) && js_toboolean(J, -1);
  js_pop(J, 1);
  return r;
}

static int is_false(js_State *J, int which) {
  int r;
  get(J, which);
  r = js_isboolean(J, -1) && !js_toboolean(J, -1);
  js_pop(J, 1);
  return r;
}

/* A status message the JS path would accept as is (checkInvalidHeaderChar)
 * and that is the same in mujs's string form and in bytes: printable
 * ASCII and tabs. */
static int plain_text(const char *s) {
  for (; *s; s++)
    if (!((*s >= 0x20 && *s < 0x7f) || *s == '\t'))
      return 0;
  return 1;
}

/* plain_text for the first n bytes of s (a status line without its CRLF). */
static int plain_text_n(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!((s[i] >= 0x20 && s[i] < 0x7f) || s[i] == '\t'))
      return 0;
  return s[n] == '\r' && s[n + 1] == '\n' && !s[n + 2];
}

/* Append the decimal digits of v. */
static char *put_u(char *p, unsigned long long v) {
  char t[24];
  int n = 0;
  do
    t[n++] = (char)('0' + v % 10);
  while ((v /= 10) != 0);
  while (n)
    *p++ = t[--n];
  return p;
}

static char *put_s(char *p, const char *s, size_t n) {
  memcpy(p, s, n);
  return p + n;
}
#define PUT_LIT(p, lit) put_s(p, lit, sizeof lit - 1)
#define MSG_MAX 200 /* a longer status message: the JS path */

/* The fields Node adds after the script's for a keep-alive response with
 * a Date (connTail in http_outgoing.js); at most 100 bytes. */
static char *put_tail(char *p, double ka) {
  p = PUT_LIT(p, "Date: ");
  p = put_s(p, utc_date(), g.date_len);
  p = PUT_LIT(p, "\r\nConnection: keep-alive\r\n");
  if (ka > 0) { /* Math.floor(keepAliveTimeout / 1000) */
    p = PUT_LIT(p, "Keep-Alive: timeout=");
    p = put_u(p, (unsigned long long)(ka / 1000));
    p = PUT_LIT(p, "\r\n");
  }
  return p;
}

/* The head _storeHeader makes for a plain response (out: 512 bytes). */
static int build_head(char *out, int code, const char *msg, double ka, size_t clen) {
  char *p = out;
  p = PUT_LIT(p, "HTTP/1.1 ");
  p = put_u(p, (unsigned)code);
  *p++ = ' ';
  p = put_s(p, msg, strlen(msg));
  p = PUT_LIT(p, "\r\n");
  p = put_tail(p, ka);
  p = PUT_LIT(p, "Content-Length: ");
  p = put_u(p, clen);
  p = PUT_LIT(p, "\r\n\r\n");
  return (int)(p - out);
}

static void on_reply(muk_msg *m, void *ud) {
  js_State *J = ud;
  if (mukjs_js_gone) {
    muk_msg_free(m);
    return;
  }
  int status = m->status;
  mukjs_call_take(J, (int)m->tag); /* res */
  muk_msg_free(m);
  if (status < 0) { /* as the JS path's answer: nothing (no callback) */
    js_pop(J, 1);
    return;
  }
  js_getpropertyI(J, -1, g.n[N_ONFINISH]);
  js_rot2(J); /* _onFinish res */
  mukjs_call_protected(J, 0);
  mukjs_run_ticks(J);
}

/* The number of res's (at 1) request when a response before it is pending
 * (pipelining; the server sets it as an own field), else 0. */
static uint32_t seq_of(js_State *J) {
  double d;
  get(J, N_SEQ);
  d = js_isnumber(J, -1) ? js_tonumber(J, -1) : 0;
  js_pop(J, 1);
  return d > 0 && d < 4294967296.0 ? (uint32_t)d : 0;
}

/* Whether res (at 1) is as the server made it (prototype, own fields,
 * with methods: the stock methods the JS path of end() calls) with the
 * public defaults that give a keep-alive response with Date; *ka its
 * keepAliveTimeout. Leaves the registry entry pushed. */
static int server_made(js_State *J, int methods, double *ka) {
  int top = js_gettop(J), ok, i, seq = seq_of(J) != 0;
  js_getregistry(J, REG);
  if (!js_isobject(J, -1))
    return 0;
  /* prototype and own properties: made by the server, nothing of the script's */
  js_getindex(J, -1, R_PROTO);
  ok = mukjs_engine_proto_is(J, 1, -1);
  js_pop(J, 1);
  js_getindex(J, -1, R_OWN);
  ok = ok && mukjs_engine_own_count(J, 1) == js_tointeger(J, -1) + seq;
  js_pop(J, 1);
  for (i = 0; ok && methods && i < 4; i++) {
    get(J, N_WRITEHEAD + i);
    js_getindex(J, top, R_WRITEHEAD + i);
    ok = js_strictequal(J);
    js_pop(J, 2);
  }
  /* Every field the script or the server sets on res is one more own
   * property, so with the count right the private defaults (_out,
   * _hasBody, _last, chunkedEncoding, _removedContLen, _removedTE,
   * _contentLength, _maxReached, _maxRequestsPerSocket, _expect_continue)
   * are the prototype's, which only this module sets; the public ones are
   * read. */
  ok = ok && is_false(J, N_FINISHED) && is_true(J, N_SENDDATE) && is_true(J, N_KEEP) &&
       is_true(J, N_CHUNKDEF);
  if (!ok)
    return 0;
  get(J, N_KA);
  ok = js_isnumber(J, -1);
  *ka = ok ? js_tonumber(J, -1) : 0;
  js_pop(J, 1);
  return ok && *ka >= 0 && *ka < 1e15;
}

/* The checks of the header comment; 1 with the status code, the message
 * (on the stack at the top) and keep-alive's timeout in *code, *ka. */
static int plain(js_State *J, int *code, double *ka) {
  int top = js_gettop(J);
  double d;
  if (!server_made(J, 1, ka))
    return 0;
  get(J, N_STATUS);
  d = js_isnumber(J, -1) ? js_tonumber(J, -1) : 0;
  js_pop(J, 1);
  /* 1xx, 204 and 304 have no body: the JS path */
  if (!(d >= 200 && d <= 999) || d != (int)d || d == 204 || d == 304)
    return 0;
  *code = (int)d;
  get(J, N_MSG); /* writeHead keeps a message the script set */
  if (js_isstring(J, -1) && js_tostring(J, -1)[0])
    return plain_text(js_tostring(J, -1));
  if (js_isdefined(J, -1) && js_toboolean(J, -1))
    return 0; /* a message that is not a string: the JS path */
  js_pop(J, 1);
  js_getindex(J, top, R_CODES);
  js_getindex(J, -1, *code);
  js_rot2pop1(J);
  if (!js_isstring(J, -1) || !js_tostring(J, -1)[0]) {
    js_pop(J, 1);
    js_pushliteral(J, "unknown");
  }
  return plain_text(js_tostring(J, -1));
}

/* The socket id of res (at 1), 0 when it has none. */
static double sock_id(js_State *J) {
  double id = 0;
  get(J, N_SOCKET);
  if (js_isobject(J, -1)) {
    js_getpropertyI(J, -1, g.n[N_ID]);
    id = js_tonumber(J, -1);
    js_pop(J, 1);
  }
  js_pop(J, 1);
  return id > 0 && id < 4294967296.0 ? id : 0;
}

/* end(body) after writeHead made the head (the JS's _storeHeader): the
 * head as it is, the body (a chunk when chunked) and the end; 0 for the
 * JS path (nothing done). */
static int end_headed(js_State *J) {
  int top = js_gettop(J), ok, chunked;
  volatile double id;
  muk_msg *m;
  js_getregistry(J, REG);
  if (!js_isobject(J, -1))
    return 0;
  js_getindex(J, top, R_PROTO);
  ok = mukjs_engine_proto_is(J, 1, -1);
  js_pop(J, 1);
  get(J, N_SEND);
  js_getindex(J, top, R_SEND);
  ok = ok && js_strictequal(J);
  js_pop(J, 2);
  ok = ok && is_false(J, N_FINISHED) && is_false(J, N_HEADSENT) && is_true(J, N_HASBODY) &&
       is_false(J, N_LAST);
  if (!ok)
    return 0;
  get(J, N_CHUNKED);
  ok = js_isboolean(J, -1);
  chunked = js_toboolean(J, -1);
  js_pop(J, 1);
  get(J, N_TRAILER); /* trailers: the JS path */
  ok = ok && js_isstring(J, -1) && !js_tostring(J, -1)[0];
  js_pop(J, 1);
  if (!ok || !(id = sock_id(J)) || !(m = mukjs_net_msg(J, NET_HWRITE)))
    return 0;
  if (js_try(J)) {
    muk_msg_free(m);
    js_throw(J);
  }
  get(J, N_HEADER);
  mukjs_msg_set_payload(J, m, 2);
  if (muk_msg_add_i64(m, (int64_t)id) ||
      muk_msg_add_i64(m, (NET_HW_END | (chunked ? NET_HW_CHUNKED : 0)) +
                             (int64_t)seq_of(J) * NET_HW_SEQ) ||
      mukjs_msg_add_utf8(J, m, js_tostring(J, -1)))
    js_error(J, "cannot make the hwrite message");
  js_endtry(J);
  js_pop(J, 2);
  js_pushboolean(J, 1);
  js_setproperty(J, 1, "_headSent");
  js_pushboolean(J, 1);
  js_setproperty(J, 1, "finished");
  js_pushboolean(J, 1);
  js_setproperty(J, 1, "writableEnded");
  m->tag = (uint64_t)mukjs_call_hold(J, 1);
  muk_send(mukjs_kernel(J), m, on_reply, J);
  return 1;
}

void mukjs_http_hend(js_State *J) {
  int top = js_gettop(J), code = 0, hl;
  double ka = 0, id;
  char head[512];
  const char *msg;
  muk_msg *m;
  if (!g.ready || !js_isobject(J, 1) || !js_isstring(J, 2))
    goto slow;
  get(J, N_HEADER);
  if (js_isstring(J, -1)) {
    js_pop(J, 1);
    js_pushboolean(J, end_headed(J));
    return;
  }
  if (!js_isnull(J, -1) || !plain(J, &code, &ka)) /* (no head yet) */
    goto slow;
  msg = js_tostring(J, -1); /* index top + 2 (the registry entry is at top + 1) */
  if (strlen(msg) > MSG_MAX)
    goto slow;
  if (!(id = sock_id(J)) || !(m = mukjs_net_msg(J, NET_HWRITE)))
    goto slow;
  if (js_try(J)) {
    muk_msg_free(m);
    js_throw(J);
  }
  mukjs_msg_set_payload(J, m, 2); /* the body as UTF-8 */
  js_endtry(J);
  hl = build_head(head, code, msg, ka, m->payload.len);
  if (muk_msg_add_i64(m, (int64_t)id) ||
      muk_msg_add_i64(m, NET_HW_END + (int64_t)seq_of(J) * NET_HW_SEQ) ||
      muk_msg_add_str(m, head, (size_t)hl)) {
    muk_msg_free(m);
    goto slow;
  }
  /* what end() leaves on the response */
  js_copy(J, -1);
  js_setproperty(J, 1, "statusMessage");
  js_pushnumber(J, (double)m->payload.len);
  js_setproperty(J, 1, "_contentLength");
  js_pushlstring(J, head, hl);
  js_setproperty(J, 1, "_header");
  js_pushboolean(J, 1);
  js_setproperty(J, 1, "_headSent");
  js_pushboolean(J, 1);
  js_setproperty(J, 1, "finished");
  js_pushboolean(J, 1);
  js_setproperty(J, 1, "writableEnded");
  m->tag = (uint64_t)mukjs_call_hold(J, 1);
  muk_send(mukjs_kernel(J), m, on_reply, J);
  js_pushboolean(J, 1);
  return;
slow:
  if (js_gettop(J) > top)
    js_pop(J, js_gettop(J) - top);
  js_pushboolean(J, 0);
}


/* ---- _storeHeader(firstLine, headers) ---- */

/* An RFC 7230 token (Node's checkIsHttpToken). */
static int is_token(const char *s) {
  if (!*s)
    return 0;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
          strchr("!#$%&'*+-.^_`|~", *s)))
      return 0;
  return 1;
}

/* The fields _storeHeader treats apart (its ST_* bits). */
static int is_special(const char *s) {
  static const char *const special[] = {"connection", "content-length", "transfer-encoding",
                                        "date", "trailer"};
  for (size_t i = 0; i < sizeof special / sizeof special[0]; i++)
    if (strcasecmp(s, special[i]) == 0)
      return 1;
  return 0;
}

#define HEAD_MAX 2048

/* hstore(res, firstLine, headers): _storeHeader for a server-made response
 * (server_made) and a plain object of at most 16 ordinary fields (names
 * that are tokens and none of the special ones, values strings or numbers
 * of printable ASCII): the head as the JS makes it (the fields in
 * Object.keys's order, Date, Connection, Keep-Alive, Transfer-Encoding:
 * chunked: writeHead's head has no length); sets _header and
 * chunkedEncoding and returns true. Anything else: false, nothing done. */
void mukjs_http_hstore(js_State *J) {
  int top = js_gettop(J), n, i;
  double ka;
  const char *keys[16], *v, *line;
  char head[HEAD_MAX], *p = head, *end = head + HEAD_MAX - 200; /* room for the tail */
  size_t kl, vl;
  if (!g.ready || !js_isobject(J, 1) || !js_isstring(J, 2) ||
      (n = mukjs_engine_plain_keys(J, 3, keys, 16)) < 0 || !server_made(J, 0, &ka))
    goto no;
  line = js_tostring(J, 2);
  if ((kl = strlen(line)) > 256 || kl < 2 || !plain_text_n(line, kl - 2))
    goto no;
  p = put_s(p, line, kl);
  for (i = 0; i < n; i++) {
    if (!is_token(keys[i]) || is_special(keys[i]))
      goto no;
    js_getproperty(J, 3, keys[i]); /* a data property: no script runs */
    if (!js_isstring(J, -1) && !js_isnumber(J, -1))
      goto no;
    v = js_tostring(J, -1);
    kl = strlen(keys[i]);
    vl = strlen(v);
    if (!plain_text(v) || kl + vl + 4 > (size_t)(end - p))
      goto no;
    p = put_s(p, keys[i], kl);
    p = PUT_LIT(p, ": ");
    p = put_s(p, v, vl);
    p = PUT_LIT(p, "\r\n");
    js_pop(J, 1);
  }
  p = put_tail(p, ka);
  p = PUT_LIT(p, "Transfer-Encoding: chunked\r\n\r\n");
  js_pushlstring(J, head, (int)(p - head));
  js_setproperty(J, 1, "_header");
  js_pushboolean(J, 1);
  js_setproperty(J, 1, "chunkedEncoding");
  js_pushboolean(J, 1);
  return;
no:
  if (js_gettop(J) > top)
    js_pop(J, js_gettop(J) - top);
  js_pushboolean(J, 0);
}
