/* sha256_c.c — the C baseline for crypto_hash_stream: SHA-256 of MIB MiB
 * with OpenSSL's EVP (one fetched EVP_MD, one EVP_MD_CTX), updated in
 * 64 KiB chunks sliced from a 1 MiB buffer, as the script does; no runtime.
 *
 *   sha256_c [MIB]   prints `RESULT sha256_c <MiB/s> MiB/s`
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <openssl/evp.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  long mib = argc > 1 ? atol(argv[1]) : 256;
  enum { CHUNK = 65536, SRC = 1 << 20 };
  unsigned char *src = malloc(SRC), out[EVP_MAX_MD_SIZE];
  unsigned int outlen = 0;
  if (!src || mib <= 0)
    return 1;
  for (int i = 0; i < SRC; i++)
    src[i] = (unsigned char)(i * 31 + 7);
  EVP_MD *md = EVP_MD_fetch(NULL, "SHA256", NULL);
  EVP_MD_CTX *ctx = EVP_MD_CTX_new();
  if (!md || !ctx)
    return 1;
  /* warm-up, as the script's */
  EVP_DigestInit_ex2(ctx, md, NULL);
  EVP_DigestUpdate(ctx, src, SRC);
  EVP_DigestFinal_ex(ctx, out, &outlen);
  double t0 = now();
  EVP_DigestInit_ex2(ctx, md, NULL);
  long n = mib * (SRC / CHUNK);
  for (long k = 0; k < n; k++)
    EVP_DigestUpdate(ctx, src + (k % (SRC / CHUNK)) * CHUNK, CHUNK);
  EVP_DigestFinal_ex(ctx, out, &outlen);
  double s = now() - t0;
  if (outlen != 32)
    return 1;
  printf("RESULT sha256_c %.1f MiB/s\n", mib / s);
  EVP_MD_CTX_free(ctx);
  EVP_MD_free(md);
  free(src);
  return 0;
}
