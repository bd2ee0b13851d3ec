/* module.c — the zlib service's loadable module (muk-zlib.so, linked with
 * zlib, libbrotlienc/dec and libzstd): the op handlers of zlib.h over the
 * codec interface (codec.h), the stream handles (handles.c) and the
 * contexts each worker keeps for one-shot requests.
 *
 * A one-shot COMPRESS reuses its worker's context of the same mode and
 * options (reset instead of made again: a deflate context is ~270 KiB of
 * allocations, a zstd one more), so 10,000 small gzipSync calls cost the
 * codec's work and little else. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "codec.h"
#include "fast_deflate.h"
#include "handles.h"
#include "zlib_module.h"

/* A worker's (or a sync caller's) state, the module's thread_init: its
 * reusable one-shot contexts behind `cache` (a wcache, made on its first
 * COMPRESS). */
typedef struct zlib_worker {
  void *cache;
} zlib_worker;

int zc_fail(zcodec *c, int64_t errnum, const char *message, const char *code) {
  c->failed = 1;
  c->err.errnum = errnum;
  snprintf(c->err.message, sizeof c->err.message, "%s", message);
  snprintf(c->err.code, sizeof c->err.code, "%s", code);
  return ZC_ERR;
}

static void free_plain(void *data, void *ud) {
  (void)ud;
  free(data);
}

static void reply_codec_error(muk_msg *m, zcodec *c) {
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, c->err.errnum);
  muk_msg_add_str(m, c->err.message, strlen(c->err.message));
  muk_msg_add_str(m, c->err.code, strlen(c->err.code));
  muk_reply(m, ZLIB_E_CODEC);
}

/* ---- making codecs ----------------------------------------------------- */

static int read_params(const uint8_t *b, size_t n, zparam *p, size_t *np) {
  if (n % 8 || n / 8 > ZLIB_MAX_PARAMS)
    return UV_EINVAL;
  for (size_t i = 0; i < n / 8; i++) {
    const uint8_t *q = b + i * 8;
    p[i].key = (int32_t)((uint32_t)q[0] | (uint32_t)q[1] << 8 | (uint32_t)q[2] << 16 |
                         (uint32_t)q[3] << 24);
    p[i].value = (int32_t)((uint32_t)q[4] | (uint32_t)q[5] << 8 | (uint32_t)q[6] << 16 |
                           (uint32_t)q[7] << 24);
  }
  *np = n / 8;
  return 0;
}

static zcodec *codec_new(int64_t mode, const uint8_t *pb, size_t npb, const uint8_t *dict,
                         size_t ndict, int *why) {
  zparam p[ZLIB_MAX_PARAMS];
  size_t np;
  if ((*why = read_params(pb, npb, p, &np)) < 0)
    return NULL;
  switch (mode) {
  case ZLIB_MODE_DEFLATE: case ZLIB_MODE_INFLATE: case ZLIB_MODE_GZIP: case ZLIB_MODE_GUNZIP:
  case ZLIB_MODE_DEFLATERAW: case ZLIB_MODE_INFLATERAW: case ZLIB_MODE_UNZIP:
    return zc_zlib_new((int)mode, p, np, dict, ndict, why);
  case ZLIB_MODE_BROTLI_DECODE: case ZLIB_MODE_BROTLI_ENCODE:
    return zc_brotli_new((int)mode, p, np, dict, ndict, why);
  case ZLIB_MODE_ZSTD_COMPRESS: case ZLIB_MODE_ZSTD_DECOMPRESS:
    return zc_zstd_new((int)mode, p, np, dict, ndict, why);
  default:
    *why = UV_EINVAL;
    return NULL;
  }
}

/* ---- running a codec into a growing buffer ----------------------------- */

typedef struct obuf {
  uint8_t *p;
  size_t len, cap;
} obuf;

/* Give back the room past o->len when it is most of the buffer. */
static void shrink(obuf *o) {
  if (o->len && o->len < o->cap / 2) {
    uint8_t *np = realloc(o->p, o->len);
    if (np) {
      o->p = np;
      o->cap = o->len;
    }
  }
}

/* Run in[0, n) through c with flush, appending to o, whose room may grow
 * up to limit bytes. Returns ZC_OK / ZC_END as run() (ZC_OK with
 * *full: the output reached limit before the codec was done), ZC_ERR, or
 * UV_ENOMEM. *used: the input consumed. */
