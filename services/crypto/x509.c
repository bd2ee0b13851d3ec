/* x509.c — the crypto service's X509Certificate ops (in CRYPTO_SIGN_OPS,
 * crypto.h): a parsed certificate is a CRYPTO_H_X509 handle (an X509);
 * its fields come back formatted as node formats them. */
#include <stdlib.h>
#include <string.h>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "crypto_internal.h"
#include "keys.h"

#define X509_MAX_INPUT (1u << 20)

static void x509_free(void *p) { X509_free(p); }

static int no_passphrase(char *buf, int size, int rwflag, void *u) {
  (void)buf, (void)size, (void)rwflag, (void)u;
  return -1;
}

/* X509_PARSE + payload (PEM or DER) -> i64 h. */
void crypto_op_X509_PARSE(muk_service *svc, muk_msg *m) {
  if (m->payload.len == 0 || m->payload.len > X509_MAX_INPUT) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  ERR_clear_error();
  BIO *bio = BIO_new_mem_buf(m->payload.data, (int)m->payload.len);
  X509 *x = bio ? PEM_read_bio_X509_AUX(bio, NULL, no_passphrase, NULL) : NULL;
  BIO_free(bio);
  if (!x) {
    /* node reports the PEM error when the DER is no good either */
    const unsigned char *p = m->payload.data;
    x = d2i_X509(NULL, &p, (long)m->payload.len);
  }
  if (!x) {
    crypto_fail_openssl_first(m, "X509Certificate");
    return;
  }
  ERR_clear_error();
  int64_t h = crypto_handle_put(crypto_handles_of(svc), CRYPTO_H_X509, x, x509_free);
  muk_msg_reset_args(m);
  if (h < 0) {
    X509_free(x);
    muk_reply(m, (int)h);
    return;
  }
  muk_msg_add_i64(m, h);
  muk_reply(m, 0);
}

/* Append what fn printed into a memory BIO as a str ("" on failure). */
static void add_bio(muk_msg *m, BIO *b, int ok) {
  char *data = NULL;
  long n = ok && b ? BIO_get_mem_data(b, &data) : 0;
  muk_msg_add_str(m, n > 0 ? data : "", n > 0 ? (size_t)n : 0);
}

static const unsigned long kNameFlags = ASN1_STRFLGS_ESC_2253 | ASN1_STRFLGS_ESC_CTRL |
                                        ASN1_STRFLGS_UTF8_CONVERT | XN_FLAG_SEP_MULTILINE |
                                        XN_FLAG_FN_SN;

static void add_name(muk_msg *m, const X509_NAME *name) {
  BIO *b = BIO_new(BIO_s_mem());
  add_bio(m, b, b && X509_NAME_print_ex(b, name, 0, kNameFlags) >= 0);
  BIO_free(b);
}

static void add_time(muk_msg *m, const ASN1_TIME *t) {
  BIO *b = BIO_new(BIO_s_mem());
  add_bio(m, b, b && ASN1_TIME_print(b, t));
  BIO_free(b);
}

/* X509_INFO (i64 h) -> str subject, str issuer, str serialNumber, str
 * validFrom, str validTo, i64 ca, str subjectAltName|"". */
void crypto_op_X509_INFO(muk_service *svc, muk_msg *m) {
  int64_t h;
  if (muk_msg_i64(m, 0, &h)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  crypto_handles *t = crypto_handles_of(svc);
  X509 *x = crypto_handle_use(t, h, CRYPTO_H_X509);
  if (!x) {
    muk_reply(m, UV_EBADF);
    return;
  }
  muk_msg_reset_args(m);
  add_name(m, X509_get_subject_name(x));
  add_name(m, X509_get_issuer_name(x));
  BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), NULL);
  char *hex = bn ? BN_bn2hex(bn) : NULL;
  muk_msg_add_str(m, hex ? hex : "", hex ? strlen(hex) : 0);
  OPENSSL_free(hex);
  BN_free(bn);
  add_time(m, X509_get0_notBefore(x));
  add_time(m, X509_get0_notAfter(x));
  muk_msg_add_i64(m, X509_check_ca(x) == 1);
  int idx = X509_get_ext_by_NID(x, NID_subject_alt_name, -1);
  X509_EXTENSION *ext = idx >= 0 ? X509_get_ext(x, idx) : NULL;
  BIO *b = ext ? BIO_new(BIO_s_mem()) : NULL;
  add_bio(m, b, b && X509V3_EXT_print(b, ext, 0, 0) == 1);
  BIO_free(b);
  ERR_clear_error();
  crypto_handle_release(t, h);
  muk_reply(m, 0);
}

