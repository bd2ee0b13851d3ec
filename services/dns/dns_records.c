/* dns_records.c — c-ares's parsers over a DNS answer, written out as the
 * JSON text query replies with. Keys come in Node 20's order (its
 * cares_wrap sets them in that order, and scripts see it in console.log);
 * ANY lists each type's records in the order Node parses the types. Names
 * and TXT chunks are bytes: each byte is written as the character of that
 * code (Latin-1), as Node makes its one-byte strings. */
#include <arpa/inet.h>
#include <netdb.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ares.h>

#include "dns.h"
#include "dns_records.h"

typedef struct jbuf {
  char *p;
  size_t n, cap;
  int oom;
} jbuf;

static void jput(jbuf *b, const char *s, size_t n) {
  if (b->oom)
    return;
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    char *p;
    while (cap < b->n + n + 1)
      cap *= 2;
    if (!(p = realloc(b->p, cap))) {
      b->oom = 1;
      return;
    }
    b->p = p;
    b->cap = cap;
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = '\0';
}

static void jnum(jbuf *b, unsigned long long v) {
  char t[24];
  int n = snprintf(t, sizeof t, "%llu", v);
  jput(b, t, (size_t)n);
}

/* A JSON string of n bytes, each byte one character (Latin-1). */
static void jstrn(jbuf *b, const unsigned char *s, size_t n) {
  size_t i;
  jput(b, "\"", 1);
  for (i = 0; i < n; i++) {
    unsigned c = s[i];
    char t[8];
    if (c == '"' || c == '\\') {
      t[0] = '\\';
      t[1] = (char)c;
      jput(b, t, 2);
    } else if (c < 0x20 || c >= 0x7f) {
      snprintf(t, sizeof t, "\\u%04x", c);
      jput(b, t, 6);
    } else {
      t[0] = (char)c;
      jput(b, t, 1);
    }
  }
  jput(b, "\"", 1);
}

static void jstr(jbuf *b, const char *s) {
  jstrn(b, (const unsigned char *)s, strlen(s));
}

/* ,"key": (the comma unless first) */
static void jkey(jbuf *b, const char *key, int first) {
  if (!first)
    jput(b, ",", 1);
  jstr(b, key);
  jput(b, ":", 1);
}

static void jsep(jbuf *b, int *n) {
  if ((*n)++)
    jput(b, ",", 1);
}

/* `"type":"X"}` closing an ANY entry, or just `}` */
static void jend(jbuf *b, const char *type) {
  if (type) {
    jkey(b, "type", 0);
    jstr(b, type);
  }
  jput(b, "}", 1);
}

static int put_a(jbuf *b, int *n, const unsigned char *abuf, int alen,
                 int six, const char *type) {
  struct ares_addrttl t4[256];
  struct ares_addr6ttl t6[256];
  int i, cnt = 256, r;
  char ip[INET6_ADDRSTRLEN];
  r = six ? ares_parse_aaaa_reply(abuf, alen, NULL, t6, &cnt)
          : ares_parse_a_reply(abuf, alen, NULL, t4, &cnt);
  if (r != ARES_SUCCESS)
    return r;
  for (i = 0; i < cnt; i++) {
    unsigned ttl;
    if (six) {
      inet_ntop(AF_INET6, &t6[i].ip6addr, ip, sizeof ip);
      ttl = (unsigned)t6[i].ttl;
    } else {
      inet_ntop(AF_INET, &t4[i].ipaddr, ip, sizeof ip);
      ttl = (unsigned)t4[i].ttl;
    }
    jsep(b, n);
    jput(b, "{", 1);
    jkey(b, "address", 1);
    jstr(b, ip);
    jkey(b, "ttl", 0);
    jnum(b, ttl);
    jend(b, type);
  }
  return cnt > 0 ? ARES_SUCCESS : ARES_ENODATA;
}

/* CNAME, NS and PTR: names from a hostent. */
static int put_names(jbuf *b, int *n, const unsigned char *abuf, int alen,
                     int rrtype, const char *type) {
  struct hostent *h = NULL;
  int r, i;
  if (rrtype == DNS_RRTYPE_CNAME)
    r = ares_parse_a_reply(abuf, alen, &h, NULL, NULL);
  else if (rrtype == DNS_RRTYPE_NS)
    r = ares_parse_ns_reply(abuf, alen, &h);
  else
    r = ares_parse_ptr_reply(abuf, alen, NULL, 0, AF_INET, &h);
  if (r != ARES_SUCCESS)
    return r;
  if (rrtype == DNS_RRTYPE_CNAME) {
    /* the name the chain ends at; a CNAME answer has one record */
    if (!h->h_aliases || !h->h_aliases[0]) {
      ares_free_hostent(h);
      return ARES_ENODATA;
    }
    jsep(b, n);
    if (type) {
      jput(b, "{", 1);
      jkey(b, "value", 1);
    }
    jstr(b, h->h_name);
    if (type)
      jend(b, type);
  } else {
    for (i = 0; h->h_aliases && h->h_aliases[i]; i++) {
      jsep(b, n);
      if (type) {
        jput(b, "{", 1);
        jkey(b, "value", 1);
      }
      jstr(b, h->h_aliases[i]);
      if (type)
        jend(b, type);
    }
  }
  ares_free_hostent(h);
  return ARES_SUCCESS;
}

