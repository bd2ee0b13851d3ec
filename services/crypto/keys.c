/* keys.c — the crypto service's CRYPTO_KEY_OPS (crypto.h): asymmetric keys
 * as CRYPTO_H_PKEY handles (a crypto_pkey: the EVP_PKEY and whether it
 * holds the private half), their import, export and generation. Decoding
 * and encoding go through OpenSSL's OSSL_DECODER / OSSL_ENCODER, so every
 * format OpenSSL knows is parsed by OpenSSL (a bad PEM is its error). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* memmem */
#endif
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/ec.h>
#include <openssl/encoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include "crypto_internal.h"
#include "keys.h"

#define KEY_MAX_INPUT (1u << 20) /* a key's encoding: 1 MiB at most */

static void pkey_free(void *p) {
  crypto_pkey *k = p;
  EVP_PKEY_free(k->pk);
  free(k);
}

int64_t crypto_pkey_put(muk_service *svc, EVP_PKEY *pk, int priv) {
  crypto_pkey *k = malloc(sizeof *k);
  if (!k)
    return UV_ENOMEM;
  static uint64_t serials;
  k->pk = pk;
  k->priv = priv;
  k->serial = __atomic_add_fetch(&serials, 1, __ATOMIC_RELAXED);
  int64_t h = crypto_handle_put(crypto_handles_of(svc), CRYPTO_H_PKEY, k, pkey_free);
  if (h < 0)
    free(k);
  return h;
}

/* Reply h (or the failure) for a new key; pk is taken. */
static void reply_key(muk_service *svc, muk_msg *m, EVP_PKEY *pk, int priv) {
  int64_t h = crypto_pkey_put(svc, pk, priv);
  if (h < 0) {
    EVP_PKEY_free(pk);
    muk_msg_reset_args(m);
    muk_reply(m, (int)h);
    return;
  }
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, h);
  muk_reply(m, 0);
}

/* Node's name for a key's type. */
const char *crypto_pkey_type(const EVP_PKEY *pk) {
  switch (EVP_PKEY_get_base_id(pk)) {
  case EVP_PKEY_RSA: return "rsa";
  case EVP_PKEY_RSA_PSS: return "rsa-pss";
  case EVP_PKEY_DSA: return "dsa";
  case EVP_PKEY_DH: return "dh";
  case EVP_PKEY_EC: return "ec";
  case EVP_PKEY_ED25519: return "ed25519";
  case EVP_PKEY_ED448: return "ed448";
  case EVP_PKEY_X25519: return "x25519";
  case EVP_PKEY_X448: return "x448";
  default: return NULL;
  }
}

/* A public-only copy of pk (through its SubjectPublicKeyInfo). */
EVP_PKEY *crypto_pkey_public(EVP_PKEY *pk) {
  unsigned char *der = NULL;
  int n = i2d_PUBKEY(pk, &der);
  if (n <= 0)
    return NULL;
  const unsigned char *p = der;
  EVP_PKEY *pub = d2i_PUBKEY(NULL, &p, n);
  OPENSSL_free(der);
  return pub;
}

static int no_passphrase(char *buf, int size, int rwflag, void *u) {
  (void)buf, (void)size, (void)rwflag, (void)u;
  return -1;
}

typedef struct key_pass {
  const uint8_t *p;
  size_t len;
} key_pass;

/* Node's PasswordCallback: the passphrase, or -1 (none given). */
static int pem_passphrase(char *buf, int size, int rwflag, void *u) {
  (void)rwflag;
  key_pass *kp = u;
  if (!kp || kp->len > (size_t)size)
    return -1;
  memcpy(buf, kp->p, kp->len);
  return (int)kp->len;
}

static EVP_PKEY *pem_private(const uint8_t *data, size_t len, const uint8_t *pass, size_t passlen,
                             int havepass) {
  BIO *bio = BIO_new_mem_buf(data, (int)len);
  if (!bio)
    return NULL;
  key_pass kp = {pass, passlen};
  EVP_PKEY *pk = PEM_read_bio_PrivateKey(bio, NULL, pem_passphrase, havepass ? &kp : NULL);
  BIO_free(bio);
  return pk;
}

