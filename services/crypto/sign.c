/* sign.c — the crypto service's CRYPTO_SIGN_OPS (crypto.h): one-shot
 * signatures over a PKEY handle with EVP_DigestSign / EVP_DigestVerify
 * (RSA PKCS#1 v1.5 and PSS, ECDSA in DER or IEEE P1363 form, EdDSA).
 * Digests are fetched once per name and kept (fetched EVP_MDs are
 * immutable and shared between threads); each thread keeps its own
 * EVP_MD_CTX. */
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include "crypto_internal.h"
#include "keys.h"

#define SIGN_MD_CACHE 32

static struct {
  char name[48];
  EVP_MD *md;
} md_cache[SIGN_MD_CACHE];
static int md_cached;
static pthread_mutex_t md_lock = PTHREAD_MUTEX_INITIALIZER;

/* The digest Node's name stands for (RSA-SHA256, sha256WithRSAEncryption,
 * SHA256, ...), fetched once; NULL when OpenSSL knows no such digest. */
static const EVP_MD *sign_md(const char *name, size_t len) {
  if (len == 0 || len >= sizeof md_cache[0].name)
    return NULL;
  const EVP_MD *md = NULL;
  pthread_mutex_lock(&md_lock);
  for (int i = 0; i < md_cached; i++)
    if (strcmp(md_cache[i].name, name) == 0) {
      md = md_cache[i].md;
      break;
    }
  if (!md) {
    const EVP_MD *legacy = EVP_get_digestbyname(name);
    EVP_MD *f = legacy ? EVP_MD_fetch(NULL, EVP_MD_get0_name(legacy), NULL) : NULL;
    if (f && md_cached < SIGN_MD_CACHE) {
      memcpy(md_cache[md_cached].name, name, len + 1);
      md_cache[md_cached++].md = f;
      md = f;
    } else if (f) {
      EVP_MD_free(f); /* the cache is full: use the legacy object */
      md = legacy;
    }
  }
  pthread_mutex_unlock(&md_lock);
  return md;
}

/* Each thread's contexts: a scratch EVP_MD_CTX, and the last key signed
 * with its default options as an initialized, unused context (proto)
 * that a signature copies instead of initializing again (no provider
 * look-ups per signature). The proto holds a reference on its EVP_PKEY;
 * a pthread key's destructor frees them when the thread ends. */
typedef struct sign_tls {
  EVP_MD_CTX *scratch;
  EVP_MD_CTX *proto;
  uint64_t serial; /* the proto's key */
  const EVP_MD *md;
  int verify;
} sign_tls;

static pthread_key_t tls_key;
static pthread_once_t tls_once = PTHREAD_ONCE_INIT;

static void tls_free(void *p) {
  sign_tls *t = p;
  EVP_MD_CTX_free(t->scratch);
  EVP_MD_CTX_free(t->proto);
  free(t);
}

static void tls_init(void) { pthread_key_create(&tls_key, tls_free); }

static sign_tls *thread_tls(void) {
  pthread_once(&tls_once, tls_init);
  sign_tls *t = pthread_getspecific(tls_key);
  if (!t) {
    t = calloc(1, sizeof *t);
    if (!t)
      return NULL;
    t->scratch = EVP_MD_CTX_new();
    if (!t->scratch || pthread_setspecific(tls_key, t) != 0) {
      EVP_MD_CTX_free(t->scratch);
      free(t);
      return NULL;
    }
  }
  return t;
}

static void invalid_digest(muk_msg *m) {
  muk_msg_reset_args(m);
  muk_msg_add_str(m, "Invalid digest", 14);
  muk_msg_add_str(m, "", 0);
  muk_msg_add_i64(m, 0);
  muk_msg_add_str(m, "digest", 6);
  muk_reply(m, CRYPTO_E_OPENSSL);
}

/* SIGN_DIGEST (str digest) -> i64 its size (createSign's check). */
void crypto_op_SIGN_DIGEST(muk_service *svc, muk_msg *m) {
  (void)svc;
  const char *alg;
  size_t al;
  if (muk_msg_str(m, 0, &alg, &al)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  const EVP_MD *md = sign_md(alg, al);
  if (!md) {
    invalid_digest(m);
    return;
  }
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, EVP_MD_get_size(md));
  muk_reply(m, 0);
}

