/* dns.c — the dns service, backend "getaddrinfo" (the default): name
 * resolution as Node's dns.lookup does it, one blocking getaddrinfo(3) per
 * request on one of the service's own POOL workers (a slow resolver holds
 * up only dns requests, never fs or crypto). The queries of dns.resolve*
 * and dns.reverse run c-ares on the same worker, which waits on the
 * channel's sockets until the answer (dns_ares.c), so they work with the
 * default backend too. Schema in dns.h.
 *
 * Each worker keeps a private uv_loop_t only so that it can call libuv's
 * synchronous uv_getaddrinfo (NULL callback): that gives the same IDNA
 * conversion and the same EAI_* -> UV_EAI_* mapping Node gets; the loop is
 * never run. It also keeps the c-ares channel of its last query, reused
 * while the configuration is the same (making one reads resolv.conf: ~75
 * us). */
#include <netdb.h>
#include <pthread.h>
#include <sys/eventfd.h>
#include <unistd.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "dns.h"
#include "dns_ares.h"
#include "muk.h"

#define DNS_OP_NAME(id, name) [DNS_##id] = name,
static const char *const dns_op_names[DNS_NOPS] = {DNS_OPS(DNS_OP_NAME)};

typedef struct dns_worker {
  uv_loop_t loop;  /* for uv_getaddrinfo, never run */
  ares_channel ch; /* NULL until a query */
  char *key;       /* ch's configuration: "servers|timeout|tries" */
} dns_worker;

static void *dns_thread_init(muk_service *svc) {
  dns_worker *w = calloc(1, sizeof *w);
  (void)svc;
  if (w && uv_loop_init(&w->loop) != 0) {
    free(w);
    w = NULL;
  }
  return w;
}

static void dns_thread_fini(muk_service *svc, void *ts) {
  dns_worker *w = ts;
  (void)svc;
  if (!w)
    return;
  if (w->ch)
    ares_destroy(w->ch);
  free(w->key);
  uv_loop_close(&w->loop);
  free(w);
}

static int to_ai_flags(int64_t hints) {
  int f = 0;
#ifdef AI_ADDRCONFIG
  if (hints & DNS_HINT_ADDRCONFIG)
    f |= AI_ADDRCONFIG;
#endif
#ifdef AI_V4MAPPED
  if (hints & DNS_HINT_V4MAPPED)
    f |= AI_V4MAPPED;
#endif
#ifdef AI_ALL
  if (hints & DNS_HINT_ALL)
    f |= AI_ALL;
#endif
  return f;
}

/* Append the addresses of family af (AF_UNSPEC: both) as "F ADDR\n" lines
 * at out; returns the new end. out has room for every entry. */
static char *put_addrs(char *out, const struct addrinfo *res, int af) {
  const struct addrinfo *p;
  for (p = res; p; p = p->ai_next) {
    const void *a;
    char ip[INET6_ADDRSTRLEN];
    if (p->ai_family == AF_INET && (af == AF_UNSPEC || af == AF_INET))
      a = &((const struct sockaddr_in *)p->ai_addr)->sin_addr;
    else if (p->ai_family == AF_INET6 && (af == AF_UNSPEC || af == AF_INET6))
      a = &((const struct sockaddr_in6 *)p->ai_addr)->sin6_addr;
    else
      continue;
    if (uv_inet_ntop(p->ai_family, a, ip, sizeof ip) != 0)
      continue;
    *out++ = p->ai_family == AF_INET ? '4' : '6';
    *out++ = ' ';
    size_t n = strlen(ip);
    memcpy(out, ip, n);
    out += n;
    *out++ = '\n';
  }
  return out;
}