static EVP_PKEY *decode(const uint8_t *data, size_t len, const char *input,
                        const char *structure, const char *keytype, int selection,
                        const uint8_t *pass, size_t passlen, int havepass) {
  EVP_PKEY *pk = NULL;
  OSSL_DECODER_CTX *dctx = OSSL_DECODER_CTX_new_for_pkey(&pk, input, structure, keytype,
                                                         selection, NULL, NULL);
  if (!dctx)
    return NULL;
  if (havepass)
    OSSL_DECODER_CTX_set_passphrase(dctx, pass, passlen);
  else
    OSSL_DECODER_CTX_set_pem_password_cb(dctx, no_passphrase, NULL);
  const unsigned char *p = data;
  size_t left = len;
  int ok = OSSL_DECODER_from_data(dctx, &p, &left);
  OSSL_DECODER_CTX_free(dctx);
  if (!ok) {
    EVP_PKEY_free(pk);
    return NULL;
  }
  return pk;
}

/* Node's IsEncryptedPrivateKeyInfo: a SEQUENCE that starts with an
 * AlgorithmIdentifier rather than PrivateKeyInfo's INTEGER. */
static int is_encrypted_pkcs8(const uint8_t *d, size_t size) {
  if (size < 2 || d[0] != 0x30)
    return 0;
  size_t off, len;
  if (d[1] & 0x80) {
    size_t n = d[1] & 0x7f;
    if (n + 2 > size || n > sizeof(size_t))
      return 0;
    size_t l = 0;
    for (size_t i = 0; i < n; i++)
      l = (l << 8) | d[i + 2];
    off = 2 + n;
    len = size - 2 - n < l ? size - 2 - n : l;
  } else {
    off = 2;
    len = size - 2 < d[1] ? size - 2 : d[1];
  }
  return len >= 1 && d[off] != 2;
}

/* A DER private key as node parses it. kind: 0 pkcs8, 1 pkcs1, 2 sec1. */
static EVP_PKEY *der_private(const uint8_t *data, size_t len, int kind, const uint8_t *pass,
                             size_t passlen, int havepass) {
  const unsigned char *p = data;
  if (len > LONG_MAX)
    return NULL;
  if (kind == 1)
    return d2i_PrivateKey(EVP_PKEY_RSA, NULL, &p, (long)len);
  if (kind == 2)
    return d2i_PrivateKey(EVP_PKEY_EC, NULL, &p, (long)len);
  BIO *bio = BIO_new_mem_buf(data, (int)len);
  if (!bio)
    return NULL;
  EVP_PKEY *pk = NULL;
  if (is_encrypted_pkcs8(data, len)) {
    key_pass kp = {pass, passlen};
    pk = d2i_PKCS8PrivateKey_bio(bio, NULL, pem_passphrase, havepass ? &kp : NULL);
  } else {
    PKCS8_PRIV_KEY_INFO *p8 = d2i_PKCS8_PRIV_KEY_INFO_bio(bio, NULL);
    if (p8)
      pk = EVP_PKCS82PKEY(p8);
    PKCS8_PRIV_KEY_INFO_free(p8);
  }
  BIO_free(bio);
  return pk;
}

/* KEY_IMPORT (i64 priv, str format "pem"|"der", str type ""|"pkcs1"|
 * "spki"|"pkcs8"|"sec1", bytes passphrase | i64 -1) + payload -> i64 h.
 * priv 0 makes a public key (from a public or a private encoding). */