static int put_mx(jbuf *b, int *n, const unsigned char *abuf, int alen,
                  const char *type) {
  struct ares_mx_reply *mx, *p;
  int r = ares_parse_mx_reply(abuf, alen, &mx);
  if (r != ARES_SUCCESS)
    return r;
  for (p = mx; p; p = p->next) {
    jsep(b, n);
    jput(b, "{", 1);
    jkey(b, "exchange", 1);
    jstr(b, p->host);
    jkey(b, "priority", 0);
    jnum(b, p->priority);
    jend(b, type);
  }
  ares_free_data(mx);
  return ARES_SUCCESS;
}

/* TXT: one array of chunks per record. */
static int put_txt(jbuf *b, int *n, const unsigned char *abuf, int alen,
                   const char *type) {
  struct ares_txt_ext *txt, *p;
  int r = ares_parse_txt_reply_ext(abuf, alen, &txt), open = 0, c = 0;
  if (r != ARES_SUCCESS)
    return r;
  for (p = txt; p; p = p->next) {
    if (p->record_start || !open) {
      if (open)
        type ? jput(b, "]}", 2) : jput(b, "]", 1);
      jsep(b, n);
      if (type) {
        jput(b, "{", 1);
        jkey(b, "entries", 1);
      }
      jput(b, "[", 1);
      open = 1;
      c = 0;
    }
    jsep(b, &c);
    jstrn(b, p->txt, p->length);
  }
  if (open) {
    jput(b, "]", 1);
    if (type)
      jend(b, type);
  }
  ares_free_data(txt);
  return ARES_SUCCESS;
}

static int put_srv(jbuf *b, int *n, const unsigned char *abuf, int alen,
                   const char *type) {
  struct ares_srv_reply *srv, *p;
  int r = ares_parse_srv_reply(abuf, alen, &srv);
  if (r != ARES_SUCCESS)
    return r;
  for (p = srv; p; p = p->next) {
    jsep(b, n);
    jput(b, "{", 1);
    jkey(b, "name", 1);
    jstr(b, p->host);
    jkey(b, "port", 0);
    jnum(b, p->port);
    jkey(b, "priority", 0);
    jnum(b, p->priority);
    jkey(b, "weight", 0);
    jnum(b, p->weight);
    jend(b, type);
  }
  ares_free_data(srv);
  return ARES_SUCCESS;
}

static int put_naptr(jbuf *b, int *n, const unsigned char *abuf, int alen,
                     const char *type) {
  struct ares_naptr_reply *na, *p;
  int r = ares_parse_naptr_reply(abuf, alen, &na);
  if (r != ARES_SUCCESS)
    return r;
  for (p = na; p; p = p->next) {
    jsep(b, n);
    jput(b, "{", 1);
    jkey(b, "flags", 1);
    jstr(b, (const char *)p->flags);
    jkey(b, "service", 0);
    jstr(b, (const char *)p->service);
    jkey(b, "regexp", 0);
    jstr(b, (const char *)p->regexp);
    jkey(b, "replacement", 0);
    jstr(b, p->replacement);
    jkey(b, "order", 0);
    jnum(b, p->order);
    jkey(b, "preference", 0);
    jnum(b, p->preference);
    jend(b, type);
  }
  ares_free_data(na);
  return ARES_SUCCESS;
}

static int put_caa(jbuf *b, int *n, const unsigned char *abuf, int alen,
                   const char *type) {
  struct ares_caa_reply *caa, *p;
  int r = ares_parse_caa_reply(abuf, alen, &caa);
  if (r != ARES_SUCCESS)
    return r;
  for (p = caa; p; p = p->next) {
    jsep(b, n);
    jput(b, "{", 1);
    jkey(b, "critical", 1);
    jnum(b, (unsigned)p->critical);
    jput(b, ",", 1);
    jstrn(b, p->property, p->plength);
    jput(b, ":", 1);
    jstrn(b, p->value, p->length);
    jend(b, type);
  }
  ares_free_data(caa);
  return ARES_SUCCESS;
}

