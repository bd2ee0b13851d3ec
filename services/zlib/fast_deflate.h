/* fast_deflate.h — one-shot compression with libdeflate where it gives
 * what zlib would (fast_deflate.c says when). */
#ifndef MUK_SERVICES_ZLIB_FAST_DEFLATE_H
#define MUK_SERVICES_ZLIB_FAST_DEFLATE_H

#include "codec.h"

typedef struct fast_deflate fast_deflate; /* a worker's compressors */

/* Compress in[0, n) for mode with these options into a new malloc'd
 * buffer (*out, *outn): 1 done, 0 not this path's (or no memory): the
 * caller uses zlib. *fp: the worker's compressors, made on first use. */
int fast_deflate_try(fast_deflate **fp, int mode, int flush, const zparam *p, size_t np,
                     size_t ndict, const uint8_t *in, size_t n, uint8_t **out, size_t *outn);
void fast_deflate_free(fast_deflate *f);

#endif
