/* dns_cares.c — the dns service, backend "cares" (--service dns=cares):
 * every op on c-ares (dns_ares.c), on the service's own I/O thread. A
 * channel's sockets are uv_polls on that thread's libuv loop (c-ares's
 * socket-state callback opens and closes them) and its retransmissions and
 * timeouts one uv_timer re-armed from ares_timeout; no thread ever blocks.
 *
 * A script's Resolver keeps its servers, timeout and tries itself and sends
 * them with each query; requests with the same configuration share one
 * channel (a cache of a few; idle ones go when it is full). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dns.h"
#include "dns_ares.h"

#define DNS_OP_NAME(id, name) [DNS_##id] = name,
static const char *const cares_op_names[DNS_NOPS] = {DNS_OPS(DNS_OP_NAME)};

#define CHAN_CACHE 8 /* channels kept; idle ones beyond go */

typedef struct chan chan;

typedef struct sock_task {
  uv_poll_t poll;
  ares_socket_t fd;
  chan *c;
  struct sock_task *next;
} sock_task;

struct chan {
  chan *next;
  char *key; /* "resolver|servers|timeout|tries" */
  char *resolver;
  ares_channel ch;
  uv_loop_t *loop;
  uv_timer_t timer;
  sock_task *socks;
  int active;  /* requests in flight */
  int handles; /* uv handles not yet closed (timer + polls) */
  int dead;    /* destroyed: only waiting for the handles to close */
};

typedef struct cares_state {
  muk_service *svc;
  uv_loop_t *loop;
  chan *chans;
  int nchans;
  int lib; /* ares_library_init succeeded */
} cares_state;

static void chan_release(chan *c) {
  if (--c->handles == 0) {
    free(c->key);
    free(c->resolver);
    free(c);
  }
}

static void on_handle_close(uv_handle_t *h) {
  if (h->type == UV_POLL) {
    sock_task *t = h->data;
    chan *c = t->c;
    free(t);
    chan_release(c);
  } else {
    chan_release(h->data);
  }
}

static void on_timer(uv_timer_t *h);

/* The timer at c-ares's next deadline (a retransmission, a timeout). */
static void rearm(chan *c) {
  struct timeval tv, *t;
  if (c->dead)
    return;
  t = ares_timeout(c->ch, NULL, &tv);
  if (t)
    uv_timer_start(&c->timer, on_timer,
                   (uint64_t)t->tv_sec * 1000 +
                       (uint64_t)(t->tv_usec + 999) / 1000,
                   0);
  else
    uv_timer_stop(&c->timer);
}

