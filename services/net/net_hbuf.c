/* net_hbuf.c — what the http layer's two directions (net_http.c for
 * requests, net_hclient.c for responses) share: the growable buffer a
 * head is gathered in ("name\0value\0..."), and copying bytes into a
 * message's payload. */
#include <stdlib.h>
#include <string.h>

#include "net_priv.h"

int muk__net_hbuf_add(net_hbuf *b, const char *p, size_t n) {
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    char *q;
    while (cap < b->n + n + 1)
      cap *= 2;
    if (!(q = realloc(b->p, cap)))
      return -1;
    b->p = q;
    b->cap = cap;
  }
  memcpy(b->p + b->n, p, n);
  b->n += n;
  return 0;
}

int muk__net_hbuf_end_value(net_hbuf *b) {
  while (b->n && (b->p[b->n - 1] == ' ' || b->p[b->n - 1] == '\t'))
    b->n--;
  return muk__net_hbuf_add(b, "\0", 1);
}

static void free_bytes(void *data, void *ud) {
  (void)ud;
  free(data);
}

int muk__net_payload_copy(muk_msg *m, const void *p, size_t n) {
  char *copy;
  if (!n)
    return 0;
  if (!(copy = malloc(n)))
    return -1;
  memcpy(copy, p, n);
  muk_msg_set_payload(m, copy, n, free_bytes, NULL);
  return 0;
}