static int drive(zcodec *c, int flush, const uint8_t *in, size_t n, obuf *o, size_t limit,
                 size_t *used, int *full) {
  const uint8_t *ip = in;
  size_t left = n;
  *full = 0;
  for (;;) {
    if (o->len == o->cap) {
      if (o->cap >= limit) {
        *full = 1;
        *used = n - left;
        return ZC_OK;
      }
      size_t cap = o->cap ? o->cap * 2 : 16384;
      if (cap > limit || cap < o->cap)
        cap = limit;
      uint8_t *np = realloc(o->p, cap);
      if (!np)
        return UV_ENOMEM;
      o->p = np;
      o->cap = cap;
    }
    uint8_t *op = o->p + o->len;
    size_t room = o->cap - o->len;
    int r = c->ops->run(c, flush, &ip, &left, &op, &room);
    o->len = o->cap - room;
    if (r == ZC_ERR)
      return ZC_ERR;
    if (room == 0)
      continue; /* full: grow (or stop at the limit) and go on */
    *used = n - left;
    return r;
  }
}

/* ---- the per-worker one-shot contexts ---------------------------------- */

#define NMODES 12

typedef struct cached {
  zcodec *c;
  uint8_t *key; /* params, then the dictionary */
  size_t nparams, ndict;
} cached;

typedef struct wcache {
  cached by_mode[NMODES];
  fast_deflate *fast; /* libdeflate's compressors */
} wcache;

static void cached_clear(cached *e) {
  if (e->c)
    e->c->ops->destroy(e->c);
  free(e->key);
  memset(e, 0, sizeof *e);
}

static void worker_free(void *p) {
  wcache *w = p;
  if (!w)
    return;
  for (int i = 0; i < NMODES; i++)
    cached_clear(&w->by_mode[i]);
  fast_deflate_free(w->fast);
  free(w);
}

/* A context for mode with these options: the worker's, reset, or a new
 * one (kept for next time when the codec can be reset). */
static zcodec *oneshot_codec(zlib_worker *wk, int64_t mode, const uint8_t *pb, size_t npb,
                             const uint8_t *dict, size_t ndict, int *why) {
  if (!wk->cache)
    wk->cache = calloc(1, sizeof(wcache));
  wcache *w = wk->cache;
  cached *e = w && mode > 0 && mode < NMODES ? &w->by_mode[mode] : NULL;
  if (e && e->c && e->nparams == npb && e->ndict == ndict &&
      (npb == 0 || memcmp(e->key, pb, npb) == 0) &&
      (ndict == 0 || memcmp(e->key + npb, dict, ndict) == 0)) {
    zcodec *c = e->c;
    e->c = NULL; /* taken: back with oneshot_done */
    if (c->ops->reset(c) == 0)
      return c;
    c->ops->destroy(c);
  }
  zcodec *c = codec_new(mode, pb, npb, dict, ndict, why);
  if (c && e && c->ops->reset(c) == 0) {
    cached_clear(e);
    if ((e->key = malloc(npb + ndict + 1))) {
      if (npb)
        memcpy(e->key, pb, npb);
      if (ndict)
        memcpy(e->key + npb, dict, ndict);
      e->nparams = npb;
      e->ndict = ndict;
    }
  }
  return c;
}

static void oneshot_done(zlib_worker *wk, zcodec *c) {
  wcache *w = wk->cache;
  cached *e = w && c->mode > 0 && c->mode < NMODES ? &w->by_mode[c->mode] : NULL;
  if (e && e->key && !e->c)
    e->c = c;
  else
    c->ops->destroy(c);
}

/* ---- ops --------------------------------------------------------------- */

/* COMPRESS (i64 mode, i64 flush, i64 maxOutputLength, bytes params, bytes
 * dictionary) + payload */
