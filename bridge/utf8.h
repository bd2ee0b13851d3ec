/* utf8.h — mujs keeps strings in "modified UTF-8": U+0000 as C0 80 and
 * characters above U+FFFF as two 3-byte surrogates (CESU-8). Bytes leaving
 * the runtime (stdout, Buffers, services) must be real UTF-8. */
#ifndef MUK_BRIDGE_UTF8_H
#define MUK_BRIDGE_UTF8_H

#include <stddef.h>
#include <stdio.h>

/* Convert len bytes of mujs string data to UTF-8 in out (which may be the
 * same buffer as in: the output is never longer than the input). Surrogate
 * pairs become 4-byte sequences, C0 80 becomes 00, and a lone surrogate
 * becomes U+FFFD, as Node's UTF-8 encoder does. Returns the output length;
 * with out == NULL it only counts. */
size_t mukjs_to_utf8(const char *in, size_t len, char *out);

/* True when s (len bytes) needs no conversion: the common, fast case. */
int mukjs_is_plain_utf8(const char *s, size_t len);

/* The mujs string s (*len bytes) as UTF-8: s itself when it needs no
 * conversion (*owned = NULL), else a converted malloc'd copy, also in
 * *owned for the caller to free; *len becomes its length. NULL when out of
 * memory. */
const char *mukjs_as_utf8(const char *s, size_t *len, char **owned);

/* A malloc'd, NUL-terminated UTF-8 copy of the mujs string s, or NULL when
 * out of memory. */
char *mukjs_utf8_dup(const char *s);

/* fputs for a mujs string: writes it to f as UTF-8. */
void mukjs_fputs(const char *s, FILE *f);

#endif