void crypto_op_KEY_IMPORT(muk_service *svc, muk_msg *m) {
  int64_t priv, nopass;
  const char *fmt, *type;
  size_t fmtlen, typelen, passlen = 0;
  const uint8_t *pass = NULL;
  int havepass = 0;
  if (muk_msg_i64(m, 0, &priv) || muk_msg_str(m, 1, &fmt, &fmtlen) ||
      muk_msg_str(m, 2, &type, &typelen)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  if (muk_msg_bytes(m, 3, &pass, &passlen) == 0)
    havepass = 1;
  else if (muk_msg_i64(m, 3, &nopass) != 0) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  int pem = strcmp(fmt, "pem") == 0;
  if ((!pem && strcmp(fmt, "der") != 0) || m->payload.len == 0 ||
      m->payload.len > KEY_MAX_INPUT || passlen > 1024 || (priv != 0 && priv != 1)) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  int tpkcs1 = strcmp(type, "pkcs1") == 0, tspki = strcmp(type, "spki") == 0;
  int tpkcs8 = strcmp(type, "pkcs8") == 0, tsec1 = strcmp(type, "sec1") == 0;
  if (!pem && (priv ? !(tpkcs1 || tpkcs8 || tsec1) : !(tpkcs1 || tspki))) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  const uint8_t *data = m->payload.data;
  size_t len = m->payload.len;
  EVP_PKEY *pk = NULL;
  int isprivate = 0;
  ERR_clear_error();
  if (priv && pem) {
    pk = pem_private(data, len, pass, passlen, havepass);
    isprivate = 1;
  } else if (priv) {
    pk = der_private(data, len, tpkcs1 ? 1 : tsec1 ? 2 : 0, pass, passlen, havepass);
    isprivate = 1;
  } else if (!pem) {
    const unsigned char *p = data;
    pk = tpkcs1 ? d2i_PublicKey(EVP_PKEY_RSA, NULL, &p, (long)len) : d2i_PUBKEY(NULL, &p, (long)len);
  } else {
    /* A public PEM (any label OpenSSL knows); a PEM may also hold a
     * private key, whose public half is the key. */
    if (memmem(data, len, "-----BEGIN PUBLIC KEY-----", 26)) {
      /* the common case, as node reads it (much cheaper than a decoder
       * chain for every format) */
      BIO *bio = BIO_new_mem_buf(data, (int)len);
      char *label = NULL, *header = NULL;
      unsigned char *der = NULL;
      long derlen = 0;
      ERR_set_mark();
      if (bio && PEM_read_bio(bio, &label, &header, &der, &derlen) &&
          strcmp(label, "PUBLIC KEY") == 0) {
        const unsigned char *p = der;
        pk = d2i_PUBKEY(NULL, &p, derlen);
      }
      OPENSSL_free(label);
      OPENSSL_free(header);
      OPENSSL_free(der);
      BIO_free(bio);
      ERR_pop_to_mark();
    }
    if (!pk)
      pk = decode(data, len, "PEM", NULL, NULL, EVP_PKEY_PUBLIC_KEY, NULL, 0, 0);
    if (!pk && memmem(data, len, "-----BEGIN CERTIFICATE-----", 27)) {
      /* a certificate's key */
      BIO *bio = BIO_new_mem_buf(data, (int)len);
      X509 *x = bio ? PEM_read_bio_X509(bio, NULL, no_passphrase, NULL) : NULL;
      BIO_free(bio);
      if (x) {
        ERR_clear_error();
        pk = X509_get_pubkey(x);
        X509_free(x);
      }
    }
    if (!pk) {
      ERR_set_mark();
      EVP_PKEY *full = pem_private(data, len, pass, passlen, havepass);
      if (full) {
        ERR_clear_error();
        pk = crypto_pkey_public(full);
        EVP_PKEY_free(full);
      } else {
        ERR_pop_to_mark(); /* report why it is no public key */
      }
    }
  }
  if (!pk) {
    crypto_fail_openssl_first(m, "key import");
    return;
  }
  if (!crypto_pkey_type(pk)) {
    EVP_PKEY_free(pk);
    muk_reply(m, UV_ENOTSUP);
    return;
  }
  reply_key(svc, m, pk, isprivate);
}

static int add_bn_bytes(muk_msg *m, const BIGNUM *bn) {
  int n = BN_num_bytes(bn);
  unsigned char buf[64]; /* a public exponent */
  if (n > (int)sizeof buf)
    return muk_msg_add_bytes(m, "", 0);
  BN_bn2bin(bn, buf);
  return muk_msg_add_bytes(m, buf, (size_t)n);
}

/* KEY_INFO (i64 h) -> str type, i64 priv, i64 bits, bytes publicExponent,
 * str namedCurve, str hash, str mgf1Hash, i64 saltLength (-1: none). The
 * hashes of an rsa-pss key are "" when it has no parameters. */
void crypto_op_KEY_INFO(muk_service *svc, muk_msg *m) {
  int64_t h;
  if (muk_msg_i64(m, 0, &h)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  crypto_handles *t = crypto_handles_of(svc);
  crypto_pkey *k = crypto_handle_use(t, h, CRYPTO_H_PKEY);
  if (!k) {
    muk_reply(m, UV_EBADF);
    return;
  }
  EVP_PKEY *pk = k->pk;
  const char *type = crypto_pkey_type(pk);
  BIGNUM *e = NULL;
  char curve[80] = "", md[80] = "", mgf[80] = "";
  int64_t salt = -1;
  int base = EVP_PKEY_get_base_id(pk);
  if (base == EVP_PKEY_RSA || base == EVP_PKEY_RSA_PSS)
    EVP_PKEY_get_bn_param(pk, OSSL_PKEY_PARAM_RSA_E, &e);
  if (base == EVP_PKEY_EC) {
    size_t cl = 0;
    if (!EVP_PKEY_get_utf8_string_param(pk, OSSL_PKEY_PARAM_GROUP_NAME, curve, sizeof curve, &cl))
      curve[0] = 0;
  }
  if (base == EVP_PKEY_RSA_PSS) {
    size_t l = 0;
    int s = 0;
    if (EVP_PKEY_get_utf8_string_param(pk, OSSL_PKEY_PARAM_RSA_DIGEST, md, sizeof md, &l)) {
      if (!EVP_PKEY_get_utf8_string_param(pk, OSSL_PKEY_PARAM_RSA_MGF1_DIGEST, mgf, sizeof mgf,
                                          &l))
        strcpy(mgf, md);
      if (EVP_PKEY_get_int_param(pk, OSSL_PKEY_PARAM_RSA_PSS_SALTLEN, &s))
        salt = s;
      else
        salt = 20;
    } else {
      md[0] = 0;
    }
  }
  muk_msg_reset_args(m);
  muk_msg_add_str(m, type ? type : "", type ? strlen(type) : 0);
  muk_msg_add_i64(m, k->priv);
  muk_msg_add_i64(m, EVP_PKEY_get_bits(pk));
  if (e)
    add_bn_bytes(m, e);
  else
    muk_msg_add_bytes(m, "", 0);
  muk_msg_add_str(m, curve, strlen(curve));
  muk_msg_add_str(m, md, strlen(md));
  muk_msg_add_str(m, mgf, strlen(mgf));
  muk_msg_add_i64(m, salt);
  BN_free(e);
  crypto_handle_release(t, h);
  muk_reply(m, 0);
}

/* KEY_EXPORT (i64 h, i64 priv, str format "pem"|"der", str type, str
 * cipher|"", bytes passphrase) -> payload. priv 0 exports the public half
 * (spki or pkcs1). */
void crypto_op_KEY_EXPORT(muk_service *svc, muk_msg *m) {
  int64_t h, priv;
  const char *fmt, *type, *cipher;
  size_t fl, tl, cl, passlen;
  const uint8_t *pass;
  if (muk_msg_i64(m, 0, &h) || muk_msg_i64(m, 1, &priv) || muk_msg_str(m, 2, &fmt, &fl) ||
      muk_msg_str(m, 3, &type, &tl) || muk_msg_str(m, 4, &cipher, &cl) ||
      muk_msg_bytes(m, 5, &pass, &passlen)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  int pem = strcmp(fmt, "pem") == 0;
  if (!pem && strcmp(fmt, "der") != 0) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  const char *structure;
  if (strcmp(type, "pkcs1") == 0 || strcmp(type, "sec1") == 0)
    structure = "type-specific";
  else if (strcmp(type, "spki") == 0 && !priv)
    structure = "SubjectPublicKeyInfo";
  else if (strcmp(type, "pkcs8") == 0 && priv)
    structure = cl ? "EncryptedPrivateKeyInfo" : "PrivateKeyInfo";
  else {
    muk_reply(m, UV_EINVAL);
    return;
  }
  crypto_handles *t = crypto_handles_of(svc);
  crypto_pkey *k = crypto_handle_use(t, h, CRYPTO_H_PKEY);
  if (!k) {
    muk_reply(m, UV_EBADF);
    return;
  }
  if (priv && !k->priv) {
    crypto_handle_release(t, h);
    muk_reply(m, UV_EINVAL);
    return;
  }
  ERR_clear_error();
  if (cl && !EVP_get_cipherbyname(cipher)) {
    crypto_handle_release(t, h);
    muk_msg_reset_args(m);
    muk_msg_add_str(m, "Unknown cipher", 14);
    muk_msg_add_str(m, "", 0);
    muk_msg_add_i64(m, 0);
    muk_msg_add_str(m, "key export", 10);
    muk_reply(m, CRYPTO_E_OPENSSL);
    return;
  }
  int sel = priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY;
  if (!priv && strcmp(type, "pkcs1") == 0)
    structure = "pkcs1";
  OSSL_ENCODER_CTX *ectx =
      OSSL_ENCODER_CTX_new_for_pkey(k->pk, sel, pem ? "PEM" : "DER", structure, NULL);
  unsigned char *out = NULL;
  size_t outlen = 0;
  int ok = ectx && OSSL_ENCODER_CTX_get_num_encoders(ectx) > 0;
  if (ok && cl) {
    ok = OSSL_ENCODER_CTX_set_cipher(ectx, cipher, NULL) &&
         OSSL_ENCODER_CTX_set_passphrase(ectx, pass, passlen);
  }
  if (ok)
    ok = OSSL_ENCODER_to_data(ectx, &out, &outlen);
  OSSL_ENCODER_CTX_free(ectx);
  crypto_handle_release(t, h);
  if (!ok) {
    OPENSSL_free(out);
    crypto_fail_openssl(m, "key export");
    return;
  }
  crypto_reply_bytes(m, out, outlen, crypto_free_openssl);
}

/* Append the big-endian bytes of pk's BN parameter name, padded to pad
 * bytes (0: unpadded); an absent parameter adds empty bytes. */
static void add_bn_param(muk_msg *m, EVP_PKEY *pk, const char *name, int pad) {
  BIGNUM *bn = NULL;
  if (!EVP_PKEY_get_bn_param(pk, name, &bn)) {
    muk_msg_add_bytes(m, "", 0);
    return;
  }
  int n = pad ? pad : BN_num_bytes(bn);
  unsigned char *buf = n > 0 ? OPENSSL_malloc((size_t)n) : NULL;
  if (!buf || BN_bn2binpad(bn, buf, n) < 0)
    n = 0;
  muk_msg_add_bytes(m, buf ? buf : (unsigned char *)"", (size_t)n);
  OPENSSL_clear_free(buf, n > 0 ? (size_t)n : 0);
  BN_clear_free(bn);
}

static void add_octets_param(muk_msg *m, EVP_PKEY *pk, const char *name) {
  unsigned char buf[600];
  size_t n = 0;
  if (!EVP_PKEY_get_octet_string_param(pk, name, buf, sizeof buf, &n))
    n = 0;
  muk_msg_add_bytes(m, buf, n);
  OPENSSL_cleanse(buf, sizeof buf);
}

/* KEY_JWK (i64 h, i64 priv) -> the key's JWK members as bytes, by type:
 * rsa: n e [d p q dp dq qi]; ec: x y [d] (then the group name as str);
 * okp: x [d]. */
void crypto_op_KEY_JWK(muk_service *svc, muk_msg *m) {
  int64_t h, priv;
  if (muk_msg_i64(m, 0, &h) || muk_msg_i64(m, 1, &priv)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  crypto_handles *t = crypto_handles_of(svc);
  crypto_pkey *k = crypto_handle_use(t, h, CRYPTO_H_PKEY);
  if (!k) {
    muk_reply(m, UV_EBADF);
    return;
  }
  EVP_PKEY *pk = k->pk;
  if (priv && !k->priv) {
    crypto_handle_release(t, h);
    muk_reply(m, UV_EINVAL);
    return;
  }
  int base = EVP_PKEY_get_base_id(pk);
  muk_msg_reset_args(m);
  int r = 0;
  if (base == EVP_PKEY_RSA) {
    add_bn_param(m, pk, OSSL_PKEY_PARAM_RSA_N, 0);
    add_bn_param(m, pk, OSSL_PKEY_PARAM_RSA_E, 0);
    if (priv) {
      add_bn_param(m, pk, OSSL_PKEY_PARAM_RSA_D, 0);
      add_bn_param(m, pk, OSSL_PKEY_PARAM_RSA_FACTOR1, 0);
      add_bn_param(m, pk, OSSL_PKEY_PARAM_RSA_FACTOR2, 0);
      add_bn_param(m, pk, OSSL_PKEY_PARAM_RSA_EXPONENT1, 0);
      add_bn_param(m, pk, OSSL_PKEY_PARAM_RSA_EXPONENT2, 0);
      add_bn_param(m, pk, OSSL_PKEY_PARAM_RSA_COEFFICIENT1, 0);
    }
  } else if (base == EVP_PKEY_EC) {
    int deg = (EVP_PKEY_get_bits(pk) + 7) / 8;
    char curve[80] = "";
    size_t cl = 0;
    EVP_PKEY_get_utf8_string_param(pk, OSSL_PKEY_PARAM_GROUP_NAME, curve, sizeof curve, &cl);
    add_bn_param(m, pk, OSSL_PKEY_PARAM_EC_PUB_X, deg);
    add_bn_param(m, pk, OSSL_PKEY_PARAM_EC_PUB_Y, deg);
    if (priv)
      add_bn_param(m, pk, OSSL_PKEY_PARAM_PRIV_KEY, deg);
    else
      muk_msg_add_bytes(m, "", 0);
    muk_msg_add_str(m, curve, strlen(curve));
  } else if (base == EVP_PKEY_ED25519 || base == EVP_PKEY_ED448 || base == EVP_PKEY_X25519 ||
             base == EVP_PKEY_X448) {
    add_octets_param(m, pk, OSSL_PKEY_PARAM_PUB_KEY);
    if (priv)
      add_octets_param(m, pk, OSSL_PKEY_PARAM_PRIV_KEY);
  } else {
    r = UV_ENOTSUP;
  }
  crypto_handle_release(t, h);
  muk_reply(m, r);
}

/* The payload's fields: each a 4-byte big-endian length and its bytes. */
static int tlv_next(const uint8_t **p, size_t *left, const uint8_t **f, size_t *flen) {
  if (*left < 4)
    return -1;
  size_t n = ((size_t)(*p)[0] << 24) | ((size_t)(*p)[1] << 16) | ((size_t)(*p)[2] << 8) | (*p)[3];
  if (n > *left - 4)
    return -1;
  *f = *p + 4;
  *flen = n;
  *p += 4 + n;
  *left -= 4 + n;
  return 0;
}

/* KEY_FROM_JWK (str kty "rsa"|"ec"|"okp", str crv (ec: the group's name;
 * okp: ED25519, ED448, X25519, X448), i64 priv) + payload: the members as
 * length-prefixed fields in KEY_JWK's order -> i64 h. */
void crypto_op_KEY_FROM_JWK(muk_service *svc, muk_msg *m) {
  const char *kty, *crv;
  size_t kl, cl;
  int64_t priv;
  if (muk_msg_str(m, 0, &kty, &kl) || muk_msg_str(m, 1, &crv, &cl) || muk_msg_i64(m, 2, &priv)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  const uint8_t *f[8], *p = m->payload.data;
  size_t fl[8], left = m->payload.len, nf = 0;
  if (left > KEY_MAX_INPUT) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  while (nf < 8 && left > 0 && tlv_next(&p, &left, &f[nf], &fl[nf]) == 0)
    nf++;
  if (left != 0) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  ERR_clear_error();
  EVP_PKEY *pk = NULL;
  OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
  OSSL_PARAM *params = NULL;
  BIGNUM *bns[8] = {0};
  unsigned char pt[1 + 2 * 66]; /* the EC point: the builder keeps a pointer to it */
  const char *tname = NULL;
  int ok = bld != NULL, r = 0;
  if (strcmp(kty, "rsa") == 0) {
    static const char *names[8] = {OSSL_PKEY_PARAM_RSA_N,         OSSL_PKEY_PARAM_RSA_E,
                                   OSSL_PKEY_PARAM_RSA_D,         OSSL_PKEY_PARAM_RSA_FACTOR1,
                                   OSSL_PKEY_PARAM_RSA_FACTOR2,   OSSL_PKEY_PARAM_RSA_EXPONENT1,
                                   OSSL_PKEY_PARAM_RSA_EXPONENT2, OSSL_PKEY_PARAM_RSA_COEFFICIENT1};
    size_t want = priv ? 8 : 2;
    if (nf != want)
      r = UV_EINVAL;
    for (size_t i = 0; ok && !r && i < want; i++) {
      bns[i] = BN_bin2bn(f[i], (int)fl[i], NULL);
      ok = bns[i] && OSSL_PARAM_BLD_push_BN(bld, names[i], bns[i]);
    }
    tname = "RSA";
  } else if (strcmp(kty, "ec") == 0) {
    if (nf != (size_t)(priv ? 3 : 2) || fl[0] != fl[1] || fl[0] == 0 || fl[0] > 66)
      r = UV_EINVAL;
    if (!r) {
      pt[0] = 4;
      memcpy(pt + 1, f[0], fl[0]);
      memcpy(pt + 1 + fl[0], f[1], fl[1]);
      ok = ok && OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, crv, 0) &&
           OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, pt, 1 + 2 * fl[0]);
      if (ok && priv) {
        bns[0] = BN_bin2bn(f[2], (int)fl[2], NULL);
        ok = bns[0] && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_PRIV_KEY, bns[0]);
      }
    }
    tname = "EC";
  } else if (strcmp(kty, "okp") == 0) {
    if (nf != (size_t)(priv ? 2 : 1))
      r = UV_EINVAL;
    else if (strcmp(crv, "ED25519") && strcmp(crv, "ED448") && strcmp(crv, "X25519") &&
             strcmp(crv, "X448"))
      r = UV_EINVAL;
    if (!r) {
      ok = ok && OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, f[0], fl[0]);
      if (ok && priv)
        ok = OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PRIV_KEY, f[1], fl[1]);
    }
    tname = crv;
  } else {
    r = UV_EINVAL;
  }
  if (!r && ok) {
    params = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_name(NULL, tname, NULL);
    ok = params && pctx && EVP_PKEY_fromdata_init(pctx) > 0 &&
         EVP_PKEY_fromdata(pctx, &pk, priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params) > 0;
    EVP_PKEY_CTX_free(pctx);
  }
  OSSL_PARAM_free(params);
  OSSL_PARAM_BLD_free(bld);
  for (int i = 0; i < 8; i++)
    BN_clear_free(bns[i]);
  if (r) {
    muk_reply(m, r);
    return;
  }
  if (ok && pk && priv) {
    /* the private half must match the public one */
    EVP_PKEY_CTX *c = EVP_PKEY_CTX_new_from_pkey(NULL, pk, NULL);
    ok = c && EVP_PKEY_pairwise_check(c) > 0;
    EVP_PKEY_CTX_free(c);
  }
  if (!ok || !pk) {
    EVP_PKEY_free(pk);
    crypto_fail_openssl(m, "Invalid JWK data");
    return;
  }
  reply_key(svc, m, pk, (int)priv);
}

