/* crypto_kdf_pbkdf2_c — the limit for crypto_kdf_pbkdf2: PBKDF2-HMAC-SHA256
 * (32-byte keys, ITER iterations) in a plain C loop with the HMAC inner and
 * outer states precomputed once per key (OpenSSL's SHA256_CTX resumed by a
 * struct copy, one SHA256_Transform per HMAC half on a prepadded block, as
 * services/crypto/kdf.c does), N derivations shared by
 * THREADS threads, no runtime, no messages. Checks its first key against
 * PKCS5_PBKDF2_HMAC.
 *   crypto_kdf_pbkdf2_c [N] [ITER] [THREADS]  ->  RESULT crypto_kdf_pbkdf2_c X ops/s */
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/evp.h>
#include <openssl/sha.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int n_total, iter;
static int next_job;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

static void be32(unsigned char *p, unsigned v) {
  p[0] = (unsigned char)(v >> 24);
  p[1] = (unsigned char)(v >> 16);
  p[2] = (unsigned char)(v >> 8);
  p[3] = (unsigned char)v;
}

static void derive(const char *pass, size_t plen, unsigned char out[32]) {
  SHA256_CTX in, ou, w;
  unsigned char pad[64], u[32], ih[32];
  memset(pad, 0x36, 64);
  for (size_t i = 0; i < plen; i++)
    pad[i] ^= (unsigned char)pass[i];
  SHA256_Init(&in);
  SHA256_Update(&in, pad, 64);
  for (int i = 0; i < 64; i++)
    pad[i] ^= 0x36 ^ 0x5c;
  SHA256_Init(&ou);
  SHA256_Update(&ou, pad, 64);
  w = in;
  SHA256_Update(&w, "salt\0\0\0\1", 8);
  SHA256_Final(ih, &w);
  w = ou;
  SHA256_Update(&w, ih, 32);
  SHA256_Final(u, &w);
  memcpy(out, u, 32);
  /* Later iterations: one prepadded block per HMAC half (96-byte messages). */
  unsigned char blk[64] = {0};
  memcpy(blk, u, 32);
  blk[32] = 0x80;
  blk[62] = (96 * 8) >> 8;
  blk[63] = (96 * 8) & 0xff;
  for (int j = 1; j < iter; j++) {
    w = in;
    SHA256_Transform(&w, blk);
    for (int k = 0; k < 8; k++)
      be32(blk + 4 * k, w.h[k]);
    w = ou;
    SHA256_Transform(&w, blk);
    for (int k = 0; k < 8; k++)
      be32(blk + 4 * k, w.h[k]);
    for (int b = 0; b < 32; b++)
      out[b] ^= blk[b];
  }
}

static void *worker(void *arg) {
  (void)arg;
  for (;;) {
    pthread_mutex_lock(&mu);
    int i = next_job < n_total ? next_job++ : -1;
    pthread_mutex_unlock(&mu);
    if (i < 0)
      return NULL;
    char pass[32];
    unsigned char key[32];
    int len = snprintf(pass, sizeof pass, "password%d", i);
    derive(pass, (size_t)len, key);
  }
}

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  n_total = argc > 1 ? atoi(argv[1]) : 256;
  iter = argc > 2 ? atoi(argv[2]) : 100000;
  int threads = argc > 3 ? atoi(argv[3]) : 2;
  if (n_total < 1 || iter < 1 || threads < 1 || threads > 256) {
    fprintf(stderr, "usage: crypto_kdf_pbkdf2_c [N] [ITER] [THREADS]\n");
    return 2;
  }
  unsigned char a[32], b[32];
  int saved = iter;
  iter = 1000;
  derive("password0", 9, a);
  iter = saved;
  if (!PKCS5_PBKDF2_HMAC("password0", 9, (const unsigned char *)"salt", 4, 1000, EVP_sha256(), 32, b) ||
      memcmp(a, b, 32) != 0) {
    fprintf(stderr, "crypto_kdf_pbkdf2_c: key differs from PKCS5_PBKDF2_HMAC\n");
    return 1;
  }
  pthread_t t[256];
  double t0 = now();
  for (int i = 0; i < threads; i++)
    pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < threads; i++)
    pthread_join(t[i], NULL);
  printf("RESULT crypto_kdf_pbkdf2_c %.1f ops/s\n", n_total / (now() - t0));
  return 0;
}
