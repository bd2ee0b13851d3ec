/* hash.c — the crypto service's CRYPTO_HASH_OPS (crypto.h): digests and
 * HMACs over OpenSSL 3's EVP.
 *
 * Digests are looked up as Node does (EVP_get_digestbyname for the name or
 * alias, then EVP_MD_fetch of the real name) and the fetched EVP_MD is
 * cached by the name the script used (fetched objects are immutable and
 * shared between threads). One-shot DIGEST and HMAC requests (the common
 * small case: the facade keeps small updates in JS and sends one request
 * at digest()) run on a per-thread EVP_MD_CTX / EVP_MAC_CTX, so a 64-byte
 * hash costs no allocation but its reply. Long or copied hashes live in
 * handles (HASH_NEW / HMAC_NEW ... HASH_FINAL). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>

#include "crypto_internal.h"

/* An output length larger than this is refused (UV_EINVAL). */
#define HASH_MAX_OUT ((int64_t)1 << 30)
#define HASH_MAX_NAME 64
#define HASH_CACHE 128

/* ---- the EVP_MD cache ---------------------------------------------------*/
typedef struct md_entry {
  char name[HASH_MAX_NAME];
  EVP_MD *md;
} md_entry;

static pthread_mutex_t md_lock = PTHREAD_MUTEX_INITIALIZER;
static md_entry md_cache[HASH_CACHE];
static int md_count;

/* The last name this thread looked up, without the lock. */
static __thread char tl_name[HASH_MAX_NAME];
static __thread const EVP_MD *tl_md;

/* The digest named name (Node's spelling or any OpenSSL alias), or NULL:
 * *status is UV_ENOENT for a name OpenSSL does not know, CRYPTO_E_OPENSSL
 * when the provider does not offer it (the error is queued). The result
 * is cached: never freed by the caller. */
static const EVP_MD *md_get(const char *name, size_t len, int *status) {
  if (len == 0 || len >= HASH_MAX_NAME || memchr(name, 0, len)) {
    *status = UV_ENOENT;
    return NULL;
  }
  if (tl_md && strcmp(tl_name, name) == 0)
    return tl_md;
  const EVP_MD *found = NULL;
  pthread_mutex_lock(&md_lock);
  for (int i = 0; i < md_count; i++)
    if (strcmp(md_cache[i].name, name) == 0) {
      found = md_cache[i].md;
      break;
    }
  if (!found) {
    const EVP_MD *implicit = EVP_get_digestbyname(name);
    const char *real = implicit ? EVP_MD_get0_name(implicit) : NULL;
    if (!real) {
      pthread_mutex_unlock(&md_lock);
      ERR_clear_error();
      *status = UV_ENOENT;
      return NULL;
    }
    EVP_MD *md = EVP_MD_fetch(NULL, real, NULL);
    if (!md) {
      pthread_mutex_unlock(&md_lock);
      *status = CRYPTO_E_OPENSSL;
      return NULL;
    }
    if (md_count == HASH_CACHE) { /* every slot taken by another spelling */
      pthread_mutex_unlock(&md_lock);
      EVP_MD_free(md);
      *status = UV_ENOMEM;
      return NULL;
    }
    memcpy(md_cache[md_count].name, name, len + 1);
    md_cache[md_count].md = md;
    md_count++;
    found = md;
  }
  pthread_mutex_unlock(&md_lock);
  memcpy(tl_name, name, len + 1);
  tl_md = found;
  return found;
}

