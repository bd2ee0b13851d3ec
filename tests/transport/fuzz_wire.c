/* fuzz_wire.c — the wire decoder against hostile bytes.
 *
 * With clang: a libFuzzer target (-fsanitize=fuzzer,address,undefined),
 *   build-clang/tests/transport/fuzz-wire -max_len=4096 CORPUS_DIR
 * With any compiler, when built with -DMUK_FUZZ_DRIVER: a plain program that
 * runs the same body over generated edge cases (valid messages of every
 * shape, every truncation, single-byte corruptions, random garbage, zstd
 * bombs) and over any files given on the command line. It runs in the normal
 * test suite; under ASan/UBSan it proves "no crash, no leak" for those. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "muk.h"
#include "wire.h"
#include "wire_batch.h"
#include "wire_chunk.h"

static muk_kernel *fk;
static muk_wire_codec *fc;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!fk) {
    fk = muk_kernel_new(NULL);
    fc = muk_wire_codec_new();
  }
  /* Exact-size copy so reads past the end trip ASan. */
  uint8_t *buf = malloc(size ? size : 1);
  if (size) memcpy(buf, data, size);
  muk_wire_fuzz_one(fk, fc, buf, size);
  free(buf);
  return 0;
}

#ifdef MUK_FUZZ_DRIVER
static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint64_t rnd(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}
static void free_cb(void *d, void *ud) { free(d); }

static unsigned long runs;
static void one(const uint8_t *p, size_t n) {
  LLVMFuzzerTestOneInput(p, n);
  runs++;
}

/* Every truncation, every single-byte corruption at interesting values. */
static void mutate_all(const uint8_t *good, size_t len) {
  uint8_t *b = malloc(len + 8);
  for (size_t i = 0; i <= len; i++) one(good, i);
  static const uint8_t vals[] = {0x00, 0x01, 0x7f, 0x80, 0xff, 0x08, 0x09, 0x05};
  size_t step = len > 4096 ? len / 512 : 1;
  for (size_t i = 0; i < len; i += step) {
    for (size_t j = 0; j < sizeof vals; j++) {
      memcpy(b, good, len);
      b[i] = vals[j];
      one(b, len);
    }
  }
  memcpy(b, good, len);
  memcpy(b + len, "garbage!", 8);
  one(b, len + 8);
  free(b);
}

static void seeds(void) {
  muk_kernel *k = fk;
  static const char *names[] = {"sys", "a", "fs"};
  for (int shape = 0; shape < 12; shape++) {
    muk_msg *m = muk_msg_new(k);
    m->op = (uint32_t)shape;
    for (int i = 0; i < shape % (MUK_MAX_ARGS + 1); i++) {
      switch ((shape + i) % 4) {
      case 0: muk_msg_add_i64(m, (int64_t)rnd()); break;
      case 1: muk_msg_add_f64(m, (double)rnd() / 7.0); break;
      case 2: muk_msg_add_str(m, "hello", (size_t)(i % 6)); break;
      default: muk_msg_add_bytes(m, "\0\1\2\3\4\5\6\7", (size_t)i); break;
      }
    }
    size_t plen = shape < 4 ? (size_t)shape * 10
                            : shape < 8 ? MUK_WIRE_ZSTD_MIN + 1 + (size_t)shape : 0;
    if (plen) {
      uint8_t *p = malloc(plen);
      for (size_t i = 0; i < plen; i++) p[i] = (uint8_t)(shape & 1 ? rnd() : i / 100);
      muk_msg_set_payload(m, p, plen, free_cb, NULL);
    }
    muk_wire_hdr h = {names[shape % 3], strlen(names[shape % 3]), m->op,
                      rnd(), -(int32_t)(shape * 100), shape & 2 ? MUK_F_REPLY : 0};
    const uint8_t *out;
    size_t len;
    if (muk_wire_encode(fc, &h, m, 0, &out, &len) == 0) {
      uint8_t *good = malloc(len);
      memcpy(good, out, len);
      mutate_all(good, len);
      free(good);
    }
    muk_msg_free(m);
  }
}

/* CHUNK frames (raw and zstd) and a chunked reply's header, mutated. */
static void chunk_seeds(void) {
  muk_wire_chunker *ch = muk_wire_chunker_new();
  uint8_t *src = malloc(MUK_WIRE_CHUNK);
  for (size_t i = 0; i < MUK_WIRE_CHUNK; i++) src[i] = (uint8_t)(i / 300);
  size_t sizes[] = {1, 100, 3000};
  for (int z = 0; z < 2; z++) {
    muk_wire_chunker_compress(ch, z);
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
      const uint8_t *out;
      size_t len;
      if (muk_wire_chunk_encode(ch, rnd(), i * 1000, src, sizes[i], &out, &len) == 0) {
        uint8_t *good = malloc(len);
        memcpy(good, out, len);
        mutate_all(good, len);
        free(good);
      }
    }
  }
  muk_msg *m = muk_msg_new(fk);
  muk_msg_add_i64(m, 7);
  muk_msg_set_payload(m, src, MUK_WIRE_CHUNK, free_cb, NULL);
  muk_wire_hdr h = {"fs", 2, 3, rnd(), 0, MUK_F_REPLY | MUK_WIRE_F_CHUNKED};
  const uint8_t *out;
  size_t len;
  if (muk_wire_encode(fc, &h, m, 0, &out, &len) == 0) {
    uint8_t *good = malloc(len);
    memcpy(good, out, len);
    mutate_all(good, len);
    free(good);
  }
  muk_msg_free(m);
  muk_wire_chunker_free(ch);
}

