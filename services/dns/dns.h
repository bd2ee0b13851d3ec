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
 * The backend "getaddrinfo" makes one blocking getaddrinfo(3) (or
 * getnameinfo(3)) call per request (SOCK_STREAM, as Node's dns.lookup) on
 * one of the service's POOL workers; libuv's synchronous uv_getaddrinfo and
 * uv_getnameinfo do the IDNA conversion and map the EAI_* errors exactly as
 * they do for Node.
 */
#ifndef MUK_SERVICES_DNS_H
#define MUK_SERVICES_DNS_H

/* The schema's lists (X-macros: the C enums below and the JS constants
 * generated at build time, tools/gen_schema.py, both come from them). */
#define DNS_OPS(X) X(LOOKUP, "lookup") X(LOOKUPSERVICE, "lookupService")

#define DNS_HINTS(X) X(V4MAPPED, 0x08) X(ALL, 0x10) X(ADDRCONFIG, 0x20)

#define DNS_ORDERS(X) X(VERBATIM, 0) X(IPV4FIRST, 1) X(IPV6FIRST, 2)

#define DNS_OP_ENUM(id, name) DNS_##id,
enum { DNS_OPS(DNS_OP_ENUM) DNS_NOPS };
#define DNS_HINT_ENUM(id, v) DNS_HINT_##id = v,
enum { DNS_HINTS(DNS_HINT_ENUM) };
#define DNS_ORDER_ENUM(id, v) DNS_ORDER_##id = v,
enum { DNS_ORDERS(DNS_ORDER_ENUM) };

#endif
