/* crypto_binding.c — internalBinding('crypto'): the small-hash fast path of
 * js/internal/crypto_hash.js, in C because the interpreter's cost per
 * property and per array dominated a 64-byte hash (docs/performance.md).
 *
 * A Hash or Hmac that createHash/createHmac make in the common form
 * (a known digest name, no options) is a userdata object whose state lives
 * here: the digest's name, the Hmac's key, and the bytes fed so far (up to
 * CB_MAX). Its update() and digest() are the natives below, installed on
 * Hash.prototype / Hmac.prototype:
 *
 *   update(data)    a Buffer or a string (utf8): appended here
 *   digest([enc])   enc undefined, 'buffer', 'hex', 'base64', 'base64url':
 *                   ONE sync DIGEST or HMAC request to the crypto service
 *                   (its schema, services/crypto/crypto.h) with the bytes as
 *                   the payload; the service encodes the text
 *
 * Anything else (another encoding, too many bytes, a finished object, a
 * plain-object Hash from `new Hash`, copy(), the stream side) goes to the
 * JS implementation, which first takes the object's state over with
 * take(obj) and keeps it in JS properties from then on. So the JS file
 * stays the one description of Node's semantics; this file only answers
 * the cases it is sure of.
 *
 *   init(hashProto, hmacProto, jsUpdate, jsDigest, fail, jsCreateHash,
 *        jsCreateHmac)
 *       jsUpdate.call(obj, data, enc) / jsDigest.call(obj, enc): the JS
 *       paths; fail(status, results) -> the Error a failed request throws
 *   known(alg): the service accepted the digest name alg
 *   createHash(alg[, options]), createHmac(alg, key[, options]): for a
 *       known name, no options and a Buffer or string key, a new object of
 *       this file's; anything else is jsCreateHash / jsCreateHmac's
 *   random(n) -> n random bytes from a pool (below), or undefined
 *   take(obj) -> [bytes: Buffer, alg, key: Buffer|null, finished] once (the
 *       object is the JS path's from then on), or undefined
 *
 * The bridge knows the service by its schema only: op ids by name
 * (service_ids.h), argument layouts from the schema's comment. A remote
 * crypto service gets the same request. */
#include <stdlib.h>
#include <string.h>

#include "binding.h"
#include "bridge.h"
#include "buffer.h"
#include "call.h"
#include "crypto/crypto.h"
#include "engine_internals.h"
#include "runtime.h"
#include "service_ids.h"
#include "utf8.h"

/* Bytes kept here before the JS path takes over (it opens a context in the
 * service past its own threshold, the same 64 KiB). */
#define CB_MAX (64 * 1024)
#define CB_ALG 64
#define CB_INLINE 128

static const char crypto_op_names[] = CRYPTO_OPS(MUKJS_OP_NAME);
static int crypto_op_ids[CRYPTO_NOPS];
static mukjs_service crypto_svc = MUKJS_SERVICE("crypto", crypto_op_names, crypto_op_ids);

static const char TAG[] = "crypto.Hash";

enum { ST_PENDING, ST_FINISHED, ST_TAKEN };

typedef struct cb_hash {
  int state;
  size_t n, cap;  /* bytes fed, capacity of p */
  uint8_t *p;     /* inl or malloc'd */
  uint8_t *key;   /* Hmac: malloc'd (NULL for a Hash) */
  size_t keylen;
  char alg[CB_ALG];
  uint8_t inl[CB_INLINE];
} cb_hash;

/* The registry array "muk.crypto": its slots. */
enum { R_HASH_PROTO, R_HMAC_PROTO, R_UPDATE, R_DIGEST, R_FAIL, R_CREATE_HASH, R_CREATE_HMAC, R_N };

/* Per runtime: the registry array's object, and the digest names the
 * service accepted (known(alg)), most recent first (a script uses few; a
 * name not here goes to the JS path, which asks the service and says
 * known()). */
