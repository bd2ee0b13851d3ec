/* sessions.c — muk-serviced's client sessions (sessions.h). */
#include "sessions.h"

#include <stdlib.h>
#include <string.h>

#include "muk.h"

#define NBUCKETS 1024      /* sessions and connections per bucket array */
#define MAX_SESSIONS 4096  /* a handshake beyond this is refused */
#define MAX_CONNS 8        /* per session: a join beyond it evicts the oldest */

struct sessions {
  uint8_t *key;
  size_t klen;
  int encrypt;
  uint32_t lease_ms;
  sessions_end_fn on_end;
  void *ud;
  const char *why; /* during on_end */
  uint64_t next_client;
  size_t count;
  session *all;
  session *by_token[NBUCKETS];
  session *by_client[NBUCKETS];
  outq_send_fn events; /* NULL: MUK_WH_EVENTS is not granted */
  sess_conn *by_conn[NBUCKETS];
};

static uint32_t bucket(uint64_t v) { return (uint32_t)(v ^ v >> 29) & (NBUCKETS - 1); }

sessions *sessions_new(const uint8_t *key, size_t klen, int encrypt, uint32_t lease_ms,
                       sessions_end_fn on_end, void *ud) {
  sessions *t = calloc(1, sizeof *t);
  if (!t) return NULL;
  if (key) {
    if (!(t->key = malloc(klen))) {
      free(t);
      return NULL;
    }
    memcpy(t->key, key, klen);
    t->klen = klen;
  }
  t->encrypt = encrypt;
  t->lease_ms = lease_ms;
  t->on_end = on_end;
  t->ud = ud;
  return t;
}

void sessions_free(sessions *t) {
  if (!t) return;
  while (t->all) sessions_end(t, t->all, "shutdown");
  muk_key_free(t->key, t->klen);
  free(t);
}

size_t sessions_count(const sessions *t) { return t->count; }
uint32_t sessions_lease_ms(const sessions *t) { return t->lease_ms; }

void sessions_take_events(sessions *t, outq_send_fn fn) { t->events = fn; }

session *sessions_by_client(sessions *t, uint64_t client) {
  session *s = t->by_client[bucket(client)];
  while (s && s->client != client) s = s->cnext;
  return s;
}

sess_conn *sessions_conn(sessions *t, uint64_t conn) {
  sess_conn *c = t->by_conn[bucket(conn)];
  while (c && c->link.conn != conn) c = c->hnext;
  return c;
}

static session *by_token(sessions *t, uint64_t token) {
  session *s = t->by_token[bucket(token)];
  while (s && s->token != token) s = s->hnext;
  return s;
}

void sessions_touch(sess_conn *c, uint64_t now) { c->sess->last_seen = now; }

static void conn_free(sessions *t, sess_conn *c) {
  sess_conn **pp = &t->by_conn[bucket(c->link.conn)];
  while (*pp != c) pp = &(*pp)->hnext;
  *pp = c->hnext;
  if (c->sess->events == c) c->sess->events = NULL;
  outq_free(c->out);
  muk_wire_link_free(&c->link);
  free(c);
}

void sessions_end(sessions *t, session *s, const char *why) {
  while (s->conns) {
    sess_conn *c = s->conns;
    s->conns = c->snext;
    conn_free(t, c);
  }
  session **pp = &t->by_token[bucket(s->token)];
  while (*pp != s) pp = &(*pp)->hnext;
  *pp = s->hnext;
  for (pp = &t->by_client[bucket(s->client)]; *pp != s;) pp = &(*pp)->cnext;
  *pp = s->cnext;
  if (s->prev) s->prev->next = s->next; else t->all = s->next;
  if (s->next) s->next->prev = s->prev;
  t->count--;
  uint64_t client = s->client;
  memset(s->join_key, 0, sizeof s->join_key);
  free(s);
  t->why = why;
  if (t->on_end) t->on_end(client, t->ud);
  t->why = NULL;
}

const char *sessions_end_reason(const sessions *t) { return t->why; }

size_t sessions_sweep(sessions *t, uint64_t now) {
  size_t n = 0;
  for (session *s = t->all, *nx; s; s = nx) {
    nx = s->next;
    if (now - s->last_seen > t->lease_ms) {
      sessions_end(t, s, "idle past its lease");
      n++;
    }
  }
  return n;
}

static uint64_t random_id(void) {
  uint64_t v = 0;
  while (!v)
    if (muk_wire_random(&v, sizeof v)) return 0;
  return v;
}

