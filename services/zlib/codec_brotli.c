/* codec_brotli.c — brotli compression and decompression on libbrotlienc /
 * libbrotlidec, failing as Node does: "Compression failed", "Decompression
 * failed" with the decoder's error name (ERR_<name>), and "unexpected end
 * of file" when a finish finds the stream unfinished. A brotli state
 * cannot be reset: reset() makes a new one with the same parameters. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <brotli/decode.h>
#include <brotli/encode.h>

#include "codec.h"

typedef struct br {
  zcodec c;
  BrotliEncoderState *enc;
  BrotliDecoderState *dec;
  size_t np;
  zparam p[ZLIB_MAX_PARAMS];
} br;

/* The instance for b's mode with b's parameters: 0, or UV_EINVAL /
 * UV_ENOMEM. */
static int br_make(br *b) {
  if (b->c.mode == ZLIB_MODE_BROTLI_ENCODE) {
    if (!(b->enc = BrotliEncoderCreateInstance(NULL, NULL, NULL)))
      return UV_ENOMEM;
    for (size_t i = 0; i < b->np; i++)
      if (b->p[i].key < 0 || !BrotliEncoderSetParameter(b->enc, (BrotliEncoderParameter)b->p[i].key,
                                                         (uint32_t)b->p[i].value))
        return UV_EINVAL;
  } else {
    if (!(b->dec = BrotliDecoderCreateInstance(NULL, NULL, NULL)))
      return UV_ENOMEM;
    for (size_t i = 0; i < b->np; i++)
      if (b->p[i].key < 0 || !BrotliDecoderSetParameter(b->dec, (BrotliDecoderParameter)b->p[i].key,
                                                         (uint32_t)b->p[i].value))
        return UV_EINVAL;
  }
  return 0;
}

static void br_unmake(br *b) {
  if (b->enc)
    BrotliEncoderDestroyInstance(b->enc);
  if (b->dec)
    BrotliDecoderDestroyInstance(b->dec);
  b->enc = NULL;
  b->dec = NULL;
}

/* The prefix brotli 1.1's BrotliDecoderErrorString puts before an error's
 * name (Node's codes are "ERR_" + that); 1.0's leaves it out. */
static const char *error_prefix(BrotliDecoderErrorCode e) {
  const char *name = BrotliDecoderErrorString(e);
  if (name[0] == '_')
    return "";
  if (e <= -1 && e >= -16)
    return "_ERROR_FORMAT_";
  if (e <= -21 && e >= -30)
    return "_ERROR_ALLOC_";
  return e < 0 ? "_ERROR_" : "_";
}

static int br_run(zcodec *c, int flush, const uint8_t **in, size_t *in_n, uint8_t **out,
                  size_t *out_n) {
  br *b = (br *)c;
  if (b->enc) {
    BrotliEncoderOperation op = (BrotliEncoderOperation)flush;
    for (;;) {
      if (!BrotliEncoderCompressStream(b->enc, op, in_n, in, out_n, out, NULL))
        return zc_fail(c, -1, "Compression failed", "ERR_BROTLI_COMPRESSION_FAILED");
      if (op == BROTLI_OPERATION_FINISH && BrotliEncoderIsFinished(b->enc))
        return ZC_END;
      if (*out_n == 0)
        return ZC_OK;
      if (*in_n == 0 && !BrotliEncoderHasMoreOutput(b->enc) &&
          (op != BROTLI_OPERATION_FINISH))
        return ZC_OK;
    }
  }
  BrotliDecoderResult r = BrotliDecoderDecompressStream(b->dec, in_n, in, out_n, out, NULL);
  switch (r) {
  case BROTLI_DECODER_RESULT_SUCCESS:
    return ZC_END;
  case BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT:
    return ZC_OK; /* *out_n is 0 */
  case BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT:
    if (flush == BROTLI_OPERATION_FINISH)
      return zc_fail(c, -5, "unexpected end of file", "Z_BUF_ERROR");
    return ZC_OK;
  default: {
    BrotliDecoderErrorCode e = BrotliDecoderGetErrorCode(b->dec);
    char code[64];
    snprintf(code, sizeof code, "ERR_%s%s", error_prefix(e), BrotliDecoderErrorString(e));
    return zc_fail(c, e, "Decompression failed", code);
  }
  }
}

static int br_reset(zcodec *c) {
  br *b = (br *)c;
  br_unmake(b);
  c->failed = 0;
  return br_make(b) == 0 ? 0 : -1;
}

static int br_params(zcodec *c, int level, int strategy) {
  (void)c, (void)level, (void)strategy;
  return -1;
}

static size_t br_bound(zcodec *c, const uint8_t *in, size_t n) {
  (void)in;
  br *b = (br *)c;
  size_t m = b->enc ? BrotliEncoderMaxCompressedSize(n) : 0;
  return m ? m + 16 : 0;
}

static void br_destroy(zcodec *c) {
  br_unmake((br *)c);
  free(c);
}

static const zcodec_ops br_ops = {br_run, br_reset, br_params, br_bound, br_destroy};

zcodec *zc_brotli_new(int mode, const zparam *p, size_t np, const uint8_t *dict,
                      size_t ndict, int *why) {
  (void)dict;
  br *b = calloc(1, sizeof *b);
  *why = UV_ENOMEM;
  if (!b)
    return NULL;
  b->c.ops = &br_ops;
  b->c.mode = mode;
  if (ndict) {
    *why = UV_EINVAL; /* brotli takes no dictionary (as in Node) */
    free(b);
    return NULL;
  }
  b->np = np < ZLIB_MAX_PARAMS ? np : ZLIB_MAX_PARAMS;
  memcpy(b->p, p, b->np * sizeof *p);
  if ((*why = br_make(b)) < 0)
    goto fail;
  return &b->c;
fail:
  br_destroy(&b->c);
  return NULL;
}