#define CB_KNOWN 16
/* randomBytes(n <= CB_RANDOM_MAX) is served from CB_POOL bytes of the
 * service's RANDOM (OpenSSL's DRBG) fetched at once, as node's randomUUID
 * does; each byte is handed out once and wiped from the pool. */
#define CB_POOL 4096
#define CB_RANDOM_MAX 256
typedef struct cb_state {
  struct js_Object *table;
  int nknown;
  char known[CB_KNOWN][CB_ALG];
  size_t rpos; /* the pool's next unused byte (CB_POOL: empty) */
  uint8_t pool[CB_POOL];
} cb_state;

static cb_state *state(js_State *J) { return *mukjs_slot(J, MUKJS_SLOT_CRYPTO); }

/* J's state, made on first use. */
static cb_state *state_made(js_State *J) {
  cb_state *s = state(J);
  if (!s) {
    if (!(s = calloc(1, sizeof *s)))
      js_error(J, "out of memory");
    s->rpos = CB_POOL;
    *mukjs_slot(J, MUKJS_SLOT_CRYPTO) = s;
  }
  return s;
}

static struct js_Object *table(js_State *J) {
  cb_state *s = state(J);
  return s ? s->table : NULL;
}

static void push_slot(js_State *J, int i) {
  struct js_Object *t = table(J);
  if (t && mukjs_flat_get(J, t, i, 0))
    return;
  js_getregistry(J, "muk.crypto");
  js_getindex(J, -1, i);
  js_rot2(J);
  js_pop(J, 1);
}

static void cb_finalize(js_State *J, void *data) {
  (void)J;
  cb_hash *h = data;
  if (h->p != h->inl)
    free(h->p);
  if (h->key) {
    explicit_bzero(h->key, h->keylen); /* a secret */
    free(h->key);
  }
  free(h);
}

/* The object at idx, if it is one of ours still in this file's hands. */
static cb_hash *pending(js_State *J, int idx) {
  if (!js_isuserdata(J, idx, TAG))
    return NULL;
  cb_hash *h = js_touserdata(J, idx, TAG);
  return h->state == ST_PENDING ? h : NULL;
}

/* Room for more bytes after h->n (1: done, 0: over CB_MAX or no memory). */
static int reserve(cb_hash *h, size_t more) {
  if (more > CB_MAX - h->n)
    return 0;
  size_t need = h->n + more;
  if (need <= h->cap)
    return 1;
  size_t cap = h->cap * 2;
  while (cap < need)
    cap *= 2;
  if (cap > CB_MAX)
    cap = CB_MAX;
  uint8_t *p = malloc(cap);
  if (!p)
    return 0;
  memcpy(p, h->p, h->n);
  if (h->p != h->inl)
    free(h->p);
  h->p = p;
  h->cap = cap;
  return 1;
}

/* Forget h's bytes (after the request that borrowed them is freed). */
static void drop_bytes(cb_hash *h) {
  if (h->p != h->inl)
    free(h->p);
  h->p = h->inl;
  h->cap = CB_INLINE;
  h->n = 0;
}

/* Call registry function slot (this = the object at 0) with the first
 * nargs arguments; its result is the native's result. */
static void to_js(js_State *J, int slot, int nargs) {
  push_slot(J, slot);
  js_copy(J, 0);
  for (int i = 1; i <= nargs; i++)
    js_copy(J, i);
  js_call(J, nargs);
}

/* update(data[, encoding]) */
static void cb_update(js_State *J) {
  cb_hash *h = js_isundefined(J, 2) ? pending(J, 0) : NULL;
  if (h) {
    size_t len;
    if (mukjs_isbuffer(J, 1)) {
      const uint8_t *p = mukjs_tobuffer(J, 1, &len);
      if (reserve(h, len)) {
        if (len)
          memcpy(h->p + h->n, p, len);
        h->n += len;
        js_copy(J, 0);
        return;
      }
    } else if (js_isstring(J, 1)) {
      const char *s = js_tostring(J, 1);
      len = strlen(s); /* its UTF-8 is never longer */
      if (reserve(h, len)) {
        h->n += mukjs_to_utf8(s, len, (char *)h->p + h->n);
        js_copy(J, 0);
        return;
      }
    }
  }
  to_js(J, R_UPDATE, 2);
}

