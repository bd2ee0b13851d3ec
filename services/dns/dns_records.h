/* dns_records.h — a DNS answer as the JSON text of query's reply: the
 * records in the shapes Node 20 gives them (dns.h). */
#ifndef MUK_SERVICES_DNS_RECORDS_H
#define MUK_SERVICES_DNS_RECORDS_H

#include <stddef.h>

/* Parse answer abuf (alen bytes) for rrtype (DNS_RRTYPE_*) into *out, a
 * malloc'd NUL-terminated JSON text of *len bytes. Returns 0 or an ARES_*
 * status (ENODATA: no record of that type; EBADRESP: malformed). */
int dns_records_json(int rrtype, const unsigned char *abuf, int alen,
                     char **out, size_t *len);

/* A NULL-terminated list of names as a JSON array, as above. */
int dns_names_json(char *const *names, char **out, size_t *len);

#endif
