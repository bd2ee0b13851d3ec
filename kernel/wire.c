/* wire.c — encoder and strict decoder for the muk wire format (docs/wire.md). */
#include "wire.h"
#include "wire_bytes.h"
#include "kernel_internal.h"
#include "wire_batch.h"
#include "wire_chunk.h"
#include "wire_sec.h"

#include <stdlib.h>
#include <string.h>
#include <zstd.h>

#define WIRE_MAGIC0 'M'
#define WIRE_MAGIC1 'U'
#define WIRE_MAGIC2 'K'
#define WIRE_MAGIC3 'W'
/* An output buffer that grew past this is given back after use. */
#define WIRE_KEEP_CAP (1u << 20)

struct muk_wire_codec {
  ZSTD_CCtx *cctx;
  ZSTD_DCtx *dctx;
  uint8_t *buf;
  size_t cap;
  int compress;   /* 0: every payload travels raw */
  int level;      /* zstd level (negative: zstd's fast levels) */
  size_t min;     /* compress payloads larger than this */
};

/* MUK_WIRE_ZSTD_LEVEL / MUK_WIRE_ZSTD_MIN override the defaults, for
 * measurements (tools/bench/run.py); the format does not depend on them. */
static long env_long(const char *name, long dflt, long lo, long hi) {
  const char *s = getenv(name);
  if (!s || !*s) return dflt;
  char *end;
  long v = strtol(s, &end, 10);
  return (*end || v < lo || v > hi) ? dflt : v;
}

muk_wire_codec *muk_wire_codec_new(void) {
  muk_wire_codec *c = calloc(1, sizeof(muk_wire_codec));
  if (!c) return NULL;
  c->compress = 1;
  c->level = (int)env_long("MUK_WIRE_ZSTD_LEVEL", MUK_WIRE_ZSTD_LEVEL, ZSTD_minCLevel(),
                           ZSTD_maxCLevel());
  if (c->level == 0) c->level = MUK_WIRE_ZSTD_LEVEL; /* zstd's 0 means "default" */
  c->min = (size_t)env_long("MUK_WIRE_ZSTD_MIN", MUK_WIRE_ZSTD_MIN, 0, MUK_WIRE_MAX_PAYLOAD);
  return c;
}

void muk_wire_codec_compress(muk_wire_codec *c, int on) {
  c->compress = on != 0;
}

void muk_wire_codec_free(muk_wire_codec *c) {
  if (!c) return;
  ZSTD_freeCCtx(c->cctx);
  ZSTD_freeDCtx(c->dctx);
  free(c->buf);
  free(c);
}


static int reserve(muk_wire_codec *c, size_t need) {
  if (need <= c->cap) return 0;
  size_t cap = c->cap ? c->cap : 4096;
  while (cap < need) cap *= 2;
  uint8_t *nb = malloc(cap); /* contents need not survive */
  if (!nb) return UV_ENOMEM;
  free(c->buf);
  c->buf = nb;
  c->cap = cap;
  return 0;
}

static int name_ok(const char *name, size_t len) {
  if (!name || len == 0 || len > MUK_WIRE_MAX_NAME) return 0;
  return memchr(name, 0, len) == NULL;
}