typedef struct sign_req {
  int64_t h, padding, salt, p1363;
  const EVP_MD *md;
  crypto_pkey *key;
} sign_req;

/* Parse the arguments both ops share; replies and returns -1 on a bad
 * request; on 0 the key is in use (release it). */
static int sign_args(muk_service *svc, muk_msg *m, sign_req *r, int verify) {
  const char *alg;
  size_t al;
  if (muk_msg_i64(m, 0, &r->h) || muk_msg_str(m, 1, &alg, &al) ||
      muk_msg_i64(m, 2, &r->padding) || muk_msg_i64(m, 3, &r->salt) ||
      muk_msg_i64(m, 4, &r->p1363)) {
    muk_reply(m, MUK_EBADMSG);
    return -1;
  }
  if (r->padding < -1 || r->padding > INT_MAX) {
    muk_reply(m, UV_EINVAL);
    return -1;
  }
  if (r->salt < INT_MIN || r->salt > INT_MAX) {
    muk_reply(m, UV_EINVAL);
    return -1;
  }
  r->md = NULL;
  if (al) {
    r->md = sign_md(alg, al);
    if (!r->md) {
      invalid_digest(m);
      return -1;
    }
  }
  r->key = crypto_handle_use(crypto_handles_of(svc), r->h, CRYPTO_H_PKEY);
  if (!r->key) {
    muk_reply(m, UV_EBADF);
    return -1;
  }
  if (!verify && !r->key->priv) {
    crypto_handle_release(crypto_handles_of(svc), r->h);
    muk_reply(m, UV_EINVAL);
    return -1;
  }
  return 0;
}

static int sign_setup(EVP_PKEY_CTX *pctx, const sign_req *r) {
  int base = EVP_PKEY_get_base_id(r->key->pk);
  if (base != EVP_PKEY_RSA && base != EVP_PKEY_RSA_PSS)
    return 1;
  if (r->padding != -1 && EVP_PKEY_CTX_set_rsa_padding(pctx, (int)r->padding) <= 0)
    return 0;
  int pss = r->padding == RSA_PKCS1_PSS_PADDING || base == EVP_PKEY_RSA_PSS;
  if (pss && r->salt != INT_MIN && EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, (int)r->salt) <= 0)
    return 0;
  return 1;
}

/* Initialize tls->scratch to sign (or verify) as r says: a copy of the
 * thread's proto when it is for this key with the default options, else
 * EVP_Digest{Sign,Verify}Init (keeping the result as the proto when the
 * options are the defaults). 1 on success. */
static int sign_init(sign_tls *tls, const sign_req *r, int verify) {
  EVP_MD_CTX *mctx = tls->scratch;
  EVP_PKEY_CTX *pctx = NULL;
  int plain = r->padding == -1 && r->salt == INT_MIN;
  if (plain && tls->proto && tls->serial == r->key->serial && tls->md == r->md &&
      tls->verify == verify && EVP_MD_CTX_copy_ex(mctx, tls->proto))
    return 1;
  int ok = verify ? EVP_DigestVerifyInit(mctx, &pctx, r->md, NULL, r->key->pk) > 0
                  : EVP_DigestSignInit(mctx, &pctx, r->md, NULL, r->key->pk) > 0;
  ok = ok && sign_setup(pctx, r);
  if (ok && plain) {
    if (!tls->proto)
      tls->proto = EVP_MD_CTX_new();
    if (tls->proto && EVP_MD_CTX_copy_ex(tls->proto, mctx)) {
      tls->serial = r->key->serial;
      tls->md = r->md;
      tls->verify = verify;
    } else if (tls->proto) {
      EVP_MD_CTX_free(tls->proto); /* a context that cannot be copied */
      tls->proto = NULL;
    }
  }
  return ok;
}

/* The order's size in bytes of an EC key (for P1363). */
static int ec_order_bytes(EVP_PKEY *pk) {
  return (EVP_PKEY_get_bits(pk) + 7) / 8;
}

