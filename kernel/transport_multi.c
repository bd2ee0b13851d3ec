/* transport_multi.c — one service bound to several remote endpoints
 * (`--service fs=tcp://a:1,tcp://b:1`; docs/architecture.md, "Several
 * endpoints").
 *
 * Each URL gets an ordinary remote proxy (transport_nn.c) registered as
 * NAME@1, NAME@2, ...; the service NAME itself is an INLINE balancer that
 * forwards every request, as a copy, to one of them:
 *   - a request naming a handle (muk_op_handles) goes to the endpoint that
 *     created it; handles are renamed where two endpoints gave the same
 *     number (a table client number <-> endpoint, its number);
 *   - any other goes to the endpoint with the fewest requests outstanding,
 *     among those not known to be down (round robin among equals);
 *   - a copy that fails with MUK_EPEERGONE is sent once more, to another
 *     endpoint, when its op is idempotent (muk_service_def.idempotent_ops)
 *     and it names no handle; anything else reports the EPEERGONE, so no
 *     request is applied twice;
 *   - an endpoint declared gone is probed (the $stats op, quiet) every
 *     PROBE_MS until it answers; then it takes requests again.
 * The proxies' events come here (muk_service.parent): link events are
 * re-emitted as the balancer's, service events with their handles renamed,
 * and an endpoint's MUK_EV_GONE becomes one per handle it held (arg 2). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kernel_internal.h"
#include "wire.h"

#define MULTI_MAX 8
#define PROBE_MS 250

typedef struct hent {
  int64_t c, s; /* the client's number, the endpoint's */
  uint32_t ep;
  int dead; /* its endpoint lost it (MUK_EV_GONE): kept until released */
  struct hent *cn, *sn; /* chains of the two indexes */
} hent;

typedef struct ep {
  muk_service *svc;
  uint32_t outstanding; /* forwarded, not yet answered */
  int down;             /* declared gone, not answered since */
  int async;            /* an asynchronous request went to it */
} ep;

typedef struct multi {
  muk_service_def def; /* first: muk_service_def_of(svc) is this */
  char *name, *urls;
  char **op_names;
  const muk_service_def *schema;
  muk_kernel *k;
  muk_service *svc;
  ep eps[MULTI_MAX];
  uint32_t n, rr;
  uint64_t retries;
  hent **byc, **bys;
  uint32_t nb, count;
  int64_t next_alias; /* no lower number is free (a hint) */
  uv_timer_t probe;
  int timer_init, probing, closing;
} multi;

static multi *multi_of(muk_service *svc) { return (multi *)svc->multi; }

/* ---- handles: client number <-> (endpoint, its number) ------------------*/
static uint32_t hash64(uint64_t v, uint32_t nb) {
  return (uint32_t)((v * 0x9E3779B97F4A7C15ull) >> 32) & (nb - 1);
}
static uint32_t hs(int64_t s, uint32_t e, uint32_t nb) {
  return hash64((uint64_t)s ^ ((uint64_t)e << 56), nb);
}

static hent *find_c(multi *b, int64_t c) {
  if (!b->nb) return NULL;
  hent *h = b->byc[hash64((uint64_t)c, b->nb)];
  while (h && h->c != c) h = h->cn;
  return h;
}

/* The live handle s of endpoint e (a dead one's number may be given again
 * by its endpoint's new session). */
static hent *find_s(multi *b, uint32_t e, int64_t s) {
  if (!b->nb) return NULL;
  hent *h = b->bys[hs(s, e, b->nb)];
  while (h && (h->s != s || h->ep != e || h->dead)) h = h->sn;
  return h;
}

static void link_in(multi *b, hent *h) {
  uint32_t i = hash64((uint64_t)h->c, b->nb), j = hs(h->s, h->ep, b->nb);
  h->cn = b->byc[i];
  b->byc[i] = h;
  h->sn = b->bys[j];
  b->bys[j] = h;
}

