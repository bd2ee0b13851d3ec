/* clients.c — per-client handle tables, quotas and waiting queues of
 * muk-serviced over one memory budget (the contract is in clients.h). */
#include "clients.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NBUCKETS 1024
#define OWNER_BUCKETS 4096

enum { SLOT_FREE = 0, SLOT_OPEN, SLOT_CLOSING };

typedef struct pending pending;
typedef struct client client;

/* Who holds a real handle (kept only for a service with events, whose
 * events name real handles and go to their holder). */
typedef struct owner {
  int64_t real;
  client *c;
  uint32_t slot;
  struct owner *next;
} owner;

typedef struct slot {
  int64_t real;
  uint32_t busy;     /* requests at the service that use it */
  uint8_t state;
  uint8_t end_release; /* the client ended: release when busy drops to 0 */
  uint8_t dead;      /* released (MUK_SVC_RELEASE_CANCELS) while requests
                        used it: freed when the last of them ends */
  pending *parked;   /* a release waiting for busy to drop to 0 */
  uint32_t next_free;
} slot;

struct pending {
  pending *next;
  clients *cs;
  client *c;
  muk_msg *m;
  void *ud;
  uint64_t cost; /* reserved while at the service */
  uint64_t held; /* counted while waiting */
  int32_t used[MUK_MAX_ARGS]; /* slots this request keeps busy, -1: none */
  int32_t release;            /* the slot it releases, or -1 */
  uint8_t creates;            /* handles it may create */
  uint8_t queued;
};

struct client {
  uint64_t id;
  client *hnext;            /* hash chain */
  client *wnext, **wprev;   /* the list of clients with a queue */
  slot *slots;
  uint32_t nslots, free_head; /* free_head: UINT32_MAX none */
  uint32_t nopen;           /* slots not FREE */
  uint32_t creating;
  uint32_t inflight;
  uint32_t releasing;       /* release messages sent at clients_end */
  uint64_t bytes;           /* cost of its requests at the service */
  uint64_t qbytes;          /* bytes its waiting requests hold */
  pending *qhead, *qtail;
  uint32_t nqueued;
  int ended;
};

struct clients {
  muk_kernel *k;
  uint32_t svc_id;
  const muk_service_def *def;
  clients_limits lim;
  clients_reply_fn reply;
  client *buckets[NBUCKETS];
  client *waiting;          /* clients with a queue */
  uint64_t nclients, reserved, qbytes, queued, refused;
  int pumping;
  owner **owners; /* OWNER_BUCKETS chains, NULL: the service has no events */
};

static owner **owner_at(clients *cs, int64_t real) {
  uint64_t h = (uint64_t)real * 0x9E3779B97F4A7C15ull;
  return &cs->owners[h >> 52]; /* 12 bits: OWNER_BUCKETS */
}

/* 0, or -1 out of memory */
static int owner_add(clients *cs, client *c, uint32_t slot, int64_t real) {
  if (!cs->owners)
    return 0;
  owner *o = malloc(sizeof *o), **b = owner_at(cs, real);
  if (!o)
    return -1;
  o->real = real;
  o->c = c;
  o->slot = slot;
  o->next = *b;
  *b = o;
  return 0;
}

static void owner_del(clients *cs, client *c, uint32_t slot, int64_t real) {
  if (!cs->owners)
    return;
  for (owner **pp = owner_at(cs, real), *o; (o = *pp); pp = &o->next)
    if (o->real == real && o->c == c && o->slot == slot) {
      *pp = o->next;
      free(o);
      return;
    }
}

static void pump(clients *cs);

static const muk_op_handles *op_handles(const clients *cs, uint32_t op) {
  static const muk_op_handles none;
  if (!cs->def->op_handles || op >= cs->def->nops)
    return &none;
  return &cs->def->op_handles[op];
}

/* ---- the client table ---- */

