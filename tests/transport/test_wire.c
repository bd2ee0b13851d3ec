/* test_wire.c — the wire codec: round trips of every argument type and of
 * payloads of 0, small, 64 KiB+1 (compressed) and several MiB; strict
 * rejection of truncated, trailing and corrupted input. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "muk.h"
#include "wire.h"

#define CHECK(c)                                                          \
  do {                                                                    \
    if (!(c)) {                                                           \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #c); \
      exit(1);                                                            \
    }                                                                     \
  } while (0)

static muk_kernel *k;
static muk_wire_codec *codec;

static uint64_t rng = 88172645463325252ull;
static uint64_t next_rand(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}

static void fill(uint8_t *p, size_t n, int compressible) {
  for (size_t i = 0; i < n; i++)
    p[i] = compressible ? (uint8_t)("muk wire "[i % 9] + (i / 4096) % 3)
                        : (uint8_t)next_rand();
}

static void free_cb(void *d, void *ud) { free(d); }
static void free_ud(void *d, void *ud) { free(ud); }

/* Encode m, parse, apply into a fresh message, compare. Returns the encoded
 * size (without headroom). */
static size_t roundtrip(muk_msg *m, uint32_t flags_expect_zstd) {
  muk_wire_hdr h = {"sys", 3, m->op, 0x1122334455667788ull, -2, MUK_F_REPLY};
  const uint8_t *out;
  size_t len;
  CHECK(muk_wire_encode(codec, &h, m, 4, &out, &len) == 0);
  uint8_t *copy = malloc(len - 4);
  memcpy(copy, out + 4, len - 4);
  size_t wlen = len - 4;

  muk_wire_view v;
  CHECK(muk_wire_parse(copy, wlen, &v) == 0);
  CHECK(v.hdr.name_len == 3 && memcmp(v.hdr.name, "sys", 3) == 0);
  CHECK(v.hdr.op == m->op);
  CHECK(v.hdr.id == 0x1122334455667788ull);
  CHECK(v.hdr.status == -2);
  CHECK(v.hdr.flags & MUK_F_REPLY);
  CHECK(!!(v.hdr.flags & MUK_F_WIRE_ZSTD) == !!flags_expect_zstd);
  CHECK(v.nargs == m->nargs);
  CHECK(v.payload_len == m->payload.len);

  muk_msg *r = muk_msg_new(k);
  /* Zero-copy path for large raw payloads: the message takes the buffer. */
  int rc = muk_wire_apply(codec, &v, r, free_ud, copy);
  CHECK(rc == 0 || rc == 1);
  CHECK(r->op == m->op && r->status == -2 && (r->flags & MUK_F_REPLY));
  CHECK(r->nargs == m->nargs);
  for (uint32_t i = 0; i < m->nargs; i++) {
    const muk_arg *a = &m->args[i], *b = &r->args[i];
    CHECK(a->type == b->type);
    switch (a->type) {
    case MUK_T_I64: CHECK(a->v.i == b->v.i); break;
    case MUK_T_F64: CHECK(memcmp(&a->v.f, &b->v.f, 8) == 0); break;
    case MUK_T_STR:
      CHECK(a->len == b->len && memcmp(a->v.s, b->v.s, a->len) == 0);
      CHECK(b->v.s[b->len] == 0); /* the kernel's NUL */
      break;
    case MUK_T_BYTES:
      CHECK(a->len == b->len && (a->len == 0 || memcmp(a->v.b, b->v.b, a->len) == 0));
      break;
    }
  }
  CHECK(r->payload.len == m->payload.len);
  if (m->payload.len) CHECK(memcmp(r->payload.data, m->payload.data, m->payload.len) == 0);
  muk_msg_free(r);
  if (rc == 0) free(copy);
  return wlen;
}

static void test_args(void) {
  muk_msg *m = muk_msg_new(k);
  m->op = 7;
  CHECK(muk_msg_add_i64(m, INT64_MIN) == 0);
  CHECK(muk_msg_add_i64(m, -1) == 0);
  CHECK(muk_msg_add_f64(m, 3.141592653589793) == 0);
  CHECK(muk_msg_add_f64(m, -0.0) == 0);
  CHECK(muk_msg_add_str(m, "", 0) == 0);
  CHECK(muk_msg_add_str(m, "h\xc3\xa9llo", 6) == 0);
  CHECK(muk_msg_add_bytes(m, "\0\1\2\377", 4) == 0);
  char big[1000];
  memset(big, 'x', sizeof big);
  CHECK(muk_msg_add_str(m, big, sizeof big) == 0); /* spills to the heap */
  roundtrip(m, 0);
  muk_msg_reset_args(m);
  CHECK(muk_msg_add_bytes(m, NULL, 0) == 0);
  roundtrip(m, 0);
  muk_msg_reset_args(m);
  roundtrip(m, 0); /* no args, no payload */
  muk_msg_free(m);
}

