/* ossl_dl.c — libcrypto loaded with dlopen on first use (see ossl_dl.h). */
#include "ossl_dl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static muk_ossl_api fns;
static const muk_ossl_api *loaded;
static char err[512];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void) {
  static const struct {
    const char *name;
    size_t off;
  } syms[] = {
#define SYM(f) {#f, offsetof(muk_ossl_api, f)}
      SYM(EVP_MAC_fetch), SYM(EVP_MAC_free), SYM(EVP_MAC_CTX_new), SYM(EVP_MAC_CTX_free),
      SYM(EVP_MAC_init), SYM(EVP_MAC_update), SYM(EVP_MAC_final), SYM(EVP_KDF_fetch),
      SYM(EVP_KDF_free), SYM(EVP_KDF_CTX_new), SYM(EVP_KDF_CTX_free), SYM(EVP_KDF_derive),
      SYM(EVP_CIPHER_fetch), SYM(EVP_CIPHER_free), SYM(EVP_CIPHER_CTX_new),
      SYM(EVP_CIPHER_CTX_free), SYM(EVP_CIPHER_CTX_ctrl), SYM(EVP_EncryptInit_ex2),
      SYM(EVP_EncryptUpdate), SYM(EVP_EncryptFinal_ex), SYM(EVP_DecryptInit_ex2),
      SYM(EVP_DecryptUpdate), SYM(EVP_DecryptFinal_ex),
      SYM(OSSL_PARAM_construct_utf8_string), SYM(OSSL_PARAM_construct_octet_string),
      SYM(OSSL_PARAM_construct_end), SYM(CRYPTO_memcmp), SYM(OPENSSL_cleanse),
#undef SYM
  };
  /* RTLD_LAZY: only what the wire uses is ever bound. Never closed. */
  void *h = dlopen(MUK_OSSL_SONAME, RTLD_LAZY | RTLD_LOCAL);
  if (!h) {
    const char *e = dlerror();
    snprintf(err, sizeof err, "wire security unavailable: cannot load %s: %s",
             MUK_OSSL_SONAME, e ? e : "unknown error");
    return;
  }
  for (size_t i = 0; i < sizeof syms / sizeof syms[0]; i++) {
    void *f = dlsym(h, syms[i].name);
    if (!f) {
      snprintf(err, sizeof err, "wire security unavailable: %s has no %s",
               MUK_OSSL_SONAME, syms[i].name);
      return;
    }
    *(void **)((char *)&fns + syms[i].off) = f;
  }
  loaded = &fns;
}

const muk_ossl_api *muk__ossl(void) {
  pthread_once(&once, load);
  return loaded;
}

const char *muk__ossl_error(void) {
  pthread_once(&once, load);
  return loaded ? NULL : err;
}
