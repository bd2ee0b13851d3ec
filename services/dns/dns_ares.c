/* dns_ares.c — the dns service's requests on c-ares (schema in dns.h):
 * read the request, start it on a channel, answer it from c-ares's
 * callback. Whoever owns the channel drives its sockets: dns_ares_wait on
 * a pool worker, a libuv loop in dns_cares.c. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "dns.h"
#include "dns_ares.h"
#include "dns_records.h"

/* dns.h names c-ares's numbers without including ares.h (the JS schema is
 * generated from it); keep them the same. */
#define DNS_ERR_CHECK(id, v)                                                   \
  _Static_assert(DNS_ERR_##id == ARES_##id, "DNS_ERR_" #id);
DNS_ERRS(DNS_ERR_CHECK)

typedef struct dns_req {
  muk_msg *m;
  int rrtype, order, port;
  int64_t family;
  dns_ares_done done;
  void *ctx;
} dns_req;

#define CANCELLED_KEPT 64
static pthread_mutex_t cancelled_mu = PTHREAD_MUTEX_INITIALIZER;
static char *cancelled[CANCELLED_KEPT];
static unsigned cancelled_next;

void dns_ares_cancelled_add(const char *resolver) {
  char *s = strdup(resolver);
  if (!s)
    return;
  pthread_mutex_lock(&cancelled_mu);
  free(cancelled[cancelled_next % CANCELLED_KEPT]);
  cancelled[cancelled_next++ % CANCELLED_KEPT] = s;
  pthread_mutex_unlock(&cancelled_mu);
}

int dns_ares_cancelled(const char *resolver) {
  int i, hit = 0;
  if (!resolver[0])
    return 0;
  pthread_mutex_lock(&cancelled_mu);
  for (i = 0; i < CANCELLED_KEPT && !hit; i++)
    hit = cancelled[i] && strcmp(cancelled[i], resolver) == 0;
  pthread_mutex_unlock(&cancelled_mu);
  return hit;
}

void dns_ares_fail(muk_msg *m, int status) {
  muk_msg_reset_args(m);
  muk_reply(m, muk_msg_add_i64(m, status));
}

int dns_ares_conf(muk_msg *m, dns_conf *c) {
  uint32_t first = m->op == DNS_QUERY ? 2 : m->op == DNS_REVERSE ? 1 : 0;
  size_t sl;
  c->servers = "";
  c->timeout = -1;
  c->tries = 4;
  c->resolver = "";
  if (m->op != DNS_QUERY && m->op != DNS_REVERSE)
    return 0;
  if (muk_msg_str(m, first, &c->servers, &sl) ||
      muk_msg_i64(m, first + 1, &c->timeout) ||
      muk_msg_i64(m, first + 2, &c->tries) ||
      muk_msg_str(m, first + 3, &c->resolver, &sl) || c->timeout < -1 ||
      c->timeout > INT32_MAX || c->tries < 1 || c->tries > INT32_MAX)
    return UV_EINVAL;
  return 0;
}

int dns_ares_init(ares_channel *ch, const dns_conf *c,
                  ares_sock_state_cb sock_cb, void *sock_data) {
  struct ares_options o;
  int mask = ARES_OPT_FLAGS | ARES_OPT_TRIES, r;
  memset(&o, 0, sizeof o);
  /* as Node: a SERVFAIL or REFUSED answer is the result (ESERVFAIL,
   * EREFUSED), not a reason to ask the next server */
  o.flags = ARES_FLAG_NOCHECKRESP;
  o.tries = (int)c->tries;
  if (c->timeout >= 0) {
    o.timeout = (int)c->timeout;
    mask |= ARES_OPT_TIMEOUTMS;
  }
  if (sock_cb) {
    o.sock_state_cb = sock_cb;
    o.sock_state_cb_data = sock_data;
    mask |= ARES_OPT_SOCK_STATE_CB;
  }
  if ((r = ares_init_options(ch, &o, mask)) != ARES_SUCCESS)
    return r;
  if (c->servers[0] &&
      (r = ares_set_servers_ports_csv(*ch, c->servers)) != ARES_SUCCESS) {
    ares_destroy(*ch);
    return r;
  }
  return ARES_SUCCESS;
}

/* Reply with (i64 status, str text) and finish the request. */
static void answer(dns_req *q, int status, const char *text, size_t len) {
  muk_msg *m = q->m;
  int r;
  muk_msg_reset_args(m);
  r = muk_msg_add_i64(m, status);
  if (r == 0 && status == 0)
    r = muk_msg_add_str(m, text, len);
  muk_reply(m, r);
  if (q->done)
    q->done(q->ctx);
  free(q);
}

static void on_query(void *arg, int status, int timeouts, unsigned char *abuf,
                     int alen) {
  dns_req *q = arg;
  char *text = NULL;
  size_t len = 0;
  (void)timeouts;
  if (status == ARES_SUCCESS)
    status = dns_records_json(q->rrtype, abuf, alen, &text, &len);
  answer(q, status, text, len);
  free(text);
}

static void on_hostbyaddr(void *arg, int status, int timeouts,
                          struct hostent *h) {
  dns_req *q = arg;
  char *text = NULL;
  size_t len = 0;
  (void)timeouts;
  if (status == ARES_SUCCESS)
    status = dns_names_json(h->h_aliases, &text, &len);
  answer(q, status, text, len);
  free(text);
}

/* lookup's errors as getaddrinfo's (dns.h): Node's dns.lookup reports
 * ENOTFOUND, EAI_AGAIN... whichever resolver answered. */
static int eai_status(int status) {
  switch (status) {
  case ARES_ENOTFOUND:
  case ARES_EBADNAME:
    return UV_EAI_NONAME;
  case ARES_ENODATA:
    return UV_EAI_NODATA;
  case ARES_ETIMEOUT:
  case ARES_ECONNREFUSED:
  case ARES_ESERVFAIL:
  case ARES_EREFUSED:
    return UV_EAI_AGAIN;
  case ARES_ENOMEM:
    return UV_EAI_MEMORY;
  case ARES_ECANCELLED:
  case ARES_EDESTRUCTION:
    return UV_EAI_CANCELED;
  case ARES_EBADFAMILY:
    return UV_EAI_FAMILY;
  default:
    return UV_EAI_FAIL;
  }
}

static void finish_plain(dns_req *q, int status) {
  muk_reply(q->m, status);
  if (q->done)
    q->done(q->ctx);
  free(q);
}

static void finish_denied(dns_req *q) { /* muk_deny answered q->m */
  if (q->done)
    q->done(q->ctx);
  free(q);
}

/* "F ADDRESS" lines of family af (AF_UNSPEC: both), as the getaddrinfo
 * backend writes them. */
static size_t put_addrs(char *out, const struct ares_addrinfo_node *p, int af) {
  size_t n = 0;
  for (; p; p = p->ai_next) {
    const void *a;
    char ip[INET6_ADDRSTRLEN];
    if (p->ai_family == AF_INET && (af == AF_UNSPEC || af == AF_INET))
      a = &((const struct sockaddr_in *)p->ai_addr)->sin_addr;
    else if (p->ai_family == AF_INET6 && (af == AF_UNSPEC || af == AF_INET6))
      a = &((const struct sockaddr_in6 *)p->ai_addr)->sin6_addr;
    else
      continue;
    if (!inet_ntop(p->ai_family, a, ip, sizeof ip))
      continue;
    out[n++] = p->ai_family == AF_INET ? '4' : '6';
    out[n++] = ' ';
    memcpy(out + n, ip, strlen(ip));
    n += strlen(ip);
    out[n++] = '\n';
  }
  return n;
}

static void on_addrinfo(void *arg, int status, int timeouts,
                        struct ares_addrinfo *res) {
  dns_req *q = arg;
  const struct ares_addrinfo_node *p;
  size_t cap = 0, n;
  char *buf;
  int r;
  (void)timeouts;
  muk_msg_reset_args(q->m);
  if (status != ARES_SUCCESS) {
    finish_plain(q, eai_status(status));
    return;
  }
  for (p = res->nodes; p; p = p->ai_next)
    cap += INET6_ADDRSTRLEN + 3;
  if (cap == 0 || !(buf = malloc(cap))) {
    ares_freeaddrinfo(res);
    finish_plain(q, cap == 0 ? UV_EAI_NODATA : UV_ENOMEM);
    return;
  }
  if (q->order == DNS_ORDER_IPV4FIRST) {
    n = put_addrs(buf, res->nodes, AF_INET);
    n += put_addrs(buf + n, res->nodes, AF_INET6);
  } else if (q->order == DNS_ORDER_IPV6FIRST) {
    n = put_addrs(buf, res->nodes, AF_INET6);
    n += put_addrs(buf + n, res->nodes, AF_INET);
  } else {
    n = put_addrs(buf, res->nodes, AF_UNSPEC);
  }
  ares_freeaddrinfo(res);
  r = n == 0 ? UV_EAI_NODATA : muk_msg_add_str(q->m, buf, n - 1);
  free(buf);
  finish_plain(q, r);
}

static void on_nameinfo(void *arg, int status, int timeouts, char *node,
                        char *service) {
  dns_req *q = arg;
  int r;
  (void)timeouts;
  muk_msg_reset_args(q->m);
  if (status != ARES_SUCCESS) {
    finish_plain(q, eai_status(status));
    return;
  }
  r = muk_msg_add_str(q->m, node ? node : "", node ? strlen(node) : 0);
  if (r == 0 && service && service[0]) {
    r = muk_msg_add_str(q->m, service, strlen(service));
  } else if (r == 0) { /* no name for the port: its number, as getnameinfo */
    char num[8];
    snprintf(num, sizeof num, "%d", q->port);
    r = muk_msg_add_str(q->m, num, strlen(num));
  }
  finish_plain(q, r);
}

static int valid_rrtype(int64_t t) {
#define DNS_RRTYPE_CASE(id, v) case v:
  switch (t) {
    DNS_RRTYPES(DNS_RRTYPE_CASE)
    return 1;
  default:
    return 0;
  }
}

static void start_lookup(muk_service *svc, ares_channel ch, dns_req *q) {
  muk_msg *m = q->m;
  const char *host;
  size_t hl;
  int64_t hints, order;
  struct ares_addrinfo_hints ai;
  if (muk_msg_str(m, 0, &host, &hl) || muk_msg_i64(m, 1, &q->family) ||
      muk_msg_i64(m, 2, &hints) || muk_msg_i64(m, 3, &order) ||
      (q->family != 0 && q->family != 4 && q->family != 6) ||
      (hints & ~(int64_t)(DNS_HINT_ADDRCONFIG | DNS_HINT_V4MAPPED |
                          DNS_HINT_ALL)) ||
      order < DNS_ORDER_VERBATIM || order > DNS_ORDER_IPV6FIRST) {
    muk_msg_reset_args(m);
    finish_plain(q, UV_EINVAL);
    return;
  }
  if (muk_policy_check(svc, MUK_CAP_NET, host) != 0) {
    muk_deny(m, MUK_CAP_NET, host);
    finish_denied(q);
    return;
  }
  q->order = (int)order;
  memset(&ai, 0, sizeof ai);
  ai.ai_family = q->family == 4   ? AF_INET
                 : q->family == 6 ? AF_INET6
                                  : AF_UNSPEC;
  ai.ai_socktype = SOCK_STREAM;
  if (hints & DNS_HINT_V4MAPPED)
    ai.ai_flags |= ARES_AI_V4MAPPED;
  if (hints & DNS_HINT_ALL)
    ai.ai_flags |= ARES_AI_ALL;
  if (hints & DNS_HINT_ADDRCONFIG)
    ai.ai_flags |= ARES_AI_ADDRCONFIG;
  ares_getaddrinfo(ch, host, NULL, &ai, on_addrinfo, q);
}

static void start_lookup_service(muk_service *svc, ares_channel ch,
                                 dns_req *q) {
  muk_msg *m = q->m;
  const char *addr;
  size_t al;
  int64_t port;
  struct sockaddr_storage ss;
  socklen_t sl = sizeof(struct sockaddr_in);
  memset(&ss, 0, sizeof ss);
  if (muk_msg_str(m, 0, &addr, &al) || muk_msg_i64(m, 1, &port) ||
      port < 0 || port > 65535 ||
      (uv_ip4_addr(addr, (int)port, (struct sockaddr_in *)&ss) != 0 &&
       (sl = sizeof(struct sockaddr_in6),
        uv_ip6_addr(addr, (int)port, (struct sockaddr_in6 *)&ss) != 0))) {
    muk_msg_reset_args(m);
    finish_plain(q, UV_EINVAL);
    return;
  }
  if (muk_policy_check(svc, MUK_CAP_NET, addr) != 0) {
    muk_deny(m, MUK_CAP_NET, addr);
    finish_denied(q);
    return;
  }
  q->port = (int)port;
  ares_getnameinfo(ch, (const struct sockaddr *)&ss, (ares_socklen_t)sl,
                   ARES_NI_LOOKUPHOST | ARES_NI_LOOKUPSERVICE |
                       ARES_NI_NAMEREQD,
                   on_nameinfo, q);
}

void dns_ares_begin(muk_service *svc, ares_channel ch, muk_msg *m,
                    dns_ares_done done, void *ctx) {
  dns_req *q = calloc(1, sizeof *q);
  const char *name;
  size_t nl;
  int64_t rrtype = 0;
  if (!q) {
    muk_msg_reset_args(m);
    muk_reply(m, UV_ENOMEM);
    return;
  }
  q->m = m;
  q->done = done;
  q->ctx = ctx;
  if (m->op == DNS_LOOKUP) {
    start_lookup(svc, ch, q);
    return;
  }
  if (m->op == DNS_LOOKUPSERVICE) {
    start_lookup_service(svc, ch, q);
    return;
  }
  if (muk_msg_str(m, 0, &name, &nl) ||
      (m->op == DNS_QUERY &&
       (muk_msg_i64(m, 1, &rrtype) || !valid_rrtype(rrtype)))) {
    muk_msg_reset_args(m);
    finish_plain(q, UV_EINVAL);
    return;
  }
  /* A query is net access (as lookup): the name must be allowed. */
  if (muk_policy_check(svc, MUK_CAP_NET, name) != 0) {
    muk_deny(m, MUK_CAP_NET, name);
    finish_denied(q);
    return;
  }
  q->rrtype = (int)rrtype;
  if (m->op == DNS_QUERY) {
    ares_query(ch, name, 1 /* C_IN */, q->rrtype, on_query, q);
  } else {
    unsigned char a[sizeof(struct in6_addr)];
    if (inet_pton(AF_INET, name, a) == 1) {
      ares_gethostbyaddr(ch, a, 4, AF_INET, on_hostbyaddr, q);
    } else if (inet_pton(AF_INET6, name, a) == 1) {
      ares_gethostbyaddr(ch, a, 16, AF_INET6, on_hostbyaddr, q);
    } else {
        muk_msg_reset_args(m);
      finish_plain(q, UV_EINVAL);
    }
  }
}

void dns_ares_servers(muk_msg *m) {
  dns_conf c = {"", -1, 1, ""};
  size_t sl;
  ares_channel ch;
  struct ares_addr_port_node *list = NULL, *p;
  char *buf = NULL;
  size_t n = 0, cap = 0;
  int r;
  if (muk_msg_str(m, 0, &c.servers, &sl)) {
    muk_msg_reset_args(m);
    muk_reply(m, UV_EINVAL);
    return;
  }
  r = dns_ares_init(&ch, &c, NULL, NULL);
  muk_msg_reset_args(m);
  if (r != ARES_SUCCESS) {
    muk_reply(m, r == ARES_ENOMEM ? UV_ENOMEM : UV_EINVAL);
    return;
  }
  r = ares_get_servers_ports(ch, &list);
  ares_destroy(ch);
  if (r != ARES_SUCCESS) {
    muk_reply(m, UV_ENOMEM);
    return;
  }
  for (p = list; p; p = p->next)
    cap += INET6_ADDRSTRLEN + 8;
  if (cap && !(buf = malloc(cap))) {
    ares_free_data(list);
    muk_reply(m, UV_ENOMEM);
    return;
  }
  for (p = list; p; p = p->next) {
    char ip[INET6_ADDRSTRLEN];
    if (!inet_ntop(p->family, &p->addr, ip, sizeof ip))
      continue;
    n += (size_t)snprintf(buf + n, cap - n, "%s%s %d", n ? "\n" : "", ip,
                          p->udp_port ? p->udp_port : 53);
  }
  ares_free_data(list);
  r = muk_msg_add_str(m, buf ? buf : "", n);
  free(buf);
  muk_reply(m, r);
}

void dns_ares_wait(ares_channel ch, const int *finished, int cancel_fd) {
  while (!*finished) {
    ares_socket_t socks[ARES_GETSOCK_MAXNUM];
    struct pollfd pf[ARES_GETSOCK_MAXNUM + 1];
    struct timeval tv, *t;
    /* unsigned: ARES_GETSOCK_WRITABLE shifts an int by up to 31 (UB) */
    unsigned bits = (unsigned)ares_getsock(ch, socks, ARES_GETSOCK_MAXNUM);
    int i, n = 0, r;
    for (i = 0; i < ARES_GETSOCK_MAXNUM; i++) {
      short ev = (short)((bits & (1u << i) ? POLLIN : 0) |
                         (bits & (1u << (i + ARES_GETSOCK_MAXNUM)) ? POLLOUT
                                                                    : 0));
      if (!ev)
        continue;
      pf[n].fd = socks[i];
      pf[n].events = ev;
      pf[n].revents = 0;
      n++;
    }
    if (cancel_fd >= 0) {
      pf[n].fd = cancel_fd;
      pf[n].events = POLLIN;
      pf[n].revents = 0;
      n++;
    }
    t = ares_timeout(ch, NULL, &tv);
    r = poll(pf, (nfds_t)n,
             t ? (int)(t->tv_sec * 1000 + (t->tv_usec + 999) / 1000) : 1000);
    if (r <= 0) {
      ares_process_fd(ch, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
      continue;
    }
    for (i = 0; i < n; i++) {
      short e = pf[i].revents;
      if (!e)
        continue;
      if (pf[i].fd == cancel_fd) {
        ares_cancel(ch); /* its requests end with ECANCELLED */
        break;
      }
      ares_process_fd(ch, (e & (POLLIN | POLLERR | POLLHUP)) ? pf[i].fd
                                                             : ARES_SOCKET_BAD,
                      (e & (POLLOUT | POLLERR)) ? pf[i].fd : ARES_SOCKET_BAD);
    }
  }
}