/* ---- encoder ----------------------------------------------------------*/
int muk_wire_encode(muk_wire_codec *c, const muk_wire_hdr *hdr,
                    const muk_msg *m, size_t headroom, const uint8_t **out,
                    size_t *outlen) {
  if (!name_ok(hdr->name, hdr->name_len)) return MUK_EBADMSG;
  if (hdr->status > 0) return MUK_EBADMSG;
  uint32_t nargs = m ? m->nargs : 0;
  if (nargs > MUK_MAX_ARGS) return MUK_EBADMSG;
  if (c->cap > WIRE_KEEP_CAP) { /* don't pin a big buffer forever */
    free(c->buf);
    c->buf = NULL;
    c->cap = 0;
  }

  size_t size = headroom + MUK_WIRE_HDR_SIZE + hdr->name_len;
  for (uint32_t i = 0; i < nargs; i++) {
    const muk_arg *a = &m->args[i];
    switch (a->type) {
    case MUK_T_I64:
    case MUK_T_F64: size += 1 + 8; break;
    case MUK_T_STR:
    case MUK_T_BYTES:
      if (a->len > MUK_WIRE_MAX_ARG) return MUK_ETOOBIG;
      if (a->len && !(a->type == MUK_T_STR ? (const void *)a->v.s
                                           : (const void *)a->v.b))
        return MUK_EBADMSG;
      size += 1 + 4 + (size_t)a->len;
      break;
    default: return MUK_EBADMSG;
    }
  }
  const uint8_t *pl = m ? m->payload.data : NULL;
  size_t plen = m ? m->payload.len : 0;
  if (plen && !pl) return MUK_EBADMSG;
  int chunked = (hdr->flags & MUK_WIRE_F_CHUNKED) != 0;
  if (chunked ? (!plen || plen > MUK_WIRE_MAX_STREAM) : plen > MUK_WIRE_MAX_PAYLOAD)
    return MUK_ETOOBIG;
  size_t total = plen;
  if (chunked) plen = 0; /* the bytes follow in CHUNK frames */
  size += 8; /* payload length */
  size_t fixed = size;
  int zstd = c->compress && plen > c->min;
  size += zstd ? ZSTD_compressBound(plen) : plen;
  /* room for muk_wire_seal()'s tag after the message */
  if (reserve(c, size + MUK_WIRE_TAG_SIZE)) return UV_ENOMEM;

  uint8_t *p = c->buf + headroom;
  uint8_t *payload_at = c->buf + fixed;
  size_t wire_plen = plen;
  uint32_t flags = hdr->flags & (MUK_F_REPLY | MUK_F_EVENT | MUK_WIRE_F_CHUNKED);
  if (zstd) {
    if (!c->cctx && !(c->cctx = ZSTD_createCCtx())) return UV_ENOMEM;
    size_t z = ZSTD_compressCCtx(c->cctx, payload_at, size - fixed, pl, plen,
                                 c->level);
    if (!ZSTD_isError(z) && z < plen) {
      wire_plen = z;
      flags |= MUK_F_WIRE_ZSTD;
    } else {
      zstd = 0; /* incompressible: carry it raw */
    }
  }
  if (!(flags & MUK_F_WIRE_ZSTD) && plen) memcpy(payload_at, pl, plen);
  size = fixed + wire_plen;
  if (size - headroom > MUK_WIRE_MAX_MSG) return MUK_ETOOBIG;

  /* envelope: an unprotected DATA frame until muk_wire_seal() */
  muk_wire_env_write(p, MUK_WK_DATA, 0, 0, 0);
  p[24] = (uint8_t)nargs;
  p[25] = 0;
  put16(p + 26, (uint16_t)hdr->name_len);
  put32(p + 28, flags);
  put32(p + 32, hdr->op);
  put32(p + 36, (uint32_t)hdr->status);
  put64(p + 40, hdr->id);
  p += MUK_WIRE_HDR_SIZE;
  memcpy(p, hdr->name, hdr->name_len);
  p += hdr->name_len;
  for (uint32_t i = 0; i < nargs; i++) {
    const muk_arg *a = &m->args[i];
    *p++ = a->type;
    switch (a->type) {
    case MUK_T_I64: put64(p, (uint64_t)a->v.i); p += 8; break;
    case MUK_T_F64: {
      uint64_t bits;
      memcpy(&bits, &a->v.f, 8);
      put64(p, bits);
      p += 8;
      break;
    }
    default:
      put32(p, a->len);
      p += 4;
      if (a->len)
        memcpy(p, a->type == MUK_T_STR ? (const void *)a->v.s
                                       : (const void *)a->v.b, a->len);
      p += a->len;
    }
  }
  put64(p, total);
  p += 8;
  (void)p;
  *out = c->buf;
  *outlen = size;
  return 0;
}

