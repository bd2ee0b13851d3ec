/* kdf.c — the crypto service's CRYPTO_KDF_OPS (crypto.h): PBKDF2, scrypt,
 * HKDF, a digest's size (the facade checks a digest name before it queues
 * a job, as Node's job constructors do) and timingSafeEqual.
 *
 * PBKDF2 is computed here rather than with PKCS5_PBKDF2_HMAC, whose
 * provider path (EVP_KDF -> EVP_MAC -> HMAC -> EVP_MD) costs allocations
 * and dispatch on every one of its 2 * iterations HMAC halves. The ipad
 * and opad blocks are hashed once; each iteration then resumes from
 * those two states: RFC 8018's PBKDF2 with HMAC (RFC 2104). For SHA-1 and
 * SHA-2 the states are OpenSSL's own SHA_CTX / SHA256_CTX / SHA512_CTX,
 * resumed by a struct copy (OpenSSL's SHA*_Update/Final, the functions its
 * provider runs; no allocation per iteration), and for SHA-1 and SHA-256/224
 * each later iteration is one SHA*_Transform per HMAC half on a prepadded
 * block (iterate_sha*); any other digest resumes EVP_MD_CTX copies
 * (EVP_MD_CTX_copy_ex). The compression function is always OpenSSL's: no
 * hand-written primitive.
 *
 * Fetched digests are cached (immutable, shared by every thread); the
 * contexts are per request. */
#define OPENSSL_SUPPRESS_DEPRECATED /* SHA*_Init/Update/Final: the fast path */
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/objects.h>
#include <openssl/params.h>
#include <openssl/sha.h>

#include "crypto_internal.h"

#define KDF_MAX_KEYLEN ((int64_t)INT_MAX)
#define KDF_NAME_MAX 64

/* ---- fetched digests, by the name the script gave ---------------------- */
#define MD_CACHE 32
static struct {
  char name[KDF_NAME_MAX];
  EVP_MD *md;
} md_cache[MD_CACHE];
static int md_cached;
static pthread_mutex_t md_mu = PTHREAD_MUTEX_INITIALIZER;
static EVP_KDF *hkdf_kdf;

static void kdf_cleanup(void) {
  for (int i = 0; i < md_cached; i++)
    EVP_MD_free(md_cache[i].md);
  md_cached = 0;
  EVP_KDF_free(hkdf_kdf);
  hkdf_kdf = NULL;
}

/* The digest Node's crypto knows as name (EVP_get_digestbyname's aliases:
 * "sha256", "SHA256", "RSA-SHA256", ...), fetched once; NULL if unknown
 * (or not a fixed-size digest: HMAC needs one). Never freed by callers. */
static const EVP_MD *digest_named(const char *name, size_t len) {
  static int registered;
  char buf[KDF_NAME_MAX];
  const EVP_MD *found = NULL;
  if (len == 0 || len >= sizeof buf || memchr(name, 0, len))
    return NULL;
  memcpy(buf, name, len);
  buf[len] = 0;
  pthread_mutex_lock(&md_mu);
  for (int i = 0; i < md_cached; i++) {
    if (strcmp(md_cache[i].name, buf) == 0) {
      found = md_cache[i].md;
      break;
    }
  }
  if (!found) {
    const EVP_MD *legacy = EVP_get_digestbyname(buf);
    EVP_MD *md = legacy ? EVP_MD_fetch(NULL, EVP_MD_get0_name(legacy), NULL) : NULL;
    if (md && (EVP_MD_get_size(md) <= 0 || EVP_MD_get_block_size(md) <= 0 ||
               (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF))) {
      EVP_MD_free(md);
      md = NULL;
    }
    if (md && md_cached < MD_CACHE) {
      memcpy(md_cache[md_cached].name, buf, len + 1);
      md_cache[md_cached++].md = md;
      if (!registered) {
        registered = 1;
        atexit(kdf_cleanup);
      }
      found = md;
    } else if (md) { /* cache full: names beyond 32 spellings are not kept */
      EVP_MD_free(md);
      md = NULL;
      found = legacy;
    }
  }
  pthread_mutex_unlock(&md_mu);
  ERR_clear_error();
  return found;
}