static int md_is_xof(const EVP_MD *md) { return (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0; }

/* The output length for outlen (-1: the digest's own), or -1 when the
 * digest cannot produce it (the OpenSSL error is queued, as Node's). */
static int64_t md_outlen(const EVP_MD *md, int64_t outlen) {
  int size = EVP_MD_get_size(md);
  if (outlen < 0)
    return size;
  if (outlen == size || md_is_xof(md))
    return outlen;
  ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
  return -1;
}

/* ---- per-thread contexts ----------------------------------------------*/
#define TL_MACS 8
typedef struct tl_ctx {
  EVP_MD_CTX *md;
  struct {
    const EVP_MD *md;
    EVP_MAC_CTX *ctx;
  } mac[TL_MACS];
  int nmac, next;
} tl_ctx;

static pthread_once_t tl_once = PTHREAD_ONCE_INIT;
static pthread_key_t tl_key;
static EVP_MAC *hmac_mac;
static __thread tl_ctx *tl;

static void tl_free(void *p) {
  tl_ctx *t = p;
  EVP_MD_CTX_free(t->md);
  for (int i = 0; i < t->nmac; i++)
    EVP_MAC_CTX_free(t->mac[i].ctx);
  free(t);
}

static void tl_setup(void) {
  pthread_key_create(&tl_key, tl_free);
  hmac_mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
}

/* This thread's contexts (freed when the thread exits), or NULL. */
static tl_ctx *tl_get(void) {
  if (tl)
    return tl;
  pthread_once(&tl_once, tl_setup);
  tl_ctx *t = calloc(1, sizeof *t);
  if (!t)
    return NULL;
  if (!(t->md = EVP_MD_CTX_new())) {
    free(t);
    return NULL;
  }
  pthread_setspecific(tl_key, t);
  tl = t;
  return t;
}

/* A fresh HMAC context for md, its digest set. */
static EVP_MAC_CTX *mac_new(const EVP_MD *md) {
  pthread_once(&tl_once, tl_setup);
  if (!hmac_mac)
    return NULL;
  EVP_MAC_CTX *ctx = EVP_MAC_CTX_new(hmac_mac);
  if (!ctx)
    return NULL;
  OSSL_PARAM params[2] = {
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)EVP_MD_get0_name(md), 0),
      OSSL_PARAM_construct_end()};
  if (!EVP_MAC_CTX_set_params(ctx, params)) {
    EVP_MAC_CTX_free(ctx);
    return NULL;
  }
  return ctx;
}

/* This thread's HMAC context for md (digest set; init it with the key). */
static EVP_MAC_CTX *tl_mac(tl_ctx *t, const EVP_MD *md) {
  for (int i = 0; i < t->nmac; i++)
    if (t->mac[i].md == md)
      return t->mac[i].ctx;
  EVP_MAC_CTX *ctx = mac_new(md);
  if (!ctx)
    return NULL;
  int i = t->nmac < TL_MACS ? t->nmac++ : t->next++ % TL_MACS;
  if (t->mac[i].ctx)
    EVP_MAC_CTX_free(t->mac[i].ctx);
  t->mac[i].md = md;
  t->mac[i].ctx = ctx;
  return ctx;
}

/* HMAC_Init refuses a NULL key; an empty key is a valid one. */
static const unsigned char *key_ptr(const uint8_t *key) {
  return key ? key : (const unsigned char *)"";
}

/* Finish ctx into a fresh buffer of outlen bytes (XOF when xof). */
static uint8_t *md_final(EVP_MD_CTX *ctx, size_t outlen, int xof) {
  uint8_t *out = malloc(outlen ? outlen : 1);
  if (!out)
    return NULL;
  int ok;
  if (xof)
    ok = outlen == 0 || EVP_DigestFinalXOF(ctx, out, outlen);
  else {
    unsigned int n = 0;
    ok = EVP_DigestFinal_ex(ctx, out, &n) && n == outlen;
  }
  if (!ok) {
    free(out);
    return NULL;
  }
  return out;
}

/* ---- argument helpers --------------------------------------------------*/
/* The digest named by string argument i, or replied (and NULL). */
static const EVP_MD *arg_md(muk_msg *m, uint32_t i) {
  const char *name;
  size_t len;
  int status;
  if (muk_msg_str(m, i, &name, &len) != 0) {
    muk_reply(m, MUK_EBADMSG);
    return NULL;
  }
  const EVP_MD *md = md_get(name, len, &status);
  if (!md) {
    if (status == CRYPTO_E_OPENSSL)
      crypto_fail_openssl(m, "EVP_MD_fetch");
    else {
      muk_msg_reset_args(m);
      muk_reply(m, status);
    }
  }
  return md;
}