/* ---- decoder ----------------------------------------------------------*/
int muk_wire_parse(const uint8_t *buf, size_t len, muk_wire_view *v) {
  if (!buf || len < MUK_WIRE_HDR_SIZE + 1 + 8) return MUK_EBADMSG;
  if (len > MUK_WIRE_MAX_MSG) return MUK_ETOOBIG;
  /* The envelope's conn/seq/protection are muk_wire_open()'s business. */
  if (buf[0] != WIRE_MAGIC0 || buf[1] != WIRE_MAGIC1 || buf[2] != WIRE_MAGIC2 ||
      buf[3] != WIRE_MAGIC3 || buf[4] != MUK_WIRE_VERSION || buf[5] != MUK_WK_DATA)
    return MUK_EBADMSG;
  memset(v, 0, sizeof *v);
  v->nargs = buf[24];
  v->hdr.name_len = get16(buf + 26);
  v->hdr.flags = get32(buf + 28);
  v->hdr.op = get32(buf + 32);
  v->hdr.status = (int32_t)get32(buf + 36);
  v->hdr.id = get64(buf + 40);
  if (v->nargs > MUK_MAX_ARGS) return MUK_EBADMSG;
  if (v->hdr.flags & ~(uint32_t)MUK_WIRE_FLAGS_ALLOWED) return MUK_EBADMSG;
  if (v->hdr.status > 0) return MUK_EBADMSG;
  if (buf[25] != 0) return MUK_EBADMSG;

  size_t off = MUK_WIRE_HDR_SIZE;
  size_t rest = len - off;
  if (v->hdr.name_len > rest) return MUK_EBADMSG;
  v->hdr.name = (const char *)buf + off;
  if (!name_ok(v->hdr.name, v->hdr.name_len)) return MUK_EBADMSG;
  off += v->hdr.name_len;

  for (uint32_t i = 0; i < v->nargs; i++) {
    muk_arg *a = &v->args[i];
    if (len - off < 1) return MUK_EBADMSG;
    a->type = buf[off++];
    switch (a->type) {
    case MUK_T_I64:
      if (len - off < 8) return MUK_EBADMSG;
      a->v.i = (int64_t)get64(buf + off);
      off += 8;
      break;
    case MUK_T_F64: {
      if (len - off < 8) return MUK_EBADMSG;
      uint64_t bits = get64(buf + off);
      memcpy(&a->v.f, &bits, 8);
      off += 8;
      break;
    }
    case MUK_T_STR:
    case MUK_T_BYTES:
      if (len - off < 4) return MUK_EBADMSG;
      a->len = get32(buf + off);
      off += 4;
      if (a->len > MUK_WIRE_MAX_ARG || a->len > len - off) return MUK_EBADMSG;
      if (a->type == MUK_T_STR)
        a->v.s = (const char *)buf + off;
      else
        a->v.b = buf + off;
      off += a->len;
      break;
    default: return MUK_EBADMSG;
    }
  }
  if (len - off < 8) return MUK_EBADMSG;
  v->payload_len = get64(buf + off);
  off += 8;
  v->payload_wire = buf + off;
  v->payload_wire_len = len - off;
  if (v->hdr.flags & MUK_WIRE_F_CHUNKED) { /* the size only: CHUNK frames follow */
    if ((v->hdr.flags & MUK_F_WIRE_ZSTD) || v->payload_len == 0 ||
        v->payload_len > MUK_WIRE_MAX_STREAM || v->payload_wire_len != 0)
      return MUK_EBADMSG;
    return 0;
  }
  if (v->payload_len > MUK_WIRE_MAX_PAYLOAD) return MUK_EBADMSG;
  if (v->hdr.flags & MUK_F_WIRE_ZSTD) {
    if (v->payload_len == 0 || v->payload_wire_len == 0) return MUK_EBADMSG;
    /* The encoder writes the content size into the frame; it must agree
     * with the header before anything is allocated. */
    unsigned long long fcs =
        ZSTD_getFrameContentSize(v->payload_wire, v->payload_wire_len);
    if (fcs != v->payload_len) return MUK_EBADMSG;
    /* Exactly one frame, exactly filling the rest: walks block headers
     * only, so truncation and trailing bytes are caught before apply. */
    size_t fsz = ZSTD_findFrameCompressedSize(v->payload_wire, v->payload_wire_len);
    if (ZSTD_isError(fsz) || fsz != v->payload_wire_len) return MUK_EBADMSG;
  } else if (v->payload_wire_len != v->payload_len) {
    return MUK_EBADMSG; /* truncated, or trailing garbage */
  }
  return 0;
}

static void wire_free(void *data, void *ud) {
  (void)ud;
  free(data);
}

