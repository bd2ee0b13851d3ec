/* ossl_dl.h — libcrypto (OpenSSL 3), loaded on first use.
 *
 * Only a keyed remote link needs it (HMAC, HKDF, AES-256-GCM for the wire's
 * security layer, wire_sec.c). Linking libcrypto into libmuk would make ld.so
 * map it and bind its symbols in every `muk` start, which costs more than
 * muk's whole startup budget allows; like libnanomsg (nn_dl.h) it is
 * dlopen()ed when a key is first used. Keyless links (ipc://, loopback)
 * never load it. Thread-safe. Programs that link libcrypto themselves (the
 * crypto service's module) share the loaded copy. */
#ifndef MUK_OSSL_DL_H
#define MUK_OSSL_DL_H

#include <stddef.h>
#include <openssl/core.h>
#include <openssl/evp.h>

#ifndef MUK_OSSL_SONAME
#define MUK_OSSL_SONAME "libcrypto.so.3"
#endif

typedef struct muk_ossl_api {
  EVP_MAC *(*EVP_MAC_fetch)(OSSL_LIB_CTX *, const char *, const char *);
  void (*EVP_MAC_free)(EVP_MAC *);
  EVP_MAC_CTX *(*EVP_MAC_CTX_new)(EVP_MAC *);
  void (*EVP_MAC_CTX_free)(EVP_MAC_CTX *);
  int (*EVP_MAC_init)(EVP_MAC_CTX *, const unsigned char *, size_t, const OSSL_PARAM *);
  int (*EVP_MAC_update)(EVP_MAC_CTX *, const unsigned char *, size_t);
  int (*EVP_MAC_final)(EVP_MAC_CTX *, unsigned char *, size_t *, size_t);
  EVP_KDF *(*EVP_KDF_fetch)(OSSL_LIB_CTX *, const char *, const char *);
  void (*EVP_KDF_free)(EVP_KDF *);
  EVP_KDF_CTX *(*EVP_KDF_CTX_new)(EVP_KDF *);
  void (*EVP_KDF_CTX_free)(EVP_KDF_CTX *);
  int (*EVP_KDF_derive)(EVP_KDF_CTX *, unsigned char *, size_t, const OSSL_PARAM *);
  EVP_CIPHER *(*EVP_CIPHER_fetch)(OSSL_LIB_CTX *, const char *, const char *);
  void (*EVP_CIPHER_free)(EVP_CIPHER *);
  EVP_CIPHER_CTX *(*EVP_CIPHER_CTX_new)(void);
  void (*EVP_CIPHER_CTX_free)(EVP_CIPHER_CTX *);
  int (*EVP_CIPHER_CTX_ctrl)(EVP_CIPHER_CTX *, int, int, void *);
  int (*EVP_EncryptInit_ex2)(EVP_CIPHER_CTX *, const EVP_CIPHER *, const unsigned char *,
                             const unsigned char *, const OSSL_PARAM *);
  int (*EVP_EncryptUpdate)(EVP_CIPHER_CTX *, unsigned char *, int *, const unsigned char *, int);
  int (*EVP_EncryptFinal_ex)(EVP_CIPHER_CTX *, unsigned char *, int *);
  int (*EVP_DecryptInit_ex2)(EVP_CIPHER_CTX *, const EVP_CIPHER *, const unsigned char *,
                             const unsigned char *, const OSSL_PARAM *);
  int (*EVP_DecryptUpdate)(EVP_CIPHER_CTX *, unsigned char *, int *, const unsigned char *, int);
  int (*EVP_DecryptFinal_ex)(EVP_CIPHER_CTX *, unsigned char *, int *);
  OSSL_PARAM (*OSSL_PARAM_construct_utf8_string)(const char *, char *, size_t);
  OSSL_PARAM (*OSSL_PARAM_construct_octet_string)(const char *, void *, size_t);
  OSSL_PARAM (*OSSL_PARAM_construct_end)(void);
  int (*CRYPTO_memcmp)(const void *, const void *, size_t);
  void (*OPENSSL_cleanse)(void *, size_t);
} muk_ossl_api;

/* The table, or NULL when libcrypto cannot be loaded (muk__ossl_error() then
 * says why). */
const muk_ossl_api *muk__ossl(void);
const char *muk__ossl_error(void);

#endif
