/* buffer_codec.c — Node's Buffer encodings between mujs strings (modified
 * UTF-8: U+0000 as C0 80, astral characters as CESU-8 surrogate pairs) and
 * bytes. Node works on UTF-16 code units; so do the latin1/ascii/utf16le
 * paths here, reading units out of mujs's representation. */
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "buffer.h"
#include "utf8.h"

int mukjs_encoding(const char *e) {
  char b[16];
  size_t n;
  if (!e)
    return MUKJS_ENC_UTF8;
  n = strlen(e);
  if (n == 0 || n >= sizeof b)
    return -1;
  for (size_t i = 0; i <= n; i++)
    b[i] = (e[i] >= 'A' && e[i] <= 'Z') ? (char)(e[i] + 32) : e[i];
  if (!strcmp(b, "utf8") || !strcmp(b, "utf-8"))
    return MUKJS_ENC_UTF8;
  if (!strcmp(b, "hex"))
    return MUKJS_ENC_HEX;
  if (!strcmp(b, "base64"))
    return MUKJS_ENC_BASE64;
  if (!strcmp(b, "base64url"))
    return MUKJS_ENC_BASE64URL;
  if (!strcmp(b, "latin1") || !strcmp(b, "binary"))
    return MUKJS_ENC_LATIN1;
  if (!strcmp(b, "ascii"))
    return MUKJS_ENC_ASCII;
  if (!strcmp(b, "utf16le") || !strcmp(b, "utf-16le") || !strcmp(b, "ucs2") ||
      !strcmp(b, "ucs-2"))
    return MUKJS_ENC_UTF16LE;
  return -1;
}

/* ---- reading UTF-16 code units out of a mujs string ---------------------*/

/* Next code unit (or, for a 4-byte sequence, a code point above 0xFFFF)
 * at s[*i]; advances *i. */
static unsigned next_cp(const uint8_t *s, size_t n, size_t *i) {
  size_t k = *i;
  unsigned c = s[k];
  if (c < 0x80) {
    *i = k + 1;
    return c;
  }
  if ((c & 0xE0) == 0xC0 && k + 1 < n) {
    *i = k + 2;
    return ((c & 0x1F) << 6) | (s[k + 1] & 0x3F);
  }
  if ((c & 0xF0) == 0xE0 && k + 2 < n) {
    *i = k + 3;
    return ((c & 0x0F) << 12) | ((s[k + 1] & 0x3F) << 6) | (s[k + 2] & 0x3F);
  }
  if ((c & 0xF8) == 0xF0 && k + 3 < n) {
    *i = k + 4;
    return ((c & 0x07) << 18) | ((s[k + 1] & 0x3F) << 12) | ((s[k + 2] & 0x3F) << 6) |
           (s[k + 3] & 0x3F);
  }
  *i = k + 1;
  return 0xFFFD;
}

static int is_ascii(const uint8_t *s, size_t n) {
  size_t i = 0;
  uint64_t acc = 0;
  for (; i + 32 <= n; i += 32) {
    uint64_t w[4];
    memcpy(w, s + i, 32);
    acc |= w[0] | w[1] | w[2] | w[3];
    if (acc & 0x8080808080808080ull)
      return 0;
  }
  for (; i < n; i++)
    if (s[i] & 0x80)
      return 0;
  return 1;
}

/* Number of UTF-16 code units in the mujs string. */
static size_t units_len(const uint8_t *s, size_t n) {
  size_t u = 0, i = 0;
  if (is_ascii(s, n))
    return n;
  while (i < n)
    u += next_cp(s, n, &i) > 0xFFFF ? 2 : 1;
  return u;
}

/* ---- UTF-8 --------------------------------------------------------------*/

/* mujs form → UTF-8: bridge/utf8.c */
static int plain_utf8(const uint8_t *p, size_t len) {
  return mukjs_is_plain_utf8((const char *)p, len);
}

static size_t to_utf8(const uint8_t *p, size_t len, uint8_t *o) {
  return mukjs_to_utf8((const char *)p, len, (char *)o);
}

static size_t utf8_length(const uint8_t *s, size_t n) {
  return plain_utf8(s, n) ? n : to_utf8(s, n, NULL);
}

/* Back off to a character boundary so a truncated write keeps whole
 * characters (Node never writes a partial UTF-8 sequence). */
