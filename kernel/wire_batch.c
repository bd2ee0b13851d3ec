/* wire_batch.c — BATCH frames (wire_batch.h, docs/wire.md). */
#include "wire_batch.h"
#include "wire_bytes.h"

#include <stdlib.h>
#include <string.h>

#include "muk.h"
#include "wire.h"
#include "wire_sec.h"


int muk_wire_batch_full(const muk_wire_batch *b, size_t n) {
  return b->count && (b->count >= MUK_WIRE_BATCH_MAX_ITEMS ||
                      b->len + 4 + n > MUK_WIRE_BATCH_BYTES);
}

int muk_wire_batch_add(muk_wire_batch *b, size_t headroom, const uint8_t *f, size_t n) {
  if (headroom > MUK_WIRE_BATCH_HDR + 4) return UV_EINVAL; /* see batch_frame */
  if (!b->count) {
    b->head = headroom;
    b->len = MUK_WIRE_BATCH_HDR;
  }
  size_t need = b->head + b->len + 4 + n + MUK_WIRE_TAG_SIZE;
  if (need > b->cap) {
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < need) cap *= 2;
    uint8_t *nb = realloc(b->buf, cap);
    if (!nb) return UV_ENOMEM;
    b->buf = nb;
    b->cap = cap;
  }
  uint8_t *p = b->buf + b->head + b->len;
  put32(p, (uint32_t)n);
  memcpy(p + 4, f, n);
  b->len += 4 + n;
  b->count++;
  return 0;
}

uint8_t *muk_wire_batch_frame(muk_wire_batch *b, size_t *len) {
  if (!b->count) return NULL;
  uint8_t *f = b->buf + b->head;
  if (b->count == 1) { /* alone: the DATA frame itself; its headroom is
                          the batch header's room in front of it */
    *len = b->head + b->len - MUK_WIRE_BATCH_HDR - 4;
    return f + MUK_WIRE_BATCH_HDR + 4 - b->head;
  }
  muk_wire_env_write(f, MUK_WK_BATCH, 0, 0, 0);
  f[24] = (uint8_t)b->count;
  f[25] = (uint8_t)(b->count >> 8);
  f[26] = f[27] = 0;
  *len = b->head + b->len;
  return b->buf;
}

void muk_wire_batch_reset(muk_wire_batch *b) {
  b->count = 0;
  b->len = 0;
  if (b->cap > 4 * MUK_WIRE_BATCH_BYTES) {
    free(b->buf);
    b->buf = NULL;
    b->cap = 0;
  }
}

void muk_wire_batch_free(muk_wire_batch *b) {
  free(b->buf);
  memset(b, 0, sizeof *b);
}

int muk_wire_batch_check(const uint8_t *buf, size_t len) {
  if (!buf || len < MUK_WIRE_BATCH_HDR || buf[5] != MUK_WK_BATCH) return MUK_EBADMSG;
  uint32_t count = (uint32_t)buf[24] | (uint32_t)buf[25] << 8;
  if (count < 2 || count > MUK_WIRE_BATCH_MAX_ITEMS || buf[26] || buf[27]) return MUK_EBADMSG;
  size_t off = MUK_WIRE_BATCH_HDR;
  for (uint32_t i = 0; i < count; i++) {
    if (len - off < 4) return MUK_EBADMSG;
    uint32_t n = get32(buf + off);
    off += 4;
    if (n < MUK_WIRE_ENV_SIZE || n > MUK_WIRE_BATCH_ITEM_MAX || n > len - off) return MUK_EBADMSG;
    const uint8_t *it = buf + off;
    /* an unprotected DATA envelope, conn and seq 0: the batch's own
     * envelope and tag speak for it */
    static const uint8_t zero[18];
    if (memcmp(it, buf, 5) || it[5] != MUK_WK_DATA || memcmp(it + 6, zero, 18))
      return MUK_EBADMSG;
    off += n;
  }
  return off == len ? (int)count : MUK_EBADMSG;
}

int muk_wire_batch_next(const uint8_t *buf, size_t len, size_t *off, const uint8_t **item,
                        size_t *n) {
  if (*off == 0) *off = MUK_WIRE_BATCH_HDR;
  if (*off + 4 > len) return -1;
  *n = get32(buf + *off);
  *item = buf + *off + 4;
  *off += 4 + *n;
  return 0;
}
