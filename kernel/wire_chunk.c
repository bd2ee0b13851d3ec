/* wire_chunk.c — CHUNK frames (wire_chunk.h, docs/wire.md). */
#include "wire_chunk.h"
#include "wire_bytes.h"

#include <stdlib.h>
#include <string.h>
#include <zstd.h>

#include "muk.h"
#include "wire.h"
#include "wire_sec.h"

struct muk_wire_chunker {
  ZSTD_CCtx *cctx;
  ZSTD_DCtx *dctx;
  int compress, level;
  uint8_t buf[MUK_WIRE_CHUNK_HDR + MUK_WIRE_CHUNK_MAX + MUK_WIRE_TAG_SIZE];
};


muk_wire_chunker *muk_wire_chunker_new(void) {
  muk_wire_chunker *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  c->compress = 1;
  const char *s = getenv("MUK_WIRE_ZSTD_LEVEL");
  int lv = s && *s ? atoi(s) : 0;
  c->level = lv >= ZSTD_minCLevel() && lv <= ZSTD_maxCLevel() && lv ? lv : MUK_WIRE_ZSTD_LEVEL;
  return c;
}

void muk_wire_chunker_free(muk_wire_chunker *c) {
  if (!c) return;
  ZSTD_freeCCtx(c->cctx);
  ZSTD_freeDCtx(c->dctx);
  free(c);
}

void muk_wire_chunker_compress(muk_wire_chunker *c, int on) { c->compress = on != 0; }

int muk_wire_chunk_encode(muk_wire_chunker *c, uint64_t id, uint64_t off,
                          const uint8_t *data, size_t len, const uint8_t **out,
                          size_t *outlen) {
  if (!len || len > MUK_WIRE_CHUNK_MAX || !data) return MUK_EBADMSG;
  uint8_t *p = c->buf, *d = p + MUK_WIRE_CHUNK_HDR;
  size_t n = len;
  uint8_t flags = 0;
  if (c->compress) {
    if (!c->cctx && !(c->cctx = ZSTD_createCCtx())) return UV_ENOMEM;
    /* a result that does not fit in len bytes is no gain: it travels raw */
    size_t z = ZSTD_compressCCtx(c->cctx, d, len - 1, data, len, c->level);
    if (!ZSTD_isError(z)) {
      n = z;
      flags = MUK_WIRE_CHUNK_ZSTD;
    }
  }
  if (!flags) memcpy(d, data, len);
  muk_wire_env_write(p, MUK_WK_CHUNK, 0, 0, 0);
  put64(p + 24, id);
  put64(p + 32, off);
  put32(p + 40, (uint32_t)len);
  p[44] = flags;
  p[45] = p[46] = p[47] = 0;
  *out = p;
  *outlen = MUK_WIRE_CHUNK_HDR + n;
  return 0;
}

int muk_wire_chunk_parse(const uint8_t *buf, size_t len, muk_wire_chunk *k) {
  memset(k, 0, sizeof *k);
  if (!buf || len < MUK_WIRE_CHUNK_HDR) {
    if (buf && len >= 32) k->id = get64(buf + 24);
    return MUK_EBADMSG;
  }
  k->id = get64(buf + 24);
  if (buf[5] != MUK_WK_CHUNK) return MUK_EBADMSG;
  k->off = get64(buf + 32);
  k->raw_len = get32(buf + 40);
  uint8_t flags = buf[44];
  if ((flags & ~MUK_WIRE_CHUNK_ZSTD) || buf[45] || buf[46] || buf[47]) return MUK_EBADMSG;
  if (k->raw_len == 0 || k->raw_len > MUK_WIRE_CHUNK_MAX) return MUK_EBADMSG;
  if (k->off > MUK_WIRE_MAX_STREAM) return MUK_EBADMSG;
  k->zstd = flags & MUK_WIRE_CHUNK_ZSTD;
  k->data = buf + MUK_WIRE_CHUNK_HDR;
  k->data_len = len - MUK_WIRE_CHUNK_HDR;
  if (!k->zstd) return k->data_len == k->raw_len ? 0 : MUK_EBADMSG;
  if (!k->data_len) return MUK_EBADMSG;
  unsigned long long fcs = ZSTD_getFrameContentSize(k->data, k->data_len);
  if (fcs != k->raw_len) return MUK_EBADMSG;
  size_t fsz = ZSTD_findFrameCompressedSize(k->data, k->data_len);
  if (ZSTD_isError(fsz) || fsz != k->data_len) return MUK_EBADMSG;
  return 0;
}

int muk_wire_chunk_copy(muk_wire_chunker *c, const muk_wire_chunk *k, uint8_t *dst) {
  if (!k->zstd) {
    memcpy(dst, k->data, k->raw_len);
    return 0;
  }
  if (!c->dctx && !(c->dctx = ZSTD_createDCtx())) return UV_ENOMEM;
  size_t r = ZSTD_decompressDCtx(c->dctx, dst, k->raw_len, k->data, k->data_len);
  return ZSTD_isError(r) || r != k->raw_len ? MUK_EBADMSG : 0;
}
