/* keys.h — what keys.c shares with sign.c: the CRYPTO_H_PKEY object. */
#ifndef MUK_SERVICES_CRYPTO_KEYS_H
#define MUK_SERVICES_CRYPTO_KEYS_H

#include <stdint.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "crypto_internal.h"

typedef struct crypto_pkey {
  EVP_PKEY *pk;
  int priv;       /* holds the private half */
  uint64_t serial; /* unique for the process's life (never reused) */
} crypto_pkey;

/* Store pk (taken on success) as a CRYPTO_H_PKEY: the handle or < 0. */
int64_t crypto_pkey_put(muk_service *svc, EVP_PKEY *pk, int priv);
/* Node's asymmetricKeyType for pk, or NULL. */
const char *crypto_pkey_type(const EVP_PKEY *pk);
/* A public-only copy of pk, or NULL. */
EVP_PKEY *crypto_pkey_public(EVP_PKEY *pk);

#endif