static int grow(multi *b) {
  uint32_t n = b->nb ? b->nb * 2 : 64, old = b->nb;
  hent **c = calloc(n, sizeof *c), **s = calloc(n, sizeof *s);
  if (!c || !s) {
    free(c);
    free(s);
    return UV_ENOMEM;
  }
  hent **oc = b->byc;
  free(b->bys);
  b->byc = c;
  b->bys = s;
  b->nb = n;
  for (uint32_t i = 0; i < old; i++)
    for (hent *h = oc[i], *nx; h; h = nx) {
      nx = h->cn;
      link_in(b, h);
    }
  free(oc);
  return 0;
}

/* The client's number for handle s of endpoint e: s itself unless another
 * endpoint's handle has it. *c, 0 or UV_ENOMEM. */
static int handle_add(multi *b, uint32_t e, int64_t s, int64_t *c) {
  hent *h = find_s(b, e, s);
  if (h) {
    *c = h->c;
    return 0;
  }
  if (b->count >= b->nb && grow(b)) return UV_ENOMEM;
  if (!(h = malloc(sizeof *h))) return UV_ENOMEM;
  int64_t v = s;
  if (find_c(b, v)) { /* the lowest free number: tables indexed by handle
                         (the bridge's sockets) stay small */
    while (find_c(b, b->next_alias)) b->next_alias++;
    v = b->next_alias++;
  }
  h->c = v;
  h->s = s;
  h->ep = e;
  h->dead = 0;
  link_in(b, h);
  b->count++;
  *c = v;
  return 0;
}

static void handle_del(multi *b, hent *h) {
  if (h->c > 0 && h->c < b->next_alias) b->next_alias = h->c;
  hent **pp = &b->byc[hash64((uint64_t)h->c, b->nb)];
  while (*pp != h) pp = &(*pp)->cn;
  *pp = h->cn;
  pp = &b->bys[hs(h->s, h->ep, b->nb)];
  while (*pp != h) pp = &(*pp)->sn;
  *pp = h->sn;
  b->count--;
  free(h);
}

static const muk_op_handles *handles_of(const multi *b, uint32_t op) {
  return b->schema->op_handles && op < b->schema->nops ? &b->schema->op_handles[op] : NULL;
}

static int is_handle(const muk_msg *m, uint32_t i, uint8_t bits) {
  return i < 8 && (bits >> i & 1) && m->args[i].type == MUK_T_I64;
}

/* The endpoint holding a handle the request names, or -1; -2 when that
 * handle is dead. */
static int bound_ep(multi *b, const muk_msg *m) {
  const muk_op_handles *oh = handles_of(b, m->op);
  if (!oh) return -1;
  uint8_t bits = oh->used | oh->released | oh->released_ok;
  for (uint32_t i = 0; i < m->nargs; i++) {
    hent *h;
    if (is_handle(m, i, bits) && (h = find_c(b, m->args[i].v.i))) return h->dead ? -2 : (int)h->ep;
  }
  return -1;
}

/* A request naming a handle its endpoint lost: a release is done here (the
 * handle is gone), anything else fails with MUK_EPEERGONE. Never forwarded:
 * the number may mean another handle on another endpoint. Its status. */
static int dead_reply(multi *b, muk_msg *m) {
  const muk_op_handles *oh = handles_of(b, m->op);
  uint8_t rel = (uint8_t)(oh->released | oh->released_ok);
  int released = 0;
  for (uint32_t i = 0; i < m->nargs; i++) {
    hent *h;
    if (is_handle(m, i, rel) && (h = find_c(b, m->args[i].v.i)) && h->dead) {
      handle_del(b, h);
      released = 1;
    }
  }
  muk_msg_reset_args(m);
  muk_msg_set_payload(m, NULL, 0, NULL, NULL);
  if (released) return 0;
  static const char why[] = "the remote endpoint that held this handle is gone";
  (void)muk_msg_add_str(m, why, sizeof why - 1);
  return MUK_EPEERGONE;
}

/* ---- choosing an endpoint -----------------------------------------------*/
/* The fewest outstanding among the endpoints not down (all of them when
 * every one is down), never `avoid`; ties in turn. -1: none. */
static int pick(multi *b, int avoid) {
  for (int pass = 0; pass < 2; pass++) {
    int best = -1;
    for (uint32_t j = 0; j < b->n; j++) {
      uint32_t e = (b->rr + j) % b->n;
      if ((int)e == avoid || (pass == 0 && b->eps[e].down)) continue;
      if (best < 0 || b->eps[e].outstanding < b->eps[best].outstanding) best = (int)e;
    }
    if (best >= 0) {
      b->rr = (uint32_t)best + 1;
      return best;
    }
  }
  return -1;
}