static int apply(muk_wire_codec *c, const muk_wire_view *v, muk_msg *m,
                 muk_free_fn keep_fn, void *keep_ud, int defer) {
  uint8_t *pl = NULL;
  muk_free_fn fn = NULL;
  void *ud = NULL;
  int kept = 0;
  size_t plen = (size_t)v->payload_len;
  int zstd = (v->hdr.flags & MUK_F_WIRE_ZSTD) != 0;
  if (v->hdr.flags & MUK_WIRE_F_CHUNKED) {
    plen = 0; /* the caller assembles the CHUNK frames */
  } else if (zstd && defer) { /* the frame itself; the worker inflates it */
    plen = v->payload_wire_len;
    if (keep_fn) {
      pl = (uint8_t *)v->payload_wire;
      fn = keep_fn;
      ud = keep_ud;
      kept = 1;
    } else {
      if (!(pl = malloc(plen)))
        return UV_ENOMEM;
      memcpy(pl, v->payload_wire, plen);
      fn = wire_free;
    }
  } else if (zstd) {
    if (!c->dctx && !(c->dctx = ZSTD_createDCtx())) return UV_ENOMEM;
    pl = malloc(plen);
    if (!pl) return UV_ENOMEM;
    size_t r = ZSTD_decompressDCtx(c->dctx, pl, plen, v->payload_wire,
                                   v->payload_wire_len);
    if (ZSTD_isError(r) || r != plen) {
      free(pl);
      return MUK_EBADMSG;
    }
    fn = wire_free;
  } else if (plen && keep_fn && plen >= 4096) {
    pl = (uint8_t *)v->payload_wire;
    fn = keep_fn;
    ud = keep_ud;
    kept = 1;
  } else if (plen) {
    pl = malloc(plen);
    if (!pl) return UV_ENOMEM;
    memcpy(pl, v->payload_wire, plen);
    fn = wire_free;
  }

  muk_msg_reset_args(m);
  for (uint32_t i = 0; i < v->nargs; i++) {
    const muk_arg *a = &v->args[i];
    int rc = 0;
    switch (a->type) {
    case MUK_T_I64: rc = muk_msg_add_i64(m, a->v.i); break;
    case MUK_T_F64: rc = muk_msg_add_f64(m, a->v.f); break;
    case MUK_T_STR: rc = muk_msg_add_str(m, a->v.s, a->len); break;
    default: rc = muk_msg_add_bytes(m, a->v.b, a->len); break;
    }
    if (rc) {
      muk_msg_reset_args(m);
      if (pl && !kept) free(pl);
      return rc;
    }
  }
  muk_msg_set_payload(m, pl, pl ? plen : 0, fn, ud);
  m->op = v->hdr.op;
  m->status = v->hdr.status;
  m->flags = (m->flags & ~(uint32_t)(MUK_F_REPLY | MUK_F_EVENT |
                                     MUK_F_WIRE_ZSTD)) |
             (v->hdr.flags & (MUK_F_REPLY | MUK_F_EVENT));
  if (zstd && defer)
    m->flags |= MUK_F_WIRE_ZSTD;
  return kept;
}

int muk_wire_apply(muk_wire_codec *c, const muk_wire_view *v, muk_msg *m,
                   muk_free_fn keep_fn, void *keep_ud) {
  return apply(c, v, m, keep_fn, keep_ud, 0);
}

int muk_wire_apply_deferred(muk_wire_codec *c, const muk_wire_view *v,
                            muk_msg *m, muk_free_fn keep_fn, void *keep_ud) {
  return apply(c, v, m, keep_fn, keep_ud, 1);
}

int muk__wire_inflate(muk_msg *m) {
  const uint8_t *src = m->payload.data;
  size_t srclen = m->payload.len;
  unsigned long long n;
  uint8_t *pl;
  size_t r;
  m->flags &= ~(uint32_t)MUK_F_WIRE_ZSTD;
  n = src ? ZSTD_getFrameContentSize(src, srclen) : ZSTD_CONTENTSIZE_ERROR;
  /* Bounded like the decoder's: the declared size, at most the maximum. */
  if (n == ZSTD_CONTENTSIZE_ERROR || n == ZSTD_CONTENTSIZE_UNKNOWN || n == 0 ||
      n > MUK_WIRE_MAX_PAYLOAD || !(pl = malloc((size_t)n))) {
    muk_msg_set_payload(m, NULL, 0, NULL, NULL);
    return MUK_EBADMSG;
  }
  /* One-shot: a context per call costs little beside >= 64 KiB of output,
   * and keeps no per-thread state to free at thread exit. */
  r = ZSTD_decompress(pl, (size_t)n, src, srclen);
  if (ZSTD_isError(r) || r != n) {
    free(pl);
    muk_msg_set_payload(m, NULL, 0, NULL, NULL);
    return MUK_EBADMSG;
  }
  muk_msg_set_payload(m, pl, (size_t)n, wire_free, NULL);
  return 0;
}