static int arg_outlen(muk_msg *m, uint32_t i, int64_t *outlen) {
  if (muk_msg_i64(m, i, outlen) != 0) {
    muk_reply(m, MUK_EBADMSG);
    return -1;
  }
  if (*outlen < -1 || *outlen > HASH_MAX_OUT) {
    muk_msg_reset_args(m);
    muk_reply(m, UV_EINVAL);
    return -1;
  }
  return 0;
}

/* ---- results -------------------------------------------------------------
 * enc (i64): 0 = the digest as the payload; 1 hex, 2 base64, 3 base64url
 * (unpadded, as Node's): a str result instead, so a script that wants
 * text gets it without a Buffer in between. */
enum { ENC_BYTES, ENC_HEX, ENC_BASE64, ENC_BASE64URL, ENC_MAX = ENC_BASE64URL };

static int arg_enc(muk_msg *m, uint32_t i, int64_t *enc) {
  if (muk_msg_i64(m, i, enc) != 0) {
    muk_reply(m, MUK_EBADMSG);
    return -1;
  }
  if (*enc < 0 || *enc > ENC_MAX) {
    muk_msg_reset_args(m);
    muk_reply(m, UV_EINVAL);
    return -1;
  }
  return 0;
}

/* Reply with the n bytes at out (malloc'd: taken) encoded as enc. */
static void reply_digest(muk_msg *m, uint8_t *out, size_t n, int64_t enc) {
  if (enc == ENC_BYTES) {
    crypto_reply_bytes(m, out, n, crypto_free_plain);
    return;
  }
  static const char hex[] = "0123456789abcdef";
  size_t cap = enc == ENC_HEX ? 2 * n + 1 : 4 * ((n + 2) / 3) + 1;
  char stack[2 * EVP_MAX_MD_SIZE + 1];
  char *text = cap <= sizeof stack ? stack : malloc(cap);
  size_t len = 0;
  if (!text) {
    free(out);
    muk_msg_reset_args(m);
    muk_reply(m, UV_ENOMEM);
    return;
  }
  if (enc == ENC_HEX) {
    for (size_t i = 0; i < n; i++) {
      text[len++] = hex[out[i] >> 4];
      text[len++] = hex[out[i] & 15];
    }
  } else {
    len = (size_t)EVP_EncodeBlock((unsigned char *)text, out, (int)n);
    if (enc == ENC_BASE64URL) {
      while (len > 0 && text[len - 1] == '=')
        len--;
      for (size_t i = 0; i < len; i++)
        text[i] = text[i] == '+' ? '-' : text[i] == '/' ? '_' : text[i];
    }
  }
  free(out);
  muk_msg_reset_args(m);
  muk_msg_set_payload(m, NULL, 0, NULL, NULL);
  int r = muk_msg_add_str(m, text, len);
  if (text != stack)
    free(text);
  muk_reply(m, r);
}

/* The bytes to hash: the payload's [off, off + len) (len -1: to its end),
 * from i64 arguments i and i + 1; or replied (-1). */
static int arg_range(muk_msg *m, uint32_t i, const uint8_t **p, size_t *n) {
  int64_t off, len;
  if (muk_msg_i64(m, i, &off) != 0 || muk_msg_i64(m, i + 1, &len) != 0) {
    muk_reply(m, MUK_EBADMSG);
    return -1;
  }
  size_t have = m->payload.len;
  if (len == -1 && off >= 0 && (uint64_t)off <= have)
    len = (int64_t)(have - (size_t)off);
  if (off < 0 || len < 0 || (uint64_t)off > have || (uint64_t)len > have - (size_t)off) {
    muk_msg_reset_args(m);
    muk_reply(m, UV_EINVAL);
    return -1;
  }
  *p = m->payload.data ? m->payload.data + off : NULL;
  *n = (size_t)len;
  return 0;
}