static void test_payload(size_t n, int compressible, int expect_zstd) {
  muk_msg *m = muk_msg_new(k);
  m->op = 1;
  muk_msg_add_i64(m, (int64_t)n);
  uint8_t *p = malloc(n ? n : 1);
  fill(p, n, compressible);
  muk_msg_set_payload(m, n ? p : NULL, n, n ? free_cb : NULL, NULL);
  if (!n) free(p);
  size_t w = roundtrip(m, expect_zstd);
  if (expect_zstd) CHECK(w < n);
  muk_msg_free(m);
}

static void test_reject(void) {
  muk_msg *m = muk_msg_new(k);
  muk_msg_add_i64(m, 42);
  muk_msg_add_str(m, "abc", 3);
  muk_msg_add_bytes(m, "xyz", 3);
  muk_msg_add_f64(m, 1.5);
  uint8_t *p = malloc(100000);
  fill(p, 100000, 1);
  muk_msg_set_payload(m, p, 100000, free_cb, NULL);
  muk_wire_hdr h = {"svc", 3, 2, 9, 0, 0};
  const uint8_t *out;
  size_t len;
  CHECK(muk_wire_encode(codec, &h, m, 0, &out, &len) == 0);
  uint8_t *good = malloc(len + 1);
  memcpy(good, out, len);
  muk_wire_view v;
  CHECK(muk_wire_parse(good, len, &v) == 0);
  CHECK(v.hdr.flags & MUK_F_WIRE_ZSTD);

  /* every truncation is rejected */
  for (size_t i = 0; i < len; i++) {
    uint8_t *t = malloc(i ? i : 1); /* exact size: ASan catches overreads */
    memcpy(t, good, i);
    CHECK(muk_wire_parse(t, i, &v) != 0);
    free(t);
  }
  /* trailing garbage is rejected (raw payload) */
  muk_msg_set_payload(m, NULL, 0, NULL, NULL);
  CHECK(muk_wire_encode(codec, &h, m, 0, &out, &len) == 0);
  uint8_t *t = malloc(len + 1);
  memcpy(t, out, len);
  t[len] = 0;
  CHECK(muk_wire_parse(t, len, &v) == 0);
  CHECK(muk_wire_parse(t, len + 1, &v) == MUK_EBADMSG);
  /* header corruptions */
  struct { size_t off; uint8_t val; } bad[] = {
      {0, 'X'}, {4, 2}, {5, 9}, {6, 0}, {7, 1}, {8, 0x80}, {10, 1},
      {24, 1}, {28, 1}, {32, 0}, {35, 9},
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    uint8_t save = t[bad[i].off];
    if (bad[i].off == 6) { /* name_len 0 */
      uint8_t s7 = t[7];
      t[6] = 0; t[7] = 0;
      CHECK(muk_wire_parse(t, len, &v) == MUK_EBADMSG);
      t[6] = save; t[7] = s7;
      continue;
    }
    t[bad[i].off] = bad[i].val;
    CHECK(muk_wire_parse(t, len, &v) == MUK_EBADMSG);
    t[bad[i].off] = save;
  }
  CHECK(muk_wire_parse(t, len, &v) == 0);
  /* positive status (byte 27 is the status's top byte) */
  t[27] = 0x00; t[24] = 5;
  CHECK(muk_wire_parse(t, len, &v) == MUK_EBADMSG);
  free(t);

  /* corrupt zstd data: parse may pass (frame header intact), apply fails */
  CHECK(muk_wire_encode(codec, &h, NULL, 0, &out, &len) == 0); /* header only */
  size_t glen;
  {
    muk_msg *z = muk_msg_new(k);
    uint8_t *zp = malloc(200000);
    fill(zp, 200000, 1);
    muk_msg_set_payload(z, zp, 200000, free_cb, NULL);
    CHECK(muk_wire_encode(codec, &h, z, 0, &out, &glen) == 0);
    uint8_t *zc = malloc(glen);
    memcpy(zc, out, glen);
    muk_msg_free(z);
    CHECK(muk_wire_parse(zc, glen, &v) == 0 && (v.hdr.flags & MUK_F_WIRE_ZSTD));
    for (size_t i = glen - 20; i < glen; i++) zc[i] ^= 0x5a;
    muk_msg *r = muk_msg_new(k);
    muk_msg_add_i64(r, 1);
    int rc = muk_wire_parse(zc, glen, &v);
    if (rc == 0) {
      CHECK(muk_wire_apply(codec, &v, r, NULL, NULL) == MUK_EBADMSG);
      CHECK(r->nargs == 1); /* unchanged on failure */
    }
    /* declared size that disagrees with the frame */
    memcpy(zc, out, glen);
    CHECK(muk_wire_parse(zc, glen, &v) == 0);
    size_t plen_off = (size_t)(v.payload_wire - zc) - 8;
    zc[plen_off] ^= 1;
    CHECK(muk_wire_parse(zc, glen, &v) == MUK_EBADMSG);
    muk_msg_free(r);
    free(zc);
  }
  free(good);
  muk_msg_free(m);
}