static int retryable(const multi *b, uint32_t op) {
  if (op == b->schema->nops) return 1; /* $stats */
  return op < 64 && (b->schema->idempotent_ops >> op & 1);
}

/* ---- forwarding ----------------------------------------------------------*/
static int copy_arg(muk_msg *d, const muk_arg *a) {
  switch (a->type) {
  case MUK_T_I64: return muk_msg_add_i64(d, a->v.i);
  case MUK_T_F64: return muk_msg_add_f64(d, a->v.f);
  case MUK_T_STR: return muk_msg_add_str(d, a->v.s, a->len);
  case MUK_T_BYTES: return muk_msg_add_bytes(d, a->v.b, a->len);
  default: return MUK_EBADMSG;
  }
}

/* A copy of request m for endpoint e: handles in its numbers, the payload
 * lent (m outlives the copy). NULL with *rc set on failure. */
static muk_msg *copy_for(multi *b, muk_msg *m, uint32_t e, int *rc) {
  muk_msg *c = muk_msg_new(b->k);
  if (!c) {
    *rc = UV_ENOMEM;
    return NULL;
  }
  const muk_op_handles *oh = handles_of(b, m->op);
  uint8_t bits = oh ? (uint8_t)(oh->used | oh->released | oh->released_ok) : 0;
  c->service = b->eps[e].svc->id;
  c->op = m->op;
  c->deadline_ms = m->deadline_ms;
  c->reply_max = m->reply_max;
  for (uint32_t i = 0; i < m->nargs; i++) {
    hent *h;
    if (is_handle(m, i, bits) && (h = find_c(b, m->args[i].v.i)))
      *rc = muk_msg_add_i64(c, h->s);
    else
      *rc = copy_arg(c, &m->args[i]);
    if (*rc) {
      muk_msg_free(c);
      return NULL;
    }
  }
  if (m->payload.len) muk_msg_set_payload(c, m->payload.data, m->payload.len, NULL, NULL);
  *rc = 0;
  return c;
}

/* Move copy c's answer from endpoint e into m; returns the status. */
static int take_reply(multi *b, muk_msg *m, muk_msg *c, uint32_t e) {
  const muk_op_handles *oh = handles_of(b, m->op);
  int st = c->status;
  if (oh) { /* handles the op released */
    uint8_t rel = (uint8_t)(oh->released | (st >= 0 ? oh->released_ok : 0));
    for (uint32_t i = 0; i < m->nargs; i++) {
      hent *h;
      if (is_handle(m, i, rel) && (h = find_c(b, m->args[i].v.i)) && h->ep == e)
        handle_del(b, h);
    }
  }
  muk_msg_reset_args(m);
  for (uint32_t i = 0; i < c->nargs; i++) {
    int rc;
    int64_t v;
    if (st >= 0 && oh && is_handle(c, i, oh->created))
      rc = handle_add(b, e, c->args[i].v.i, &v) ? UV_ENOMEM : muk_msg_add_i64(m, v);
    else
      rc = copy_arg(m, &c->args[i]);
    if (rc) {
      muk_msg_reset_args(m);
      st = rc;
      break;
    }
  }
  size_t len;
  muk_free_fn fn;
  void *ud;
  uint8_t *d = muk_msg_take_payload(c, &len, &fn, &ud);
  if (!(d && d == m->payload.data && !fn)) /* not the request's, lent */
    muk_msg_set_payload(m, d, len, fn, ud);
  return st;
}

static void probe_start(multi *b);
static void touch(multi *b, uint32_t e);

static void down(multi *b, uint32_t e) {
  b->eps[e].down = 1;
  probe_start(b);
}

static void fwd_done(muk_msg *c, void *ud);

static int forward(multi *b, muk_msg *m, uint32_t e, uint32_t tries) {
  int rc;
  muk_msg *c = copy_for(b, m, e, &rc);
  if (!c) return rc;
  c->tag = e | (uint64_t)tries << 8;
  b->eps[e].outstanding++;
  b->eps[e].async = 1;
  muk_send(b->k, c, fwd_done, m);
  return 0;
}

