/* cipher.c — the crypto service's CRYPTO_CIPHER_OPS (crypto.h): symmetric
 * ciphers through EVP, with Node 20's rules (src/crypto/crypto_cipher.cc):
 * IV and key length checks, the AEAD modes' tag handling (GCM, CCM, OCB,
 * chacha20-poly1305), CCM's message length limit, key wrap's flag.
 *
 * A context (CRYPTO_H_CIPHER) holds the EVP_CIPHER_CTX until FINAL, which
 * frees it (the handle stays until FREE, answering "finalized" states).
 * Requests on one context come one at a time (the facade's calls are
 * synchronous), so a context needs no lock.
 *
 * Algorithms are looked up as Node does (EVP_get_cipherbyname: legacy names
 * and aliases) and fetched by their real name once: the fetched EVP_CIPHER
 * is cached for the process (immutable, shared by every thread). */
#include <limits.h>
#include <stdatomic.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>

#include "crypto_internal.h"

#define NO_TAG_LEN (-1)
#define MAX_ALG_NAME 256
#define MAX_TAG_LEN 16

enum { TAG_UNKNOWN, TAG_KNOWN, TAG_PASSED };

typedef struct cipher_ctx {
  EVP_CIPHER_CTX *ctx; /* NULL once finalized */
  atomic_flag busy;    /* a request is using it (two at once: UV_EBUSY) */
  int encrypt;
  int mode;
  int nid;
  int aead;
  int tag_len; /* NO_TAG_LEN until known */
  int tag_state;
  int pending_auth_failed; /* CCM decrypt: update failed, final reports it */
  int64_t max_message;     /* CCM */
  unsigned char tag[MAX_TAG_LEN];
} cipher_ctx;

static void cipher_ctx_free(void *p) {
  cipher_ctx *c = p;
  EVP_CIPHER_CTX_free(c->ctx);
  free(c);
}

/* ---- the fetched-cipher cache, keyed by the legacy EVP_CIPHER ---------- */
typedef struct fetched {
  const EVP_CIPHER *legacy;
  EVP_CIPHER *cipher;
} fetched;

static pthread_mutex_t cache_mu = PTHREAD_MUTEX_INITIALIZER;
static fetched *cache;
static size_t ncache, capcache;

static void cache_free(void) {
  for (size_t i = 0; i < ncache; i++)
    EVP_CIPHER_free(cache[i].cipher);
  free(cache);
  cache = NULL;
  ncache = capcache = 0;
}

/* The fetched cipher for a legacy one (NULL when no provider has it). */
static const EVP_CIPHER *fetch_cipher(const EVP_CIPHER *legacy) {
  const EVP_CIPHER *r = NULL;
  pthread_mutex_lock(&cache_mu);
  for (size_t i = 0; i < ncache; i++)
    if (cache[i].legacy == legacy) {
      r = cache[i].cipher;
      goto out;
    }
  const char *name = EVP_CIPHER_get0_name(legacy);
  EVP_CIPHER *c = name ? EVP_CIPHER_fetch(NULL, name, NULL) : NULL;
  if (!c)
    goto out;
  if (ncache == capcache) {
    size_t cap = capcache ? capcache * 2 : 32;
    fetched *n = realloc(cache, cap * sizeof *n);
    if (!n) {
      EVP_CIPHER_free(c);
      goto out;
    }
    if (!cache)
      atexit(cache_free);
    cache = n;
    capcache = cap;
  }
  cache[ncache].legacy = legacy;
  cache[ncache].cipher = c;
  ncache++;
  r = c;
out:
  pthread_mutex_unlock(&cache_mu);
  return r;
}

static int is_aead_mode(int mode, int nid) {
  return mode == EVP_CIPH_GCM_MODE || mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE ||
         nid == NID_chacha20_poly1305;
}

static int valid_gcm_tag_len(int64_t n) { return n == 4 || n == 8 || (n >= 12 && n <= 16); }

/* A failure the facade turns into one of Node's errors: status UV_EINVAL
 * with args (str code, i64 detail). */
static void fail_node(muk_msg *m, const char *code, int64_t detail) {
  ERR_clear_error();
  muk_msg_reset_args(m);
  muk_msg_add_str(m, code, strlen(code));
  muk_msg_add_i64(m, detail);
  muk_reply(m, UV_EINVAL);
}