/* ---- one-shots ---------------------------------------------------------*/
/* DIGEST (str alg, i64 outlen|-1, i64 enc, i64 off, i64 len) + payload
 *   -> payload digest | str text */
void crypto_op_DIGEST(muk_service *svc, muk_msg *m) {
  (void)svc;
  int64_t want, enc;
  const uint8_t *data;
  size_t n;
  const EVP_MD *md = arg_md(m, 0);
  if (!md || arg_outlen(m, 1, &want) != 0 || arg_enc(m, 2, &enc) != 0 ||
      arg_range(m, 3, &data, &n) != 0)
    return;
  int64_t outlen = md_outlen(md, want);
  if (outlen < 0) {
    crypto_fail_openssl(m, "EVP_DigestInit");
    return;
  }
  tl_ctx *t = tl_get();
  if (!t) {
    muk_msg_reset_args(m);
    muk_reply(m, UV_ENOMEM);
    return;
  }
  uint8_t *out = NULL;
  if (EVP_DigestInit_ex2(t->md, md, NULL) &&
      EVP_DigestUpdate(t->md, data, n))
    out = md_final(t->md, (size_t)outlen, md_is_xof(md));
  if (!out) {
    EVP_MD_CTX_reset(t->md);
    crypto_fail_openssl(m, "digest");
    return;
  }
  reply_digest(m, out, (size_t)outlen, enc);
}

/* HMAC (str alg, bytes key, i64 enc, i64 off, i64 len) + payload
 *   -> payload mac | str text */
void crypto_op_HMAC(muk_service *svc, muk_msg *m) {
  (void)svc;
  const uint8_t *key, *data;
  size_t keylen, n;
  int64_t enc;
  if (muk_msg_bytes(m, 1, &key, &keylen) != 0) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  const EVP_MD *md = arg_md(m, 0);
  if (!md || arg_enc(m, 2, &enc) != 0 || arg_range(m, 3, &data, &n) != 0)
    return;
  tl_ctx *t = tl_get();
  if (!t) {
    muk_msg_reset_args(m);
    muk_reply(m, UV_ENOMEM);
    return;
  }
  EVP_MAC_CTX *ctx = tl_mac(t, md);
  uint8_t out[EVP_MAX_MD_SIZE];
  size_t outlen = 0;
  if (!ctx || !EVP_MAC_init(ctx, key_ptr(key), keylen, NULL) ||
      (n && !EVP_MAC_update(ctx, data, n)) || !EVP_MAC_final(ctx, out, &outlen, sizeof out)) {
    crypto_fail_openssl(m, "hmac");
    return;
  }
  uint8_t *p = malloc(outlen ? outlen : 1);
  if (!p) {
    muk_msg_reset_args(m);
    muk_reply(m, UV_ENOMEM);
    return;
  }
  memcpy(p, out, outlen);
  reply_digest(m, p, outlen, enc);
}

/* HASH_INFO (str alg) -> i64 size, i64 xof (0|1), i64 block size */
void crypto_op_HASH_INFO(muk_service *svc, muk_msg *m) {
  (void)svc;
  const EVP_MD *md = arg_md(m, 0);
  if (!md)
    return;
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, EVP_MD_get_size(md));
  muk_msg_add_i64(m, md_is_xof(md));
  muk_msg_add_i64(m, EVP_MD_get_block_size(md));
  muk_reply(m, 0);
}

/* ---- context handles ---------------------------------------------------*/
typedef struct hash_obj {
  EVP_MD_CTX *md;   /* CRYPTO_H_HASH */
  EVP_MAC_CTX *mac; /* CRYPTO_H_HMAC */
  size_t outlen;
  int xof;
} hash_obj;