static void fwd_done(muk_msg *c, void *ud) {
  muk_msg *m = ud;
  multi *b = multi_of(muk_service_get(c->k, m->service));
  uint32_t e = (uint32_t)(c->tag & 0xff), tries = (uint32_t)(c->tag >> 8);
  b->eps[e].outstanding--;
  if (c->status == MUK_EPEERGONE && !b->closing) {
    down(b, e);
    int e2;
    if (tries == 0 && retryable(b, m->op) && bound_ep(b, m) == -1 && (e2 = pick(b, (int)e)) >= 0 &&
        forward(b, m, (uint32_t)e2, 1) == 0) {
      b->retries++;
      muk_msg_free(c);
      return;
    }
  }
  int st = take_reply(b, m, c, e);
  muk_msg_free(c);
  muk_reply(m, st);
}

static void multi_handle(muk_service *svc, muk_msg *m) {
  multi *b = multi_of(svc);
  if (b->closing) {
    muk_reply(m, MUK_ECANCELED);
    return;
  }
  int e = bound_ep(b, m);
  if (e == -2) {
    muk_reply(m, dead_reply(b, m));
    return;
  }
  if (e < 0) e = pick(b, -1);
  int rc = forward(b, m, (uint32_t)e, 0);
  if (rc) muk_reply(m, rc);
}

int muk__multi_call_sync(muk_service *svc, muk_msg *m) {
  multi *b = multi_of(svc);
  if (!b) return UV_ENOTSUP;
  if (b->closing) return m->status = MUK_ECANCELED;
  int e = bound_ep(b, m);
  if (e == -2) return m->status = dead_reply(b, m);
  if (e < 0) e = pick(b, -1);
  for (uint32_t tries = 0;; tries++) {
    int rc;
    muk_msg *c = copy_for(b, m, (uint32_t)e, &rc);
    if (!c) return m->status = rc;
    rc = muk_call_sync(b->k, c);
    if (rc == MUK_EPEERGONE) {
      down(b, (uint32_t)e);
      int e2;
      if (tries == 0 && retryable(b, m->op) && bound_ep(b, m) == -1 &&
          (e2 = pick(b, e)) >= 0) {
        b->retries++;
        muk_msg_free(c);
        e = e2;
        continue;
      }
    }
    int st = take_reply(b, m, c, (uint32_t)e);
    muk_msg_free(c);
    /* the events of what it made travel on the async socket's connection,
     * and the session ends with a BYE there: open it */
    if (!b->eps[e].async) touch(b, (uint32_t)e);
    return m->status = st;
  }
}

/* ---- endpoints that are down: probes -------------------------------------*/
static void probe_done(muk_msg *c, void *ud) { muk_msg_free(c); } /* failures only */

/* A quiet $stats to endpoint e, asynchronously (its proxy's async socket
 * makes its session if it has none). */
static void touch(multi *b, uint32_t e) {
  muk_msg *c = muk_msg_new(b->k);
  if (!c) return;
  c->service = b->eps[e].svc->id;
  c->op = b->schema->nops; /* $stats: muk-serviced answers it itself */
  c->flags |= MUK_F_QUIET; /* keeps no loop alive; success is freed */
  c->deadline_ms = uv_now(muk_kernel_loop(b->k)) + 4 * PROBE_MS;
  b->eps[e].async = 1;
  muk_send(b->k, c, probe_done, NULL);
}

static void probe_cb(uv_timer_t *t) {
  multi *b = t->data;
  int any = 0;
  for (uint32_t e = 0; e < b->n && !b->closing; e++) {
    if (!b->eps[e].down) continue;
    any = 1;
    touch(b, e);
  }
  if (!any || b->closing) {
    uv_timer_stop(t);
    b->probing = 0;
  }
}

static void probe_start(multi *b) {
  if (b->probing || b->closing || !b->timer_init) return;
  b->probing = 1;
  uv_timer_start(&b->probe, probe_cb, PROBE_MS, PROBE_MS);
}