static client **bucket(clients *cs, uint64_t id) {
  uint64_t h = id * 0x9E3779B97F4A7C15ull;
  return &cs->buckets[h >> 54]; /* 10 bits: NBUCKETS */
}

static client *client_find(clients *cs, uint64_t id) {
  client *c = *bucket(cs, id);
  while (c && c->id != id)
    c = c->hnext;
  return c;
}

static client *client_get(clients *cs, uint64_t id) {
  client *c = client_find(cs, id), **b;
  if (c)
    return c;
  if (!(c = calloc(1, sizeof *c)))
    return NULL;
  c->id = id;
  c->free_head = UINT32_MAX;
  b = bucket(cs, id);
  c->hnext = *b;
  *b = c;
  cs->nclients++;
  return c;
}

static void unhash(clients *cs, client *c) {
  client **p = bucket(cs, c->id);
  while (*p && *p != c)
    p = &(*p)->hnext;
  if (*p)
    *p = c->hnext;
  c->hnext = NULL;
}

/* A client with nothing left is forgotten (a live one comes back empty on
 * its next request); an ended one once its last handle is released. */
static void client_maybe_free(clients *cs, client *c) {
  if (c->nopen || c->creating || c->inflight || c->nqueued || c->releasing)
    return;
  if (!c->ended)
    unhash(cs, c);
  free(c->slots);
  free(c);
  cs->nclients--;
}

static void wait_add(clients *cs, client *c) {
  if (c->wprev)
    return;
  c->wnext = cs->waiting;
  if (cs->waiting)
    cs->waiting->wprev = &c->wnext;
  cs->waiting = c;
  c->wprev = &cs->waiting;
}

static void wait_remove(client *c) {
  if (!c->wprev)
    return;
  *c->wprev = c->wnext;
  if (c->wnext)
    c->wnext->wprev = c->wprev;
  c->wnext = NULL;
  c->wprev = NULL;
}

/* ---- slots ---- */

static int32_t slot_lookup(client *c, const muk_arg *a) {
  int64_t v = a->v.i - CLIENTS_HANDLE_BASE;
  if (v < 0 || v >= c->nslots || c->slots[v].state != SLOT_OPEN)
    return -1;
  return (int32_t)v;
}

static int32_t slot_alloc(clients *cs, client *c, int64_t real) {
  uint32_t i;
  if (c->free_head != UINT32_MAX) {
    i = c->free_head;
    c->free_head = c->slots[i].next_free;
  } else {
    if (c->nslots >= cs->lim.max_handles)
      return -1;
    uint32_t n = c->nslots ? c->nslots * 2 : 8;
    if (n > cs->lim.max_handles)
      n = cs->lim.max_handles;
    slot *s = realloc(c->slots, n * sizeof *s);
    if (!s)
      return -1;
    c->slots = s;
    for (i = n; i-- > c->nslots + 1;) { /* the rest go on the free list */
      memset(&s[i], 0, sizeof s[i]);
      s[i].next_free = c->free_head;
      c->free_head = i;
    }
    i = c->nslots;
    c->nslots = n;
  }
  if (owner_add(cs, c, i, real)) {
    c->slots[i].next_free = c->free_head;
    c->free_head = i;
    return -1;
  }
  memset(&c->slots[i], 0, sizeof c->slots[i]);
  c->slots[i].real = real;
  c->slots[i].state = SLOT_OPEN;
  c->nopen++;
  return (int32_t)i;
}

static void slot_free(clients *cs, client *c, int32_t i);

/* The service released slot i's handle: free the slot, or, while requests
 * that used it still run (a release that cancels them), once they end. */
static void slot_gone(clients *cs, client *c, int32_t i) {
  slot *s = &c->slots[i];
  if (!s->busy) {
    slot_free(cs, c, i);
    return;
  }
  owner_del(cs, c, (uint32_t)i, s->real); /* its real handle may be reused */
  s->dead = 1;
}