static EVP_KDF *hkdf_fetched(void) {
  pthread_mutex_lock(&md_mu);
  if (!hkdf_kdf)
    hkdf_kdf = EVP_KDF_fetch(NULL, "HKDF", NULL);
  EVP_KDF *k = hkdf_kdf;
  pthread_mutex_unlock(&md_mu);
  return k;
}

/* The key buffer for keylen bytes (at least 1 so an empty key is not NULL). */
static uint8_t *key_alloc(int64_t keylen) {
  return OPENSSL_malloc(keylen > 0 ? (size_t)keylen : 1);
}

static void key_free(uint8_t *k, int64_t keylen) {
  OPENSSL_clear_free(k, keylen > 0 ? (size_t)keylen : 1);
}

static void reply_key(muk_msg *m, uint8_t *k, int64_t keylen) {
  crypto_reply_bytes(m, k, (size_t)keylen, crypto_free_openssl);
}

/* ---- PBKDF2 -------------------------------------------------------------*/
typedef struct pbkdf2_ctx {
  EVP_MD_CTX *inner, *outer, *work;
  int mdlen;
} pbkdf2_ctx;

/* HMAC(key, data...) finished from the keyed inner/outer states into out. */
static int hmac_finish(pbkdf2_ctx *c, const uint8_t *d1, size_t n1, const uint8_t *d2, size_t n2,
                       uint8_t *out) {
  unsigned char ih[EVP_MAX_MD_SIZE];
  unsigned int il;
  if (!EVP_MD_CTX_copy_ex(c->work, c->inner) || !EVP_DigestUpdate(c->work, d1, n1) ||
      (n2 && !EVP_DigestUpdate(c->work, d2, n2)) || !EVP_DigestFinal_ex(c->work, ih, &il) ||
      !EVP_MD_CTX_copy_ex(c->work, c->outer) || !EVP_DigestUpdate(c->work, ih, il) ||
      !EVP_DigestFinal_ex(c->work, out, &il))
    return 0;
  return 1;
}

/* The SHA-1/SHA-2 path: the same loop over OpenSSL's SHA*_CTX states. */
typedef union sha_state {
  SHA_CTX s1;
  SHA256_CTX s256;
  SHA512_CTX s512;
} sha_state;

typedef struct sha_ops {
  int (*init)(sha_state *c);
  int (*update)(sha_state *c, const void *p, size_t n);
  int (*final)(unsigned char *out, sha_state *c);
} sha_ops;

#define SHA_OPS(tag, ctx, field)                                             \
  static int tag##_init(sha_state *c) { return tag##_Init(&c->field); }      \
  static int tag##_update(sha_state *c, const void *p, size_t n) {           \
    return tag##_Update(&c->field, p, n);                                    \
  }                                                                          \
  static int tag##_final(unsigned char *out, sha_state *c) {                 \
    return tag##_Final(out, &c->field);                                      \
  }                                                                          \
  static const sha_ops tag##_ops = {tag##_init, tag##_update, tag##_final};
SHA_OPS(SHA1, SHA_CTX, s1)
SHA_OPS(SHA224, SHA256_CTX, s256)
SHA_OPS(SHA256, SHA256_CTX, s256)
SHA_OPS(SHA384, SHA512_CTX, s512)
SHA_OPS(SHA512, SHA512_CTX, s512)

static const sha_ops *sha_ops_of(const EVP_MD *md) {
  switch (EVP_MD_get_type(md)) {
  case NID_sha1:
    return &SHA1_ops;
  case NID_sha224:
    return &SHA224_ops;
  case NID_sha256:
    return &SHA256_ops;
  case NID_sha384:
    return &SHA384_ops;
  case NID_sha512:
    return &SHA512_ops;
  default:
    return NULL;
  }
}