static void op_compress(zlib_worker *wk, muk_msg *m) {
  int64_t mode, flush, max;
  const uint8_t *pb, *dict;
  size_t npb, ndict;
  if (muk_msg_i64(m, 0, &mode) || muk_msg_i64(m, 1, &flush) || muk_msg_i64(m, 2, &max) ||
      muk_msg_bytes(m, 3, &pb, &npb) || muk_msg_bytes(m, 4, &dict, &ndict)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  if (flush < 0 || flush > 5 || max < 0) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  zparam p[ZLIB_MAX_PARAMS];
  size_t np;
  uint8_t *fast;
  size_t nfast;
  if (!wk->cache)
    wk->cache = calloc(1, sizeof(wcache));
  if (wk->cache && read_params(pb, npb, p, &np) == 0 &&
      fast_deflate_try(&((wcache *)wk->cache)->fast, (int)mode, (int)flush, p, np, ndict,
                       m->payload.data, m->payload.len, &fast, &nfast)) {
    if (nfast > (uint64_t)max) {
      free(fast);
      muk_reply(m, UV_ENOBUFS);
      return;
    }
    muk_msg_reset_args(m);
    muk_msg_set_payload(m, fast, nfast, free_plain, NULL);
    muk_reply(m, 0);
    return;
  }
  int why = 0;
  zcodec *c = oneshot_codec(wk, mode, pb, npb, dict, ndict, &why);
  if (!c) {
    muk_reply(m, why);
    return;
  }
  const uint8_t *in = m->payload.data;
  size_t n = m->payload.len, used;
  obuf o = {0};
  size_t bound = n ? c->ops->bound(c, in, n) : 0;
  /* one byte past the limit tells "exactly max" from "more than max" */
  size_t limit = (uint64_t)max >= SIZE_MAX - 1 ? SIZE_MAX - 1 : (size_t)max + 1;
  /* a decompressor's hint is exact in the common case: one byte more
   * lets it finish without growing */
  size_t first = bound ? bound + 1 : n < 4096 ? 16384 : n * 4;
  if (first > limit)
    first = limit;
  if (first && !(o.p = malloc(first))) {
    oneshot_done(wk, c);
    muk_reply(m, UV_ENOMEM);
    return;
  }
  o.cap = first;
  int full, r = drive(c, (int)flush, in, n, &o, limit, &used, &full);
  if (r == ZC_ERR) {
    free(o.p);
    reply_codec_error(m, c);
    c->ops->destroy(c); /* a failed context is not kept */
    return;
  }
  oneshot_done(wk, c);
  if (r < 0 || full || o.len > (uint64_t)max) {
    free(o.p);
    muk_reply(m, r < 0 ? r : UV_ENOBUFS);
    return;
  }
  shrink(&o); /* a bound far above the output */
  muk_msg_reset_args(m);
  muk_msg_set_payload(m, o.p, o.len, free_plain, NULL);
  muk_reply(m, 0);
}

/* STREAM_NEW (i64 mode, bytes params, bytes dictionary) -> i64 h */
static void op_stream_new(zhandles *t, muk_msg *m) {
  int64_t mode;
  const uint8_t *pb, *dict;
  size_t npb, ndict;
  if (muk_msg_i64(m, 0, &mode) || muk_msg_bytes(m, 1, &pb, &npb) ||
      muk_msg_bytes(m, 2, &dict, &ndict)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  int why = 0;
  zcodec *c = codec_new(mode, pb, npb, dict, ndict, &why);
  if (!c) {
    muk_reply(m, why);
    return;
  }
  int64_t h = zh_put(t, c);
  if (h < 0) {
    c->ops->destroy(c);
    muk_reply(m, (int)h);
    return;
  }
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, h);
  muk_reply(m, 0);
}

/* STREAM_WRITE (i64 h, i64 flush, i64 outCap) + payload */
static void op_stream_write(zhandles *t, muk_msg *m) {
  int64_t h, flush, cap;
  zcodec *c;
  if (muk_msg_i64(m, 0, &h) || muk_msg_i64(m, 1, &flush) || muk_msg_i64(m, 2, &cap)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  if (flush < 0 || flush > 5 || cap < 1 || cap > (1 << 30)) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  int r = zh_take(t, h, &c);
  if (r < 0) {
    muk_reply(m, r);
    return;
  }
  if (c->failed) {
    reply_codec_error(m, c);
    zh_give(t, h);
    return;
  }
  const uint8_t *in = m->payload.data;
  size_t n = m->payload.len, used = 0;
  obuf o = {0};
  /* the whole room at once: growing it by realloc copies and leaves holes
   * (a decompressor fills it more often than not) */
  size_t first = n ? c->ops->bound(c, in, n) : 0;
  if (!first || first > (size_t)cap)
    first = (size_t)cap;
  if (!(o.p = malloc(first))) {
    zh_give(t, h);
    muk_reply(m, UV_ENOMEM);
    return;
  }
  o.cap = first;
  int full;
  r = drive(c, (int)flush, in, n, &o, (size_t)cap, &used, &full);
  if (r == ZC_ERR) {
    free(o.p);
    reply_codec_error(m, c);
    zh_give(t, h);
    return;
  }
  zh_give(t, h);
  if (r < 0) {
    free(o.p);
    muk_reply(m, r);
    return;
  }
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, (int64_t)used);
  muk_msg_add_i64(m, full);
  /* the reply's bytes live as long as the script's Buffer, until the
   * collector runs: give back the room the codec did not use */
  shrink(&o);
  if (o.len) {
    muk_msg_set_payload(m, o.p, o.len, free_plain, NULL);
  } else {
    free(o.p);
    muk_msg_set_payload(m, NULL, 0, NULL, NULL); /* not the request's bytes */
  }
  muk_reply(m, 0);
}

/* STREAM_PARAMS (i64 h, i64 level, i64 strategy); STREAM_RESET (i64 h) */
static void op_stream_ctl(zhandles *t, muk_msg *m, int reset) {
  int64_t h, level = 0, strategy = 0;
  zcodec *c;
  if (muk_msg_i64(m, 0, &h) ||
      (!reset && (muk_msg_i64(m, 1, &level) || muk_msg_i64(m, 2, &strategy)))) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  int r = zh_take(t, h, &c);
  if (r < 0) {
    muk_reply(m, r);
    return;
  }
  if (reset) {
    if (c->ops->reset(c) < 0)
      r = UV_ENOMEM;
  } else if (level < -1 || level > 9 || strategy < 0 || strategy > 4 ||
             c->ops->params(c, (int)level, (int)strategy) < 0) {
    r = UV_EINVAL;
  }
  zh_give(t, h);
  muk_msg_reset_args(m);
  muk_reply(m, r);
}

/* CRC32 (i64 crc) + payload -> i64 crc */
static void op_crc32(muk_msg *m) {
  int64_t crc;
  if (muk_msg_i64(m, 0, &crc) || crc < 0 || crc > 0xffffffffll) {
    muk_reply(m, crc < 0 || crc > 0xffffffffll ? UV_EINVAL : MUK_EBADMSG);
    return;
  }
  uLong v = (uLong)crc;
  const uint8_t *p = m->payload.data;
  size_t n = m->payload.len;
  while (n) {
    uInt k = n > (1u << 30) ? 1u << 30 : (uInt)n;
    v = crc32(v, p, k);
    p += k;
    n -= k;
  }
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, (int64_t)v);
  muk_reply(m, 0);
}

