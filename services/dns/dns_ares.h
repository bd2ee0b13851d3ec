/* dns_ares.h — the dns service's c-ares requests, shared by both backends:
 * reading a request, starting it on a channel, and writing the reply when
 * c-ares calls back. Who drives the channel's sockets differs: the
 * "getaddrinfo" backend waits on them on its pool worker (dns_ares_wait),
 * the "cares" backend polls them on its own libuv loop (dns_cares.c). */
#ifndef MUK_SERVICES_DNS_ARES_H
#define MUK_SERVICES_DNS_ARES_H

#include <ares.h>
#include <stdint.h>

#include "muk.h"

/* A channel's configuration as query and reverse carry it. */
typedef struct dns_conf {
  const char *servers; /* "" = the system's */
  int64_t timeout;     /* ms per try, -1 = c-ares's default */
  int64_t tries;
  const char *resolver; /* the script's Resolver (cancel names it) */
} dns_conf;

/* Read the configuration at args first.. (servers, timeout, tries), or
 * for ops that carry none (lookup, lookupService) the system default.
 * Returns 0 or UV_EINVAL. */
int dns_ares_conf(muk_msg *m, dns_conf *c);

/* Make a channel for c (sock_cb NULL: none). Returns an ARES_* status. */
int dns_ares_init(ares_channel *ch, const dns_conf *c,
                  ares_sock_state_cb sock_cb, void *sock_data);

/* Start request m (lookup, lookupService, query or reverse) on ch. m is
 * answered exactly once, maybe before this returns (a bad request, a name
 * in the hosts file), and done(ctx) runs right after the reply. After the
 * call the caller must not touch m. */
typedef void (*dns_ares_done)(void *ctx);
void dns_ares_begin(muk_service *svc, ares_channel ch, muk_msg *m,
                    dns_ares_done done, void *ctx);

/* cancel names a resolver the script then drops (its next queries carry
 * a new name), and it may reach the service before queries it must end
 * (a sync cancel overtakes queued requests): the last names cancelled are
 * kept, and a query naming one ends with ECANCELLED as it arrives. */
void dns_ares_cancelled_add(const char *resolver);
int dns_ares_cancelled(const char *resolver);
/* Answer a query or reverse with status (an ARES_* code). */
void dns_ares_fail(muk_msg *m, int status);

/* servers: answer m on its own (a channel made and dropped here). */
void dns_ares_servers(muk_msg *m);

/* Drive ch on the calling thread until *finished (the pool backend);
 * cancel_fd readable (an eventfd, -1: none) cancels its requests. */
void dns_ares_wait(ares_channel ch, const int *finished, int cancel_fd);

#endif