/* Iterations 2..iter for SHA-1 and SHA-256/224. Every later message,
 * ipad-state || U and opad-state || inner digest, is one digest past a
 * precomputed block: the same length, so the same single padded block
 * (digest, 0x80, zeros, bit length) compressed once by OpenSSL's
 * SHA*_Transform from a copy of the state; the digest is the state's first
 * words, big-endian. t ^= each U; u holds U_1 on entry. */
static void put_be32(unsigned char *p, uint32_t v) {
  p[0] = (unsigned char)(v >> 24);
  p[1] = (unsigned char)(v >> 16);
  p[2] = (unsigned char)(v >> 8);
  p[3] = (unsigned char)v;
}

static void pad_block(unsigned char blk[64], const unsigned char *u, int mdlen) {
  uint64_t bits = (uint64_t)(64 + mdlen) * 8;
  memset(blk, 0, 64);
  memcpy(blk, u, (size_t)mdlen);
  blk[mdlen] = 0x80;
  for (int i = 0; i < 8; i++)
    blk[63 - i] = (unsigned char)(bits >> (8 * i));
}

static void iterate_sha256(const SHA256_CTX *in, const SHA256_CTX *ou, int mdlen, const unsigned char *u,
                           unsigned char *t, int64_t iter) {
  unsigned char blk[64];
  SHA256_CTX w;
  int words = mdlen / 4;
  pad_block(blk, u, mdlen);
  for (int64_t j = 1; j < iter; j++) {
    w = *in;
    SHA256_Transform(&w, blk);
    for (int k = 0; k < words; k++)
      put_be32(blk + 4 * k, w.h[k]);
    w = *ou;
    SHA256_Transform(&w, blk);
    for (int k = 0; k < words; k++)
      put_be32(blk + 4 * k, w.h[k]);
    for (int b = 0; b < mdlen; b++)
      t[b] ^= blk[b];
  }
  OPENSSL_cleanse(blk, sizeof blk);
  OPENSSL_cleanse(&w, sizeof w);
}

static void sha1_out(unsigned char *p, const SHA_CTX *c) {
  put_be32(p, c->h0);
  put_be32(p + 4, c->h1);
  put_be32(p + 8, c->h2);
  put_be32(p + 12, c->h3);
  put_be32(p + 16, c->h4);
}

static void iterate_sha1(const SHA_CTX *in, const SHA_CTX *ou, const unsigned char *u, unsigned char *t,
                         int64_t iter) {
  unsigned char blk[64];
  SHA_CTX w;
  pad_block(blk, u, 20);
  for (int64_t j = 1; j < iter; j++) {
    w = *in;
    SHA1_Transform(&w, blk);
    sha1_out(blk, &w);
    w = *ou;
    SHA1_Transform(&w, blk);
    sha1_out(blk, &w);
    for (int b = 0; b < 20; b++)
      t[b] ^= blk[b];
  }
  OPENSSL_cleanse(blk, sizeof blk);
  OPENSSL_cleanse(&w, sizeof w);
}