/* KEY_PUBLIC (i64 h) -> i64 h2: the public half of a key. */
void crypto_op_KEY_PUBLIC(muk_service *svc, muk_msg *m) {
  int64_t h;
  if (muk_msg_i64(m, 0, &h)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  crypto_handles *t = crypto_handles_of(svc);
  crypto_pkey *k = crypto_handle_use(t, h, CRYPTO_H_PKEY);
  if (!k) {
    muk_reply(m, UV_EBADF);
    return;
  }
  ERR_clear_error();
  EVP_PKEY *pub = crypto_pkey_public(k->pk);
  crypto_handle_release(t, h);
  if (!pub) {
    crypto_fail_openssl(m, "public key");
    return;
  }
  reply_key(svc, m, pub, 0);
}

/* KEY_EQUALS (i64 h1, i64 h2) -> i64 1|0. */
void crypto_op_KEY_EQUALS(muk_service *svc, muk_msg *m) {
  int64_t h1, h2;
  if (muk_msg_i64(m, 0, &h1) || muk_msg_i64(m, 1, &h2)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  crypto_handles *t = crypto_handles_of(svc);
  crypto_pkey *a = crypto_handle_use(t, h1, CRYPTO_H_PKEY);
  crypto_pkey *b = a ? crypto_handle_use(t, h2, CRYPTO_H_PKEY) : NULL;
  if (!b) {
    if (a)
      crypto_handle_release(t, h1);
    muk_reply(m, UV_EBADF);
    return;
  }
  int eq = a->priv == b->priv && EVP_PKEY_eq(a->pk, b->pk) == 1;
  if (eq && a->priv) {
    /* EVP_PKEY_eq compares the public halves: compare the private ones */
    unsigned char *da = NULL, *db = NULL;
    int na = i2d_PrivateKey(a->pk, &da), nb = i2d_PrivateKey(b->pk, &db);
    eq = na > 0 && na == nb && CRYPTO_memcmp(da, db, (size_t)na) == 0;
    OPENSSL_clear_free(da, na > 0 ? (size_t)na : 0);
    OPENSSL_clear_free(db, nb > 0 ? (size_t)nb : 0);
  }
  crypto_handle_release(t, h2);
  crypto_handle_release(t, h1);
  ERR_clear_error();
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, eq);
  muk_reply(m, 0);
}

/* KEY_GENERATE (str type, i64 modulusLength, i64 publicExponent, str
 * namedCurve, str hash, str mgf1Hash, i64 saltLength|-1) -> i64 h (the
 * private key). type: rsa rsa-pss ec ed25519 ed448 x25519 x448; or
 * "secret" with bits the size in bytes -> payload random bytes. */
void crypto_op_KEY_GENERATE(muk_service *svc, muk_msg *m) {
  const char *type, *curve, *md, *mgf;
  size_t tl, cl, ml, gl;
  int64_t bits, exp, salt;
  if (muk_msg_str(m, 0, &type, &tl) || muk_msg_i64(m, 1, &bits) || muk_msg_i64(m, 2, &exp) ||
      muk_msg_str(m, 3, &curve, &cl) || muk_msg_str(m, 4, &md, &ml) ||
      muk_msg_str(m, 5, &mgf, &gl) || muk_msg_i64(m, 6, &salt)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  const char *name;
  int rsa = 0, ec = 0;
  if (strcmp(type, "secret") == 0) {
    /* bits here is the key's size in bytes */
    if (bits < 1 || bits > (1 << 28)) {
      muk_reply(m, UV_EINVAL);
      return;
    }
    unsigned char *key = OPENSSL_malloc((size_t)bits);
    if (!key || RAND_bytes(key, (int)bits) != 1) {
      OPENSSL_free(key);
      crypto_fail_openssl(m, "generateKey");
      return;
    }
    crypto_reply_bytes(m, key, (size_t)bits, crypto_free_openssl);
    return;
  }
  if (strcmp(type, "rsa") == 0)
    name = "RSA", rsa = 1;
  else if (strcmp(type, "rsa-pss") == 0)
    name = "RSA-PSS", rsa = 1;
  else if (strcmp(type, "ec") == 0)
    name = "EC", ec = 1;
  else if (strcmp(type, "ed25519") == 0)
    name = "ED25519";
  else if (strcmp(type, "ed448") == 0)
    name = "ED448";
  else if (strcmp(type, "x25519") == 0)
    name = "X25519";
  else if (strcmp(type, "x448") == 0)
    name = "X448";
  else {
    muk_reply(m, UV_EINVAL);
    return;
  }
  if (rsa && (bits < 512 || bits > 16384 || exp < 3 || exp > 0xffffffffLL)) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  ERR_clear_error();
  int nid = NID_undef;
  if (ec) {
    nid = OBJ_txt2nid(curve);
    if (nid == NID_undef)
      nid = EC_curve_nist2nid(curve);
    if (nid == NID_undef) {
      muk_reply(m, UV_EINVAL);
      return;
    }
  }
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(NULL, name, NULL);
  EVP_PKEY *pk = NULL;
  BIGNUM *e = NULL;
  int ok = ctx && EVP_PKEY_keygen_init(ctx) > 0;
  if (ok && rsa) {
    e = BN_new();
    ok = e && BN_set_word(e, (BN_ULONG)exp) &&
         EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, (int)bits) > 0 &&
         EVP_PKEY_CTX_set1_rsa_keygen_pubexp(ctx, e) > 0;
    if (ok && ml)
      ok = EVP_PKEY_CTX_set_rsa_pss_keygen_md_name(ctx, md, NULL) > 0;
    if (ok && gl)
      ok = EVP_PKEY_CTX_set_rsa_pss_keygen_mgf1_md_name(ctx, mgf) > 0;
    if (ok && salt >= 0)
      ok = EVP_PKEY_CTX_set_rsa_pss_keygen_saltlen(ctx, (int)salt) > 0;
  }
  if (ok && ec)
    ok = EVP_PKEY_CTX_set_ec_paramgen_curve_nid(ctx, nid) > 0 &&
         EVP_PKEY_CTX_set_ec_param_enc(ctx, OPENSSL_EC_NAMED_CURVE) > 0;
  if (ok)
    ok = EVP_PKEY_generate(ctx, &pk) > 0;
  BN_free(e);
  EVP_PKEY_CTX_free(ctx);
  if (!ok) {
    EVP_PKEY_free(pk);
    crypto_fail_openssl(m, "key generation");
    return;
  }
  reply_key(svc, m, pk, 1);
}

/* CURVES -> str names, '\n'-separated (EC_get_builtin_curves' short names). */
void crypto_op_CURVES(muk_service *svc, muk_msg *m) {
  (void)svc;
  size_t n = EC_get_builtin_curves(NULL, 0);
  EC_builtin_curve *c = calloc(n ? n : 1, sizeof *c);
  if (!c) {
    muk_reply(m, UV_ENOMEM);
    return;
  }
  EC_get_builtin_curves(c, n);
  crypto_names ns = {0};
  for (size_t i = 0; i < n; i++) {
    const char *sn = OBJ_nid2sn(c[i].nid);
    if (sn && *sn)
      crypto_names_add(&ns, sn);
  }
  free(c);
  crypto_names_reply(m, &ns);
}
