/* codec_zstd.c — zstd compression and decompression on libzstd, as Node
 * 22.15/23.8 define zlib's zstd classes: params keyed by ZSTD_c_* / ZSTD_d_*
 * (the library's own numbers), pledgedSrcSize, concatenated frames read as
 * one stream, a finish inside a frame is "unexpected end of file". Errors
 * carry zstd's message and its ZSTD_error_* name. */
#include <stdio.h>
#include <stdlib.h>

#define ZSTD_STATIC_LINKING_ONLY /* ZSTD_getErrorCode's enum names */
#include <zstd.h>
#include <zstd_errors.h>

#include "codec.h"

typedef struct zs {
  zcodec c;
  ZSTD_CCtx *cc;
  ZSTD_DCtx *dc;
  long long pledged; /* pledgedSrcSize, set again at each reset; -1: none */
  int mid_frame;     /* decompression: the last call left a frame open */
} zs;

/* Node's code names for zstd's errors (ZSTD_ErrorCode). */
static const char *zerr_name(ZSTD_ErrorCode e) {
  switch (e) {
  case ZSTD_error_GENERIC: return "ZSTD_error_GENERIC";
  case ZSTD_error_prefix_unknown: return "ZSTD_error_prefix_unknown";
  case ZSTD_error_version_unsupported: return "ZSTD_error_version_unsupported";
  case ZSTD_error_frameParameter_unsupported: return "ZSTD_error_frameParameter_unsupported";
  case ZSTD_error_frameParameter_windowTooLarge: return "ZSTD_error_frameParameter_windowTooLarge";
  case ZSTD_error_corruption_detected: return "ZSTD_error_corruption_detected";
  case ZSTD_error_checksum_wrong: return "ZSTD_error_checksum_wrong";
  case ZSTD_error_literals_headerWrong: return "ZSTD_error_literals_headerWrong";
  case ZSTD_error_dictionary_corrupted: return "ZSTD_error_dictionary_corrupted";
  case ZSTD_error_dictionary_wrong: return "ZSTD_error_dictionary_wrong";
  case ZSTD_error_dictionaryCreation_failed: return "ZSTD_error_dictionaryCreation_failed";
  case ZSTD_error_parameter_unsupported: return "ZSTD_error_parameter_unsupported";
  case ZSTD_error_parameter_outOfBound: return "ZSTD_error_parameter_outOfBound";
  case ZSTD_error_srcSize_wrong: return "ZSTD_error_srcSize_wrong";
  case ZSTD_error_memory_allocation: return "ZSTD_error_memory_allocation";
  case ZSTD_error_dstSize_tooSmall: return "ZSTD_error_dstSize_tooSmall";
  default: return "ZSTD_error_GENERIC";
  }
}

static int zfail(zcodec *c, size_t r) {
  ZSTD_ErrorCode e = ZSTD_getErrorCode(r);
  return zc_fail(c, (int64_t)e, ZSTD_getErrorString(e), zerr_name(e));
}

static int zs_run(zcodec *c, int flush, const uint8_t **in, size_t *in_n, uint8_t **out,
                  size_t *out_n) {
  zs *z = (zs *)c;
  ZSTD_inBuffer ib = {*in, *in_n, 0};
  ZSTD_outBuffer ob = {*out, *out_n, 0};
  int ret = ZC_OK;
  if (z->cc) {
    ZSTD_EndDirective end = flush == 2 ? ZSTD_e_end : flush == 1 ? ZSTD_e_flush : ZSTD_e_continue;
    for (;;) {
      size_t r = ZSTD_compressStream2(z->cc, &ob, &ib, end);
      if (ZSTD_isError(r)) {
        ret = zfail(c, r);
        break;
      }
      if (ob.pos == ob.size)
        break;
      if (end == ZSTD_e_continue ? ib.pos == ib.size : r == 0 && ib.pos == ib.size) {
        if (end == ZSTD_e_end)
          ret = ZC_END;
        break;
      }
    }
  } else {
    for (;;) {
      size_t in0 = ib.pos, out0 = ob.pos;
      size_t r = ZSTD_decompressStream(z->dc, &ob, &ib);
      if (ZSTD_isError(r)) {
        ret = zfail(c, r);
        break;
      }
      /* a call that moved nothing (no input left) tells nothing new:
       * between frames it hints at the next frame's header */
      if (ib.pos != in0 || ob.pos != out0)
        z->mid_frame = r != 0;
      if (ob.pos == ob.size)
        break;
      if (ib.pos == ib.size) {
        if (flush == 2 && z->mid_frame)
          ret = zc_fail(c, -5, "unexpected end of file", "Z_BUF_ERROR");
        break;
      }
    }
  }
  *in += ib.pos;
  *in_n -= ib.pos;
  *out += ob.pos;
  *out_n -= ob.pos;
  return ret;
}