static void hash_obj_free(void *p) {
  hash_obj *o = p;
  EVP_MD_CTX_free(o->md);
  EVP_MAC_CTX_free(o->mac);
  free(o);
}

/* Store o (freeing it on failure) and reply with its handle. */
static void reply_handle(muk_service *svc, muk_msg *m, hash_obj *o, int kind) {
  int64_t h = crypto_handle_put(crypto_handles_of(svc), kind, o, hash_obj_free);
  muk_msg_reset_args(m);
  if (h < 0) {
    hash_obj_free(o);
    muk_reply(m, (int)h);
    return;
  }
  muk_msg_add_i64(m, h);
  muk_reply(m, 0);
}

/* HASH_NEW (str alg, i64 outlen|-1) -> i64 h */
void crypto_op_HASH_NEW(muk_service *svc, muk_msg *m) {
  int64_t want;
  const EVP_MD *md = arg_md(m, 0);
  if (!md || arg_outlen(m, 1, &want) != 0)
    return;
  int64_t outlen = md_outlen(md, want);
  if (outlen < 0) {
    crypto_fail_openssl(m, "EVP_DigestInit");
    return;
  }
  hash_obj *o = calloc(1, sizeof *o);
  if (!o) {
    muk_msg_reset_args(m);
    muk_reply(m, UV_ENOMEM);
    return;
  }
  o->outlen = (size_t)outlen;
  o->xof = md_is_xof(md);
  if (!(o->md = EVP_MD_CTX_new()) || !EVP_DigestInit_ex2(o->md, md, NULL)) {
    hash_obj_free(o);
    crypto_fail_openssl(m, "EVP_DigestInit");
    return;
  }
  reply_handle(svc, m, o, CRYPTO_H_HASH);
}

/* HMAC_NEW (str alg, bytes key) -> i64 h */
void crypto_op_HMAC_NEW(muk_service *svc, muk_msg *m) {
  const uint8_t *key;
  size_t keylen;
  if (muk_msg_bytes(m, 1, &key, &keylen) != 0) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  const EVP_MD *md = arg_md(m, 0);
  if (!md)
    return;
  hash_obj *o = calloc(1, sizeof *o);
  if (!o) {
    muk_msg_reset_args(m);
    muk_reply(m, UV_ENOMEM);
    return;
  }
  if (!(o->mac = mac_new(md)) || !EVP_MAC_init(o->mac, key_ptr(key), keylen, NULL)) {
    hash_obj_free(o);
    crypto_fail_openssl(m, "HMAC_Init");
    return;
  }
  o->outlen = EVP_MAC_CTX_get_mac_size(o->mac);
  reply_handle(svc, m, o, CRYPTO_H_HMAC);
}

/* The hash or HMAC object of handle argument 0, held (release it), or
 * replied (and NULL). */
static hash_obj *arg_obj(muk_service *svc, muk_msg *m, int64_t *h) {
  if (muk_msg_i64(m, 0, h) != 0) {
    muk_reply(m, MUK_EBADMSG);
    return NULL;
  }
  crypto_handles *t = crypto_handles_of(svc);
  hash_obj *o = crypto_handle_use(t, *h, CRYPTO_H_HASH);
  if (!o)
    o = crypto_handle_use(t, *h, CRYPTO_H_HMAC);
  if (!o) {
    muk_msg_reset_args(m);
    muk_reply(m, UV_EBADF);
  }
  return o;
}

static int obj_update(hash_obj *o, const void *p, size_t n) {
  if (n == 0)
    return 1;
  return o->md ? EVP_DigestUpdate(o->md, p, n) : EVP_MAC_update(o->mac, p, n);
}