static int pbkdf2_sha(const sha_ops *o, int mdlen, int bs, const uint8_t *k, size_t klen,
                      const uint8_t *salt, size_t saltlen, int64_t iter, uint8_t *out,
                      size_t keylen) {
  sha_state in, ou, w;
  unsigned char pad[128], u[EVP_MAX_MD_SIZE], ih[EVP_MAX_MD_SIZE], t[EVP_MAX_MD_SIZE];
  int ok = 0;
  memset(pad, 0x36, (size_t)bs);
  for (size_t i = 0; i < klen; i++)
    pad[i] ^= k[i];
  if (!o->init(&in) || !o->update(&in, pad, (size_t)bs))
    goto done;
  for (int i = 0; i < bs; i++)
    pad[i] ^= 0x36 ^ 0x5c;
  if (!o->init(&ou) || !o->update(&ou, pad, (size_t)bs))
    goto done;
  for (uint32_t block = 1; keylen > 0; block++) {
    unsigned char be[4] = {block >> 24, block >> 16, block >> 8, block};
    size_t take = keylen < (size_t)mdlen ? keylen : (size_t)mdlen;
    w = in;
    if (!o->update(&w, salt, saltlen) || !o->update(&w, be, 4) || !o->final(ih, &w))
      goto done;
    w = ou;
    if (!o->update(&w, ih, (size_t)mdlen) || !o->final(u, &w))
      goto done;
    memcpy(t, u, (size_t)mdlen);
    if (o == &SHA256_ops || o == &SHA224_ops)
      iterate_sha256(&in.s256, &ou.s256, mdlen, u, t, iter);
    else if (o == &SHA1_ops)
      iterate_sha1(&in.s1, &ou.s1, u, t, iter);
    else
    for (int64_t j = 1; j < iter; j++) {
      w = in;
      o->update(&w, u, (size_t)mdlen);
      o->final(ih, &w);
      w = ou;
      o->update(&w, ih, (size_t)mdlen);
      o->final(u, &w);
      for (int b = 0; b < mdlen; b++)
        t[b] ^= u[b];
    }
    memcpy(out, t, take);
    out += take;
    keylen -= take;
  }
  ok = 1;
done:
  OPENSSL_cleanse(&in, sizeof in);
  OPENSSL_cleanse(&ou, sizeof ou);
  OPENSSL_cleanse(&w, sizeof w);
  OPENSSL_cleanse(pad, sizeof pad);
  OPENSSL_cleanse(u, sizeof u);
  OPENSSL_cleanse(ih, sizeof ih);
  OPENSSL_cleanse(t, sizeof t);
  return ok;
}

static int pbkdf2(const EVP_MD *md, const uint8_t *pass, size_t passlen, const uint8_t *salt,
                  size_t saltlen, int64_t iter, uint8_t *out, size_t keylen) {
  pbkdf2_ctx c = {EVP_MD_CTX_new(), EVP_MD_CTX_new(), EVP_MD_CTX_new(), EVP_MD_get_size(md)};
  int bs = EVP_MD_get_block_size(md), ok = 0;
  unsigned char key[EVP_MAX_MD_SIZE], pad[256], u[EVP_MAX_MD_SIZE], t[EVP_MAX_MD_SIZE];
  unsigned int kl = 0;
  const uint8_t *k = pass;
  size_t klen = passlen;

  if (!c.inner || !c.outer || !c.work || bs <= 0 || bs > (int)sizeof pad || c.mdlen <= 0)
    goto done;
  if (klen > (size_t)bs) { /* a long key is hashed first (RFC 2104) */
    if (!EVP_Digest(pass, passlen, key, &kl, md, NULL))
      goto done;
    k = key;
    klen = kl;
  }
  const sha_ops *fast = sha_ops_of(md);
  if (fast && bs <= 128) {
    ok = pbkdf2_sha(fast, c.mdlen, bs, k, klen, salt, saltlen, iter, out, keylen);
    goto done;
  }
  memset(pad, 0x36, (size_t)bs);
  for (size_t i = 0; i < klen; i++)
    pad[i] ^= k[i];
  if (!EVP_DigestInit_ex(c.inner, md, NULL) || !EVP_DigestUpdate(c.inner, pad, (size_t)bs))
    goto done;
  memset(pad, 0x5c, (size_t)bs);
  for (size_t i = 0; i < klen; i++)
    pad[i] ^= k[i];
  if (!EVP_DigestInit_ex(c.outer, md, NULL) || !EVP_DigestUpdate(c.outer, pad, (size_t)bs))
    goto done;

  for (uint32_t block = 1; keylen > 0; block++) {
    unsigned char be[4] = {block >> 24, block >> 16, block >> 8, block};
    size_t take = keylen < (size_t)c.mdlen ? keylen : (size_t)c.mdlen;
    if (!hmac_finish(&c, salt, saltlen, be, 4, u))
      goto done;
    memcpy(t, u, (size_t)c.mdlen);
    for (int64_t j = 1; j < iter; j++) {
      if (!hmac_finish(&c, u, (size_t)c.mdlen, NULL, 0, u))
        goto done;
      for (int b = 0; b < c.mdlen; b++)
        t[b] ^= u[b];
    }
    memcpy(out, t, take);
    out += take;
    keylen -= take;
  }
  ok = 1;
done:
  OPENSSL_cleanse(pad, sizeof pad);
  OPENSSL_cleanse(key, sizeof key);
  OPENSSL_cleanse(u, sizeof u);
  OPENSSL_cleanse(t, sizeof t);
  EVP_MD_CTX_free(c.inner);
  EVP_MD_CTX_free(c.outer);
  EVP_MD_CTX_free(c.work);
  return ok;
}