/* BATCH frames of two and three small messages, mutated. */
static void batch_seeds(void) {
  muk_wire_batch b;
  memset(&b, 0, sizeof b);
  for (int items = 2; items <= 3; items++) {
    for (int i = 0; i < items; i++) {
      muk_msg *m = muk_msg_new(fk);
      muk_msg_add_i64(m, i);
      if (i == 1) muk_msg_add_str(m, "hello", 5);
      muk_wire_hdr h = {"sys", 3, (uint32_t)i, rnd(), 0, MUK_F_REPLY};
      const uint8_t *out;
      size_t len;
      if (muk_wire_encode(fc, &h, m, 0, &out, &len) == 0) muk_wire_batch_add(&b, 0, out, len);
      muk_msg_free(m);
    }
    size_t len;
    uint8_t *f = muk_wire_batch_frame(&b, &len);
    if (f) {
      uint8_t *good = malloc(len);
      memcpy(good, f, len);
      mutate_all(good, len);
      free(good);
    }
    muk_wire_batch_reset(&b);
  }
  muk_wire_batch_free(&b);
}

/* A frame that claims a huge content size, and headers claiming more than
 * is there. */
static void bombs(void) {
  uint8_t b[256];
  memset(b, 0, sizeof b);
  memcpy(b, "MUKW\0\4", 6); /* an unprotected DATA frame */
  b[4] = MUK_WIRE_VERSION;
  b[16] = 1;         /* seq 1 */
  b[26] = 1;         /* name_len 1 */
  b[29] = 1;         /* flags: ZSTD (1 << 8) */
  b[48] = 's';
  uint64_t big = (uint64_t)MUK_WIRE_MAX_PAYLOAD;
  for (int i = 0; i < 8; i++) b[49 + i] = (uint8_t)(big >> (8 * i));
  /* zstd frame header: magic, FHD with 8-byte content size */
  static const uint8_t zh[] = {0x28, 0xb5, 0x2f, 0xfd, 0xc0};
  memcpy(b + 57, zh, sizeof zh);
  for (int i = 0; i < 8; i++) b[62 + i] = (uint8_t)(big >> (8 * i));
  for (size_t n = 57; n < 96; n++) one(b, n);
  b[56] = 0xff; /* payload_len way over the maximum */
  one(b, 96);
  /* argument lengths pointing past the end */
  memset(b, 0, sizeof b);
  memcpy(b, "MUKW\0\4", 6);
  b[4] = MUK_WIRE_VERSION;
  b[16] = 1;
  b[24] = 1;
  b[26] = 1;
  b[48] = 's';
  b[49] = MUK_T_STR;
  b[50] = 0xff; b[51] = 0xff; b[52] = 0xff; b[53] = 0xff;
  for (size_t n = 46; n < 76; n++) one(b, n);
  b[49] = MUK_T_BYTES;
  b[53] = 0;
  for (size_t n = 46; n < 76; n++) one(b, n);
  /* handshake frames claiming tags or lengths they do not have */
  memset(b, 0, sizeof b);
  memcpy(b, "MUKW\0", 5);
  b[4] = MUK_WIRE_VERSION;
  for (uint8_t kind = 0; kind < 8; kind++)
    for (uint8_t sec = 0; sec < 4; sec++) {
      b[5] = kind;
      b[6] = sec;
      b[24 + 16] = 0xff; /* a REFUSE's message length */
      for (size_t n = 0; n < 140; n += 3) one(b, n);
    }
}

static void garbage(void) {
  uint8_t b[512];
  for (int i = 0; i < 50000; i++) {
    size_t n = rnd() % sizeof b;
    for (size_t j = 0; j < n; j++) b[j] = (uint8_t)rnd();
    if (i % 3 == 0 && n > 56) {
      memcpy(b, "MUKW\0", 5);
      b[4] = MUK_WIRE_VERSION;
      b[5] = (uint8_t)(rnd() % 9);
      b[6] = (uint8_t)(rnd() % 4);
      b[7] = 0;
      b[24] = (uint8_t)(rnd() % 10);
      b[25] = 0;
      b[27] = 0;
      memset(b + 28, 0, 2);
      memset(b + 30, 0, 2);
    }
    one(b, n);
  }
}

static int run_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) { perror(path); return 1; }
  static uint8_t buf[1 << 20];
  size_t n = fread(buf, 1, sizeof buf, f);
  fclose(f);
  one(buf, n);
  /* Corpus files named ok-* must decode; the rest must be rejected. */
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  int rc = muk_wire_fuzz_one(fk, fc, buf, n);
  int want_ok = strncmp(base, "ok-", 3) == 0;
  if ((rc == 0) != want_ok) {
    fprintf(stderr, "%s: decode status %d, expected %s\n", path, rc,
            want_ok ? "success" : "rejection");
    return 1;
  }
  return 0;
}

int main(int argc, char **argv) {
  LLVMFuzzerTestOneInput((const uint8_t *)"", 0);
  int rc = 0;
  if (argc > 1) {
    for (int i = 1; i < argc; i++) rc |= run_file(argv[i]);
  } else {
    seeds();
    chunk_seeds();
    batch_seeds();
    bombs();
    garbage();
  }
  muk_wire_codec_free(fc);
  muk_kernel_free(fk);
  printf("fuzz-wire driver: %lu inputs, no crash\n", runs);
  return rc;
}
#endif
