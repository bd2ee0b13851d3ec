/* utf8.c — modified UTF-8 / CESU-8 (mujs's internal form) to UTF-8. */
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

int mukjs_is_plain_utf8(const char *s, size_t len) {
  const unsigned char *p = (const unsigned char *)s;
  for (size_t i = 0; i < len; i++)
    if (p[i] == 0xC0 || p[i] == 0xED)
      return 0;
  return 1;
}

static int is_high(const unsigned char *p, size_t left) {
  return left >= 3 && p[0] == 0xED && (p[1] & 0xF0) == 0xA0 && (p[2] & 0xC0) == 0x80;
}

static int is_low(const unsigned char *p, size_t left) {
  return left >= 3 && p[0] == 0xED && (p[1] & 0xF0) == 0xB0 && (p[2] & 0xC0) == 0x80;
}

#define PUT(b)                                                                 \
  do {                                                                         \
    if (o)                                                                     \
      o[n] = (unsigned char)(b);                                               \
    n++;                                                                       \
  } while (0)

size_t mukjs_to_utf8(const char *in, size_t len, char *out) {
  const unsigned char *p = (const unsigned char *)in;
  unsigned char *o = (unsigned char *)out;
  size_t i = 0, n = 0;
  while (i < len) {
    if (p[i] == 0xC0 && i + 1 < len && p[i + 1] == 0x80) {
      PUT(0);
      i += 2;
    } else if (is_high(p + i, len - i) && is_low(p + i + 3, len - i - 3)) {
      unsigned hi = ((p[i + 1] & 0x0Fu) << 6) | (p[i + 2] & 0x3Fu);
      unsigned lo = ((p[i + 4] & 0x0Fu) << 6) | (p[i + 5] & 0x3Fu);
      unsigned c = 0x10000 + (hi << 10) + lo;
      PUT(0xF0 | (c >> 18));
      PUT(0x80 | ((c >> 12) & 0x3F));
      PUT(0x80 | ((c >> 6) & 0x3F));
      PUT(0x80 | (c & 0x3F));
      i += 6;
    } else if (is_high(p + i, len - i) || is_low(p + i, len - i)) {
      PUT(0xEF);
      PUT(0xBF);
      PUT(0xBD);
      i += 3;
    } else {
      PUT(p[i]);
      i++;
    }
  }
  return n;
}

const char *mukjs_as_utf8(const char *s, size_t *len, char **owned) {
  *owned = NULL;
  if (mukjs_is_plain_utf8(s, *len))
    return s;
  if ((*owned = malloc(*len ? *len : 1)) == NULL)
    return NULL;
  *len = mukjs_to_utf8(s, *len, *owned);
  return *owned;
}

void mukjs_fputs(const char *s, FILE *f) {
  size_t len = strlen(s);
  char *owned;
  const char *u = mukjs_as_utf8(s, &len, &owned);
  if (u)
    fwrite(u, 1, len, f);
  else
    fputs(s, f); /* out of memory: the bytes as they are */
  free(owned);
}

char *mukjs_utf8_dup(const char *s) {
  size_t len = strlen(s);
  char *u = malloc(len + 1);
  if (u)
    u[mukjs_to_utf8(s, len, u)] = 0;
  return u;
}