static size_t utf8_cut(const uint8_t *o, size_t total, size_t cap) {
  if (total <= cap)
    return total;
  size_t k = cap;
  while (k > 0 && (o[k] & 0xC0) == 0x80)
    k--;
  return k;
}

static size_t utf8_encode(const uint8_t *s, size_t n, uint8_t *out, size_t cap) {
  if (plain_utf8(s, n)) {
    size_t k = utf8_cut(s, n, cap);
    memcpy(out, s, k);
    return k;
  }
  uint8_t *tmp = malloc(n ? n : 1);
  if (!tmp)
    return 0;
  size_t total = to_utf8(s, n, tmp);
  size_t k = utf8_cut(tmp, total, cap);
  memcpy(out, tmp, k);
  free(tmp);
  return k;
}

/* WHATWG UTF-8 decode (maximal subpart → one U+FFFD) into mujs's form.
 * With out == NULL only counts. */
static size_t utf8_decode(const uint8_t *p, size_t n, uint8_t *out) {
  size_t i = 0, o = 0;
  while (i < n) {
    unsigned b = p[i];
    if (b < 0x80) {
      if (b == 0) {
        if (out)
          out[o] = 0xC0, out[o + 1] = 0x80;
        o += 2;
      } else {
        if (out)
          out[o] = (uint8_t)b;
        o++;
      }
      i++;
      continue;
    }
    unsigned need, lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF)
      need = 1;
    else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      if (b == 0xE0)
        lo = 0xA0;
      else if (b == 0xED)
        hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      if (b == 0xF0)
        lo = 0x90;
      else if (b == 0xF4)
        hi = 0x8F;
    } else {
      goto bad1;
    }
    size_t j = i + 1;
    unsigned k;
    for (k = 0; k < need; k++, j++) {
      if (j >= n || p[j] < lo || p[j] > hi)
        break;
      lo = 0x80, hi = 0xBF;
    }
    if (k < need) { /* maximal subpart p[i..j) → one U+FFFD */
      if (out)
        out[o] = 0xEF, out[o + 1] = 0xBF, out[o + 2] = 0xBD;
      o += 3;
      i = j;
      continue;
    }
    if (need < 3) {
      if (out)
        memcpy(out + o, p + i, need + 1);
      o += need + 1;
    } else {
      unsigned c = ((b & 0x07) << 18) | ((p[i + 1] & 0x3F) << 12) | ((p[i + 2] & 0x3F) << 6) |
                   (p[i + 3] & 0x3F);
      if (out) {
        unsigned h = 0xD800 + ((c - 0x10000) >> 10), l = 0xDC00 + (c & 0x3FF);
        out[o] = 0xED, out[o + 1] = (uint8_t)(0x80 | ((h >> 6) & 0x3F));
        out[o + 2] = (uint8_t)(0x80 | (h & 0x3F));
        out[o + 3] = 0xED, out[o + 4] = (uint8_t)(0x80 | ((l >> 6) & 0x3F));
        out[o + 5] = (uint8_t)(0x80 | (l & 0x3F));
      }
      o += 6;
    }
    i = j;
    continue;
  bad1:
    if (out)
      out[o] = 0xEF, out[o + 1] = 0xBF, out[o + 2] = 0xBD;
    o += 3;
    i++;
  }
  return o;
}

/* One UTF-16 unit (or a code point) in mujs's form; returns bytes. */
static size_t put_unit(uint8_t *o, unsigned c) {
  if (c == 0) {
    if (o)
      o[0] = 0xC0, o[1] = 0x80;
    return 2;
  }
  if (c < 0x80) {
    if (o)
      o[0] = (uint8_t)c;
    return 1;
  }
  if (c < 0x800) {
    if (o)
      o[0] = (uint8_t)(0xC0 | (c >> 6)), o[1] = (uint8_t)(0x80 | (c & 0x3F));
    return 2;
  }
  if (o)
    o[0] = (uint8_t)(0xE0 | (c >> 12)), o[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F)),
    o[2] = (uint8_t)(0x80 | (c & 0x3F));
  return 3;
}

/* ---- hex / base64 -------------------------------------------------------*/