static void dns_lookup(muk_service *svc, muk_msg *m) {
  dns_worker *dw = muk_worker_state(svc);
  uv_loop_t *loop = dw ? &dw->loop : NULL;
  const char *host;
  size_t hl;
  int64_t family, hints, order;
  struct addrinfo ai;
  uv_getaddrinfo_t req;
  const struct addrinfo *p;
  size_t cap = 0;
  char *buf, *end;
  int r;
  if (muk_msg_str(m, 0, &host, &hl) || muk_msg_i64(m, 1, &family) ||
      muk_msg_i64(m, 2, &hints) || muk_msg_i64(m, 3, &order) ||
      (family != 0 && family != 4 && family != 6) ||
      (hints & ~(int64_t)(DNS_HINT_ADDRCONFIG | DNS_HINT_V4MAPPED |
                          DNS_HINT_ALL)) ||
      order < DNS_ORDER_VERBATIM || order > DNS_ORDER_IPV6FIRST) {
    muk_msg_reset_args(m);
    muk_reply(m, UV_EINVAL);
    return;
  }
  if (!loop) {
    muk_msg_reset_args(m);
    muk_reply(m, UV_ENOMEM);
    return;
  }
  /* A name lookup is net access (as Deno has it): allowed when an
   * --allow-net entry names the host, or all hosts. */
  if (muk_policy_check(svc, MUK_CAP_NET, host) != 0) {
    muk_deny(m, MUK_CAP_NET, host);
    return;
  }
  memset(&ai, 0, sizeof ai);
  ai.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
  ai.ai_socktype = SOCK_STREAM;
  ai.ai_flags = to_ai_flags(hints);
  r = uv_getaddrinfo(loop, &req, NULL, host, NULL, &ai);
  muk_msg_reset_args(m); /* host is not needed any more */
  if (r != 0) {
    muk_reply(m, r);
    return;
  }
  for (p = req.addrinfo; p; p = p->ai_next)
    cap += INET6_ADDRSTRLEN + 3;
  if (cap == 0) {
    uv_freeaddrinfo(req.addrinfo);
    muk_reply(m, UV_EAI_NODATA);
    return;
  }
  if (!(buf = malloc(cap))) {
    uv_freeaddrinfo(req.addrinfo);
    muk_reply(m, UV_ENOMEM);
    return;
  }
  if (order == DNS_ORDER_IPV4FIRST) {
    end = put_addrs(buf, req.addrinfo, AF_INET);
    end = put_addrs(end, req.addrinfo, AF_INET6);
  } else if (order == DNS_ORDER_IPV6FIRST) {
    end = put_addrs(buf, req.addrinfo, AF_INET6);
    end = put_addrs(end, req.addrinfo, AF_INET);
  } else {
    end = put_addrs(buf, req.addrinfo, AF_UNSPEC);
  }
  uv_freeaddrinfo(req.addrinfo);
  if (end == buf) {
    r = UV_EAI_NODATA;
  } else {
    r = muk_msg_add_str(m, buf, (size_t)(end - buf - 1)); /* no last '\n' */
  }
  free(buf);
  muk_reply(m, r);
}

static void dns_lookup_service(muk_service *svc, muk_msg *m) {
  dns_worker *dw = muk_worker_state(svc);
  uv_loop_t *loop = dw ? &dw->loop : NULL;
  const char *addr;
  size_t al;
  int64_t port;
  struct sockaddr_storage ss;
  uv_getnameinfo_t req;
  int r;
  memset(&ss, 0, sizeof ss);
  if (muk_msg_str(m, 0, &addr, &al) || muk_msg_i64(m, 1, &port) ||
      port < 0 || port > 65535 ||
      (uv_ip4_addr(addr, (int)port, (struct sockaddr_in *)&ss) != 0 &&
       uv_ip6_addr(addr, (int)port, (struct sockaddr_in6 *)&ss) != 0)) {
    muk_msg_reset_args(m);
    muk_reply(m, UV_EINVAL);
    return;
  }
  if (!loop) {
    muk_msg_reset_args(m);
    muk_reply(m, UV_ENOMEM);
    return;
  }
  if (muk_policy_check(svc, MUK_CAP_NET, addr) != 0) {
    muk_deny(m, MUK_CAP_NET, addr);
    return;
  }
  r = uv_getnameinfo(loop, &req, NULL, (const struct sockaddr *)&ss,
                     NI_NAMEREQD);
  muk_msg_reset_args(m);
  if (r == 0) {
    r = muk_msg_add_str(m, req.host, strlen(req.host));
    if (r == 0)
      r = muk_msg_add_str(m, req.service, strlen(req.service));
  }
  muk_reply(m, r);
}

static void set_finished(void *ctx) { *(int *)ctx = 1; }

/* The queries waiting on a worker, by resolver, for cancel (any thread:
 * the caller's for a sync cancel, a worker's otherwise). */
typedef struct waiting {
  struct waiting *next;
  char *resolver;
  int efd; /* written by cancel: dns_ares_wait cancels the channel */
} waiting;
static pthread_mutex_t waiting_mu = PTHREAD_MUTEX_INITIALIZER;
static waiting *waiting_list;

static void waiting_remove(waiting *w) {
  waiting **pp;
  pthread_mutex_lock(&waiting_mu);
  for (pp = &waiting_list; *pp != w; pp = &(*pp)->next)
    ;
  *pp = w->next;
  pthread_mutex_unlock(&waiting_mu);
  close(w->efd);
  free(w->resolver);
}

static void dns_cancel(muk_msg *m) {
  const char *resolver;
  size_t rl;
  waiting *w;
  if (muk_msg_str(m, 0, &resolver, &rl)) {
    muk_msg_reset_args(m);
    muk_reply(m, UV_EINVAL);
    return;
  }
  dns_ares_cancelled_add(resolver);
  pthread_mutex_lock(&waiting_mu);
  for (w = waiting_list; w; w = w->next)
    if (strcmp(w->resolver, resolver) == 0) {
      uint64_t one = 1;
      if (write(w->efd, &one, sizeof one) < 0) {
        /* an eventfd write fails only on overflow: already signalled */
      }
    }
  pthread_mutex_unlock(&waiting_mu);
  muk_msg_reset_args(m);
  muk_reply(m, 0);
}

