/* test_wire.c — the wire codec: round trips of every argument type and of
 * payloads of 0, small, 64 KiB+1 (compressed) and several MiB; strict
 * rejection of truncated, trailing and corrupted input. The session layer
 * (wire_sec.c): handshake frames, sealed frames (keyless, keyed, encrypted)
 * against tampering, replay and another connection's frames; the v1
 * refusal; key files. Chunked payloads (wire_chunk.h): the header frame,
 * CHUNK frames raw and compressed, lying lengths, tampered sealed chunks.
 * Batches (wire_batch.h): one message alone, several, malformed, tampered. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "muk.h"
#include "wire.h"
#include "wire_batch.h"
#include "wire_chunk.h"
#include "wire_sec.h"

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
  else CHECK(w > n); /* raw: the payload and the header */
  muk_msg_free(m);
}

/* Compression off (muk_remote_opts.no_compress, muk-serviced
 * --no-compress): a compressible payload travels raw, and a codec that
 * sends raw still decodes a compressed one. */
static void test_compress_off(void) {
  muk_wire_codec_compress(codec, 0);
  test_payload(5u << 20, 1, 0);
  test_payload(MUK_WIRE_ZSTD_MIN + 1, 1, 0);
  muk_wire_codec *on = muk_wire_codec_new();
  CHECK(on);
  muk_msg *m = muk_msg_new(k);
  uint8_t *p = malloc(1u << 20);
  fill(p, 1u << 20, 1);
  muk_msg_set_payload(m, p, 1u << 20, free_cb, NULL);
  muk_wire_hdr h = {"sys", 3, 1, 9, 0, MUK_F_REPLY};
  const uint8_t *out;
  size_t len;
  CHECK(muk_wire_encode(on, &h, m, 0, &out, &len) == 0 && len < (1u << 20));
  muk_wire_view v;
  CHECK(muk_wire_parse(out, len, &v) == 0 && (v.hdr.flags & MUK_F_WIRE_ZSTD));
  muk_msg *r = muk_msg_new(k);
  CHECK(muk_wire_apply(codec, &v, r, NULL, NULL) == 0);
  CHECK(r->payload.len == (1u << 20) && memcmp(r->payload.data, p, 1u << 20) == 0);
  muk_msg_free(r);
  muk_msg_free(m);
  muk_wire_codec_free(on);
  muk_wire_codec_compress(codec, 1);
  test_payload(5u << 20, 1, 1); /* on again */
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
  /* (envelope: magic, version, kind; then nargs, reserved, name_len,
   * flags, op, status, id, the name, the first arg's type) */
  struct { size_t off; uint8_t val; } bad[] = {
      {0, 'X'}, {4, 1}, {4, 2}, {4, 3}, {4, 5}, {5, MUK_WK_HELLO}, {24, 9}, {25, 1}, {26, 0}, {27, 1},
      {28, 0x80}, {30, 1}, {48, 0}, {51, 9},
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    uint8_t save = t[bad[i].off];
    if (bad[i].off == 26) { /* name_len 0 */
      uint8_t s27 = t[27];
      t[26] = 0; t[27] = 0;
      CHECK(muk_wire_parse(t, len, &v) == MUK_EBADMSG);
      t[26] = save; t[27] = s27;
      continue;
    }
    t[bad[i].off] = bad[i].val;
    CHECK(muk_wire_parse(t, len, &v) == MUK_EBADMSG);
    t[bad[i].off] = save;
  }
  CHECK(muk_wire_parse(t, len, &v) == 0);
  /* positive status (byte 39 is the status's top byte) */
  t[39] = 0x00; t[36] = 5;
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
    if (n >= 6 && (i & 1)) memcpy(buf, "MUKW\2\4", 6);
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

/* ---- session layer ------------------------------------------------------*/
static const uint8_t KEY[] = "0123456789abcdef0123456789abcdef-test-key";
#define KLEN (sizeof KEY - 1)

/* A client link and a server link of one connection. */
static void link_pair(muk_wire_link *c, muk_wire_link *s, uint64_t conn, int keyed, int enc,
                      uint8_t *jk_c, uint8_t *jk_s) {
  uint8_t cn[32], sn[32];
  CHECK(muk_wire_random(cn, 32) == 0 && muk_wire_random(sn, 32) == 0);
  const uint8_t *key = keyed ? KEY : NULL;
  CHECK(muk_wire_link_init(c, 0, conn, key, KLEN, enc, cn, sn, 77, jk_c) == 0);
  CHECK(muk_wire_link_init(s, 1, conn, key, KLEN, enc, cn, sn, 77, jk_s) == 0);
}

/* A DATA frame from encode, sealed on l; returns a malloc'd copy. */
static uint8_t *sealed(muk_wire_link *l, const char *text, size_t *n) {
  muk_msg *m = muk_msg_new(k);
  muk_msg_add_str(m, text, strlen(text));
  muk_wire_hdr h = {"sys", 3, 1, 5, 0, 0};
  const uint8_t *out;
  size_t len;
  CHECK(muk_wire_encode(codec, &h, m, 0, &out, &len) == 0);
  muk_msg_free(m);
  len = muk_wire_seal(l, MUK_WK_DATA, (uint8_t *)out, len);
  CHECK(len);
  uint8_t *b = malloc(len);
  memcpy(b, out, len);
  *n = len;
  return b;
}

/* Open a copy of f on l: 0 and the parsed text matches, or the failure. */
static int open_copy(muk_wire_link *l, const uint8_t *f, size_t n, const char *text) {
  uint8_t *b = malloc(n);
  memcpy(b, f, n);
  muk_wire_env e;
  size_t end;
  int rc = muk_wire_env_read(b, n, &e);
  if (rc == 0) rc = muk_wire_open(l, &e, b, n, &end);
  if (rc == 0) {
    muk_wire_view v;
    CHECK(muk_wire_parse(b, end, &v) == 0);
    CHECK(v.nargs == 1 && v.args[0].len == strlen(text) &&
          !memcmp(v.args[0].v.s, text, v.args[0].len));
  }
  free(b);
  return rc;
}

static void test_links(int keyed, int enc) {
  muk_wire_link c, s, c2, s2;
  uint8_t jc[32], js[32];
  link_pair(&c, &s, 1001, keyed, enc, jc, js);
  link_pair(&c2, &s2, 1002, keyed, enc, NULL, NULL);
  if (keyed) CHECK(memcmp(jc, js, 32) == 0); /* both sides derive the join key */
  size_t n1, n2, n3;
  uint8_t *f1 = sealed(&c, "first", &n1);
  uint8_t *f2 = sealed(&c, "second", &n2);
  uint8_t *g = sealed(&c2, "other connection", &n3);
  if (enc) CHECK(!memmem(f1, n1, "first", 5)); /* the body is not in clear */
  else CHECK(memmem(f1, n1, "first", 5));

  CHECK(open_copy(&s, f1, n1, "first") == 0);
  CHECK(open_copy(&s, f1, n1, "first") == MUK_EBADMSG); /* replayed */
  /* another connection's frame, and the same frame with our conn id */
  CHECK(open_copy(&s, g, n3, "") == MUK_EBADMSG);
  for (int i = 0; i < 8; i++) g[8 + i] = (uint8_t)((uint64_t)1001 >> (8 * i));
  if (keyed) CHECK(open_copy(&s, g, n3, "") == MUK_EBADMSG); /* its tag is c2's */
  if (keyed) { /* every single flipped bit anywhere is refused */
    for (size_t i = 0; i < n2; i++) {
      uint8_t *t = malloc(n2);
      memcpy(t, f2, n2);
      t[i] ^= (uint8_t)(1u << (i % 8));
      CHECK(open_copy(&s, t, n2, "second") != 0);
      free(t);
    }
    /* truncated: the tag cut */
    CHECK(open_copy(&s, f2, n2 - 1, "second") != 0);
  }
  CHECK(open_copy(&s, f2, n2, "second") == 0); /* refusals consumed nothing */
  CHECK(open_copy(&s, f1, n1, "first") == MUK_EBADMSG); /* older sequence */
  /* the server's direction has keys of its own */
  size_t nr;
  uint8_t *r = sealed(&s, "reply", &nr);
  if (keyed) CHECK(open_copy(&s, r, nr, "reply") == MUK_EBADMSG);
  CHECK(open_copy(&c, r, nr, "reply") == 0);
  free(r);
  free(f1);
  free(f2);
  free(g);
  muk_wire_link_free(&c);
  muk_wire_link_free(&s);
  muk_wire_link_free(&c2);
  muk_wire_link_free(&s2);
}

static void test_handshake(void) {
  uint8_t b[MUK_WIRE_HS_MAX];
  muk_wire_env e;
  muk_wire_hello h = {{0}, MUK_WH_KEYED | MUK_WH_ENC, 42}, h2;
  CHECK(muk_wire_random(h.nonce, 32) == 0);
  size_t n = muk_wire_hello_build(b, &h, KEY, KLEN);
  CHECK(n == MUK_WIRE_ENV_SIZE + MUK_WIRE_HELLO_BODY + MUK_WIRE_TAG_SIZE);
  CHECK(muk_wire_env_read(b, n, &e) == 0 && e.kind == MUK_WK_HELLO);
  CHECK(muk_wire_hello_read(b, n, &e, &h2) == 0);
  CHECK(h2.flags == h.flags && h2.join == 42 && !memcmp(h2.nonce, h.nonce, 32));
  CHECK(muk_wire_tag_ok(b, n, KEY, KLEN));
  CHECK(!muk_wire_tag_ok(b, n, KEY, KLEN - 1)); /* another key */
  b[30] ^= 1;
  CHECK(!muk_wire_tag_ok(b, n, KEY, KLEN)); /* tampered */
  b[30] ^= 1;
  /* keyless HELLO: no tag; a KEYED flag without a tag is malformed */
  h.flags = 0;
  n = muk_wire_hello_build(b, &h, NULL, 0);
  CHECK(muk_wire_env_read(b, n, &e) == 0 && muk_wire_hello_read(b, n, &e, &h2) == 0);
  b[MUK_WIRE_ENV_SIZE + 32] = MUK_WH_KEYED;
  CHECK(muk_wire_hello_read(b, n, &e, &h2) == MUK_EBADMSG);

  muk_wire_welcome w = {{1}, {2}, 99, MUK_WH_KEYED, 1234}, w2;
  n = muk_wire_welcome_build(b, 5, &w, KEY, KLEN);
  CHECK(muk_wire_env_read(b, n, &e) == 0 && e.conn == 5);
  CHECK(muk_wire_welcome_read(b, n, &e, &w2) == 0);
  CHECK(w2.token == 99 && w2.lease_ms == 1234 && w2.flags == MUK_WH_KEYED);
  CHECK(muk_wire_tag_ok(b, n, KEY, KLEN));
  for (size_t cut = 0; cut < n; cut++) /* truncations never parse */
    CHECK(muk_wire_env_read(b, cut, &e) != 0 || muk_wire_welcome_read(b, cut, &e, &w2) != 0);

  n = muk_wire_refuse_build(b, 7, MUK_EAUTH, 0x55, "no");
  int32_t st;
  uint64_t echo;
  const char *msg;
  size_t ml;
  CHECK(muk_wire_env_read(b, n, &e) == 0);
  CHECK(muk_wire_refuse_read(b, n, &e, &st, &echo, &msg, &ml) == 0);
  CHECK(st == MUK_EAUTH && echo == 0x55 && ml == 2 && !memcmp(msg, "no", 2));
  CHECK(muk_wire_refuse_read(b, n - 1, &e, &st, &echo, &msg, &ml) == MUK_EBADMSG);

  /* a v1 request gets a v1 reply carrying the reason */
  uint8_t v1[64] = "MUKW\1";
  v1[6] = 3;                      /* name_len */
  v1[12] = 4;                     /* op */
  v1[16] = 0x21;                  /* id */
  memcpy(v1 + 32, "sys", 3);      /* + payload_len 0 */
  uint8_t out[256];
  n = muk_wire_v1_refusal(out, sizeof out, v1, 43, MUK_EWIREVERSION, "versions differ");
  CHECK(n == 32 + 3 + 1 + 4 + 15 + 8);
  CHECK(out[4] == 1 && out[5] == 1 && out[8] == MUK_F_REPLY && out[12] == 4 && out[16] == 0x21);
  CHECK((int32_t)(out[24] | out[25] << 8 | out[26] << 16 | (uint32_t)out[27] << 24) ==
        MUK_EWIREVERSION);
  CHECK(!memcmp(out + 40, "versions differ", 15));
  CHECK(muk_wire_env_read(v1, 43, &e) == MUK_EWIREVERSION);
  CHECK(muk_wire_v1_refusal(out, 20, v1, 43, MUK_EWIREVERSION, "x") == 0); /* no room */
}

/* Version 3: the events flag, CREDIT frames, v2 peers answered in v2. */
static void test_v3(void) {
  uint8_t b[MUK_WIRE_HS_MAX], out[MUK_WIRE_HS_MAX];
  muk_wire_env e;
  muk_wire_hello h = {{0}, MUK_WH_EVENTS, 0}, h2;
  CHECK(muk_wire_random(h.nonce, 32) == 0);
  size_t n = muk_wire_hello_build(b, &h, NULL, 0);
  CHECK(b[4] == MUK_WIRE_SEC_VERSION && muk_wire_env_read(b, n, &e) == 0);
  CHECK(muk_wire_hello_read(b, n, &e, &h2) == 0 && h2.flags == MUK_WH_EVENTS);
  b[MUK_WIRE_ENV_SIZE + 32] = 0x8; /* an unknown flag */
  CHECK(muk_wire_hello_read(b, n, &e, &h2) == MUK_EBADMSG);
  b[MUK_WIRE_ENV_SIZE + 32] = MUK_WH_EVENTS;

  /* the same HELLO from a v2 client: a v2 REFUSE echoing its nonce */
  b[4] = 2;
  CHECK(muk_wire_env_read(b, n, &e) == MUK_EWIREVERSION);
  size_t r = muk_wire_v2_refusal(out, b, n, MUK_EWIREVERSION, "upgrade");
  CHECK(r == MUK_WIRE_ENV_SIZE + 18 + 7 && out[4] == 2 && out[5] == MUK_WK_REFUSE);
  out[4] = MUK_WIRE_SEC_VERSION; /* read it with our reader: same layout */
  int32_t st;
  uint64_t echo, nonce8 = 0;
  const char *msg;
  size_t ml;
  for (int i = 7; i >= 0; i--) nonce8 = nonce8 << 8 | h.nonce[i];
  CHECK(muk_wire_env_read(out, r, &e) == 0 && e.conn == 0);
  CHECK(muk_wire_refuse_read(out, r, &e, &st, &echo, &msg, &ml) == 0);
  CHECK(st == MUK_EWIREVERSION && echo == nonce8 && ml == 7 && !memcmp(msg, "upgrade", 7));
  b[4] = 3; /* a v3 client (no chunks) gets a v3 REFUSE */
  CHECK(muk_wire_env_read(b, n, &e) == MUK_EWIREVERSION);
  r = muk_wire_v2_refusal(out, b, n, MUK_EWIREVERSION, "upgrade");
  CHECK(r == MUK_WIRE_ENV_SIZE + 18 + 7 && out[4] == 3 && out[5] == MUK_WK_REFUSE);
  b[4] = MUK_WIRE_SEC_VERSION;
  CHECK(muk_wire_v2_refusal(out, b, n, MUK_EWIREVERSION, "x") == 0); /* ours */
  CHECK(muk_wire_v2_refusal(out, b, 10, MUK_EWIREVERSION, "x") == 0); /* short */

  /* CREDIT: sealed like DATA, 8 bytes of body, read back after open */
  muk_wire_link c, s;
  uint8_t cn[32] = {1}, sn[32] = {2};
  CHECK(muk_wire_link_init(&c, 0, 9, KEY, KLEN, 0, cn, sn, 77, NULL) == 0);
  CHECK(muk_wire_link_init(&s, 1, 9, KEY, KLEN, 0, cn, sn, 77, NULL) == 0);
  uint8_t f[MUK_WIRE_ENV_SIZE + MUK_WIRE_CREDIT_BODY + MUK_WIRE_TAG_SIZE];
  muk_wire_credit_put(f + MUK_WIRE_ENV_SIZE, 0x123456789ull);
  n = muk_wire_seal(&c, MUK_WK_CREDIT, f, MUK_WIRE_ENV_SIZE + MUK_WIRE_CREDIT_BODY);
  CHECK(n == sizeof f);
  size_t end;
  uint64_t read;
  CHECK(muk_wire_env_read(f, n, &e) == 0 && e.kind == MUK_WK_CREDIT);
  CHECK(muk_wire_open(&s, &e, f, n, &end) == 0);
  CHECK(muk_wire_credit_get(f, end, &read) == 0 && read == 0x123456789ull);
  CHECK(muk_wire_credit_get(f, end - 1, &read) == MUK_EBADMSG);
  f[5] = MUK_WK_BATCH + 1; /* no kind beyond the last */
  CHECK(muk_wire_env_read(f, n, &e) == MUK_EBADMSG);
  muk_wire_link_free(&c);
  muk_wire_link_free(&s);
}

static void test_key_file(void) {
  char path[] = "/tmp/muk-test-key-XXXXXX";
  int fd = mkstemp(path);
  CHECK(fd >= 0);
  const char *hex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n";
  CHECK(write(fd, hex, strlen(hex)) == (ssize_t)strlen(hex));
  close(fd);
  uint8_t *key;
  size_t len;
  char err[512];
  CHECK(chmod(path, 0600) == 0);
  CHECK(muk_key_file_read(path, &key, &len, err, sizeof err) == 0);
  CHECK(len == 64 && !memcmp(key, hex, 64)); /* the newline is not part of it */
  muk_key_free(key, len);
  CHECK(chmod(path, 0644) == 0);
  CHECK(muk_key_file_read(path, &key, &len, err, sizeof err) == UV_EACCES);
  CHECK(strstr(err, "chmod 600"));
  CHECK(chmod(path, 0600) == 0);
  fd = open(path, O_WRONLY | O_TRUNC);
  CHECK(write(fd, "short\n", 6) == 6);
  close(fd);
  CHECK(muk_key_file_read(path, &key, &len, err, sizeof err) == UV_EINVAL);
  CHECK(strstr(err, "openssl rand -hex 32"));
  unlink(path);
  CHECK(muk_key_file_read(path, &key, &len, err, sizeof err) == UV_ENOENT);
  /* bad options are refused before anything opens */
  muk_remote_opts o = {KEY, 31, 0};
  CHECK(muk_register_remote_opts(k, "sys", "ipc:///tmp/x", NULL, &o) == UV_EINVAL);
  muk_remote_opts o2 = {NULL, 0, 1};
  CHECK(muk_register_remote_opts(k, "sys", "ipc:///tmp/x", NULL, &o2) == UV_EINVAL);
}

/* A chunked reply's header frame and its CHUNK frames, raw and zstd, and
 * every lie a CHUNK frame can tell about its lengths. */
static void test_chunks(int keyed, int enc) {
  size_t total = 3 * MUK_WIRE_CHUNK + 1000;
  uint8_t *pl = malloc(total), *dst = malloc(total);
  fill(pl, total, 1);
  fill(pl + MUK_WIRE_CHUNK, MUK_WIRE_CHUNK, 0); /* the second chunk: random */
  muk_msg *m = muk_msg_new(k);
  muk_msg_add_i64(m, 42);
  muk_msg_set_payload(m, pl, total, free_cb, NULL);
  /* the header: the payload's size, no bytes, not with zstd */
  muk_wire_hdr h = {"fs", 2, 7, 99, 0, MUK_F_REPLY | MUK_WIRE_F_CHUNKED};
  const uint8_t *out;
  size_t len;
  CHECK(muk_wire_encode(codec, &h, m, 0, &out, &len) == 0);
  CHECK(len < 100);
  muk_wire_view v;
  CHECK(muk_wire_parse(out, len, &v) == 0);
  CHECK(v.payload_len == total && v.payload_wire_len == 0 &&
        (v.hdr.flags & MUK_WIRE_F_CHUNKED) && v.nargs == 1);
  uint8_t *hb = malloc(len + 8);
  memcpy(hb, out, len);
  hb[len] = 1; /* a byte of payload after a chunked header */
  CHECK(muk_wire_parse(hb, len + 1, &v) == MUK_EBADMSG);
  hb[28 + 1] |= (uint8_t)(MUK_F_WIRE_ZSTD >> 8); /* chunked + zstd */
  CHECK(muk_wire_parse(hb, len, &v) == MUK_EBADMSG);
  memcpy(hb, out, len);
  memset(hb + len - 8, 0, 8); /* size 0 */
  CHECK(muk_wire_parse(hb, len, &v) == MUK_EBADMSG);
  uint64_t big = MUK_WIRE_MAX_STREAM + 1;
  for (int i = 0; i < 8; i++) hb[len - 8 + i] = (uint8_t)(big >> (8 * i));
  CHECK(muk_wire_parse(hb, len, &v) == MUK_EBADMSG); /* over the stream max */
  free(hb);
  muk_msg *r = muk_msg_new(k); /* apply: args, and no payload yet */
  CHECK(muk_wire_parse(out, len, &v) == 0);
  CHECK(muk_wire_apply(codec, &v, r, NULL, NULL) == 0);
  CHECK(r->nargs == 1 && r->payload.len == 0 && !(r->flags & MUK_WIRE_F_CHUNKED));
  muk_msg_free(r);
  h.flags = MUK_F_REPLY; /* whole, it is over the one-frame maximum only past 64 MiB */
  m->payload.len = 0;
  muk_msg_free(m);

  muk_wire_link c, s;
  link_pair(&c, &s, 2001, keyed, enc, NULL, NULL);
  muk_wire_chunker *ch = muk_wire_chunker_new();
  CHECK(ch);
  uint8_t *src = malloc(total);
  fill(src, total, 1);
  fill(src + MUK_WIRE_CHUNK, MUK_WIRE_CHUNK, 0);
  memset(dst, 0, total);
  int zstd_seen = 0, raw_seen = 0;
  for (size_t off = 0; off < total; off += MUK_WIRE_CHUNK) {
    size_t n = total - off < MUK_WIRE_CHUNK ? total - off : MUK_WIRE_CHUNK;
    CHECK(muk_wire_chunk_encode(ch, 99, off, src + off, n, &out, &len) == 0);
    size_t sl = muk_wire_seal(&s, MUK_WK_CHUNK, (uint8_t *)out, len);
    CHECK(sl);
    uint8_t *f = malloc(sl);
    memcpy(f, out, sl);
    if (keyed) { /* every flipped bit of a sealed chunk is refused */
      for (size_t i = 0; i < sl; i += 97) {
        uint8_t *t = malloc(sl);
        memcpy(t, f, sl);
        t[i] ^= 0x10;
        muk_wire_env e;
        size_t end;
        CHECK(muk_wire_env_read(t, sl, &e) != 0 || muk_wire_open(&c, &e, t, sl, &end) != 0);
        free(t);
      }
    }
    muk_wire_env e;
    size_t end;
    CHECK(muk_wire_env_read(f, sl, &e) == 0 && e.kind == MUK_WK_CHUNK);
    CHECK(muk_wire_open(&c, &e, f, sl, &end) == 0);
    muk_wire_chunk kc;
    CHECK(muk_wire_chunk_parse(f, end, &kc) == 0);
    CHECK(kc.id == 99 && kc.off == off && kc.raw_len == n);
    if (kc.zstd) zstd_seen = 1; else raw_seen = 1;
    CHECK(muk_wire_chunk_copy(ch, &kc, dst + off) == 0);
    free(f);
  }
  CHECK(!memcmp(src, dst, total));
  CHECK(zstd_seen && raw_seen); /* compressible chunks compressed, random ones not */
  muk_wire_chunker_compress(ch, 0);
  CHECK(muk_wire_chunk_encode(ch, 5, 0, src, 1000, &out, &len) == 0);
  CHECK(len == MUK_WIRE_CHUNK_HDR + 1000 && out[44] == 0);
  uint8_t *f = malloc(MUK_WIRE_CHUNK_HDR + MUK_WIRE_CHUNK_MAX + 8);
  memcpy(f, out, len);
  muk_wire_chunk kc;
  CHECK(muk_wire_chunk_parse(f, len, &kc) == 0);
  CHECK(muk_wire_chunk_parse(f, len - 1, &kc) == MUK_EBADMSG && kc.id == 5); /* truncated */
  CHECK(muk_wire_chunk_parse(f, len + 1, &kc) == MUK_EBADMSG);               /* trailing */
  CHECK(muk_wire_chunk_parse(f, 40, &kc) == MUK_EBADMSG);                    /* no header */
  f[44] = 0x80; /* unknown flag */
  CHECK(muk_wire_chunk_parse(f, len, &kc) == MUK_EBADMSG);
  f[44] = 0;
  f[46] = 1; /* reserved */
  CHECK(muk_wire_chunk_parse(f, len, &kc) == MUK_EBADMSG);
  f[46] = 0;
  memset(f + 40, 0, 4); /* raw_len 0 */
  CHECK(muk_wire_chunk_parse(f, MUK_WIRE_CHUNK_HDR, &kc) == MUK_EBADMSG);
  uint32_t over = MUK_WIRE_CHUNK_MAX + 1; /* oversized */
  for (int i = 0; i < 4; i++) f[40 + i] = (uint8_t)(over >> (8 * i));
  CHECK(muk_wire_chunk_parse(f, MUK_WIRE_CHUNK_HDR + over - 1, &kc) == MUK_EBADMSG);
  CHECK(muk_wire_chunk_encode(ch, 5, 0, src, MUK_WIRE_CHUNK_MAX + 1, &out, &len) == MUK_EBADMSG);
  CHECK(muk_wire_chunk_encode(ch, 5, 0, src, 0, &out, &len) == MUK_EBADMSG);
  muk_wire_chunker_compress(ch, 1); /* a zstd chunk whose frame lies about its size */
  CHECK(muk_wire_chunk_encode(ch, 5, 0, src, 4000, &out, &len) == 0 && out[44] == 1);
  memcpy(f, out, len);
  f[40] = (uint8_t)(4001 & 0xff);
  f[41] = (uint8_t)(4001 >> 8);
  CHECK(muk_wire_chunk_parse(f, len, &kc) == MUK_EBADMSG);
  memcpy(f, out, len);
  CHECK(muk_wire_chunk_parse(f, len - 1, &kc) == MUK_EBADMSG); /* a cut zstd frame */
  free(f);
  free(src);
  free(dst);
  muk_wire_chunker_free(ch);
  muk_wire_link_free(&c);
  muk_wire_link_free(&s);
}

/* A DATA frame of "sys" op 3 with one i64 argument, unprotected. */
static size_t small_frame(uint8_t *out, int64_t v) {
  muk_msg *m = muk_msg_new(k);
  muk_msg_add_i64(m, v);
  muk_wire_hdr h = {"sys", 3, 3, (uint64_t)v, 0, 0};
  const uint8_t *f;
  size_t len;
  CHECK(muk_wire_encode(codec, &h, m, 0, &f, &len) == 0);
  muk_msg_free(m);
  memcpy(out, f, len);
  return len;
}

static void test_batches(int keyed, int enc) {
  muk_wire_batch b;
  memset(&b, 0, sizeof b);
  uint8_t f[256], *out;
  size_t n = small_frame(f, 1), len;
  CHECK(muk_wire_batch_frame(&b, &len) == NULL); /* empty */
  /* one message: the DATA frame itself, behind the headroom */
  CHECK(muk_wire_batch_add(&b, 4, f, n) == 0);
  out = muk_wire_batch_frame(&b, &len);
  CHECK(out && len == 4 + n && !memcmp(out + 4, f, n));
  CHECK(muk_wire_batch_frame(&b, &len) == out); /* it can be asked again */
  /* three: a BATCH frame; sealed, opened, each item parses */
  for (int64_t v = 2; v <= 3; v++) {
    n = small_frame(f, v);
    CHECK(!muk_wire_batch_full(&b, n));
    CHECK(muk_wire_batch_add(&b, 4, f, n) == 0);
  }
  out = muk_wire_batch_frame(&b, &len);
  CHECK(out && out[4 + 5] == MUK_WK_BATCH);
  muk_wire_link c, s;
  link_pair(&c, &s, 3001, keyed, enc, NULL, NULL);
  uint8_t *fr = malloc(len + MUK_WIRE_TAG_SIZE);
  memcpy(fr, out + 4, len - 4);
  size_t sl = muk_wire_seal(&c, MUK_WK_BATCH, fr, len - 4);
  CHECK(sl);
  if (keyed) { /* every flipped bit of a sealed batch is refused */
    for (size_t i = 0; i < sl; i++) {
      uint8_t *t = malloc(sl);
      memcpy(t, fr, sl);
      t[i] ^= (uint8_t)(1u << (i % 8));
      muk_wire_env e;
      size_t end;
      CHECK(muk_wire_env_read(t, sl, &e) != 0 || muk_wire_open(&s, &e, t, sl, &end) != 0);
      free(t);
    }
  }
  muk_wire_env e;
  size_t end;
  CHECK(muk_wire_env_read(fr, sl, &e) == 0 && e.kind == MUK_WK_BATCH);
  CHECK(muk_wire_open(&s, &e, fr, sl, &end) == 0);
  CHECK(muk_wire_batch_check(fr, end) == 3);
  size_t off = 0, in;
  const uint8_t *it;
  int64_t want = 1;
  while (muk_wire_batch_next(fr, end, &off, &it, &in) == 0) {
    muk_wire_view v;
    CHECK(muk_wire_parse(it, in, &v) == 0 && v.nargs == 1 && v.args[0].v.i == want);
    want++;
  }
  CHECK(want == 4);
  /* malformed: a count that lies, trailing bytes, a cut item, an item with
   * a conn or seq of its own, a count of 1 */
  uint8_t *t = malloc(end + 8);
  memcpy(t, fr, end);
  t[24] = 4;
  CHECK(muk_wire_batch_check(t, end) == MUK_EBADMSG);
  t[24] = 2;
  CHECK(muk_wire_batch_check(t, end) == MUK_EBADMSG);
  t[24] = 1;
  CHECK(muk_wire_batch_check(t, end) == MUK_EBADMSG);
  t[24] = 3;
  t[end] = 0;
  CHECK(muk_wire_batch_check(t, end + 1) == MUK_EBADMSG);
  CHECK(muk_wire_batch_check(t, end - 1) == MUK_EBADMSG);
  t[26] = 1; /* reserved */
  CHECK(muk_wire_batch_check(t, end) == MUK_EBADMSG);
  t[26] = 0;
  t[MUK_WIRE_BATCH_HDR + 4 + 8] = 1; /* the first item's conn */
  CHECK(muk_wire_batch_check(t, end) == MUK_EBADMSG);
  t[MUK_WIRE_BATCH_HDR + 4 + 8] = 0;
  t[MUK_WIRE_BATCH_HDR + 4 + 6] = MUK_WS_TAG; /* ... its sec */
  CHECK(muk_wire_batch_check(t, end) == MUK_EBADMSG);
  t[MUK_WIRE_BATCH_HDR + 4 + 6] = 0;
  t[MUK_WIRE_BATCH_HDR + 4 + 5] = MUK_WK_BATCH; /* a batch in a batch */
  CHECK(muk_wire_batch_check(t, end) == MUK_EBADMSG);
  t[MUK_WIRE_BATCH_HDR + 4 + 5] = MUK_WK_DATA;
  CHECK(muk_wire_batch_check(t, end) == 3);
  free(t);
  free(fr);
  /* full: at the byte or item bound */
  muk_wire_batch_reset(&b);
  n = small_frame(f, 9);
  uint32_t items = 0;
  while (!muk_wire_batch_full(&b, n)) {
    CHECK(muk_wire_batch_add(&b, 0, f, n) == 0);
    items++;
  }
  CHECK(items <= MUK_WIRE_BATCH_MAX_ITEMS && b.len + 4 + n > MUK_WIRE_BATCH_BYTES - 64);
  CHECK(muk_wire_batch_add(&b, 64, f, n) == UV_EINVAL); /* headroom over 32 */
  muk_wire_batch_free(&b);
  muk_wire_link_free(&c);
  muk_wire_link_free(&s);
}

int main(void) {
  unsetenv("MUK_WIRE_ZSTD_LEVEL"); /* the defaults are under test */
  unsetenv("MUK_WIRE_ZSTD_MIN");
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
  test_compress_off();
  test_reject();
  test_limits();
  test_deferred();
  test_links(0, 0);
  test_links(1, 0);
  test_links(1, 1);
  test_handshake();
  test_v3();
  test_key_file();
  test_chunks(0, 0);
  test_chunks(1, 0);
  test_chunks(1, 1);
  test_batches(0, 0);
  test_batches(1, 0);
  test_batches(1, 1);
  muk_wire_codec_free(codec);
  muk_kernel_free(k);
  printf("wire: ok\n");
  return 0;
}