static int put_soa(jbuf *b, int *n, const unsigned char *abuf, int alen,
                   const char *type) {
  struct ares_soa_reply *soa;
  int r = ares_parse_soa_reply(abuf, alen, &soa);
  if (r != ARES_SUCCESS)
    return r;
  jsep(b, n);
  jput(b, "{", 1);
  jkey(b, "nsname", 1);
  jstr(b, soa->nsname);
  jkey(b, "hostmaster", 0);
  jstr(b, soa->hostmaster);
  jkey(b, "serial", 0);
  jnum(b, soa->serial);
  jkey(b, "refresh", 0);
  jnum(b, soa->refresh);
  jkey(b, "retry", 0);
  jnum(b, soa->retry);
  jkey(b, "expire", 0);
  jnum(b, soa->expire);
  jkey(b, "minttl", 0);
  jnum(b, soa->minttl);
  jend(b, type);
  ares_free_data(soa);
  return ARES_SUCCESS;
}

static int put_type(jbuf *b, int *n, int rrtype, const unsigned char *abuf,
                    int alen, const char *type) {
  switch (rrtype) {
  case DNS_RRTYPE_A:
    return put_a(b, n, abuf, alen, 0, type);
  case DNS_RRTYPE_AAAA:
    return put_a(b, n, abuf, alen, 1, type);
  case DNS_RRTYPE_CNAME:
  case DNS_RRTYPE_NS:
  case DNS_RRTYPE_PTR:
    return put_names(b, n, abuf, alen, rrtype, type);
  case DNS_RRTYPE_MX:
    return put_mx(b, n, abuf, alen, type);
  case DNS_RRTYPE_TXT:
    return put_txt(b, n, abuf, alen, type);
  case DNS_RRTYPE_SRV:
    return put_srv(b, n, abuf, alen, type);
  case DNS_RRTYPE_NAPTR:
    return put_naptr(b, n, abuf, alen, type);
  case DNS_RRTYPE_CAA:
    return put_caa(b, n, abuf, alen, type);
  case DNS_RRTYPE_SOA:
    return put_soa(b, n, abuf, alen, type);
  default:
    return ARES_ENOTIMP;
  }
}

/* ANY: every type Node reads out of the answer, in its order; a type with
 * no records (ENODATA) is skipped. */
static int put_any(jbuf *b, const unsigned char *abuf, int alen) {
  static const struct {
    int rrtype;
    const char *name;
  } order[] = {
      {DNS_RRTYPE_A, "A"},     {DNS_RRTYPE_AAAA, "AAAA"},
      {DNS_RRTYPE_MX, "MX"},   {DNS_RRTYPE_NS, "NS"},
      {DNS_RRTYPE_TXT, "TXT"}, {DNS_RRTYPE_SRV, "SRV"},
      {DNS_RRTYPE_PTR, "PTR"}, {DNS_RRTYPE_NAPTR, "NAPTR"},
      {DNS_RRTYPE_SOA, "SOA"}, {DNS_RRTYPE_CAA, "CAA"},
  };
  size_t i;
  int n = 0;
  jput(b, "[", 1);
  for (i = 0; i < sizeof order / sizeof order[0]; i++) {
    size_t mark = b->n;
    int before = n;
    int r = put_type(b, &n, order[i].rrtype, abuf, alen, order[i].name);
    if (r == ARES_ENODATA) { /* drop what a failed parser half-wrote */
      b->n = mark;
      n = before;
      continue;
    }
    if (r != ARES_SUCCESS)
      return r;
  }
  jput(b, "]", 1);
  return ARES_SUCCESS;
}

static int finish(jbuf *b, int r, char **out, size_t *len) {
  if (r == ARES_SUCCESS && b->oom)
    r = ARES_ENOMEM;
  if (r != ARES_SUCCESS) {
    free(b->p);
    return r;
  }
  *out = b->p;
  *len = b->n;
  return ARES_SUCCESS;
}

int dns_records_json(int rrtype, const unsigned char *abuf, int alen,
                     char **out, size_t *len) {
  jbuf b = {0};
  int r, n = 0;
  if (rrtype == DNS_RRTYPE_ANY)
    return finish(&b, put_any(&b, abuf, alen), out, len);
  if (rrtype != DNS_RRTYPE_SOA)
    jput(&b, "[", 1);
  r = put_type(&b, &n, rrtype, abuf, alen, NULL);
  if (rrtype != DNS_RRTYPE_SOA)
    jput(&b, "]", 1);
  return finish(&b, r, out, len);
}

int dns_names_json(char *const *names, char **out, size_t *len) {
  jbuf b = {0};
  int n = 0, i;
  jput(&b, "[", 1);
  for (i = 0; names && names[i]; i++) {
    jsep(&b, &n);
    jstr(&b, names[i]);
  }
  jput(&b, "]", 1);
  return finish(&b, ARES_SUCCESS, out, len);
}
