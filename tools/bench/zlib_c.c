/* zlib_c — the zlib rows' limit: the same one-shot work as zlib_codec.js
 * straight on the libraries, no runtime. Reads FILE into memory, then times
 * one call over all of it (compression) or over a frame it made untimed
 * (decompression). Prints RESULT zlib_c <MiB of uncompressed data per s>.
 *   zlib_c zstd-c|zstd-d|gzip-c|gzip-d|brotli-c FILE [LEVEL] [WORKERS] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <brotli/encode.h>
#include <zlib.h>
#include <zstd.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

static unsigned char *slurp(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  fseek(f, 0, SEEK_END);
  *n = (size_t)ftell(f);
  fseek(f, 0, SEEK_SET);
  unsigned char *b = malloc(*n ? *n : 1);
  if (b && fread(b, 1, *n, f) != *n) {
    free(b);
    b = NULL;
  }
  fclose(f);
  return b;
}

static size_t zstd_c(const unsigned char *in, size_t n, unsigned char *out, size_t cap,
                     int level, int workers) {
  ZSTD_CCtx *c = ZSTD_createCCtx();
  ZSTD_CCtx_setParameter(c, ZSTD_c_compressionLevel, level);
  if (workers)
    ZSTD_CCtx_setParameter(c, ZSTD_c_nbWorkers, workers);
  size_t r = ZSTD_compress2(c, out, cap, in, n);
  ZSTD_freeCCtx(c);
  return ZSTD_isError(r) ? 0 : r;
}

/* gzip level 6 as zlib's deflate with a gzip wrapper, one call */
static size_t gzip_c(const unsigned char *in, size_t n, unsigned char *out, size_t cap, int level) {
  z_stream s = {0};
  deflateInit2(&s, level, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
  s.next_in = (Bytef *)in;
  s.avail_in = (uInt)n;
  s.next_out = out;
  s.avail_out = (uInt)cap;
  int r = deflate(&s, Z_FINISH);
  size_t len = s.total_out;
  deflateEnd(&s);
  return r == Z_STREAM_END ? len : 0;
}

static size_t gunzip_c(const unsigned char *in, size_t n, unsigned char *out, size_t cap) {
  z_stream s = {0};
  inflateInit2(&s, 31);
  s.next_in = (Bytef *)in;
  s.avail_in = (uInt)n;
  s.next_out = out;
  s.avail_out = (uInt)cap;
  int r = inflate(&s, Z_FINISH);
  size_t len = s.total_out;
  inflateEnd(&s);
  return r == Z_STREAM_END ? len : 0;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: zlib_c zstd-c|zstd-d|gzip-c|gzip-d|brotli-c FILE [LEVEL] [WORKERS]\n");
    return 2;
  }
  const char *mode = argv[1];
  int level = argc > 3 ? atoi(argv[3]) : 3, workers = argc > 4 ? atoi(argv[4]) : 0;
  size_t n;
  unsigned char *in = slurp(argv[2], &n);
  if (!in) {
    perror(argv[2]);
    return 1;
  }
  size_t cap = n + n / 8 + (1 << 20);
  unsigned char *out = malloc(cap), *tmp = NULL;
  size_t r = 0, clen = 0;
  double t0, t1;
  if (!strcmp(mode, "zstd-c")) {
    t0 = now();
    r = zstd_c(in, n, out, cap, level, workers);
    t1 = now();
  } else if (!strcmp(mode, "zstd-d")) {
    tmp = malloc(cap);
    clen = zstd_c(in, n, tmp, cap, level, 0);
    ZSTD_DCtx *d = ZSTD_createDCtx();
    t0 = now();
    r = ZSTD_decompressDCtx(d, out, cap, tmp, clen);
    t1 = now();
    ZSTD_freeDCtx(d);
    r = ZSTD_isError(r) ? 0 : r;
  } else if (!strcmp(mode, "gzip-c")) {
    t0 = now();
    r = gzip_c(in, n, out, cap, level);
    t1 = now();
  } else if (!strcmp(mode, "gzip-d")) {
    tmp = malloc(cap);
    clen = gzip_c(in, n, tmp, cap, level);
    t0 = now();
    r = gunzip_c(tmp, clen, out, cap);
    t1 = now();
  } else if (!strcmp(mode, "brotli-c")) {
    size_t olen = cap;
    t0 = now();
    r = BrotliEncoderCompress(level, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_GENERIC, n, in, &olen, out)
            ? olen
            : 0;
    t1 = now();
  } else {
    fprintf(stderr, "zlib_c: unknown mode %s\n", mode);
    return 2;
  }
  if (!r && n) {
    fprintf(stderr, "zlib_c: %s failed\n", mode);
    return 1;
  }
  printf("RESULT zlib_c %.1f MiB/s\n", n / 1048576.0 / (t1 - t0));
  free(in);
  free(out);
  free(tmp);
  return 0;
}
