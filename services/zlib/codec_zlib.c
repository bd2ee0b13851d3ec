/* codec_zlib.c — deflate, inflate, gzip, gunzip, raw and unzip on zlib, with
 * Node's semantics where zlib leaves a choice: several gzip members in one
 * stream are one output (a zero byte after a member ends it), a dictionary
 * is applied when inflate asks for it, and a finish that leaves the stream
 * unfinished is "unexpected end of file" (Z_BUF_ERROR). */
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "codec.h"

typedef struct zl {
  zcodec c;
  z_stream s;
  int deflating;
  int level, strategy;
  uint8_t *dict;
  size_t ndict;
  int gzip_members; /* after a member ends, another may follow */
  int sniffed;      /* unzip: gzip_members set from the stream's first byte */
} zl;

static const char *zcode(int r) {
  switch (r) {
  case Z_NEED_DICT: return "Z_NEED_DICT";
  case Z_STREAM_END: return "Z_STREAM_END";
  case Z_ERRNO: return "Z_ERRNO";
  case Z_STREAM_ERROR: return "Z_STREAM_ERROR";
  case Z_DATA_ERROR: return "Z_DATA_ERROR";
  case Z_MEM_ERROR: return "Z_MEM_ERROR";
  case Z_BUF_ERROR: return "Z_BUF_ERROR";
  case Z_VERSION_ERROR: return "Z_VERSION_ERROR";
  default: return "Z_OK";
  }
}

/* Node's error for zlib's status r: zlib's own message when it left one. */
static int fail(zl *z, int r, const char *fallback) {
  return zc_fail(&z->c, r, z->s.msg ? z->s.msg : fallback, zcode(r));
}

/* The raw modes take the dictionary at the start; the others when inflate
 * asks for it (deflate: at the start too). */
static int set_dict_at_start(zl *z) {
  if (!z->ndict || z->c.mode == ZLIB_MODE_INFLATE || z->c.mode == ZLIB_MODE_GUNZIP ||
      z->c.mode == ZLIB_MODE_UNZIP)
    return Z_OK;
  return z->deflating ? deflateSetDictionary(&z->s, z->dict, (uInt)z->ndict)
                      : inflateSetDictionary(&z->s, z->dict, (uInt)z->ndict);
}

static int zl_run(zcodec *c, int flush, const uint8_t **in, size_t *in_n, uint8_t **out,
                  size_t *out_n) {
  zl *z = (zl *)c;
  /* unzip reads several members only when the stream is gzip (as Node's
   * unzip, which becomes gunzip or inflate by the first bytes) */
  if (c->mode == ZLIB_MODE_UNZIP && !z->sniffed && *in_n) {
    z->gzip_members = (*in)[0] == 0x1f;
    z->sniffed = 1;
  }
  for (;;) {
    /* zlib counts in uInt: feed at most 1 GiB of either side per call */
    uInt ain = *in_n > (1u << 30) ? 1u << 30 : (uInt)*in_n;
    uInt aout = *out_n > (1u << 30) ? 1u << 30 : (uInt)*out_n;
    z->s.next_in = (Bytef *)*in;
    z->s.avail_in = ain;
    z->s.next_out = *out;
    z->s.avail_out = aout;
    int r = z->deflating ? deflate(&z->s, flush) : inflate(&z->s, flush);
    *in += ain - z->s.avail_in;
    *in_n -= ain - z->s.avail_in;
    *out += aout - z->s.avail_out;
    *out_n -= aout - z->s.avail_out;
    if (z->deflating) {
      if (r == Z_STREAM_ERROR)
        return fail(z, r, "Zlib error");
      if (r == Z_STREAM_END)
        return ZC_END;
      if (*out_n == 0)
        return ZC_OK;
      if (*in_n && z->s.avail_in == 0)
        continue; /* more than one call's worth of input */
      return ZC_OK;
    }
    if (r == Z_NEED_DICT) {
      if (!z->ndict)
        return fail(z, r, "Missing dictionary");
      if (inflateSetDictionary(&z->s, z->dict, (uInt)z->ndict) != Z_OK)
        return zc_fail(c, Z_NEED_DICT, "Bad dictionary", "Z_NEED_DICT");
      continue;
    }
    if (r == Z_STREAM_END) {
      if (z->gzip_members && *in_n && **in != 0) {
        inflateReset(&z->s);
        continue;
      }
      return ZC_END;
    }
    if (r == Z_MEM_ERROR || r == Z_DATA_ERROR || r == Z_STREAM_ERROR)
      return fail(z, r, "Zlib error");
    if (*out_n == 0)
      return ZC_OK;
    if (*in_n)
      continue;
    if (flush == Z_FINISH)
      return zc_fail(c, Z_BUF_ERROR, "unexpected end of file", "Z_BUF_ERROR");
    return ZC_OK;
  }
}

static int zl_reset(zcodec *c) {
  zl *z = (zl *)c;
  int r = z->deflating ? deflateReset(&z->s) : inflateReset(&z->s);
  z->sniffed = 0;
  if (r == Z_OK)
    r = set_dict_at_start(z);
  c->failed = 0;
  return r == Z_OK ? 0 : -1;
}