/* X509_RAW (i64 h, i64 pem) -> payload the DER (pem 0) or PEM bytes. */
void crypto_op_X509_RAW(muk_service *svc, muk_msg *m) {
  int64_t h, pem;
  if (muk_msg_i64(m, 0, &h) || muk_msg_i64(m, 1, &pem)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  crypto_handles *t = crypto_handles_of(svc);
  X509 *x = crypto_handle_use(t, h, CRYPTO_H_X509);
  if (!x) {
    muk_reply(m, UV_EBADF);
    return;
  }
  unsigned char *out = NULL;
  size_t n = 0;
  if (pem) {
    BIO *b = BIO_new(BIO_s_mem());
    char *data;
    long l = b && PEM_write_bio_X509(b, x) ? BIO_get_mem_data(b, &data) : 0;
    if (l > 0 && (out = OPENSSL_malloc((size_t)l)) != NULL) {
      memcpy(out, data, (size_t)l);
      n = (size_t)l;
    }
    BIO_free(b);
  } else {
    int l = i2d_X509(x, &out);
    n = l > 0 ? (size_t)l : 0;
  }
  crypto_handle_release(t, h);
  if (!out) {
    crypto_fail_openssl(m, "X509Certificate");
    return;
  }
  crypto_reply_bytes(m, out, n, crypto_free_openssl);
}

/* X509_FINGERPRINT (i64 h, str digest) -> payload the digest of the DER. */
void crypto_op_X509_FINGERPRINT(muk_service *svc, muk_msg *m) {
  int64_t h;
  const char *alg;
  size_t al;
  if (muk_msg_i64(m, 0, &h) || muk_msg_str(m, 1, &alg, &al)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  const EVP_MD *md = strcmp(alg, "sha1") == 0     ? EVP_sha1()
                     : strcmp(alg, "sha256") == 0 ? EVP_sha256()
                     : strcmp(alg, "sha512") == 0 ? EVP_sha512()
                                                  : NULL;
  if (!md) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  crypto_handles *t = crypto_handles_of(svc);
  X509 *x = crypto_handle_use(t, h, CRYPTO_H_X509);
  if (!x) {
    muk_reply(m, UV_EBADF);
    return;
  }
  unsigned char *out = OPENSSL_malloc(EVP_MAX_MD_SIZE);
  unsigned int n = 0;
  int ok = out && X509_digest(x, md, out, &n);
  crypto_handle_release(t, h);
  if (!ok) {
    OPENSSL_free(out);
    crypto_fail_openssl(m, "fingerprint");
    return;
  }
  crypto_reply_bytes(m, out, n, crypto_free_openssl);
}

/* X509_PUBKEY (i64 h) -> i64 a PKEY handle (public) for its key. */
void crypto_op_X509_PUBKEY(muk_service *svc, muk_msg *m) {
  int64_t h;
  if (muk_msg_i64(m, 0, &h)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  crypto_handles *t = crypto_handles_of(svc);
  X509 *x = crypto_handle_use(t, h, CRYPTO_H_X509);
  if (!x) {
    muk_reply(m, UV_EBADF);
    return;
  }
  ERR_clear_error();
  EVP_PKEY *pk = X509_get_pubkey(x); /* a reference of its own */
  crypto_handle_release(t, h);
  if (!pk || !crypto_pkey_type(pk)) {
    EVP_PKEY_free(pk);
    crypto_fail_openssl(m, "publicKey");
    return;
  }
  int64_t kh = crypto_pkey_put(svc, pk, 0);
  muk_msg_reset_args(m);
  if (kh < 0) {
    EVP_PKEY_free(pk);
    muk_reply(m, (int)kh);
    return;
  }
  muk_msg_add_i64(m, kh);
  muk_reply(m, 0);
}

/* X509_VERIFY (i64 h, i64 key h) -> i64 1|0: the certificate's signature
 * checks out under the key. */
void crypto_op_X509_VERIFY(muk_service *svc, muk_msg *m) {
  int64_t h, kh;
  if (muk_msg_i64(m, 0, &h) || muk_msg_i64(m, 1, &kh)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  crypto_handles *t = crypto_handles_of(svc);
  X509 *x = crypto_handle_use(t, h, CRYPTO_H_X509);
  crypto_pkey *k = x ? crypto_handle_use(t, kh, CRYPTO_H_PKEY) : NULL;
  if (!k) {
    if (x)
      crypto_handle_release(t, h);
    muk_reply(m, UV_EBADF);
    return;
  }
  int ok = X509_verify(x, k->pk) == 1;
  ERR_clear_error();
  crypto_handle_release(t, kh);
  crypto_handle_release(t, h);
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, ok);
  muk_reply(m, 0);
}

/* X509_CHECK (i64 h, i64 what 0 host|1 email|2 ip, str name, i64 flags)
 * -> i64 X509_check_*'s result (1 match, 0 none, -2 a malformed name),
 * str the matching name from the certificate (host) or "". */
void crypto_op_X509_CHECK(muk_service *svc, muk_msg *m) {
  int64_t h, what, flags;
  const char *name;
  size_t nl;
  if (muk_msg_i64(m, 0, &h) || muk_msg_i64(m, 1, &what) || muk_msg_str(m, 2, &name, &nl) ||
      muk_msg_i64(m, 3, &flags)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  if (what < 0 || what > 2 || flags < 0 || flags > 0xffff || nl > 1024) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  crypto_handles *t = crypto_handles_of(svc);
  X509 *x = crypto_handle_use(t, h, CRYPTO_H_X509);
  if (!x) {
    muk_reply(m, UV_EBADF);
    return;
  }
  char *peer = NULL;
  int r;
  if (what == 0)
    r = X509_check_host(x, name, nl, (unsigned)flags, &peer);
  else if (what == 1)
    r = X509_check_email(x, name, nl, (unsigned)flags);
  else
    r = X509_check_ip_asc(x, name, (unsigned)flags);
  ERR_clear_error();
  crypto_handle_release(t, h);
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, r);
  muk_msg_add_str(m, peer ? peer : "", peer ? strlen(peer) : 0);
  OPENSSL_free(peer);
  muk_reply(m, 0);
}