static void slot_free(clients *cs, client *c, int32_t i) {
  slot *s = &c->slots[i];
  if (!s->dead)
    owner_del(cs, c, (uint32_t)i, s->real);
  s->dead = 0;
  s->state = SLOT_FREE;
  s->parked = NULL;
  s->end_release = 0;
  s->next_free = c->free_head;
  c->free_head = (uint32_t)i;
  c->nopen--;
}

/* ---- releasing what an ended client holds ---- */

typedef struct release_ctx {
  clients *cs;
  client *c;
  int32_t slot; /* -1: a handle created after the client ended */
} release_ctx;

static void on_released(muk_msg *m, void *ud) {
  release_ctx *r = ud;
  clients *cs = r->cs;
  client *c = r->c;
  muk_msg_free(m);
  c->releasing--;
  if (r->slot >= 0)
    slot_gone(cs, c, r->slot);
  free(r);
  client_maybe_free(cs, c);
}

static void send_release(clients *cs, client *c, int32_t i, int64_t real) {
  muk_msg *m = muk_msg_new(cs->k);
  release_ctx *r = malloc(sizeof *r);
  if (!m || !r || muk_msg_add_i64(m, real)) {
    /* Out of memory: the handle stays open in the service, the slot is
     * given up so the client can be forgotten. */
    if (m)
      muk_msg_free(m);
    free(r);
    if (i >= 0)
      slot_free(cs, c, i);
    return;
  }
  r->cs = cs;
  r->c = c;
  r->slot = i;
  c->releasing++;
  m->service = cs->svc_id;
  m->op = cs->def->release_op;
  muk_send(cs->k, m, on_released, r);
}

/* ---- answering ---- */

static void refuse(clients *cs, pending *p, int status, const char *why) {
  muk_msg *m = p->m;
  void *ud = p->ud;
  free(p);
  muk_msg_reset_args(m);
  muk_msg_set_payload(m, NULL, 0, NULL, NULL);
  if (why)
    muk_msg_add_str(m, why, strlen(why));
  if (status == MUK_EQUOTA)
    cs->refused++;
  m->status = status;
  m->flags = MUK_F_REPLY;
  cs->reply(m, ud);
}

static void quota_refuse(clients *cs, pending *p, const char *quota,
                         uint64_t limit) {
  char why[128];
  snprintf(why, sizeof why, "client quota exceeded: %s (limit %llu)", quota,
           (unsigned long long)limit);
  refuse(cs, p, MUK_EQUOTA, why);
}

static void dispatch(clients *cs, pending *p);

/* A request done with a slot it used: the slot's parked release (or the
 * ended client's) may go now. */
static void slot_unbusy(clients *cs, client *c, int32_t i) {
  slot *s = &c->slots[i];
  if (--s->busy)
    return;
  if (s->dead) {
    slot_free(cs, c, i);
    return;
  }
  if (s->parked) {
    pending *q = s->parked;
    s->parked = NULL;
    dispatch(cs, q);
  } else if (s->end_release && s->state == SLOT_CLOSING) {
    s->end_release = 0;
    send_release(cs, c, i, s->real);
  }
}