static void reply_ok(muk_msg *m, int64_t v) {
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, v);
  muk_reply(m, 0);
}

/* An algorithm name argument (bounded; cut at a NUL). */
static int get_name(muk_msg *m, uint32_t i, char *buf) {
  const char *s;
  size_t n;
  if (muk_msg_str(m, i, &s, &n) != 0)
    return MUK_EBADMSG;
  const char *nul = memchr(s, 0, n);
  if (nul) /* as Node reads the name: a C string, to its first NUL */
    n = (size_t)(nul - s);
  if (n == 0 || n >= MAX_ALG_NAME)
    return UV_EINVAL;
  memcpy(buf, s, n);
  buf[n] = 0;
  return 0;
}

/* CIPHER_NEW (str alg, i64 decrypt, bytes key, bytes iv, i64 has_iv,
 * i64 authTagLength|-1) -> i64 h. Node's checks, in Node's order. */
void crypto_op_CIPHER_NEW(muk_service *svc, muk_msg *m) {
  char name[MAX_ALG_NAME];
  int64_t decrypt, has_iv_arg, tag_arg;
  const uint8_t *key, *iv;
  size_t key_len, iv_len;
  int r = get_name(m, 0, name);
  if (r == 0 && (muk_msg_i64(m, 1, &decrypt) || muk_msg_bytes(m, 2, &key, &key_len) ||
                 muk_msg_bytes(m, 3, &iv, &iv_len) || muk_msg_i64(m, 4, &has_iv_arg) ||
                 muk_msg_i64(m, 5, &tag_arg)))
    r = MUK_EBADMSG;
  if (r == UV_EINVAL) {
    fail_node(m, "ERR_CRYPTO_UNKNOWN_CIPHER", 0);
    return;
  }
  if (r) {
    muk_reply(m, r);
    return;
  }
  if (key_len > INT_MAX || iv_len > INT_MAX || tag_arg < -1 || tag_arg > UINT32_MAX) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  ERR_clear_error();
  const EVP_CIPHER *legacy = EVP_get_cipherbyname(name);
  const EVP_CIPHER *cipher = legacy ? fetch_cipher(legacy) : NULL;
  if (!cipher) {
    fail_node(m, "ERR_CRYPTO_UNKNOWN_CIPHER", 0);
    return;
  }
  int expected_iv = EVP_CIPHER_get_iv_length(cipher);
  int mode = EVP_CIPHER_get_mode(cipher);
  int nid = EVP_CIPHER_get_nid(cipher);
  int aead = is_aead_mode(mode, nid);
  int has_iv = has_iv_arg && iv_len > 0;
  if ((!has_iv && expected_iv != 0) || (!aead && has_iv && (int)iv_len != expected_iv) ||
      (nid == NID_chacha20_poly1305 && iv_len > 12)) {
    fail_node(m, "ERR_CRYPTO_INVALID_IV", 0);
    return;
  }
  cipher_ctx *c = calloc(1, sizeof *c);
  if (c)
    atomic_flag_clear(&c->busy);
  if (!c || !(c->ctx = EVP_CIPHER_CTX_new())) {
    free(c);
    muk_reply(m, UV_ENOMEM);
    return;
  }
  c->encrypt = !decrypt;
  c->mode = mode;
  c->nid = nid;
  c->aead = aead;
  c->tag_len = NO_TAG_LEN;
  c->max_message = INT_MAX;
  if (mode == EVP_CIPH_WRAP_MODE)
    EVP_CIPHER_CTX_set_flags(c->ctx, EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
  if (EVP_CipherInit_ex(c->ctx, cipher, NULL, NULL, NULL, c->encrypt) != 1) {
    cipher_ctx_free(c);
    crypto_fail_openssl(m, "Failed to initialize cipher");
    return;
  }
  if (aead) {
    if (!EVP_CIPHER_CTX_ctrl(c->ctx, EVP_CTRL_AEAD_SET_IVLEN, (int)iv_len, NULL)) {
      cipher_ctx_free(c);
      fail_node(m, "ERR_CRYPTO_INVALID_IV", 0);
      return;
    }
    if (mode == EVP_CIPH_GCM_MODE) {
      if (tag_arg != NO_TAG_LEN) {
        if (!valid_gcm_tag_len(tag_arg)) {
          cipher_ctx_free(c);
          fail_node(m, "ERR_CRYPTO_INVALID_AUTH_TAG", tag_arg);
          return;
        }
        c->tag_len = (int)tag_arg;
      }
    } else {
      if (tag_arg == NO_TAG_LEN) {
        if (nid == NID_chacha20_poly1305) {
          tag_arg = 16;
        } else {
          cipher_ctx_free(c);
          fail_node(m, "ERR_CRYPTO_AUTH_TAG_REQUIRED", 0);
          return;
        }
      }
      if (tag_arg > MAX_TAG_LEN ||
          !EVP_CIPHER_CTX_ctrl(c->ctx, EVP_CTRL_AEAD_SET_TAG, (int)tag_arg, NULL)) {
        cipher_ctx_free(c);
        fail_node(m, "ERR_CRYPTO_INVALID_AUTH_TAG", tag_arg);
        return;
      }
      c->tag_len = (int)tag_arg;
      if (mode == EVP_CIPH_CCM_MODE) {
        if (iv_len == 12)
          c->max_message = 16777215;
        else if (iv_len == 13)
          c->max_message = 65535;
      }
    }
  }
  if (!EVP_CIPHER_CTX_set_key_length(c->ctx, (int)key_len)) {
    cipher_ctx_free(c);
    fail_node(m, "ERR_CRYPTO_INVALID_KEYLEN", 0);
    return;
  }
  if (EVP_CipherInit_ex(c->ctx, NULL, NULL, key, has_iv ? iv : NULL, c->encrypt) != 1) {
    cipher_ctx_free(c);
    crypto_fail_openssl(m, "Failed to initialize cipher");
    return;
  }
  int64_t h = crypto_handle_put(crypto_handles_of(svc), CRYPTO_H_CIPHER, c, cipher_ctx_free);
  if (h < 0) {
    cipher_ctx_free(c);
    muk_reply(m, (int)h);
    return;
  }
  reply_ok(m, h);
}

/* The context of handle argument 0, held and marked busy (give it back
 * with unuse()), or NULL after replying: UV_EBADF for a handle that is not
 * a live cipher, UV_EBUSY while another request uses it (the facade never
 * does that; a raw caller must not crash the service by trying). */
static cipher_ctx *use_ctx(muk_service *svc, muk_msg *m, int64_t *h) {
  if (muk_msg_i64(m, 0, h) != 0) {
    muk_reply(m, MUK_EBADMSG);
    return NULL;
  }
  crypto_handles *t = crypto_handles_of(svc);
  cipher_ctx *c = crypto_handle_use(t, *h, CRYPTO_H_CIPHER);
  if (!c) {
    muk_reply(m, UV_EBADF);
    return NULL;
  }
  if (atomic_flag_test_and_set_explicit(&c->busy, memory_order_acquire)) {
    crypto_handle_release(t, *h);
    muk_reply(m, UV_EBUSY);
    return NULL;
  }
  return c;
}

static void unuse(crypto_handles *t, int64_t h, cipher_ctx *c) {
  atomic_flag_clear_explicit(&c->busy, memory_order_release);
  crypto_handle_release(t, h);
}

static int pass_tag(cipher_ctx *c) {
  if (c->tag_state == TAG_KNOWN) {
    if (!EVP_CIPHER_CTX_ctrl(c->ctx, EVP_CTRL_AEAD_SET_TAG, c->tag_len, c->tag))
      return 0;
    c->tag_state = TAG_PASSED;
  }
  return 1;
}

/* Node pops OpenSSL's errors before it reports a failed update: the
 * message is always its own. */
static void fail_update(muk_msg *m) {
  ERR_clear_error();
  crypto_fail_openssl(m, "Trying to add data in unsupported state");
}

/* CIPHER_UPDATE (i64 h) + payload data -> payload output. */
void crypto_op_CIPHER_UPDATE(muk_service *svc, muk_msg *m) {
  int64_t h;
  cipher_ctx *c = use_ctx(svc, m, &h);
  if (!c)
    return;
  crypto_handles *t = crypto_handles_of(svc);
  size_t len = m->payload.len;
  const unsigned char *in = m->payload.data;
  static const unsigned char empty[1];
  if (!in)
    in = empty;
  if (!c->ctx || len > INT_MAX - EVP_MAX_BLOCK_LENGTH) {
    unuse(t, h, c);
    fail_update(m);
    return;
  }
  /* no ERR_clear_error() here (it costs on every 64 KiB): every failure
   * below replies through fail_node / fail_update, which clear */
  if (c->mode == EVP_CIPH_CCM_MODE && (int64_t)len > c->max_message) {
    unuse(t, h, c);
    fail_node(m, "ERR_CRYPTO_INVALID_MESSAGELEN", 0);
    return;
  }
  if (!c->encrypt && c->aead && !pass_tag(c)) {
    unuse(t, h, c);
    fail_update(m);
    return;
  }
  int out_len = (int)len + EVP_CIPHER_CTX_get_block_size(c->ctx);
  if (c->encrypt && c->mode == EVP_CIPH_WRAP_MODE &&
      EVP_CipherUpdate(c->ctx, NULL, &out_len, in, (int)len) != 1) {
    unuse(t, h, c);
    fail_update(m);
    return;
  }
  muk_free_fn out_fn = crypto_free_plain;
  unsigned char *out = malloc(out_len > 0 ? (size_t)out_len : 1);
  if (!out) {
    unuse(t, h, c);
    muk_reply(m, UV_ENOMEM);
    return;
  }
  int n = out_len;
  int ok = EVP_CipherUpdate(c->ctx, out, &n, in, (int)len) == 1;
  if (!ok && !c->encrypt && c->mode == EVP_CIPH_CCM_MODE) {
    c->pending_auth_failed = 1;
    ERR_clear_error();
    ok = 1;
    n = 0;
  }
  unuse(t, h, c);
  if (!ok) {
    out_fn(out, NULL);
    fail_update(m);
    return;
  }
  if (n <= 0 || n > out_len) {
    out_fn(out, NULL);
    muk_msg_reset_args(m);
    muk_msg_set_payload(m, NULL, 0, NULL, NULL);
    muk_reply(m, 0);
    return;
  }
  crypto_reply_bytes(m, out, (size_t)n, out_fn);
}

/* CIPHER_FINAL (i64 h) -> payload the last block; for AEAD encryption the
 * args (bytes tag). The context is finished either way. */
void crypto_op_CIPHER_FINAL(muk_service *svc, muk_msg *m) {
  int64_t h;
  cipher_ctx *c = use_ctx(svc, m, &h);
  if (!c)
    return;
  crypto_handles *t = crypto_handles_of(svc);
  if (!c->ctx) {
    unuse(t, h, c);
    fail_node(m, "ERR_CRYPTO_INVALID_STATE", 0);
    return;
  }
  ERR_clear_error();
  unsigned char *out = malloc(EVP_MAX_BLOCK_LENGTH);
  if (!out) {
    unuse(t, h, c);
    muk_reply(m, UV_ENOMEM);
    return;
  }
  int aead = c->aead;
  int n = 0, ok;
  if (!c->encrypt && aead)
    pass_tag(c);
  if (!c->encrypt && c->mode == EVP_CIPH_CCM_MODE) {
    ok = !c->pending_auth_failed;
  } else {
    n = EVP_CIPHER_CTX_get_block_size(c->ctx);
    ok = EVP_CipherFinal_ex(c->ctx, out, &n) == 1;
    if (ok && c->encrypt && aead) {
      if (c->tag_len == NO_TAG_LEN)
        c->tag_len = 16;
      ok = EVP_CIPHER_CTX_ctrl(c->ctx, EVP_CTRL_AEAD_GET_TAG, c->tag_len, c->tag) == 1;
    }
  }
  EVP_CIPHER_CTX_free(c->ctx);
  c->ctx = NULL;
  if (!ok) {
    unuse(t, h, c);
    free(out);
    crypto_fail_openssl(m, aead ? "Unsupported state or unable to authenticate data"
                                : "Unsupported state");
    return;
  }
  muk_msg_reset_args(m);
  if (c->encrypt && aead)
    muk_msg_add_bytes(m, c->tag, (size_t)c->tag_len);
  unuse(t, h, c);
  if (n > 0 && n <= EVP_MAX_BLOCK_LENGTH) {
    muk_msg_set_payload(m, out, (size_t)n, crypto_free_plain, NULL);
  } else {
    free(out);
    muk_msg_set_payload(m, NULL, 0, NULL, NULL);
  }
  muk_reply(m, 0);
}

/* CIPHER_AAD (i64 h, i64 plaintextLength|-1) + payload aad -> i64 ok (0:
 * Node's "invalid state": finalized, not AEAD, or OpenSSL refused). */
void crypto_op_CIPHER_AAD(muk_service *svc, muk_msg *m) {
  int64_t h, ptlen;
  if (muk_msg_i64(m, 1, &ptlen) != 0) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  cipher_ctx *c = use_ctx(svc, m, &h);
  if (!c)
    return;
  crypto_handles *t = crypto_handles_of(svc);
  size_t len = m->payload.len;
  const unsigned char *in = m->payload.data;
  static const unsigned char empty[1];
  if (!in)
    in = empty;
  int ok = 0, outl;
  ERR_clear_error();
  if (!c->ctx || !c->aead || len > INT_MAX)
    goto done;
  if (c->mode == EVP_CIPH_CCM_MODE) {
    if (ptlen < 0) {
      unuse(t, h, c);
      fail_node(m, "ERR_MISSING_ARGS", 0);
      return;
    }
    if (ptlen > c->max_message) {
      unuse(t, h, c);
      fail_node(m, "ERR_CRYPTO_INVALID_MESSAGELEN", 0);
      return;
    }
    if (!c->encrypt && !pass_tag(c))
      goto done;
    if (!EVP_CipherUpdate(c->ctx, NULL, &outl, NULL, (int)ptlen))
      goto done;
  }
  ok = EVP_CipherUpdate(c->ctx, NULL, &outl, in, (int)len) == 1;
done:
  ERR_clear_error();
  unuse(t, h, c);
  reply_ok(m, ok);
}

/* CIPHER_SET_TAG (i64 h, bytes tag) -> i64 ok (0: invalid state). */
void crypto_op_CIPHER_SET_TAG(muk_service *svc, muk_msg *m) {
  int64_t h;
  const uint8_t *tag;
  size_t n;
  if (muk_msg_bytes(m, 1, &tag, &n) != 0) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  cipher_ctx *c = use_ctx(svc, m, &h);
  if (!c)
    return;
  crypto_handles *t = crypto_handles_of(svc);
  if (!c->ctx || !c->aead || c->encrypt || c->tag_state != TAG_UNKNOWN) {
    unuse(t, h, c);
    reply_ok(m, 0);
    return;
  }
  int valid;
  if (c->mode == EVP_CIPH_GCM_MODE)
    valid = (c->tag_len == NO_TAG_LEN || (size_t)c->tag_len == n) && valid_gcm_tag_len((int64_t)n);
  else
    valid = c->tag_len != NO_TAG_LEN && (size_t)c->tag_len == n;
  if (!valid || n > sizeof c->tag) {
    unuse(t, h, c);
    fail_node(m, "ERR_CRYPTO_INVALID_AUTH_TAG", (int64_t)n);
    return;
  }
  c->tag_len = (int)n;
  c->tag_state = TAG_KNOWN;
  memset(c->tag, 0, sizeof c->tag);
  memcpy(c->tag, tag, n);
  unuse(t, h, c);
  reply_ok(m, 1);
}

/* CIPHER_PADDING (i64 h, i64 on) -> i64 ok (0: finalized). */
void crypto_op_CIPHER_PADDING(muk_service *svc, muk_msg *m) {
  int64_t h, on;
  if (muk_msg_i64(m, 1, &on) != 0) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  cipher_ctx *c = use_ctx(svc, m, &h);
  if (!c)
    return;
  int ok = c->ctx && EVP_CIPHER_CTX_set_padding(c->ctx, on != 0) == 1;
  ERR_clear_error();
  unuse(crypto_handles_of(svc), h, c);
  reply_ok(m, ok);
}

/* ---- CIPHERS: Node's getCiphers() before its lowercase dedupe --------- */
static void push_name(const EVP_CIPHER *ref, const char *from, const char *to, void *arg) {
  crypto_names *ns = arg;
  if (!from || ns->failed)
    return;
  const EVP_CIPHER *legacy = EVP_get_cipherbyname(from);
  if (!legacy || !EVP_CIPHER_get0_name(legacy) || !fetch_cipher(legacy))
    return;
  crypto_names_add(ns, from);
}

/* CIPHERS -> str names, '\n'-separated (as OpenSSL sorts them; aliases
 * included; only the ones a provider can run). */
void crypto_op_CIPHERS(muk_service *svc, muk_msg *m) {
  crypto_names ns = {0};
  EVP_CIPHER_do_all_sorted(push_name, &ns);
  ERR_clear_error();
  crypto_names_reply(m, &ns);
}

static const char *mode_label(int mode) {
  switch (mode) {
  case EVP_CIPH_CCM_MODE: return "ccm";
  case EVP_CIPH_CFB_MODE: return "cfb";
  case EVP_CIPH_CBC_MODE: return "cbc";
  case EVP_CIPH_CTR_MODE: return "ctr";
  case EVP_CIPH_ECB_MODE: return "ecb";
  case EVP_CIPH_GCM_MODE: return "gcm";
  case EVP_CIPH_OCB_MODE: return "ocb";
  case EVP_CIPH_OFB_MODE: return "ofb";
  case EVP_CIPH_STREAM_CIPHER: return "stream";
  case EVP_CIPH_WRAP_MODE: return "wrap";
  case EVP_CIPH_XTS_MODE: return "xts";
  }
  return "";
}

/* CIPHER_INFO (str name | i64 nid, i64 has_key, i64 keyLength, i64 has_iv,
 * i64 ivLength) -> (str mode|'', str name, i64 nid, i64 blockSize|-1,
 * i64 ivLength, i64 keyLength), or no args: no such cipher (or the
 * lengths don't fit it). */
void crypto_op_CIPHER_INFO(muk_service *svc, muk_msg *m) {
  char name[MAX_ALG_NAME];
  int64_t nid_arg, has_key, key_arg, has_iv, iv_arg;
  const EVP_CIPHER *cipher = NULL;
  if (muk_msg_i64(m, 1, &has_key) || muk_msg_i64(m, 2, &key_arg) || muk_msg_i64(m, 3, &has_iv) ||
      muk_msg_i64(m, 4, &iv_arg)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  if (key_arg < INT_MIN || key_arg > INT_MAX || iv_arg < INT_MIN || iv_arg > INT_MAX) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  ERR_clear_error();
  if (muk_msg_i64(m, 0, &nid_arg) == 0) {
    if (nid_arg >= INT_MIN && nid_arg <= INT_MAX)
      cipher = EVP_get_cipherbynid((int)nid_arg);
  } else {
    int r = get_name(m, 0, name);
    if (r == MUK_EBADMSG) {
      muk_reply(m, r);
      return;
    }
    if (r == 0)
      cipher = EVP_get_cipherbyname(name);
  }
  muk_msg_reset_args(m);
  if (!cipher) {
    muk_reply(m, 0);
    return;
  }
  int iv_length = EVP_CIPHER_get_iv_length(cipher);
  int key_length = EVP_CIPHER_get_key_length(cipher);
  int block = EVP_CIPHER_get_block_size(cipher);
  int mode = EVP_CIPHER_get_mode(cipher);
  if (has_key || has_iv) {
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int ok = ctx && EVP_CipherInit_ex(ctx, cipher, NULL, NULL, NULL, 1) == 1;
    if (ok && has_key) {
      ok = EVP_CIPHER_CTX_set_key_length(ctx, (int)key_arg) == 1;
      if (ok)
        key_length = (int)key_arg;
    }
    if (ok && has_iv) {
      switch (mode) {
      case EVP_CIPH_CCM_MODE:
        ok = iv_arg >= 7 && iv_arg <= 13;
        break;
      case EVP_CIPH_GCM_MODE:
      case EVP_CIPH_OCB_MODE:
        ok = EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_IVLEN, (int)iv_arg, NULL) == 1;
        break;
      default:
        ok = iv_arg == iv_length;
      }
      if (ok)
        iv_length = (int)iv_arg;
    }
    EVP_CIPHER_CTX_free(ctx);
    ERR_clear_error();
    if (!ok) {
      muk_reply(m, 0);
      return;
    }
  }
  const char *ml = mode_label(mode);
  const char *sn = OBJ_nid2sn(EVP_CIPHER_get_nid(cipher));
  sn = sn ? sn : "";
  muk_msg_add_str(m, ml, strlen(ml));
  muk_msg_add_str(m, sn, strlen(sn));
  muk_msg_add_i64(m, EVP_CIPHER_get_nid(cipher));
  muk_msg_add_i64(m, mode == EVP_CIPH_STREAM_CIPHER ? -1 : block);
  muk_msg_add_i64(m, iv_length);
  muk_msg_add_i64(m, key_length);
  muk_reply(m, 0);
}