static int zl_params(zcodec *c, int level, int strategy) {
  zl *z = (zl *)c;
  if (!z->deflating)
    return -1;
  /* deflateParams may need to flush: Node flushes first (Z_SYNC_FLUSH in
   * the facade), so the pending output is empty here */
  int r = deflateParams(&z->s, level, strategy);
  if (r != Z_OK && r != Z_BUF_ERROR)
    return -1;
  z->level = level;
  z->strategy = strategy;
  return 0;
}

static size_t zl_bound(zcodec *c, const uint8_t *in, size_t n) {
  zl *z = (zl *)c;
  if (z->deflating)
    return deflateBound(&z->s, n > ULONG_MAX ? ULONG_MAX : (uLong)n) + 16;
  /* gzip's trailer: the (last) member's length mod 2^32, trusted up to
   * deflate's largest ratio (1032:1) */
  if ((c->mode == ZLIB_MODE_GUNZIP || c->mode == ZLIB_MODE_UNZIP) && n >= 18 && in[0] == 0x1f) {
    size_t isize = (size_t)in[n - 4] | (size_t)in[n - 3] << 8 | (size_t)in[n - 2] << 16 |
                   (size_t)in[n - 1] << 24;
    return isize / 1032 <= n ? isize : 0;
  }
  return 0;
}

static void zl_destroy(zcodec *c) {
  zl *z = (zl *)c;
  if (z->deflating)
    deflateEnd(&z->s);
  else
    inflateEnd(&z->s);
  free(z->dict);
  free(z);
}

static const zcodec_ops zl_ops = {zl_run, zl_reset, zl_params, zl_bound, zl_destroy};

zcodec *zc_zlib_new(int mode, const zparam *p, size_t np, const uint8_t *dict, size_t ndict,
                    int *why) {
  int level = Z_DEFAULT_COMPRESSION, wbits = 15, mem = 8, strategy = Z_DEFAULT_STRATEGY;
  for (size_t i = 0; i < np; i++) {
    switch (p[i].key) {
    case ZLIB_P_LEVEL: level = p[i].value; break;
    case ZLIB_P_WINDOW_BITS: wbits = p[i].value; break;
    case ZLIB_P_MEM_LEVEL: mem = p[i].value; break;
    case ZLIB_P_STRATEGY: strategy = p[i].value; break;
    default: *why = UV_EINVAL; return NULL;
    }
  }
  zl *z = calloc(1, sizeof *z);
  if (!z) {
    *why = UV_ENOMEM;
    return NULL;
  }
  z->c.ops = &zl_ops;
  z->c.mode = mode;
  z->deflating = mode == ZLIB_MODE_DEFLATE || mode == ZLIB_MODE_GZIP ||
                 mode == ZLIB_MODE_DEFLATERAW;
  z->level = level;
  z->strategy = strategy;
  z->gzip_members = mode == ZLIB_MODE_GUNZIP || mode == ZLIB_MODE_UNZIP;
  if (ndict) {
    if (!(z->dict = malloc(ndict))) {
      free(z);
      *why = UV_ENOMEM;
      return NULL;
    }
    memcpy(z->dict, dict, ndict);
    z->ndict = ndict;
  }
  /* zlib refuses a window of 8 for gzip and raw streams; Node asks for 9 */
  if (wbits == 8 && (mode == ZLIB_MODE_GZIP || mode == ZLIB_MODE_DEFLATERAW))
    wbits = 9;
  int r;
  switch (mode) {
  case ZLIB_MODE_DEFLATE: r = deflateInit2(&z->s, level, Z_DEFLATED, wbits, mem, strategy); break;
  case ZLIB_MODE_GZIP: r = deflateInit2(&z->s, level, Z_DEFLATED, wbits + 16, mem, strategy); break;
  case ZLIB_MODE_DEFLATERAW: r = deflateInit2(&z->s, level, Z_DEFLATED, -wbits, mem, strategy); break;
  case ZLIB_MODE_INFLATE: r = inflateInit2(&z->s, wbits); break;
  case ZLIB_MODE_GUNZIP: r = inflateInit2(&z->s, wbits ? wbits + 16 : 0 + 16); break;
  case ZLIB_MODE_UNZIP: r = inflateInit2(&z->s, wbits ? wbits + 32 : 0 + 32); break;
  case ZLIB_MODE_INFLATERAW: r = inflateInit2(&z->s, -(wbits ? wbits : 15)); break;
  default: r = Z_STREAM_ERROR; break;
  }
  if (r != Z_OK) {
    free(z->dict);
    free(z);
    *why = r == Z_MEM_ERROR ? UV_ENOMEM : UV_EINVAL;
    return NULL;
  }
  if (set_dict_at_start(z) != Z_OK) {
    z->c.ops->destroy(&z->c);
    *why = UV_EINVAL;
    return NULL;
  }
  return &z->c;
}