/* PBKDF2 (str digest, i64 iterations, i64 keylen, bytes salt) + payload
 * password -> payload key. UV_ENOENT: an unknown digest. */
void crypto_op_PBKDF2(muk_service *svc, muk_msg *m) {
  const char *name;
  size_t nlen, saltlen;
  const uint8_t *salt;
  int64_t iter, keylen;
  (void)svc;
  if (muk_msg_str(m, 0, &name, &nlen) != 0 || muk_msg_i64(m, 1, &iter) != 0 ||
      muk_msg_i64(m, 2, &keylen) != 0 || muk_msg_bytes(m, 3, &salt, &saltlen) != 0) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  if (iter < 1 || iter > INT_MAX || keylen < 0 || keylen > KDF_MAX_KEYLEN) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  const EVP_MD *md = digest_named(name, nlen);
  if (!md) {
    muk_reply(m, UV_ENOENT);
    return;
  }
  uint8_t *key = key_alloc(keylen);
  if (!key) {
    muk_reply(m, UV_ENOMEM);
    return;
  }
  if (!pbkdf2(md, m->payload.data ? m->payload.data : (const uint8_t *)"", m->payload.len, salt,
              saltlen, iter, key, (size_t)keylen)) {
    key_free(key, keylen);
    crypto_fail_openssl(m, "PBKDF2");
    return;
  }
  reply_key(m, key, keylen);
}

/* ---- scrypt -------------------------------------------------------------*/
/* SCRYPT (i64 N, i64 r, i64 p, i64 maxmem, i64 keylen, bytes salt) +
 * payload password -> payload key. keylen -1: only check the parameters
 * (reply 0, or CRYPTO_E_OPENSSL with OpenSSL's reason). */
void crypto_op_SCRYPT(muk_service *svc, muk_msg *m) {
  int64_t N, r, p, maxmem, keylen;
  const uint8_t *salt;
  size_t saltlen;
  (void)svc;
  if (muk_msg_i64(m, 0, &N) != 0 || muk_msg_i64(m, 1, &r) != 0 || muk_msg_i64(m, 2, &p) != 0 ||
      muk_msg_i64(m, 3, &maxmem) != 0 || muk_msg_i64(m, 4, &keylen) != 0 ||
      muk_msg_bytes(m, 5, &salt, &saltlen) != 0) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  if (N < 0 || N > UINT32_MAX || r < 0 || r > UINT32_MAX || p < 0 || p > UINT32_MAX ||
      maxmem < 0 || keylen < -1 || keylen > KDF_MAX_KEYLEN) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  ERR_clear_error();
  if (EVP_PBE_scrypt(NULL, 0, NULL, 0, (uint64_t)N, (uint64_t)r, (uint64_t)p, (uint64_t)maxmem, NULL,
                     0) != 1) {
    crypto_fail_openssl(m, "Invalid scrypt params");
    return;
  }
  if (keylen < 0) {
    muk_msg_reset_args(m);
    muk_reply(m, 0);
    return;
  }
  uint8_t *key = key_alloc(keylen);
  if (!key) {
    muk_reply(m, UV_ENOMEM);
    return;
  }
  if (EVP_PBE_scrypt(m->payload.data ? (const char *)m->payload.data : "", m->payload.len, salt,
                     saltlen, (uint64_t)N, (uint64_t)r, (uint64_t)p, (uint64_t)maxmem, key,
                     (size_t)keylen) != 1) {
    key_free(key, keylen);
    crypto_fail_openssl(m, "scrypt");
    return;
  }
  reply_key(m, key, keylen);
}