/* The service's text code for enc (crypto.h: DIGEST's enc), or -1. */
static int enc_code(js_State *J, int idx) {
  if (js_isundefined(J, idx))
    return 0;
  if (!js_isstring(J, idx))
    return -1;
  const char *e = js_tostring(J, idx);
  if (strcmp(e, "hex") == 0)
    return 1;
  if (strcmp(e, "base64") == 0)
    return 2;
  if (strcmp(e, "base64url") == 0)
    return 3;
  if (strcmp(e, "buffer") == 0)
    return 0;
  return -1;
}

static muk_msg *digest_request(js_State *J, cb_hash *h, int code) {
  muk_msg *m = muk_msg_new(mukjs_kernel(J));
  if (!m)
    return NULL;
  m->service = (uint32_t)crypto_svc.sid;
  m->op = (uint32_t)crypto_svc.op[h->key ? CRYPTO_HMAC : CRYPTO_DIGEST];
  int r = muk_msg_add_str(m, h->alg, strlen(h->alg));
  if (r == 0)
    r = h->key ? muk_msg_add_bytes(m, h->key, h->keylen) : muk_msg_add_i64(m, -1);
  if (r == 0)
    r = muk_msg_add_i64(m, code);
  if (r == 0)
    r = muk_msg_add_i64(m, 0);
  if (r == 0)
    r = muk_msg_add_i64(m, -1);
  if (r != 0) {
    muk_msg_free(m);
    return NULL;
  }
  /* the bytes stay h's: the call is synchronous and h is on the stack */
  if (h->n)
    muk_msg_set_payload(m, h->p, h->n, NULL, NULL);
  return m;
}

/* digest([encoding]) */
static void cb_digest(js_State *J) {
  cb_hash *h = pending(J, 0);
  int code = h ? enc_code(J, 1) : -1;
  muk_msg *m = NULL;
  if (code >= 0 && mukjs_service_ids(J, &crypto_svc) >= 0 &&
      crypto_svc.op[CRYPTO_DIGEST] >= 0 && crypto_svc.op[CRYPTO_HMAC] >= 0)
    m = digest_request(J, h, code);
  if (!m) {
    to_js(J, R_DIGEST, 1);
    return;
  }
  h->state = ST_FINISHED; /* as Node: finished even when it fails */
  int status = muk_call_sync(mukjs_kernel(J), m);
  if (js_try(J)) {
    muk_msg_free(m);
    drop_bytes(h);
    js_throw(J);
  }
  if (status < 0) {
    push_slot(J, R_FAIL);
    js_pushundefined(J);
    js_pushnumber(J, status);
    mukjs_push_msg_results(J, m);
    js_call(J, 2);
    js_endtry(J);
    muk_msg_free(m);
    drop_bytes(h);
    js_throw(J);
  }
  if (code != 0 && m->nargs > 0) {
    mukjs_push_arg(J, &m->args[0]);
  } else if (m->payload.data) {
    size_t len;
    muk_free_fn fn;
    void *ud;
    uint8_t *p = muk_msg_take_payload(m, &len, &fn, &ud);
    mukjs_pushbuffer(J, p, len, fn, ud);
  } else {
    mukjs_newbuffer(J, 0);
  }
  js_endtry(J);
  muk_msg_free(m); /* it may still point at h's bytes: drop them after */
  drop_bytes(h);
}