/* ---- events of the endpoints' proxies (muk_emit of a child) --------------*/
static void emit_gone(multi *b, uint32_t e, muk_msg *m) {
  int64_t status = MUK_EPEERGONE;
  const char *why = "";
  size_t wlen = 0;
  (void)muk_msg_i64(m, 0, &status);
  (void)muk_msg_str(m, 1, &why, &wlen);
  for (uint32_t i = 0; i < b->nb; i++)
    for (hent *h = b->byc[i], *nx; h; h = nx) {
      nx = h->cn;
      if (h->ep != e || h->dead) continue;
      muk_msg *g = muk_msg_new(b->k);
      if (g) {
        g->op = MUK_EV_GONE;
        if (muk_msg_add_i64(g, status) || muk_msg_add_str(g, why, wlen) ||
            muk_msg_add_i64(g, h->c))
          muk_msg_free(g);
        else
          muk_emit(b->svc, g);
      }
      h->dead = 1; /* its number stays taken until the client releases it */
    }
  muk_msg_free(m);
}

void muk__multi_event(muk_service *parent, muk_service *child, muk_msg *m) {
  multi *b = multi_of(parent);
  uint32_t e = 0;
  while (e < b->n && b->eps[e].svc != child) e++;
  if (e == b->n || b->closing) {
    muk_msg_free(m);
    return;
  }
  if (m->op == MUK_EV_REMOTE_CONNECT) {
    b->eps[e].down = 0;
  } else if (m->op == MUK_EV_REMOTE_DISCONNECT) {
    down(b, e);
  } else if (m->op == MUK_EV_GONE) {
    emit_gone(b, e, m);
    return;
  } else if (b->schema->event_handles && m->op < b->schema->nevents) {
      const muk_op_handles *eh = &b->schema->event_handles[m->op];
    for (uint32_t i = 0; i < m->nargs; i++) {
      hent *h;
      int64_t c;
      if (is_handle(m, i, eh->used) && (h = find_s(b, e, m->args[i].v.i)))
        m->args[i].v.i = h->c;
      else if (is_handle(m, i, eh->created) && handle_add(b, e, m->args[i].v.i, &c) == 0)
        m->args[i].v.i = c;
    }
  }
  muk_emit(b->svc, m);
}

/* ---- stats ---------------------------------------------------------------*/
void muk__multi_stats(muk_service *svc, muk_service_stats *st) {
  multi *b = multi_of(svc);
  st->remote = 1;
  st->connected = 0;
  st->connects = st->reconnects = st->disconnects = 0;
  st->bytes_sent = st->bytes_received = 0;
  st->endpoints = b->n;
  st->retries = b->retries;
  for (uint32_t e = 0; e < b->n; e++) {
    const muk__link_stats *l = &b->eps[e].svc->link;
    st->connected |= l->connected;
    st->connects += l->connects;
    st->reconnects += l->connects ? l->connects - 1 : 0;
    st->disconnects += l->disconnects;
    st->bytes_sent += l->bytes_sent;
    st->bytes_received += l->bytes_received;
  }
}

int muk_service_endpoint(muk_kernel *k, uint32_t id, uint32_t i) {
  muk_service *svc = muk_service_get(k, id);
  if (!svc || !svc->multi || i >= multi_of(svc)->n) return MUK_ENOSERVICE;
  return (int)multi_of(svc)->eps[i].svc->id;
}

/* ---- the balancer service --------------------------------------------------*/
static void multi_free(multi *b) {
  for (uint32_t i = 0; i < b->nb; i++)
    for (hent *h = b->byc[i], *nx; h; h = nx) {
      nx = h->cn;
      free(h);
    }
  free(b->byc);
  free(b->bys);
  if (b->op_names)
    for (uint32_t i = 0; i < b->def.nops; i++) free(b->op_names[i]);
  free(b->op_names);
  free(b->name);
  free(b->urls);
  free(b);
}

static void timer_closed(uv_handle_t *h) { multi_free(h->data); }

static int multi_init(muk_service *svc, void **state) {
  multi *b = (multi *)(void *)muk_service_def_of(svc);
  svc->multi = b;
  b->svc = svc;
  svc->link.remote = 1;
  *state = b;
  return 0;
}