/* The worker's channel for conf (its last one when the same), or an
 * ARES_* status. */
static int worker_channel(dns_worker *dw, const dns_conf *conf,
                          ares_channel *ch) {
  size_t kl = strlen(conf->servers) + 48;
  char *key = malloc(kl);
  int r;
  if (!key)
    return ARES_ENOMEM;
  snprintf(key, kl, "%s|%lld|%lld", conf->servers, (long long)conf->timeout,
           (long long)conf->tries);
  if (dw->ch && strcmp(dw->key, key) == 0) {
    free(key);
    *ch = dw->ch;
    return ARES_SUCCESS;
  }
  if (dw->ch)
    ares_destroy(dw->ch);
  free(dw->key);
  dw->ch = NULL;
  dw->key = NULL;
  if ((r = dns_ares_init(&dw->ch, conf, NULL, NULL)) != ARES_SUCCESS) {
    dw->ch = NULL;
    free(key);
    return r;
  }
  dw->key = key;
  *ch = dw->ch;
  return ARES_SUCCESS;
}

/* query, reverse: on the worker's channel for the request's configuration,
 * driven here until the answer (or a cancel). */
static void dns_ares_blocking(muk_service *svc, muk_msg *m) {
  dns_worker *dw = muk_worker_state(svc);
  dns_conf conf;
  ares_channel ch;
  waiting w;
  int finished = 0, r;
  if (dns_ares_conf(m, &conf) != 0) {
    muk_msg_reset_args(m);
    muk_reply(m, UV_EINVAL);
    return;
  }
  if (dns_ares_cancelled(conf.resolver)) {
    dns_ares_fail(m, ARES_ECANCELLED);
    return;
  }
  if (!dw) {
    dns_ares_fail(m, ARES_ENOMEM);
    return;
  }
  if ((r = worker_channel(dw, &conf, &ch)) != ARES_SUCCESS) {
    dns_ares_fail(m, r); /* as the query's status */
    return;
  }
  w.efd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  w.resolver = strdup(conf.resolver);
  if (w.efd < 0 || !w.resolver) {
    if (w.efd >= 0)
      close(w.efd);
    free(w.resolver);
    muk_msg_reset_args(m);
    muk_reply(m, UV_ENOMEM);
    return;
  }
  pthread_mutex_lock(&waiting_mu);
  w.next = waiting_list;
  waiting_list = &w;
  pthread_mutex_unlock(&waiting_mu);
  if (dns_ares_cancelled(conf.resolver)) { /* cancelled while registering */
    uint64_t one = 1;
    if (write(w.efd, &one, sizeof one) < 0) {
      /* cannot fail on a fresh eventfd */
    }
  }
  dns_ares_begin(svc, ch, m, set_finished, &finished);
  dns_ares_wait(ch, &finished, w.efd);
  waiting_remove(&w);
}

static int dns_init(muk_service *svc, void **state) {
  (void)svc;
  *state = NULL;
  return ares_library_init(ARES_LIB_INIT_ALL) == ARES_SUCCESS ? 0
                                                              : UV_ENOMEM;
}

static void dns_fini(muk_service *svc, void *state) {
  (void)svc;
  (void)state;
  ares_library_cleanup();
}

static void dns_handle(muk_service *svc, muk_msg *m) {
  switch (m->op) {
  case DNS_LOOKUP:
    dns_lookup(svc, m);
    break;
  case DNS_LOOKUPSERVICE:
    dns_lookup_service(svc, m);
    break;
  case DNS_QUERY:
  case DNS_REVERSE:
    dns_ares_blocking(svc, m);
    break;
  case DNS_SERVERS:
    dns_ares_servers(m);
    break;
  case DNS_CANCEL:
    dns_cancel(m);
    break;
  default:
    muk_reply(m, MUK_ENOOP);
    break;
  }
}

const muk_service_def muk_dns_service = {
    .abi = MUK_SERVICE_ABI,
    .name = "dns",
    .backend = "getaddrinfo",
    .exec = MUK_EXEC_POOL,
    /* lookups wait on the network (a resolver timeout is seconds): as many
     * in flight as Node's whole shared pool, without sharing it */
    .threads = 4,
    .nops = DNS_NOPS,
    .op_names = dns_op_names,
    .init = dns_init,
    .handle = dns_handle,
    .fini = dns_fini,
    .thread_init = dns_thread_init,
    .thread_fini = dns_thread_fini,
    /* CALLER_SYNC: a cancel (a sync request) runs on the caller's thread,
     * not behind the queries that hold the workers; only servers and
     * cancel are ever sent synchronously */
    .flags = MUK_SVC_BLOCKING | MUK_SVC_CALLER_SYNC,
    /* lookups: retried on another endpoint when a remote one dies */
    .idempotent_ops = 1ull << DNS_LOOKUP | 1ull << DNS_LOOKUPSERVICE | 1ull << DNS_QUERY |
                      1ull << DNS_REVERSE,
};