static void on_done(muk_msg *m, void *ud) {
  pending *p = ud;
  clients *cs = p->cs;
  client *c = p->c;
  const muk_op_handles *h = op_handles(cs, m->op);
  c->inflight--;
  c->bytes -= p->cost;
  cs->reserved -= p->cost;
  for (int i = 0; i < MUK_MAX_ARGS; i++)
    if (p->used[i] >= 0)
      slot_unbusy(cs, c, p->used[i]);
  if (p->release >= 0) {
    slot *s = &c->slots[p->release];
    if (h->released || m->status >= 0) {
      slot_gone(cs, c, p->release);
    } else { /* released only on success (crypto hashFinal): still open */
      s->state = c->ended ? SLOT_CLOSING : SLOT_OPEN;
      if (c->ended)
        send_release(cs, c, p->release, s->real);
    }
  }
  if (p->creates) {
    c->creating -= p->creates;
    for (uint32_t i = 0; m->status >= 0 && i < m->nargs; i++) {
      muk_arg *a = &m->args[i];
      int32_t v;
      if (!(h->created & (1u << i)) || a->type != MUK_T_I64)
        continue;
      if (c->ended) {
        send_release(cs, c, -1, a->v.i);
        continue;
      }
      if ((v = slot_alloc(cs, c, a->v.i)) < 0) { /* out of memory */
        send_release(cs, c, -1, a->v.i);
        muk_msg_reset_args(m);
        m->status = UV_ENOMEM;
        break;
      }
      a->v.i = (int64_t)v + CLIENTS_HANDLE_BASE;
    }
  }
  void *rud = p->ud;
  free(p);
  cs->reply(m, rud);
  client_maybe_free(cs, c); /* not waiting: it has no queue */
  pump(cs);
}

/* Translate and send: the request's handles are valid and its quotas
 * fit (the caller checked inflight/bytes/budget). */
static void start(clients *cs, pending *p) {
  client *c = p->c;
  muk_msg *m = p->m;
  const muk_op_handles *h = op_handles(cs, m->op);
  uint8_t touch = h->used | h->released | h->released_ok;
  int32_t at[MUK_MAX_ARGS];
  int32_t rel = -1;
  uint32_t creates = 0;

  if (m->op < 64 && (cs->def->host_ops >> m->op & 1)) {
    refuse(cs, p, MUK_ENOTREMOTE,
           "this op acts on the process that runs the service; it is not served "
           "to other processes");
    return;
  }
  for (uint32_t i = 0; i < MUK_MAX_ARGS; i++)
    at[i] = -1;
  for (uint32_t i = 0; i < m->nargs; i++) {
    if (!(touch & (1u << i)) || m->args[i].type != MUK_T_I64)
      continue;
    if ((at[i] = slot_lookup(c, &m->args[i])) < 0) {
      refuse(cs, p, UV_EBADF, NULL);
      return;
    }
    if ((h->released | h->released_ok) & (1u << i))
      rel = at[i];
  }
  for (uint32_t i = 0; i < 8; i++)
    creates += (h->created >> i) & 1;
  if (creates && c->nopen + c->creating + creates > cs->lim.max_handles) {
    quota_refuse(cs, p, "handles", cs->lim.max_handles);
    return;
  }
  if (rel >= 0) {
    slot *s = &c->slots[rel];
    s->state = SLOT_CLOSING; /* no new use from here on */
    p->release = rel;
    if (s->busy && !(cs->def->flags & MUK_SVC_RELEASE_CANCELS)) {
      /* wait for the requests that use it */
      s->parked = p;
      c->creating += creates;
      p->creates = (uint8_t)creates;
      for (uint32_t i = 0; i < m->nargs; i++)
        if (at[i] >= 0)
          m->args[i].v.i = c->slots[at[i]].real;
      return;
    }
  }
  for (uint32_t i = 0; i < m->nargs; i++) {
    if (at[i] < 0)
      continue;
    m->args[i].v.i = c->slots[at[i]].real;
    if (at[i] != rel) {
      c->slots[at[i]].busy++;
      p->used[i] = at[i];
    }
  }
  c->creating += creates;
  p->creates = (uint8_t)creates;
  dispatch(cs, p);
}

static void dispatch(clients *cs, pending *p) {
  client *c = p->c;
  c->inflight++;
  c->bytes += p->cost;
  cs->reserved += p->cost;
  p->m->service = cs->svc_id;
  muk_send(cs->k, p->m, on_done, p);
}

static int fits(const clients *cs, const client *c, const pending *p) {
  return c->inflight < cs->lim.max_inflight &&
         c->bytes + p->cost <= cs->lim.max_bytes &&
         cs->reserved + p->cost <= cs->lim.budget;
}