/* The proxies cancel what they hold in their own fini (after this one: they
 * were registered first), and those replies reach fwd_done in the kernel's
 * last drain: b is freed after it, by the timer's close callback. */
static void multi_fini(muk_service *svc, void *state) {
  multi *b = state;
  b->closing = 1;
  uv_close((uv_handle_t *)&b->probe, timer_closed);
}

int muk__register_multi(muk_kernel *k, const char *name, const char *urls,
                        const muk_service_def *schema, const muk_remote_opts *o) {
  if (!k || !name || !urls) return UV_EINVAL;
  if (!schema) schema = muk_builtin_service(name);
  if (!schema) return MUK_ENOSERVICE;
  if (muk_service_id(k, name) >= 0) return UV_EEXIST;
  size_t nlen = strlen(name);
  if (nlen == 0 || nlen > MUK_WIRE_MAX_NAME - 2) return UV_EINVAL;
  /* every URL first: a bad list registers nothing */
  uint32_t n = 1;
  for (const char *p = urls; *p; p++) n += *p == ',';
  if (n > MULTI_MAX) return UV_EINVAL;
  for (const char *p = urls;;) {
    const char *comma = strchr(p, ',');
    size_t len = comma ? (size_t)(comma - p) : strlen(p);
    if (len < 7 || !memmem(p, len, "://", 3)) return UV_EINVAL;
    if (!comma) break;
    p = comma + 1;
  }
  multi *b = calloc(1, sizeof *b);
  if (!b) return UV_ENOMEM;
  b->k = k;
  b->schema = schema;
  b->next_alias = 1;
  b->name = strdup(name);
  b->urls = strdup(urls);
  if (b->urls) { /* the list as stats show it: without the URLs' options */
    char *w = b->urls;
    for (const char *p = urls; *p;) {
      if (*p == '?') {
        while (*p && *p != ',') p++;
        continue;
      }
      *w++ = *p++;
    }
    *w = 0;
  }
  b->op_names = calloc(schema->nops + 1u, sizeof(char *));
  int rc = UV_ENOMEM;
  if (!b->name || !b->urls || !b->op_names) goto fail;
  for (uint32_t i = 0; i <= schema->nops; i++) {
    b->def.nops = i; /* what multi_free frees so far */
    const char *on = i < schema->nops ? schema->op_names[i] : MUK_REMOTE_STATS_OP;
    if (!(b->op_names[i] = strdup(on ? on : ""))) goto fail;
  }
  b->def.nops = schema->nops + 1;
  /* the proxies: NAME@1 ... */
  char sub[MUK_WIRE_MAX_NAME + 8], *url = NULL;
  for (const char *p = urls; b->n < n; b->n++) {
    const char *comma = strchr(p, ',');
    size_t len = comma ? (size_t)(comma - p) : strlen(p);
    snprintf(sub, sizeof sub, "%s@%u", name, b->n + 1);
    if (!(url = strndup(p, len))) goto fail;
    rc = muk_register_remote_opts(k, sub, url, schema, o);
    free(url);
    if (rc < 0) goto fail; /* those registered stay (unused) */
    b->eps[b->n].svc = muk_service_get(k, (uint32_t)rc);
    p = comma ? comma + 1 : p + len;
  }
  b->def.abi = MUK_SERVICE_ABI;
  b->def.name = b->name;
  b->def.backend = b->urls;
  b->def.exec = MUK_EXEC_INLINE;
  b->def.op_names = (const char *const *)b->op_names;
  b->def.init = multi_init;
  b->def.handle = multi_handle;
  b->def.fini = multi_fini;
  b->def.flags = schema->flags & MUK_SVC_EVENTS;
  if (uv_timer_init(muk_kernel_loop(k), &b->probe)) {
    rc = UV_EIO;
    goto fail;
  }
  b->probe.data = b;
  uv_unref((uv_handle_t *)&b->probe);
  b->timer_init = 1;
  rc = muk_register(k, &b->def);
  if (rc < 0) {
    uv_close((uv_handle_t *)&b->probe, timer_closed);
    return rc;
  }
  for (uint32_t e = 0; e < b->n; e++) b->eps[e].svc->parent = b->svc;
  return rc;
fail:
  multi_free(b);
  return rc;
}