static void test_limits(void) {
  muk_msg *m = muk_msg_new(k);
  /* bad names */
  muk_wire_hdr h = {"", 0, 0, 0, 0, 0};
  const uint8_t *out;
  size_t len;
  CHECK(muk_wire_encode(codec, &h, m, 0, &out, &len) == MUK_EBADMSG);
  h.name = "a\0b";
  h.name_len = 3;
  CHECK(muk_wire_encode(codec, &h, m, 0, &out, &len) == MUK_EBADMSG);
  h.name = "ok";
  h.name_len = 2;
  /* a payload over the maximum is refused, without reading it */
  static uint8_t dummy;
  muk_msg_set_payload(m, &dummy, (size_t)MUK_WIRE_MAX_PAYLOAD + 1, NULL, NULL);
  CHECK(muk_wire_encode(codec, &h, m, 0, &out, &len) == MUK_ETOOBIG);
  muk_msg_set_payload(m, NULL, 0, NULL, NULL);
  /* an argument over the maximum */
  char *big = calloc(1, MUK_WIRE_MAX_ARG + 1);
  CHECK(muk_msg_add_bytes(m, big, MUK_WIRE_MAX_ARG + 1) == 0);
  CHECK(muk_wire_encode(codec, &h, m, 0, &out, &len) == MUK_ETOOBIG);
  free(big);
  /* garbage never parses */
  for (int i = 0; i < 20000; i++) {
    uint8_t buf[96];
    size_t n = next_rand() % sizeof buf;
    fill(buf, n, 0);
    if (n >= 5 && (i & 1)) memcpy(buf, "MUKW\1", 5);
    muk_wire_fuzz_one(k, codec, buf, n);
  }
  muk_msg_free(m);
}

/* A host's deferred apply keeps the zstd frame; the sys worker inflates it
 * right before handle() (echo gives it back whole). A payload flagged
 * MUK_F_WIRE_ZSTD that is no frame is answered EBADMSG, not handled. */
static muk_msg *done_msg;
static void keep_done(muk_msg *m, void *ud) { done_msg = m; }

static void test_deferred(void) {
  int sys = muk_register(k, &muk_sys_service);
  CHECK(sys >= 0);
  size_t n = 1u << 20;
  uint8_t *p = malloc(n);
  fill(p, n, 1);
  muk_msg *m = muk_msg_new(k);
  muk_msg_set_payload(m, p, n, free_cb, NULL);
  muk_wire_hdr h = {"sys", 3, 0, 7, 0, 0};
  const uint8_t *out;
  size_t len;
  CHECK(muk_wire_encode(codec, &h, m, 0, &out, &len) == 0);
  muk_wire_view v;
  CHECK(muk_wire_parse(out, len, &v) == 0 && (v.hdr.flags & MUK_F_WIRE_ZSTD));
  muk_msg *r = muk_msg_new(k);
  CHECK(muk_wire_apply_deferred(codec, &v, r, NULL, NULL) == 0);
  CHECK(r->flags & MUK_F_WIRE_ZSTD);
  CHECK(r->payload.len == v.payload_wire_len && r->payload.len < n / 10);
  r->service = (uint32_t)sys;
  r->op = 0; /* echo */
  done_msg = NULL;
  muk_send(k, r, keep_done, NULL);
  muk_kernel_run(k);
  CHECK(done_msg && done_msg->status == 0 && !(done_msg->flags & MUK_F_WIRE_ZSTD));
  CHECK(done_msg->payload.len == n && !memcmp(done_msg->payload.data, p, n));
  muk_msg_free(done_msg);
  muk_msg_free(m);

  r = muk_msg_new(k);
  muk_msg_set_payload(r, (void *)"not a zstd frame", 16, NULL, NULL);
  r->flags = MUK_F_WIRE_ZSTD;
  r->service = (uint32_t)sys;
  r->op = 0;
  done_msg = NULL;
  muk_send(k, r, keep_done, NULL);
  muk_kernel_run(k);
  CHECK(done_msg && done_msg->status == MUK_EBADMSG && done_msg->payload.len == 0);
  muk_msg_free(done_msg);
}

int main(void) {
  k = muk_kernel_new(NULL);
  codec = muk_wire_codec_new();
  CHECK(k && codec);
  test_args();
  test_payload(0, 1, 0);
  test_payload(100, 0, 0);
  test_payload(MUK_WIRE_ZSTD_MIN, 1, 0);      /* at the threshold: raw */
  test_payload(MUK_WIRE_ZSTD_MIN + 1, 1, 1);  /* above: compressed */
  test_payload(MUK_WIRE_ZSTD_MIN + 1, 0, 0);  /* incompressible: raw */
  test_payload(5u << 20, 1, 1);
  test_payload(3u << 20, 0, 0);
  test_reject();
  test_limits();
  test_deferred();
  muk_wire_codec_free(codec);
  muk_kernel_free(k);
  printf("wire: ok\n");
  return 0;
}