/* The handshake readers over a frame of their kind. */
static int fuzz_handshake(const uint8_t *buf, size_t len, const muk_wire_env *e) {
  muk_wire_hello h;
  muk_wire_welcome w;
  int32_t st;
  uint64_t echo;
  const char *msg;
  size_t ml;
  switch (e->kind) {
  case MUK_WK_HELLO: return muk_wire_hello_read(buf, len, e, &h);
  case MUK_WK_WELCOME: return muk_wire_welcome_read(buf, len, e, &w);
  case MUK_WK_REFUSE: return muk_wire_refuse_read(buf, len, e, &st, &echo, &msg, &ml);
  default: return MUK_EBADMSG;
  }
}

int muk_wire_fuzz_one(muk_kernel *k, muk_wire_codec *c, const uint8_t *buf,
                      size_t len) {
  muk_wire_env e;
  int rc = muk_wire_env_read(buf, len, &e);
  if (rc) return rc;
  if (e.kind == MUK_WK_CHUNK && !e.sec) { /* parse, then write it out */
    muk_wire_chunk ck;
    uint8_t *dst;
    if ((rc = muk_wire_chunk_parse(buf, len, &ck))) return rc;
    muk_wire_chunker *ch = muk_wire_chunker_new();
    if (!ch || !(dst = malloc(ck.raw_len))) {
      muk_wire_chunker_free(ch);
      return UV_ENOMEM;
    }
    rc = muk_wire_chunk_copy(ch, &ck, dst);
    free(dst);
    muk_wire_chunker_free(ch);
    return rc;
  }
  if (e.kind == MUK_WK_BATCH && !e.sec) { /* each item as a DATA frame */
    if ((rc = muk_wire_batch_check(buf, len)) < 0) return rc;
    size_t off = 0, n;
    const uint8_t *it;
    while (muk_wire_batch_next(buf, len, &off, &it, &n) == 0) {
      uint8_t *copy = malloc(n); /* exact size: reads past it trip ASan */
      if (!copy) return UV_ENOMEM;
      memcpy(copy, it, n);
      muk_wire_fuzz_one(k, c, copy, n);
      free(copy);
    }
    return 0;
  }
  if (e.kind != MUK_WK_DATA) return fuzz_handshake(buf, len, &e);
  /* Unprotected DATA only: a fuzzer cannot forge tags, and the link's
   * checks (wire_sec.c) are the unit tests'. */
  if (e.sec) return MUK_EBADMSG;
  muk_wire_view v;
  rc = muk_wire_parse(buf, len, &v);
  if (rc) return rc;
  muk_msg *m = muk_msg_new(k);
  if (!m) return UV_ENOMEM;
  rc = muk_wire_apply(c, &v, m, NULL, NULL);
  if (rc >= 0) {
    /* Re-encode what was decoded: must succeed and parse again. */
    const uint8_t *out;
    size_t outlen;
    int e = muk_wire_encode(c, &v.hdr, m, 0, &out, &outlen);
    if (e == 0) {
      muk_wire_view v2;
      if (muk_wire_parse(out, outlen, &v2) != 0) abort();
      if (v2.nargs != v.nargs || v2.payload_len != v.payload_len) abort();
    }
    rc = 0;
  }
  muk_msg_free(m);
  return rc;
}

/* ---- version 1 peers ----------------------------------------------------*/
size_t muk_wire_v1_refusal(uint8_t *out, size_t cap, const uint8_t *req, size_t len,
                           int32_t status, const char *msg) {
  /* v1 header: magic, version 1, nargs, name_len u16, flags u32, op u32,
   * id u64, status i32, reserved u32; then the name */
  if (len < 32 || memcmp(req, "MUKW\1", 5)) return 0;
  size_t name_len = get16(req + 6), mlen = strlen(msg);
  if (name_len == 0 || name_len > MUK_WIRE_MAX_NAME || name_len > len - 32 ||
      memchr(req + 32, 0, name_len) || (get32(req + 8) & MUK_F_REPLY))
    return 0;
  size_t n = 32 + name_len + 1 + 4 + mlen + 8;
  if (n > cap) return 0;
  memcpy(out, req, 8); /* magic, version 1, name_len (nargs fixed below) */
  out[5] = 1;
  put32(out + 8, MUK_F_REPLY);
  memcpy(out + 12, req + 12, 12); /* op, id */
  put32(out + 24, (uint32_t)status);
  put32(out + 28, 0);
  uint8_t *p = out + 32;
  memcpy(p, req + 32, name_len);
  p += name_len;
  *p++ = MUK_T_STR;
  put32(p, (uint32_t)mlen);
  memcpy(p + 4, msg, mlen);
  p += 4 + mlen;
  put64(p, 0);
  return n;
}