/* SIGN (i64 h, str digest|"", i64 padding|-1, i64 saltLength|INT_MIN,
 * i64 p1363) + payload data -> payload signature. */
void crypto_op_SIGN(muk_service *svc, muk_msg *m) {
  sign_req r;
  if (sign_args(svc, m, &r, 0) != 0)
    return;
  crypto_handles *t = crypto_handles_of(svc);
  sign_tls *tls = thread_tls();
  EVP_MD_CTX *mctx = tls ? tls->scratch : NULL;
  unsigned char *sig = NULL;
  size_t siglen = 0;
  ERR_clear_error();
  int ok = mctx && sign_init(tls, &r, 0) &&
           EVP_DigestSign(mctx, NULL, &siglen, m->payload.data, m->payload.len) > 0 &&
           (sig = OPENSSL_malloc(siglen ? siglen : 1)) != NULL &&
           EVP_DigestSign(mctx, sig, &siglen, m->payload.data, m->payload.len) > 0;
  if (ok && r.p1363 && EVP_PKEY_get_base_id(r.key->pk) == EVP_PKEY_EC) {
    int n = ec_order_bytes(r.key->pk);
    const unsigned char *p = sig;
    ECDSA_SIG *es = d2i_ECDSA_SIG(NULL, &p, (long)siglen);
    unsigned char *raw = es ? OPENSSL_malloc(2 * (size_t)n) : NULL;
    ok = raw && BN_bn2binpad(ECDSA_SIG_get0_r(es), raw, n) == n &&
         BN_bn2binpad(ECDSA_SIG_get0_s(es), raw + n, n) == n;
    ECDSA_SIG_free(es);
    OPENSSL_free(sig);
    sig = raw;
    siglen = 2 * (size_t)n;
  }
  if (mctx)
    EVP_MD_CTX_reset(mctx);
  crypto_handle_release(t, r.h);
  if (!ok) {
    OPENSSL_free(sig);
    crypto_fail_openssl_first(m, "sign");
    return;
  }
  crypto_reply_bytes(m, sig, siglen, crypto_free_openssl);
}

/* VERIFY (SIGN's arguments, bytes signature) + payload data -> i64 1|0. */
void crypto_op_VERIFY(muk_service *svc, muk_msg *m) {
  const uint8_t *sig;
  size_t siglen;
  if (muk_msg_bytes(m, 5, &sig, &siglen)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  sign_req r;
  if (sign_args(svc, m, &r, 1) != 0)
    return;
  crypto_handles *t = crypto_handles_of(svc);
  unsigned char *der = NULL;
  int derlen = 0, valid = 1;
  if (r.p1363 && EVP_PKEY_get_base_id(r.key->pk) == EVP_PKEY_EC) {
    int n = ec_order_bytes(r.key->pk);
    if (siglen != 2 * (size_t)n) {
      valid = 0;
    } else {
      ECDSA_SIG *es = ECDSA_SIG_new();
      BIGNUM *br = BN_bin2bn(sig, n, NULL), *bs = BN_bin2bn(sig + n, n, NULL);
      if (es && br && bs && ECDSA_SIG_set0(es, br, bs)) {
        br = bs = NULL;
        derlen = i2d_ECDSA_SIG(es, &der);
      }
      BN_free(br);
      BN_free(bs);
      ECDSA_SIG_free(es);
      if (derlen <= 0)
        valid = 0;
      sig = der;
      siglen = derlen > 0 ? (size_t)derlen : 0;
    }
  }
  sign_tls *tls = thread_tls();
  EVP_MD_CTX *mctx = tls ? tls->scratch : NULL;
  int res = 0, fail = 0;
  ERR_clear_error();
  if (!mctx || !sign_init(tls, &r, 1)) {
    fail = 1;
  } else if (valid) {
    res = EVP_DigestVerify(mctx, sig, siglen, m->payload.data, m->payload.len) == 1;
  }
  if (mctx)
    EVP_MD_CTX_reset(mctx);
  OPENSSL_free(der);
  crypto_handle_release(t, r.h);
  if (fail) {
    crypto_fail_openssl_first(m, "verify");
    return;
  }
  ERR_clear_error();
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, res);
  muk_reply(m, 0);
}