static void on_timer(uv_timer_t *h) {
  chan *c = h->data;
  ares_process_fd(c->ch, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
  rearm(c);
}

static void on_poll(uv_poll_t *h, int status, int events) {
  sock_task *t = h->data;
  chan *c = t->c;
  ares_socket_t fd = t->fd; /* t may be closed by what this processes */
  int rd = status < 0 || (events & UV_READABLE);
  int wr = status < 0 || (events & UV_WRITABLE);
  ares_process_fd(c->ch, rd ? fd : ARES_SOCKET_BAD, wr ? fd : ARES_SOCKET_BAD);
  rearm(c);
}

static void close_task(chan *c, sock_task **pp) {
  sock_task *t = *pp;
  *pp = t->next;
  uv_poll_stop(&t->poll);
  uv_close((uv_handle_t *)&t->poll, on_handle_close);
  (void)c;
}

/* c-ares opens, watches or closes a socket. */
static void on_sock_state(void *data, ares_socket_t fd, int readable,
                          int writable) {
  chan *c = data;
  sock_task **pp, *t;
  for (pp = &c->socks; *pp && (*pp)->fd != fd; pp = &(*pp)->next)
    ;
  t = *pp;
  if (!readable && !writable) {
    if (t)
      close_task(c, pp);
    return;
  }
  if (!t) {
    if (!(t = calloc(1, sizeof *t)))
      return; /* the query times out instead */
    if (uv_poll_init_socket(c->loop, &t->poll, fd) != 0) {
      free(t);
      return;
    }
    t->fd = fd;
    t->c = c;
    t->poll.data = t;
    t->next = c->socks;
    c->socks = t;
    c->handles++;
  }
  uv_poll_start(&t->poll,
                (readable ? UV_READABLE : 0) | (writable ? UV_WRITABLE : 0),
                on_poll);
}

static void chan_destroy(cares_state *st, chan *c) {
  chan **pp;
  for (pp = &st->chans; *pp != c; pp = &(*pp)->next)
    ;
  *pp = c->next;
  st->nchans--;
  ares_destroy(c->ch); /* requests still in flight end with EDESTRUCTION */
  c->dead = 1;
  while (c->socks)
    close_task(c, &c->socks);
  uv_timer_stop(&c->timer);
  uv_close((uv_handle_t *)&c->timer, on_handle_close);
}

/* The channel for conf, made when there is none; NULL with *err set. */
static chan *chan_get(cares_state *st, const dns_conf *conf, int *err) {
  char *key;
  size_t kl = strlen(conf->resolver) + strlen(conf->servers) + 48;
  chan *c, *next;
  if (!(key = malloc(kl))) {
    *err = ARES_ENOMEM;
    return NULL;
  }
  snprintf(key, kl, "%s|%s|%lld|%lld", conf->resolver, conf->servers,
           (long long)conf->timeout,
           (long long)conf->tries);
  for (c = st->chans; c; c = c->next)
    if (strcmp(c->key, key) == 0) {
      free(key);
      return c;
    }
  for (c = st->chans; c && st->nchans >= CHAN_CACHE; c = next) {
    next = c->next;
    if (c->active == 0)
      chan_destroy(st, c);
  }
  if (!(c = calloc(1, sizeof *c))) {
    free(key);
    *err = ARES_ENOMEM;
    return NULL;
  }
  c->key = key;
  c->loop = st->loop;
  if (!(c->resolver = strdup(conf->resolver)) ||
      (*err = dns_ares_init(&c->ch, conf, on_sock_state, c)) !=
          ARES_SUCCESS) {
    if (!c->resolver)
      *err = ARES_ENOMEM;
    free(c->resolver);
    free(key);
    free(c);
    return NULL;
  }
  uv_timer_init(st->loop, &c->timer);
  c->timer.data = c;
  c->handles = 1;
  c->next = st->chans;
  st->chans = c;
  st->nchans++;
  return c;
}

static void on_done(void *ctx) {
  chan *c = ctx;
  c->active--;
}

/* cancel: ares_cancel ends the resolver's requests (ECANCELLED). */
static void cares_cancel(cares_state *st, muk_msg *m) {
  const char *resolver;
  size_t rl;
  chan *c;
  if (muk_msg_str(m, 0, &resolver, &rl)) {
    muk_msg_reset_args(m);
    muk_reply(m, UV_EINVAL);
    return;
  }
  dns_ares_cancelled_add(resolver);
  for (c = st->chans; c; c = c->next)
    if (strcmp(c->resolver, resolver) == 0 && c->active > 0) {
      ares_cancel(c->ch);
      rearm(c);
    }
  muk_msg_reset_args(m);
  muk_reply(m, 0);
}

static void cares_handle(muk_service *svc, muk_msg *m) {
  cares_state *st = muk_service_state(svc);
  dns_conf conf;
  chan *c;
  int err = 0;
  if (m->op == DNS_SERVERS) {
    dns_ares_servers(m);
    return;
  }
  if (m->op == DNS_CANCEL) {
    cares_cancel(st, m);
    return;
  }
  if (m->op >= DNS_NOPS) {
    muk_reply(m, MUK_ENOOP);
    return;
  }
  if (!st->lib || dns_ares_conf(m, &conf) != 0) {
    muk_msg_reset_args(m);
    muk_reply(m, st->lib ? UV_EINVAL : UV_ENOMEM);
    return;
  }
  if ((m->op == DNS_QUERY || m->op == DNS_REVERSE) &&
      dns_ares_cancelled(conf.resolver)) {
    dns_ares_fail(m, ARES_ECANCELLED);
    return;
  }
  if (!(c = chan_get(st, &conf, &err))) {
    muk_msg_reset_args(m);
    if (m->op == DNS_QUERY || m->op == DNS_REVERSE)
      muk_reply(m, muk_msg_add_i64(m, err)); /* as the query's status */
    else
      muk_reply(m, err == ARES_ENOMEM ? UV_ENOMEM : UV_EAI_FAIL);
    return;
  }
  c->active++;
  dns_ares_begin(svc, c->ch, m, on_done, c);
  rearm(c);
}

static int cares_init(muk_service *svc, void **state) {
  cares_state *st = calloc(1, sizeof *st);
  if (!st)
    return UV_ENOMEM;
  st->svc = svc;
  st->loop = muk_service_loop(svc);
  st->lib = ares_library_init(ARES_LIB_INIT_ALL) == ARES_SUCCESS;
  *state = st;
  return 0;
}

/* Destroy every channel (their requests end with EDESTRUCTION); the
 * handles' close callbacks free them as the loop winds down. */
static void cares_fini(muk_service *svc, void *state) {
  cares_state *st = state;
  (void)svc;
  while (st->chans)
    chan_destroy(st, st->chans);
  if (st->lib)
    ares_library_cleanup();
  free(st);
}

const muk_service_def muk_dns_cares_service = {
    .abi = MUK_SERVICE_ABI,
    .name = "dns",
    .backend = "cares",
    .exec = MUK_EXEC_IOLOOP,
    /* no thread until the first request */
    .flags = MUK_SVC_LAZY_START,
    .nops = DNS_NOPS,
    .op_names = cares_op_names,
    .init = cares_init,
    .handle = cares_handle,
    .fini = cares_fini,
    /* lookups: retried on another endpoint when a remote one dies */
    .idempotent_ops = 1ull << DNS_LOOKUP | 1ull << DNS_LOOKUPSERVICE | 1ull << DNS_QUERY |
                      1ull << DNS_REVERSE,
};