/* ---- HKDF ---------------------------------------------------------------*/
/* HKDF (str digest, i64 keylen, bytes salt, bytes info) + payload ikm ->
 * payload key. UV_ENOENT: an unknown digest; UV_ERANGE: keylen above
 * 255 * the digest's size. */
void crypto_op_HKDF(muk_service *svc, muk_msg *m) {
  const char *name;
  size_t nlen, saltlen, infolen;
  const uint8_t *salt, *info;
  int64_t keylen;
  (void)svc;
  if (muk_msg_str(m, 0, &name, &nlen) != 0 || muk_msg_i64(m, 1, &keylen) != 0 ||
      muk_msg_bytes(m, 2, &salt, &saltlen) != 0 || muk_msg_bytes(m, 3, &info, &infolen) != 0) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  if (keylen < 0 || keylen > KDF_MAX_KEYLEN || infolen > 1024) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  const EVP_MD *md = digest_named(name, nlen);
  if (!md) {
    muk_reply(m, UV_ENOENT);
    return;
  }
  if (keylen > 255 * (int64_t)EVP_MD_get_size(md)) {
    muk_reply(m, UV_ERANGE);
    return;
  }
  EVP_KDF *kdf = hkdf_fetched();
  if (!kdf) {
    crypto_fail_openssl(m, "EVP_KDF_fetch");
    return;
  }
  uint8_t *key = key_alloc(keylen);
  if (!key) {
    muk_reply(m, UV_ENOMEM);
    return;
  }
  if (keylen == 0) { /* Node: an empty ArrayBuffer; OpenSSL refuses 0 */
    reply_key(m, key, 0);
    return;
  }
  EVP_KDF_CTX *kctx = EVP_KDF_CTX_new(kdf);
  static const unsigned char empty[1];
  OSSL_PARAM params[5], *q = params;
  *q++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, (char *)EVP_MD_get0_name(md), 0);
  *q++ = OSSL_PARAM_construct_octet_string(
      OSSL_KDF_PARAM_KEY, m->payload.data ? (void *)m->payload.data : (void *)empty, m->payload.len);
  *q++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, (void *)(salt ? salt : empty),
                                           saltlen);
  *q++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, (void *)(info ? info : empty),
                                           infolen);
  *q = OSSL_PARAM_construct_end();
  int ok = kctx && EVP_KDF_derive(kctx, key, (size_t)keylen, params) == 1;
  EVP_KDF_CTX_free(kctx);
  if (!ok) {
    key_free(key, keylen);
    crypto_fail_openssl(m, "HKDF");
    return;
  }
  reply_key(m, key, keylen);
}

/* KDF_DIGEST (str digest) -> i64 size in bytes; UV_ENOENT if unknown. */
void crypto_op_KDF_DIGEST(muk_service *svc, muk_msg *m) {
  const char *name;
  size_t nlen;
  (void)svc;
  if (muk_msg_str(m, 0, &name, &nlen) != 0) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  const EVP_MD *md = digest_named(name, nlen);
  if (!md) {
    muk_reply(m, UV_ENOENT);
    return;
  }
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, EVP_MD_get_size(md));
  muk_reply(m, 0);
}

/* TIMING_SAFE_EQUAL (bytes a) + payload b -> i64 1 if equal, 0 if not
 * (CRYPTO_memcmp: time independent of the contents); UV_EINVAL when the
 * lengths differ. */
void crypto_op_TIMING_SAFE_EQUAL(muk_service *svc, muk_msg *m) {
  const uint8_t *a;
  size_t alen;
  (void)svc;
  if (muk_msg_bytes(m, 0, &a, &alen) != 0) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  if (alen != m->payload.len) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  int eq = alen == 0 || CRYPTO_memcmp(a, m->payload.data, alen) == 0;
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, eq);
  muk_reply(m, 0);
}