/* HASH_UPDATE (i64 h) + payload */
void crypto_op_HASH_UPDATE(muk_service *svc, muk_msg *m) {
  int64_t h;
  hash_obj *o = arg_obj(svc, m, &h);
  if (!o)
    return;
  int ok = obj_update(o, m->payload.data, m->payload.len);
  crypto_handle_release(crypto_handles_of(svc), h);
  if (!ok) {
    crypto_fail_openssl(m, "update");
    return;
  }
  muk_msg_reset_args(m);
  muk_msg_set_payload(m, NULL, 0, NULL, NULL);
  muk_reply(m, 0);
}

/* HASH_FINAL (i64 h, i64 enc) [+ payload: a last update]
 *   -> payload digest | str text; the handle is dropped. */
void crypto_op_HASH_FINAL(muk_service *svc, muk_msg *m) {
  int64_t h, enc;
  if (arg_enc(m, 1, &enc) != 0)
    return;
  hash_obj *o = arg_obj(svc, m, &h);
  if (!o)
    return;
  crypto_handles *t = crypto_handles_of(svc);
  uint8_t *out = NULL;
  size_t n = o->outlen;
  if (obj_update(o, m->payload.data, m->payload.len)) {
    if (o->md)
      out = md_final(o->md, n, o->xof);
    else if ((out = malloc(n ? n : 1)) && !EVP_MAC_final(o->mac, out, &n, o->outlen)) {
      free(out);
      out = NULL;
    }
  }
  crypto_handle_release(t, h);
  crypto_handle_drop(t, h);
  if (!out) {
    crypto_fail_openssl(m, "final");
    return;
  }
  reply_digest(m, out, n, enc);
}

/* HASH_COPY (i64 h, i64 outlen|-1) -> i64 h2 (a hash, not an HMAC) */
void crypto_op_HASH_COPY(muk_service *svc, muk_msg *m) {
  int64_t h, want;
  if (muk_msg_i64(m, 0, &h) != 0) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  if (arg_outlen(m, 1, &want) != 0)
    return;
  crypto_handles *t = crypto_handles_of(svc);
  hash_obj *src = crypto_handle_use(t, h, CRYPTO_H_HASH);
  if (!src) {
    muk_msg_reset_args(m);
    muk_reply(m, UV_EBADF);
    return;
  }
  const EVP_MD *md = EVP_MD_CTX_get0_md(src->md);
  int64_t outlen = md ? md_outlen(md, want) : -1;
  hash_obj *o = outlen < 0 ? NULL : calloc(1, sizeof *o);
  if (o) {
    o->outlen = (size_t)outlen;
    o->xof = src->xof;
    if (!(o->md = EVP_MD_CTX_new()) || !EVP_MD_CTX_copy_ex(o->md, src->md)) {
      hash_obj_free(o);
      o = NULL;
    }
  }
  crypto_handle_release(t, h);
  if (!o) {
    crypto_fail_openssl(m, "EVP_MD_CTX_copy");
    return;
  }
  reply_handle(svc, m, o, CRYPTO_H_HASH);
}

/* ---- names -------------------------------------------------------------*/
/* Node's filter (array_push_back): a name whose digest the default
 * provider can fetch. */
static void add_name(const EVP_MD *ref, const char *from, const char *to, void *arg) {
  (void)ref;
  (void)to;
  crypto_names *ns = arg;
  if (!from || ns->failed)
    return;
  const EVP_MD *implicit = EVP_get_digestbyname(from);
  const char *real = implicit ? EVP_MD_get0_name(implicit) : NULL;
  if (!real)
    return;
  EVP_MD *md = EVP_MD_fetch(NULL, real, NULL);
  if (!md)
    return;
  EVP_MD_free(md);
  crypto_names_add(ns, from);
}

/* HASHES -> str names, '\n'-separated (as OpenSSL lists them; the facade
 * dedups and sorts as Node does) */
void crypto_op_HASHES(muk_service *svc, muk_msg *m) {
  (void)svc;
  crypto_names ns = {0};
  EVP_MD_do_all_sorted(add_name, &ns);
  ERR_clear_error();
  crypto_names_reply(m, &ns);
}