static size_t refuse(uint8_t *out, const muk_wire_hello *h, int32_t status,
                     const char *msg, const char **why) {
  uint64_t echo = 0;
  for (int i = 7; i >= 0; i--) echo = echo << 8 | h->nonce[i];
  *why = msg;
  return muk_wire_refuse_build(out, 0, status, echo, msg);
}

size_t sessions_hello(sessions *t, const uint8_t *buf, size_t n, const muk_wire_env *e,
                      uint64_t now, uint8_t *out, const char **why) {
  muk_wire_hello h;
  *why = NULL;
  if (muk_wire_hello_read(buf, n, e, &h)) return 0;
  session *s = NULL;
  if (h.join && !(s = by_token(t, h.join)))
    return refuse(out, &h, MUK_EPEERGONE, "unknown session (restarted, or idle past its lease)",
                  why);
  if (t->key) {
    if (!(h.flags & MUK_WH_KEYED))
      return refuse(out, &h, MUK_EAUTH,
                    "this muk-serviced requires a shared key (give the client the "
                    "server's key file: MUK_KEY_FILE or --key-file)", why);
    const uint8_t *k = s ? s->join_key : t->key;
    size_t kl = s ? sizeof s->join_key : t->klen;
    if (!muk_wire_tag_ok(buf, n, k, kl))
      return refuse(out, &h, MUK_EAUTH, "the client's key is not this muk-serviced's key", why);
  }
  if (!s && t->count >= MAX_SESSIONS)
    return refuse(out, &h, UV_EBUSY, "too many sessions", why);

  muk_wire_welcome w;
  memcpy(w.cnonce, h.nonce, sizeof w.cnonce);
  uint64_t conn = random_id();
  while (conn && sessions_conn(t, conn)) conn = random_id();
  sess_conn *c = calloc(1, sizeof *c);
  if (!conn || !c || muk_wire_random(w.snonce, sizeof w.snonce)) {
    free(c);
    return refuse(out, &h, UV_ENOMEM, "out of resources", why);
  }
  session *made = NULL;
  if (!s) {
    made = s = calloc(1, sizeof *s);
    uint64_t token = random_id();
    while (token && by_token(t, token)) token = random_id();
    if (!s || !token) {
      free(c);
      free(s);
      return refuse(out, &h, UV_ENOMEM, "out of resources", why);
    }
    s->token = token;
  }
  int enc = t->key && (t->encrypt || (h.flags & MUK_WH_ENC));
  if (t->events && (h.flags & MUK_WH_EVENTS) && !(c->out = outq_new(t->events, &c->link))) {
    free(c);
    free(made);
    return refuse(out, &h, UV_ENOMEM, "out of resources", why);
  }
  w.token = s->token;
  w.flags = (t->key ? MUK_WH_KEYED : 0) | (enc ? MUK_WH_ENC : 0) |
            (c->out ? MUK_WH_EVENTS : 0);
  w.lease_ms = t->lease_ms;
  if (muk_wire_link_init(&c->link, 1, conn, t->key, t->klen, enc, w.cnonce, w.snonce,
                         s->token, made ? s->join_key : NULL)) {
    outq_free(c->out);
    free(c);
    free(made);
    return refuse(out, &h, MUK_EAUTH, "no crypto library on the server", why);
  }
  size_t len = muk_wire_welcome_build(out, conn, &w, t->key, t->klen);
  if (!len) {
    muk_wire_link_free(&c->link);
    outq_free(c->out);
    free(c);
    free(made);
    return refuse(out, &h, MUK_EAUTH, "crypto failure on the server", why);
  }
  if (made) {
    s->client = ++t->next_client;
    s->cnext = t->by_client[bucket(s->client)];
    t->by_client[bucket(s->client)] = s;
    s->hnext = t->by_token[bucket(s->token)];
    t->by_token[bucket(s->token)] = s;
    s->next = t->all;
    if (t->all) t->all->prev = s;
    t->all = s;
    t->count++;
  } else if (s->nconns >= MAX_CONNS) { /* keep the newest */
    sess_conn *old = s->conns;
    s->conns = old->snext;
    s->nconns--;
    conn_free(t, old);
  }
  c->sess = s;
  c->hnext = t->by_conn[bucket(conn)];
  t->by_conn[bucket(conn)] = c;
  sess_conn **pp = &s->conns;
  while (*pp) pp = &(*pp)->snext;
  *pp = c;
  s->nconns++;
  if (c->out) s->events = c;
  s->last_seen = now;
  return len;
}