/* Push a new object of ours with the prototype in registry slot proto; it
 * owns key (malloc'd, or NULL) from here on, even when this throws. 0: alg
 * is not a name kept here (nothing pushed, key freed). */
static int make(js_State *J, int proto, const char *alg, uint8_t *key, size_t keylen) {
  size_t n = strlen(alg);
  cb_hash *h = n > 0 && n < CB_ALG ? malloc(sizeof *h) : NULL;
  if (!h) {
    free(key);
    if (n > 0 && n < CB_ALG)
      js_error(J, "out of memory");
    return 0;
  }
  h->state = ST_PENDING;
  h->n = 0;
  h->cap = CB_INLINE;
  h->p = h->inl;
  h->key = key;
  h->keylen = keylen;
  memcpy(h->alg, alg, n + 1);
  if (js_try(J)) {
    cb_finalize(J, h);
    js_throw(J);
  }
  push_slot(J, proto);
  js_newuserdata(J, TAG, h, cb_finalize);
  js_endtry(J);
  return 1;
}

/* A new Hmac for (alg, key) at stack indexes 1 and 2, or undefined. */
static void cb_new_hmac(js_State *J) {
  const uint8_t *k = NULL;
  size_t klen = 0;
  char *owned = NULL;
  if (!js_isstring(J, 1)) {
    js_pushundefined(J);
    return;
  }
  if (mukjs_isbuffer(J, 2)) {
    k = mukjs_tobuffer(J, 2, &klen);
  } else if (js_isstring(J, 2)) {
    const char *s = js_tostring(J, 2);
    klen = strlen(s);
    if (!(k = (const uint8_t *)mukjs_as_utf8(s, &klen, &owned)))
      js_error(J, "out of memory");
  } else {
    js_pushundefined(J);
    return;
  }
  uint8_t *key = malloc(klen ? klen : 1);
  if (key && klen)
    memcpy(key, k, klen);
  free(owned);
  if (!key)
    js_error(J, "out of memory");
  if (!make(J, R_HMAC_PROTO, js_tostring(J, 1), key, klen))
    js_pushundefined(J);
}

static int is_known(cb_state *s, const char *alg) {
  if (!s)
    return 0;
  for (int i = 0; i < s->nknown; i++)
    if (strcmp(s->known[i], alg) == 0)
      return 1;
  return 0;
}

/* known(alg) */
static void cb_known(js_State *J) {
  cb_state *s = state(J);
  const char *alg = js_tostring(J, 1);
  size_t n = strlen(alg);
  if (s && n > 0 && n < CB_ALG && !is_known(s, alg)) {
    int i = s->nknown < CB_KNOWN ? s->nknown++ : CB_KNOWN - 1;
    memmove(s->known[1], s->known[0], (size_t)i * CB_ALG);
    memcpy(s->known[0], alg, n + 1);
  }
  js_pushundefined(J);
}

/* createHash(algorithm[, options]) */
static void cb_create_hash(js_State *J) {
  if (js_isundefined(J, 2) && js_isstring(J, 1) && is_known(state(J), js_tostring(J, 1)) &&
      make(J, R_HASH_PROTO, js_tostring(J, 1), NULL, 0))
    return;
  to_js(J, R_CREATE_HASH, 2);
}

/* createHmac(hmac, key[, options]) */
static void cb_create_hmac(js_State *J) {
  if (js_isundefined(J, 3) && js_isstring(J, 1) && is_known(state(J), js_tostring(J, 1)) &&
      (js_isstring(J, 2) || mukjs_isbuffer(J, 2))) {
    cb_new_hmac(J);
    if (!js_isundefined(J, -1))
      return;
    js_pop(J, 1);
  }
  to_js(J, R_CREATE_HMAC, 3);
}

