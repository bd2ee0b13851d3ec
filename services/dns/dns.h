/* dns.h — the "dns" service's message schema (name resolution).
 *
 * Requests (args; reply args):
 *   lookup (str hostname, i64 family, i64 hints, i64 order)
 *          -> str addresses: one "F ADDRESS" per line ('\n'-separated), F
 *             the family digit (4 or 6), in the requested order.
 *      family: 0 any, 4 IPv4, 6 IPv6 (anything else is EINVAL).
 *      hints:  DNS_HINT_* bits below (Node's dns.ADDRCONFIG, V4MAPPED and
 *              ALL, with their values on Linux); the service maps them to
 *              its own system's AI_* flags, so a remote service on another
 *              OS reads the same message.
 *      order:  DNS_ORDER_* (Node's 'verbatim', 'ipv4first', 'ipv6first').
 *      Errors are libuv's getaddrinfo codes (UV_EAI_NONAME, UV_EAI_AGAIN,
 *      ...); an answer without IPv4/IPv6 addresses is UV_EAI_NODATA.
 *   lookupService (str address, i64 port) -> str hostname, str service
 *      getnameinfo(3) with NI_NAMEREQD, as Node's dns.lookupService; an
 *      address that is not an IPv4/IPv6 literal or a port outside 0-65535
 *      is UV_EINVAL.
 *
 *   query (str name, i64 rrtype, str servers, i64 timeout, i64 tries,
 *          str resolver) -> i64 status, str records
 *      A DNS query as Node's dns.resolve*: rrtype is one of DNS_RRTYPE_*
 *      below (the record's number in DNS). servers: "" for the system's
 *      resolver configuration (/etc/resolv.conf of the host that runs the
 *      service), else c-ares's list "IP[:PORT],[IPV6]:PORT,...". timeout:
 *      ms per try, -1 the default (5 s); tries: attempts per server (>= 1).
 *      resolver: the script's name for the Resolver that asks (unique per
 *      process and run), which cancel names.
 *      status is 0 or a DNS_ERR_* code (c-ares's numbers: ENOTFOUND for
 *      NXDOMAIN, ESERVFAIL, ETIMEOUT, ...); the request itself then still
 *      succeeds (its own status is 0), so the error reaches the script
 *      under its c-ares name as Node has it. records is a JSON text: the
 *      records in the shape Node 20 gives them (MX {exchange, priority},
 *      SOA one object, TXT arrays of chunks, ANY entries with `type`...);
 *      A and AAAA always as {address, ttl} (the script drops the ttl
 *      unless asked for it). A name that is not valid in DNS is EBADNAME.
 *   reverse (str address, str servers, i64 timeout, i64 tries,
 *          str resolver) -> i64 status, str names
 *      c-ares's gethostbyaddr (the hosts file, then a PTR query), as
 *      Node's dns.reverse: names is a JSON array of host names; an address
 *      that is not an IPv4/IPv6 literal is UV_EINVAL (the request's status).
 *   servers (str servers) -> str list
 *      The servers a resolver with this list uses ("" the system's), one
 *      "ADDRESS PORT" per line: Node's getServers() of a new Resolver.
 *   cancel (str resolver) -> (nothing)
 *      Every query and reverse of that resolver still in flight ends now
 *      with status ECANCELLED (Node's resolver.cancel()). Sent as a
 *      synchronous request: the "getaddrinfo" backend (CALLER_SYNC) runs it
 *      on the caller's thread, so it reaches queries that hold every worker.
 *
 * Backends:
 * - "getaddrinfo" (the default): lookup and lookupService make one blocking
 *   getaddrinfo(3) (or getnameinfo(3)) call per request (SOCK_STREAM, as
 *   Node's dns.lookup) on one of the service's POOL workers; libuv's
 *   synchronous uv_getaddrinfo and uv_getnameinfo do the IDNA conversion
 *   and map the EAI_* errors exactly as they do for Node. query, reverse
 *   and servers run c-ares on the same worker, waiting on its sockets
 *   there (dns_ares.c; each worker keeps its last channel): dns.resolve*
 *   works without choosing a backend.
 * - "cares" (--service dns=cares): every op on c-ares, on the service's
 *   own I/O thread with the channels' sockets on its libuv loop
 *   (dns_cares.c); nothing blocks a thread. lookup is ares_getaddrinfo
 *   (the hosts file, then DNS; no NSS modules), its errors mapped to the
 *   UV_EAI_* codes above; lookupService is ares_getnameinfo.
 */
#ifndef MUK_SERVICES_DNS_H
#define MUK_SERVICES_DNS_H

/* The schema's lists (X-macros: the C enums below and the JS constants
 * generated at build time, tools/gen_schema.py, both come from them). */
#define DNS_OPS(X)                                                             \
  X(LOOKUP, "lookup") X(LOOKUPSERVICE, "lookupService") X(QUERY, "query")      \
  X(REVERSE, "reverse") X(SERVERS, "servers") X(CANCEL, "cancel")

/* Record types of query (their numbers in DNS). */
#define DNS_RRTYPES(X)                                                         \
  X(A, 1) X(NS, 2) X(CNAME, 5) X(SOA, 6) X(PTR, 12) X(MX, 15) X(TXT, 16)       \
  X(AAAA, 28) X(SRV, 33) X(NAPTR, 35) X(ANY, 255) X(CAA, 257)

/* query's and reverse's status: c-ares's error numbers (ares.h; dns_ares.c
 * checks they match), named as Node's error codes are. */
#define DNS_ERRS(X)                                                            \
  X(ENODATA, 1) X(EFORMERR, 2) X(ESERVFAIL, 3) X(ENOTFOUND, 4) X(ENOTIMP, 5)   \
  X(EREFUSED, 6) X(EBADQUERY, 7) X(EBADNAME, 8) X(EBADFAMILY, 9)               \
  X(EBADRESP, 10) X(ECONNREFUSED, 11) X(ETIMEOUT, 12) X(EOF, 13)               \
  X(EFILE, 14) X(ENOMEM, 15) X(EDESTRUCTION, 16) X(EBADSTR, 17)                \
  X(EBADFLAGS, 18) X(ENONAME, 19) X(EBADHINTS, 20) X(ENOTINITIALIZED, 21)      \
  X(ECANCELLED, 24)

#define DNS_HINTS(X) X(V4MAPPED, 0x08) X(ALL, 0x10) X(ADDRCONFIG, 0x20)

#define DNS_ORDERS(X) X(VERBATIM, 0) X(IPV4FIRST, 1) X(IPV6FIRST, 2)

#define DNS_OP_ENUM(id, name) DNS_##id,
enum { DNS_OPS(DNS_OP_ENUM) DNS_NOPS };
#define DNS_HINT_ENUM(id, v) DNS_HINT_##id = v,
enum { DNS_HINTS(DNS_HINT_ENUM) };
#define DNS_ORDER_ENUM(id, v) DNS_ORDER_##id = v,
enum { DNS_ORDERS(DNS_ORDER_ENUM) };
#define DNS_RRTYPE_ENUM(id, v) DNS_RRTYPE_##id = v,
enum { DNS_RRTYPES(DNS_RRTYPE_ENUM) };
#define DNS_ERR_ENUM(id, v) DNS_ERR_##id = v,
enum { DNS_ERRS(DNS_ERR_ENUM) };

#endif
