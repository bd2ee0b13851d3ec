/* crypto_cipher_c.c — the C baseline of crypto_cipher_gcm: AES-256-GCM
 * encryption of MiB of data in CHUNK KiB EVP_EncryptUpdate calls, a fresh
 * malloc'd output per update as the runtimes must give one (freed at
 * once), then EVP_EncryptFinal_ex and the tag.
 *
 *   crypto_cipher_c [MiB=256] [chunkKiB=64]  prints `RESULT crypto_cipher_c <MiB/s> MiB/s`
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/evp.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int run(EVP_CIPHER *cipher, const unsigned char *in, int chunk, long count) {
  unsigned char key[32], iv[12], tag[16], last[16];
  memset(key, 7, sizeof key);
  memset(iv, 9, sizeof iv);
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  if (!ctx || EVP_EncryptInit_ex(ctx, cipher, NULL, key, iv) != 1)
    return -1;
  long total = 0;
  for (long i = 0; i < count; i++) {
    unsigned char *out = malloc((size_t)chunk + 16);
    int n = 0;
    if (!out || EVP_EncryptUpdate(ctx, out, &n, in, chunk) != 1)
      return -1;
    total += n;
    free(out);
  }
  int n = 0;
  if (EVP_EncryptFinal_ex(ctx, last, &n) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_GET_TAG, 16, tag) != 1)
    return -1;
  EVP_CIPHER_CTX_free(ctx);
  return total + n == (long)chunk * count ? 0 : -1;
}

int main(int argc, char **argv) {
  long mib = argc > 1 ? atol(argv[1]) : 256;
  int chunk = (argc > 2 ? atoi(argv[2]) : 64) * 1024;
  if (mib <= 0 || chunk <= 0)
    return 2;
  unsigned char *in = malloc((size_t)chunk);
  if (!in)
    return 1;
  for (int i = 0; i < chunk; i++)
    in[i] = (unsigned char)(i * 131 + 17);
  EVP_CIPHER *cipher = EVP_CIPHER_fetch(NULL, "AES-256-GCM", NULL);
  long count = mib * 1024 * 1024 / chunk;
  if (!cipher || run(cipher, in, chunk, 16) != 0)
    return 1;
  double t0 = now();
  if (run(cipher, in, chunk, count) != 0)
    return 1;
  double s = now() - t0;
  printf("RESULT crypto_cipher_c %.0f MiB/s\n", (double)count * chunk / 1048576.0 / s);
  EVP_CIPHER_free(cipher);
  free(in);
  return 0;
}