static void handle(muk_service *svc, void *state, void *worker, muk_msg *m) {
  zhandles *t = state;
  zlib_worker *w = worker;
  (void)svc;
  switch (m->op) {
  case ZLIB_FREE: {
    int64_t h;
    if (muk_msg_i64(m, 0, &h)) {
      muk_reply(m, MUK_EBADMSG);
      return;
    }
    int r = zh_drop(t, h);
    muk_msg_reset_args(m);
    muk_reply(m, r);
    break;
  }
  case ZLIB_COMPRESS: op_compress(w, m); break;
  case ZLIB_STREAM_NEW: op_stream_new(t, m); break;
  case ZLIB_STREAM_WRITE: op_stream_write(t, m); break;
  case ZLIB_STREAM_PARAMS: op_stream_ctl(t, m, 0); break;
  case ZLIB_STREAM_RESET: op_stream_ctl(t, m, 1); break;
  case ZLIB_CRC32: op_crc32(m); break;
  default: muk_reply(m, MUK_ENOOP); break;
  }
}

static int start(muk_service *svc, void **state) {
  (void)svc;
  return (*state = zh_new()) ? 0 : UV_ENOMEM;
}

static void stop(muk_service *svc, void *state) {
  (void)svc;
  zh_free(state);
}

static void *thread_init(muk_service *svc) {
  (void)svc;
  return calloc(1, sizeof(zlib_worker));
}

static void thread_fini(muk_service *svc, void *worker) {
  zlib_worker *w = worker;
  (void)svc;
  worker_free(w->cache);
  free(w);
}

__attribute__((visibility("default"))) const muk_module muk_zlib_module = {
    .abi = ZLIB_MODULE_ABI,
    .nops = ZLIB_NOPS,
    .start = start,
    .handle = handle,
    .stop = stop,
    .thread_init = thread_init,
    .thread_fini = thread_fini,
};
