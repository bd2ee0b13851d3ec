/* crypto_sign_c — the C limit of crypto_sign_ed25519: the same one-shot
 * Ed25519 signature (RFC 8032 test 1's key, a 64-byte message) in a plain
 * OpenSSL EVP loop, one EVP_MD_CTX reused (EVP_DigestSignInit +
 * EVP_DigestSign per signature, as the crypto service does), no runtime.
 *   crypto_sign_c [N]   prints RESULT crypto_sign_c <ops/s> ops/s */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/evp.h>

static const unsigned char seed[32] = {
    0x9d, 0x61, 0xb1, 0x9d, 0xef, 0xfd, 0x5a, 0x60, 0xba, 0x84, 0x4a, 0xf4, 0x92, 0xec, 0x2c, 0xc4,
    0x44, 0x49, 0xc5, 0x69, 0x7b, 0x32, 0x69, 0x19, 0x70, 0x3b, 0xac, 0x03, 0x1c, 0xae, 0x7f, 0x60};

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int sign_once(EVP_MD_CTX *ctx, EVP_PKEY *pk, const unsigned char *msg, size_t len,
                     unsigned char *sig) {
  size_t siglen = 64;
  int ok = EVP_DigestSignInit(ctx, NULL, NULL, NULL, pk) > 0 &&
           EVP_DigestSign(ctx, sig, &siglen, msg, len) > 0 && siglen == 64;
  EVP_MD_CTX_reset(ctx);
  return ok;
}

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : 20000;
  EVP_PKEY *pk = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, NULL, seed, sizeof seed);
  EVP_MD_CTX *ctx = EVP_MD_CTX_new();
  unsigned char msg[64], sig[64];
  memset(msg, 0x61, sizeof msg);
  if (!pk || !ctx)
    return 1;
  for (int i = 0; i < 200; i++)
    if (!sign_once(ctx, pk, msg, sizeof msg, sig))
      return 1;
  double t0 = now();
  for (long i = 0; i < n; i++)
    if (!sign_once(ctx, pk, msg, sizeof msg, sig))
      return 1;
  double s = now() - t0;
  printf("RESULT crypto_sign_c %.0f ops/s\n", n / s);
  EVP_MD_CTX_free(ctx);
  EVP_PKEY_free(pk);
  return 0;
}