static int zs_reset(zcodec *c) {
  zs *z = (zs *)c;
  c->failed = 0;
  z->mid_frame = 0;
  if (z->cc)
    return ZSTD_isError(ZSTD_CCtx_reset(z->cc, ZSTD_reset_session_only)) ||
                   (z->pledged >= 0 &&
                    ZSTD_isError(ZSTD_CCtx_setPledgedSrcSize(z->cc, (unsigned long long)z->pledged)))
               ? -1
               : 0;
  return ZSTD_isError(ZSTD_DCtx_reset(z->dc, ZSTD_reset_session_only)) ? -1 : 0;
}

static int zs_params(zcodec *c, int level, int strategy) {
  (void)c, (void)level, (void)strategy;
  return -1;
}

static size_t zs_bound(zcodec *c, const uint8_t *in, size_t n) {
  zs *z = (zs *)c;
  if (z->cc)
    return ZSTD_compressBound(n) + 16;
  /* the frame's content size, trusted up to a ratio of 4096:1 (a forged
   * header must not make a huge buffer; past it the output grows as it is
   * written) */
  unsigned long long size = ZSTD_getFrameContentSize(in, n);
  return size == ZSTD_CONTENTSIZE_UNKNOWN || size == ZSTD_CONTENTSIZE_ERROR || size / 4096 > n
             ? 0
             : (size_t)size;
}

static void zs_destroy(zcodec *c) {
  zs *z = (zs *)c;
  ZSTD_freeCCtx(z->cc);
  ZSTD_freeDCtx(z->dc);
  free(z);
}

static const zcodec_ops zs_ops = {zs_run, zs_reset, zs_params, zs_bound, zs_destroy};

zcodec *zc_zstd_new(int mode, const zparam *p, size_t np, const uint8_t *dict, size_t ndict,
                    int *why) {
  zs *z = calloc(1, sizeof *z);
  *why = UV_ENOMEM;
  if (!z)
    return NULL;
  z->c.ops = &zs_ops;
  z->c.mode = mode;
  z->pledged = -1;
  if (mode == ZLIB_MODE_ZSTD_COMPRESS) {
    if (!(z->cc = ZSTD_createCCtx()))
      goto fail;
    unsigned long long lo = 0, hi = 0;
    int pledged = 0;
    for (size_t i = 0; i < np; i++) {
      if (p[i].key == ZLIB_P_PLEDGED_SRC_SIZE) {
        lo = (uint32_t)p[i].value;
        pledged = 1;
      } else if (p[i].key == ZLIB_P_PLEDGED_SRC_SIZE_HI) {
        hi = (uint32_t)p[i].value;
      } else if (ZSTD_isError(ZSTD_CCtx_setParameter(z->cc, (ZSTD_cParameter)p[i].key,
                                                      p[i].value))) {
        goto inval;
      }
    }
    if (pledged) {
      z->pledged = (long long)(hi << 32 | lo);
      if (z->pledged < 0 ||
          ZSTD_isError(ZSTD_CCtx_setPledgedSrcSize(z->cc, (unsigned long long)z->pledged)))
        goto inval;
    }
    if (ndict && ZSTD_isError(ZSTD_CCtx_loadDictionary(z->cc, dict, ndict)))
      goto inval;
  } else {
    if (!(z->dc = ZSTD_createDCtx()))
      goto fail;
    for (size_t i = 0; i < np; i++)
      if (ZSTD_isError(ZSTD_DCtx_setParameter(z->dc, (ZSTD_dParameter)p[i].key, p[i].value)))
        goto inval;
    if (ndict && ZSTD_isError(ZSTD_DCtx_loadDictionary(z->dc, dict, ndict)))
      goto inval;
  }
  return &z->c;
inval:
  *why = UV_EINVAL;
fail:
  zs_destroy(&z->c);
  return NULL;
}