/* Start waiting requests that fit now, oldest first per client. */
static void pump(clients *cs) {
  if (cs->pumping)
    return;
  cs->pumping = 1;
  for (client *c = cs->waiting, *next; c; c = next) {
    next = c->wnext;
    while (c->qhead && fits(cs, c, c->qhead)) {
      pending *p = c->qhead;
      c->qhead = p->next;
      if (!c->qhead)
        c->qtail = NULL;
      p->next = NULL;
      c->nqueued--;
      c->qbytes -= p->held;
      cs->qbytes -= p->held;
      cs->queued--;
      start(cs, p);
    }
    if (!c->qhead) {
      wait_remove(c);
      client_maybe_free(cs, c); /* e.g. all it had waiting was refused */
    }
  }
  cs->pumping = 0;
}

void clients_submit(clients *cs, uint64_t id, muk_msg *m, uint64_t held,
                    uint64_t cost, void *ud) {
  client *c = client_get(cs, id);
  pending *p = malloc(sizeof *p);
  if (!c || !p) {
    free(p);
    muk_msg_reset_args(m);
    muk_msg_set_payload(m, NULL, 0, NULL, NULL);
    m->status = UV_ENOMEM;
    cs->reply(m, ud);
    if (c)
      client_maybe_free(cs, c);
    return;
  }
  memset(p, 0, sizeof *p);
  p->cs = cs;
  p->c = c;
  p->m = m;
  p->ud = ud;
  p->cost = cost;
  p->held = held;
  p->release = -1;
  for (int i = 0; i < MUK_MAX_ARGS; i++)
    p->used[i] = -1;
  if (cost > cs->lim.max_bytes || cost > cs->lim.budget) {
    quota_refuse(cs, p, "bytes", cs->lim.max_bytes < cs->lim.budget
                                     ? cs->lim.max_bytes : cs->lim.budget);
  } else if (!c->qhead && fits(cs, c, p)) {
    start(cs, p);
  } else if (c->nqueued >= cs->lim.max_queue) {
    quota_refuse(cs, p, "requests waiting", cs->lim.max_queue);
  } else if (c->qbytes + held > cs->lim.max_bytes) {
    quota_refuse(cs, p, "bytes waiting", cs->lim.max_bytes);
  } else if (cs->qbytes + held > cs->lim.budget) {
    quota_refuse(cs, p, "memory budget", cs->lim.budget);
  } else { /* slowed: it waits its turn */
    if (c->qtail)
      c->qtail->next = p;
    else
      c->qhead = p;
    c->qtail = p;
    c->nqueued++;
    c->qbytes += held;
    cs->qbytes += held;
    cs->queued++;
    wait_add(cs, c);
  }
  client_maybe_free(cs, c);
}

static void drop_queue(clients *cs, client *c) {
  pending *p;
  while ((p = c->qhead)) {
    c->qhead = p->next;
    c->nqueued--;
    c->qbytes -= p->held;
    cs->qbytes -= p->held;
    cs->queued--;
    refuse(cs, p, MUK_ECANCELED, NULL);
  }
  c->qtail = NULL;
  wait_remove(c);
}

void clients_end(clients *cs, uint64_t id) {
  client *c = client_find(cs, id);
  if (!c)
    return;
  unhash(cs, c); /* a request with this id from now on is a new client */
  c->ended = 1;
  drop_queue(cs, c);
  for (uint32_t i = 0; i < c->nslots; i++) {
    slot *s = &c->slots[i];
    if (s->state != SLOT_OPEN)
      continue; /* free, or a release already on its way */
    s->state = SLOT_CLOSING;
    if (s->busy && !(cs->def->flags & MUK_SVC_RELEASE_CANCELS))
      s->end_release = 1;
    else
      send_release(cs, c, (int32_t)i, s->real);
  }
  client_maybe_free(cs, c);
  pump(cs);
}

