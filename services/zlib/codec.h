/* codec.h — one interface over the zlib service's three libraries (zlib,
 * brotli, zstd), inside the loadable module. A codec is one stream's
 * context; module.c drives it for streams and one-shot requests alike. */
#ifndef MUK_SERVICES_ZLIB_CODEC_H
#define MUK_SERVICES_ZLIB_CODEC_H

#include <stddef.h>
#include <stdint.h>

#include "muk.h"
#include "zlib.h"

enum { ZC_OK = 0, ZC_END = 1, ZC_ERR = -1 };

typedef struct zcodec zcodec;

typedef struct zcodec_ops {
  /* Run the codec over *in (advancing it) into *out (advancing it), with
   * `flush` (the mode's own numbering, zlib.h). Returns when the output
   * space is full (*out_n == 0: call again with more room), when all that
   * this input and flush can give was given (ZC_OK), when the stream ended
   * (ZC_END: input past the end stays unconsumed), or on failure (ZC_ERR,
   * the error in c->err; the codec stays failed until reset). */
  int (*run)(zcodec *c, int flush, const uint8_t **in, size_t *in_n, uint8_t **out,
             size_t *out_n);
  /* Back to the state after creation (parameters and dictionary kept): 0,
   * or -1 when the codec cannot (the caller makes a new one). */
  int (*reset)(zcodec *c);
  /* deflateParams; -1 where the codec has none */
  int (*params)(zcodec *c, int level, int strategy);
  /* The output's size for all of in[0, n): compressors an upper bound;
   * decompressors what the input says when it does (a zstd frame's content
   * size, a single gzip member's length), a hint only; 0: unknown. */
  size_t (*bound)(zcodec *c, const uint8_t *in, size_t n);
  void (*destroy)(zcodec *c);
} zcodec_ops;

typedef struct zcodec_err {
  int64_t errnum;
  char message[96];
  char code[64];
} zcodec_err;

struct zcodec {
  const zcodec_ops *ops;
  int mode;
  int failed;
  zcodec_err err;
};

/* One (key, value) option from the request's params. */
typedef struct zparam {
  int32_t key, value;
} zparam;

/* Make a codec for mode with its options: the codec, or NULL with *why
 * set (UV_EINVAL: an option refused; UV_ENOMEM). The codec keeps what it
 * needs of dict (it may be reset later). */
zcodec *zc_zlib_new(int mode, const zparam *p, size_t np, const uint8_t *dict, size_t ndict,
                    int *why);
zcodec *zc_brotli_new(int mode, const zparam *p, size_t np, const uint8_t *dict,
                      size_t ndict, int *why);
zcodec *zc_zstd_new(int mode, const zparam *p, size_t np, const uint8_t *dict, size_t ndict,
                    int *why);

/* Set c's error (and mark it failed); returns ZC_ERR. */
int zc_fail(zcodec *c, int64_t errnum, const char *message, const char *code);

#endif