static const char hexdig[] = "0123456789abcdef";
static const char b64std[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char b64url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
static signed char unhex[256], unb64[256];
static int tables_ready;

static void init_tables(void) {
  if (tables_ready)
    return;
  memset(unhex, -1, sizeof unhex);
  memset(unb64, -1, sizeof unb64);
  for (int i = 0; i < 16; i++) {
    unhex[(unsigned char)hexdig[i]] = (signed char)i;
    if (i >= 10)
      unhex[(unsigned char)(hexdig[i] - 32)] = (signed char)i;
  }
  for (int i = 0; i < 64; i++) {
    unb64[(unsigned char)b64std[i]] = (signed char)i;
    unb64[(unsigned char)b64url[i]] = (signed char)i;
  }
  tables_ready = 1;
}

static size_t hex_decode(const uint8_t *s, size_t n, uint8_t *out, size_t cap) {
  size_t k = 0;
  init_tables();
  for (size_t i = 0; i + 1 < n && k < cap; i += 2) {
    int a = unhex[s[i]], b = unhex[s[i + 1]];
    if (a < 0 || b < 0)
      break;
    out[k++] = (uint8_t)(a << 4 | b);
  }
  return k;
}

static size_t b64_decode(const uint8_t *s, size_t n, uint8_t *out, size_t cap) {
  size_t i = 0, k = 0;
  init_tables();
  /* fast path: whole groups of 4 legal characters */
  while (i + 4 <= n && k + 3 <= cap) {
    int a = unb64[s[i]], b = unb64[s[i + 1]], c = unb64[s[i + 2]], d = unb64[s[i + 3]];
    if ((a | b | c | d) < 0)
      break;
    uint32_t v = (uint32_t)a << 18 | (uint32_t)b << 12 | (uint32_t)c << 6 | (uint32_t)d;
    out[k] = (uint8_t)(v >> 16), out[k + 1] = (uint8_t)(v >> 8), out[k + 2] = (uint8_t)v;
    i += 4, k += 3;
  }
  /* slow path (Node's): skip illegal characters, stop at '=' or the end */
  unsigned acc = 0;
  int have = 0;
  while (i < n && k < cap) {
    unsigned c = s[i++];
    int v = unb64[c];
    if (v < 0) {
      if (c == '=')
        break;
      continue;
    }
    acc = acc << 6 | (unsigned)v;
    have++;
    if (have == 2)
      out[k++] = (uint8_t)(acc >> 4);
    else if (have == 3)
      out[k++] = (uint8_t)(acc >> 2);
    else if (have == 4) {
      out[k++] = (uint8_t)acc;
      have = 0, acc = 0;
    }
  }
  return k;
}

static size_t b64_length_in(const uint8_t *s, size_t n) {
  /* Node's base64ByteLength on the UTF-16 length */
  size_t bytes = units_len(s, n);
  if (n > 0 && s[n - 1] == '=')
    bytes--, n--;
  if (bytes > 1 && n > 0 && s[n - 1] == '=')
    bytes--;
  return (bytes * 3) >> 2;
}

/* ---- public -------------------------------------------------------------*/

size_t mukjs_encoded_length(const char *str, size_t n, int enc) {
  const uint8_t *s = (const uint8_t *)str;
  switch (enc) {
  case MUKJS_ENC_HEX:
    return units_len(s, n) >> 1;
  case MUKJS_ENC_BASE64:
  case MUKJS_ENC_BASE64URL:
    return b64_length_in(s, n);
  case MUKJS_ENC_LATIN1:
  case MUKJS_ENC_ASCII:
    return units_len(s, n);
  case MUKJS_ENC_UTF16LE:
    return units_len(s, n) * 2;
  default:
    return utf8_length(s, n);
  }
}

/* Node decodes hex/base64 from UTF-16 strings by the low byte of each code
 * unit: do the same through a latin1 copy when the string is not ASCII. */
static size_t encode_lowbytes(const uint8_t *s, size_t n, int enc, uint8_t *out, size_t cap) {
  size_t u = units_len(s, n);
  uint8_t *tmp = malloc(u + 1);
  if (!tmp)
    return 0;
  u = mukjs_encode((const char *)s, n, MUKJS_ENC_LATIN1, tmp, u);
  size_t k = enc == MUKJS_ENC_HEX ? hex_decode(tmp, u, out, cap) : b64_decode(tmp, u, out, cap);
  free(tmp);
  return k;
}

size_t mukjs_encode(const char *str, size_t n, int enc, uint8_t *out, size_t cap) {
  const uint8_t *s = (const uint8_t *)str;
  size_t i = 0, k = 0;
  if ((enc == MUKJS_ENC_HEX || enc == MUKJS_ENC_BASE64 || enc == MUKJS_ENC_BASE64URL) &&
      !is_ascii(s, n))
    return encode_lowbytes(s, n, enc, out, cap);
  switch (enc) {
  case MUKJS_ENC_HEX:
    return hex_decode(s, n, out, cap);
  case MUKJS_ENC_BASE64:
  case MUKJS_ENC_BASE64URL:
    return b64_decode(s, n, out, cap);
  case MUKJS_ENC_LATIN1:
  case MUKJS_ENC_ASCII:
    if (is_ascii(s, n)) {
      k = n < cap ? n : cap;
      memcpy(out, s, k);
      return k;
    }
    while (i < n && k < cap) {
      unsigned c = next_cp(s, n, &i);
      if (c > 0xFFFF) {
        c -= 0x10000;
        out[k++] = (uint8_t)(0xD800 + (c >> 10));
        if (k < cap)
          out[k++] = (uint8_t)(0xDC00 + (c & 0x3FF));
      } else {
        out[k++] = (uint8_t)c;
      }
    }
    return k;
  case MUKJS_ENC_UTF16LE:
    while (i < n && k + 2 <= cap) {
      unsigned c = next_cp(s, n, &i);
      if (c > 0xFFFF) {
        if (k + 4 > cap)
          break;
        c -= 0x10000;
        unsigned h = 0xD800 + (c >> 10), l = 0xDC00 + (c & 0x3FF);
        out[k++] = (uint8_t)h, out[k++] = (uint8_t)(h >> 8);
        out[k++] = (uint8_t)l, out[k++] = (uint8_t)(l >> 8);
      } else {
        out[k++] = (uint8_t)c, out[k++] = (uint8_t)(c >> 8);
      }
    }
    return k;
  default:
    return utf8_encode(s, n, out, cap);
  }
}

#ifndef JS_HAS_PUSHSTRINGBUFFER
static void push_owned(js_State *J, uint8_t *tmp, size_t len) {
  if (len > (1u << 28)) {
    free(tmp);
    js_rangeerror(J, "Cannot create a string longer than 0x%x characters", 1u << 28);
  }
  if (js_try(J)) {
    free(tmp);
    js_throw(J);
  }
  js_pushlstring(J, (const char *)tmp, (int)len);
  js_endtry(J);
  free(tmp);
}

static uint8_t *tmp_alloc(js_State *J, size_t len) {
  uint8_t *t = malloc(len + 1);
  if (!t)
    js_rangeerror(J, "Array buffer allocation failed");
  return t;
}
#endif

/* Where to write a result string of exactly len bytes: straight into a
 * pushed mujs string when mujs can (patch 0025), else a buffer out_end
 * copies in. Node's length limit is checked first either way. */
static uint8_t *out_begin(js_State *J, size_t len) {
  if (len > (1u << 28))
    js_rangeerror(J, "Cannot create a string longer than 0x%x characters", 1u << 28);
#ifdef JS_HAS_PUSHSTRINGBUFFER
  return (uint8_t *)js_pushstringbuffer(J, (int)len);
#else
  return tmp_alloc(J, len);
#endif
}

static void out_end(js_State *J, uint8_t *t, size_t len) {
#ifdef JS_HAS_PUSHSTRINGBUFFER
  (void)J, (void)t, (void)len;
#else
  push_owned(J, t, len);
#endif
}

void mukjs_push_decoded(js_State *J, const uint8_t *p, size_t n, int enc) {
  size_t len, i, k = 0;
  uint8_t *t;
  init_tables();
  switch (enc) {
  case MUKJS_ENC_HEX:
    t = out_begin(J, n * 2);
    for (i = 0; i < n; i++) {
      t[2 * i] = (uint8_t)hexdig[p[i] >> 4];
      t[2 * i + 1] = (uint8_t)hexdig[p[i] & 15];
    }
    out_end(J, t, n * 2);
    return;
  case MUKJS_ENC_BASE64:
  case MUKJS_ENC_BASE64URL: {
    const char *tab = enc == MUKJS_ENC_BASE64 ? b64std : b64url;
    /* base64 pads to whole groups, base64url does not */
    len = enc == MUKJS_ENC_BASE64 ? (n + 2) / 3 * 4 : n / 3 * 4 + (n % 3 ? n % 3 + 1 : 0);
    t = out_begin(J, len);
    for (i = 0; i + 3 <= n; i += 3) {
      uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
      t[k] = (uint8_t)tab[v >> 18], t[k + 1] = (uint8_t)tab[(v >> 12) & 63];
      t[k + 2] = (uint8_t)tab[(v >> 6) & 63], t[k + 3] = (uint8_t)tab[v & 63];
      k += 4;
    }
    if (n - i == 1) {
      uint32_t v = (uint32_t)p[i] << 16;
      t[k++] = (uint8_t)tab[v >> 18], t[k++] = (uint8_t)tab[(v >> 12) & 63];
      if (enc == MUKJS_ENC_BASE64)
        t[k++] = '=', t[k++] = '=';
    } else if (n - i == 2) {
      uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8;
      t[k++] = (uint8_t)tab[v >> 18], t[k++] = (uint8_t)tab[(v >> 12) & 63];
      t[k++] = (uint8_t)tab[(v >> 6) & 63];
      if (enc == MUKJS_ENC_BASE64)
        t[k++] = '=';
    }
    out_end(J, t, k);
    return;
  }
  case MUKJS_ENC_LATIN1:
  case MUKJS_ENC_ASCII:
    for (i = 0, len = 0; i < n; i++) {
      unsigned c = enc == MUKJS_ENC_ASCII ? (p[i] & 0x7Fu) : p[i];
      len += (c == 0 || c >= 0x80) ? 2 : 1;
    }
    if (len == n && enc == MUKJS_ENC_LATIN1) { /* all ASCII already */
      js_pushlstring(J, (const char *)p, (int)n);
      return;
    }
    t = out_begin(J, len);
    for (i = 0; i < n; i++)
      k += put_unit(t + k, enc == MUKJS_ENC_ASCII ? (p[i] & 0x7Fu) : p[i]);
    out_end(J, t, k);
    return;
  case MUKJS_ENC_UTF16LE:
    n &= ~(size_t)1;
    for (i = 0, len = 0; i < n; i += 2)
      len += put_unit(NULL, p[i] | (unsigned)p[i + 1] << 8);
    t = out_begin(J, len);
    for (i = 0; i < n; i += 2)
      k += put_unit(t + k, p[i] | (unsigned)p[i + 1] << 8);
    out_end(J, t, k);
    return;
  default:
#ifdef __SSE2__
    /* ASCII without NUL, 32 bytes a step: a byte's top bit is set in a | b
     * when it is >= 0x80, and in cmpeq(x, 0) when it is 0 */
    {
      __m128i zero = _mm_setzero_si128(), bad = zero;
      for (i = 0; i + 32 <= n; i += 32) {
        __m128i a = _mm_loadu_si128((const __m128i *)(p + i));
        __m128i b = _mm_loadu_si128((const __m128i *)(p + i + 16));
        bad = _mm_or_si128(bad, _mm_or_si128(_mm_or_si128(a, b),
                                             _mm_or_si128(_mm_cmpeq_epi8(a, zero), _mm_cmpeq_epi8(b, zero))));
      }
      if (_mm_movemask_epi8(bad))
        i = 0; /* not plain: the loops below find where */
    }
#else
    i = 0;
#endif
    for (; i + 8 <= n; i += 8) { /* ASCII without NUL, 8 bytes at a time */
      uint64_t w;
      memcpy(&w, p + i, 8);
      if (((w - 0x0101010101010101ull) | w) & 0x8080808080808080ull)
        break;
    }
    for (; i < n; i++)
      if (p[i] == 0 || p[i] >= 0x80)
        break;
    if (i == n) {
      if (n > (1u << 28))
        js_rangeerror(J, "Cannot create a string longer than 0x%x characters", 1u << 28);
      js_pushlstring(J, (const char *)p, (int)n);
      return;
    }
    len = utf8_decode(p, n, NULL);
    t = out_begin(J, len);
    utf8_decode(p, n, t);
    out_end(J, t, len);
    return;
  }
}