clients *clients_new(muk_kernel *k, uint32_t svc_id, const muk_service_def *def,
                     const clients_limits *lim, clients_reply_fn reply) {
  clients *cs = calloc(1, sizeof *cs);
  if (!cs)
    return NULL;
  cs->k = k;
  cs->svc_id = svc_id;
  cs->def = def;
  cs->lim = *lim;
  cs->reply = reply;
  if (def->event_handles &&
      !(cs->owners = calloc(OWNER_BUCKETS, sizeof *cs->owners))) {
    free(cs);
    return NULL;
  }
  return cs;
}

void clients_shutdown(clients *cs) {
  while (cs->waiting)
    drop_queue(cs, cs->waiting);
}

void clients_free(clients *cs) {
  if (!cs)
    return;
  clients_shutdown(cs);
  for (int b = 0; b < NBUCKETS; b++) {
    client *c, *next;
    for (c = cs->buckets[b]; c; c = next) {
      next = c->hnext;
      free(c->slots);
      free(c);
    }
  }
  for (int b = 0; cs->owners && b < OWNER_BUCKETS; b++)
    for (owner *o = cs->owners[b], *nx; o; o = nx) {
      nx = o->next;
      free(o);
    }
  free(cs->owners);
  free(cs);
}

void clients_stats_get(const clients *cs, clients_stats *out) {
  memset(out, 0, sizeof *out);
  out->clients = cs->nclients;
  out->queued = cs->queued;
  out->reserved = cs->reserved;
  out->refused = cs->refused;
  for (int b = 0; b < NBUCKETS; b++)
    for (const client *c = cs->buckets[b]; c; c = c->hnext)
      out->handles += c->nopen;
}

/* A handle nobody may have: released at once. */
static void on_orphan_released(muk_msg *m, void *ud) { muk_msg_free(m); }

static void release_orphan(clients *cs, int64_t real) {
  muk_msg *m = muk_msg_new(cs->k);
  if (!m)
    return;
  if (muk_msg_add_i64(m, real)) {
    muk_msg_free(m);
    return;
  }
  m->service = cs->svc_id;
  m->op = cs->def->release_op;
  muk_send(cs->k, m, on_orphan_released, NULL);
}

int clients_event(clients *cs, muk_msg *m, uint64_t *id) {
  const muk_service_def *d = cs->def;
  if (!cs->owners || m->op >= d->nevents)
    return -1;
  const muk_op_handles *h = &d->event_handles[m->op];
  client *c = NULL;
  for (uint32_t i = 0; i < m->nargs && !c; i++) {
    if (!(h->used & (1u << i)) || m->args[i].type != MUK_T_I64)
      continue;
    for (owner *o = *owner_at(cs, m->args[i].v.i); o; o = o->next)
      if (o->real == m->args[i].v.i && !o->c->ended &&
          o->c->slots[o->slot].state != SLOT_FREE) {
        c = o->c;
        break;
      }
  }
  for (uint32_t i = 0; i < m->nargs; i++) {
    muk_arg *a = &m->args[i];
    if (a->type != MUK_T_I64)
      continue;
    if (h->created & (1u << i)) {
      int32_t v = c && c->nopen + c->creating < cs->lim.max_handles
                      ? slot_alloc(cs, c, a->v.i) : -1;
      if (v < 0) { /* no holder, or over its quota: the new handle goes */
        release_orphan(cs, a->v.i);
        return -1;
      }
      a->v.i = (int64_t)v + CLIENTS_HANDLE_BASE;
    } else if (h->used & (1u << i)) {
      if (!c)
        return -1;
      owner *o = *owner_at(cs, a->v.i);
      while (o && !(o->real == a->v.i && o->c == c))
        o = o->next;
      if (!o)
        return -1;
      a->v.i = (int64_t)o->slot + CLIENTS_HANDLE_BASE;
    }
  }
  if (!c)
    return -1;
  *id = c->id;
  return 0;
}