/* take(obj) */
static void cb_take(js_State *J) {
  if (!js_isuserdata(J, 1, TAG)) {
    js_pushundefined(J);
    return;
  }
  cb_hash *h = js_touserdata(J, 1, TAG);
  if (h->state == ST_TAKEN) {
    js_pushundefined(J);
    return;
  }
  js_newarray(J);
  mukjs_pushbuffer_copy(J, h->p, h->n);
  js_setindex(J, -2, 0);
  js_pushstring(J, h->alg);
  js_setindex(J, -2, 1);
  if (h->key)
    mukjs_pushbuffer_copy(J, h->key, h->keylen);
  else
    js_pushnull(J);
  js_setindex(J, -2, 2);
  js_pushboolean(J, h->state == ST_FINISHED);
  js_setindex(J, -2, 3);
  h->state = ST_TAKEN;
  drop_bytes(h);
}

/* init(hashProto, hmacProto, jsUpdate, jsDigest, fail, jsCreateHash,
 * jsCreateHmac): made on the first require of crypto's hash family (a
 * script without crypto pays nothing at startup). */
static void cb_init(js_State *J) {
  state_made(J);
  js_newarray(J);
  for (int i = 0; i < R_N; i++) {
    js_copy(J, i + 1);
    js_setindex(J, -2, i);
  }
  state(J)->table = mukjs_engine_object(J, -1);
  js_setregistry(J, "muk.crypto");
  js_pushundefined(J);
}

static void cb_random(js_State *J);

static const mukjs_fn crypto_fns[] = {
    {"init", cb_init, 7},
    {"known", cb_known, 1},
    {"createHash", cb_create_hash, 2},
    {"createHmac", cb_create_hmac, 3},
    {"take", cb_take, 1},
    {"random", cb_random, 1},
    {"update", cb_update, 2},
    {"digest", cb_digest, 1},
    {NULL},
};

/* Refill s's pool with one sync RANDOM request; 0 on success. */
static int refill(js_State *J, cb_state *s) {
  if (mukjs_service_ids(J, &crypto_svc) < 0 || crypto_svc.op[CRYPTO_RANDOM] < 0)
    return -1;
  muk_msg *m = muk_msg_new(mukjs_kernel(J));
  if (!m)
    return -1;
  m->service = (uint32_t)crypto_svc.sid;
  m->op = (uint32_t)crypto_svc.op[CRYPTO_RANDOM];
  int r = muk_msg_add_i64(m, CB_POOL);
  if (r == 0)
    r = muk_call_sync(mukjs_kernel(J), m);
  if (r == 0 && m->payload.data && m->payload.len == CB_POOL) {
    memcpy(s->pool, m->payload.data, CB_POOL);
    explicit_bzero(m->payload.data, CB_POOL);
    s->rpos = 0;
  } else {
    r = -1;
  }
  muk_msg_free(m);
  return r;
}

/* random(n) -> a Buffer of n random bytes (0 < n <= CB_RANDOM_MAX), or
 * undefined: the JS path (which sends RANDOM itself and reports errors). */
static void cb_random(js_State *J) {
  cb_state *s = state_made(J);
  double d = js_isnumber(J, 1) ? js_tonumber(J, 1) : 0;
  if (!(d > 0 && d <= CB_RANDOM_MAX && d == (double)(size_t)d)) {
    js_pushundefined(J);
    return;
  }
  size_t n = (size_t)d;
  if (n > CB_POOL - s->rpos && refill(J, s) != 0) {
    js_pushundefined(J);
    return;
  }
  mukjs_pushbuffer_copy(J, s->pool + s->rpos, n);
  explicit_bzero(s->pool + s->rpos, n);
  s->rpos += n;
}

static void cb_rt_free(js_State *J) {
  cb_state *s = state(J);
  if (s)
    explicit_bzero(s->pool, CB_POOL);
  free(s);
  *mukjs_slot(J, MUKJS_SLOT_CRYPTO) = NULL;
}

const mukjs_binding mukjs_binding_crypto = {
    .name = "crypto",
    .fns = crypto_fns,
    .free = cb_rt_free,
};
