/* buffer.c — native Buffer: refcounted byte stores behind engine
 * ArrayBuffers (a Buffer is a Uint8Array whose prototype is
 * Buffer.prototype), the 8 KiB pool, external-memory accounting that drives
 * js_gc, and internalBinding('buffer') for js/buffer.js (which validates arguments
 * and builds Node's errors; the functions here assume sane arguments and
 * return undefined where the JS side must produce an error). See buffer.h
 * for the C API and the differences from Node. */
#include "buffer.h"

#include <limits.h>
#include <math.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "bridge.h"
#include "binding.h"
#include "engine_internals.h"

/* A collection is due after max(live external bytes, the heap's live units
 * x GC_BYTES_PER_UNIT, clamped to [GC_MIN_BYTES, GC_MAX_BYTES]) bytes of new
 * Buffers: the heap term keeps a collection's cost (it walks the heap) in
 * proportion to what was allocated, as the engine's own trigger does; the
 * small floor keeps a loop's dropped Buffers few enough to be reused while
 * still in cache (a 32 MiB floor made AES-GCM 64 KiB updates write to cold
 * memory: 9k page faults against 1.8k, 0.6x the plain C loop). */
#define GC_MIN_BYTES ((size_t)4 << 20)
#define GC_MAX_BYTES ((size_t)64 << 20)
#define GC_BYTES_PER_UNIT 256

struct mukjs_buffer_store {
  atomic_int refs;
  size_t len;
  uint8_t *data;
  muk_free_fn fn; /* NULL with data inline (owned) or borrowed */
  void *ud;
  int blk; /* -1: malloc'd alone; else the free-list class it returns to */
  uint8_t bytes[]; /* inline data */
};

/* A Buffer made from C (a socket's chunk, a file's bytes, alloc) is an
 * engine ArrayBuffer over a store's bytes and a Uint8Array over it. The
 * ArrayBuffer holds one reference on the store (ab_release drops it when
 * the engine collects it); a message carrying the bytes to a service holds
 * another. Small stores (up to BLK_BYTES inline bytes, or none: an adopted
 * payload) released on the JS thread (the usual case: the GC frees the
 * ArrayBuffer after a write's reference is gone) wait on a free list for
 * the next Buffer, so a small read costs no malloc/free; released
 * elsewhere (a service thread dropping the last reference) they go back
 * to malloc. */
#define BLK_BYTES 256
#define BLK_SMALL 64 /* two classes: up to 64 inline bytes (or none), 256 */
#define BLK_FREE_MAX 65536 /* per class; a GC frees a cycle's Buffers at once */
#define BLK_SIZE(n) (sizeof(mukjs_buffer_store) + (n) + 1)
static void *blk_free_list[2];
static unsigned blk_nfree[2];
static _Thread_local uint8_t on_js_thread; /* set by account() */

/* Buffer.prototype, set by setup() for proto_J (the registry keeps the
 * object alive); another state (none yet: a process has one runtime)
 * starts over. */
static struct js_Object *buffer_proto;
static js_State *proto_J;

/* External bytes: every store counts while alive. since_gc grows with each
 * allocation made from the loop thread; past gc_limit (see GC_MIN_BYTES) we
 * collect before allocating more. */
static atomic_size_t external_bytes;
static size_t since_gc, live_after_gc, gc_limit = GC_MIN_BYTES;

size_t mukjs_buffer_external_bytes(void) { return atomic_load(&external_bytes); }

static size_t gc_limit_now(js_State *J) {
  size_t heap = (size_t)mukjs_heap_live_units(J) * GC_BYTES_PER_UNIT;
  heap = heap < GC_MIN_BYTES ? GC_MIN_BYTES : heap > GC_MAX_BYTES ? GC_MAX_BYTES : heap;
  return live_after_gc > heap ? live_after_gc : heap;
}

static void account(js_State *J, size_t len) {
  on_js_thread = 1;
  since_gc += len;
  /* the engine collects on its own too: re-read the heap before acting */
  if (since_gc > gc_limit && since_gc > (gc_limit = gc_limit_now(J))) {
    js_gc(J, 0);
    since_gc = len;
    live_after_gc = atomic_load(&external_bytes);
    gc_limit = gc_limit_now(J);
  }
}

static void store_release(mukjs_buffer_store *s) {
  if (!s || atomic_fetch_sub(&s->refs, 1) != 1)
    return;
  atomic_fetch_sub(&external_bytes, s->len);
  if (s->fn)
    s->fn(s->data, s->ud);
  if (s->blk >= 0 && on_js_thread && blk_nfree[s->blk] < BLK_FREE_MAX) {
    *(void **)s = blk_free_list[s->blk]; /* keep it for the next one */
    blk_free_list[s->blk] = s;
    blk_nfree[s->blk]++;
  } else {
    free(s);
  }
}

void mukjs_buffer_store_release(mukjs_buffer_store *s) { store_release(s); }
void mukjs_buffer_store_free(void *data, void *ud) {
  (void)data;
  store_release(ud);
}

/* A new store of len bytes, inline (inl: zeroed when large, not cleared
 * when it comes from a free list) or over an adopted payload (inl 0:
 * data/fn/ud), with one reference (the ArrayBuffer's to be). Throws
 * RangeError when out of memory (fn is the caller's to call then). */
static mukjs_buffer_store *store_new(js_State *J, size_t len, int inl, uint8_t *data,
                                     muk_free_fn fn, void *ud) {
  mukjs_buffer_store *s;
  int cls = !inl || len <= BLK_SMALL ? 0 : len <= BLK_BYTES ? 1 : -1;
  account(J, len);
  if (cls >= 0 && blk_free_list[cls]) {
    s = blk_free_list[cls];
    blk_free_list[cls] = *(void **)s;
    blk_nfree[cls]--;
  } else if (cls >= 0) {
    s = malloc(BLK_SIZE(cls ? BLK_BYTES : BLK_SMALL));
  } else {
    s = calloc(1, BLK_SIZE(len)); /* calloc: large zero pages come lazily */
  }
  if (!s)
    js_rangeerror(J, "Array buffer allocation failed");
  atomic_init(&s->refs, 1);
  s->len = len;
  s->data = inl ? s->bytes : data;
  s->fn = fn;
  s->ud = ud;
  s->blk = cls;
  atomic_fetch_add(&external_bytes, len);
  return s;
}

/* An ArrayBuffer over a store holds one reference on it (the engine calls
 * this when it collects the ArrayBuffer). */
static void ab_release(void *ctx, void *data) {
  (void)data;
  store_release(ctx);
}

static void free_data(void *data, void *ud) {
  (void)ud;
  free(data);
}

/* Push Buffer.prototype. A Buffer made in C (a socket's data, a file's
 * bytes) before any script touched Buffer loads js/buffer.js first, which
 * sets it, or the Buffer would have no prototype (no toString, no slice
 * ...). May throw. */
#define PROTO_KEY "%Buffer.prototype"
void mukjs_buffer_push_prototype(js_State *J) {
  js_getregistry(J, PROTO_KEY);
  if (js_isobject(J, -1))
    return;
  js_pop(J, 1);
  js_getregistry(J, "muk.requireBuiltin");
  js_pushundefined(J);
  js_pushliteral(J, "buffer");
  js_call(J, 1);
  js_pop(J, 1);
  js_getregistry(J, PROTO_KEY);
}

static void need_prototype(js_State *J) {
  if (!buffer_proto || proto_J != J) {
    mukjs_buffer_push_prototype(J);
    js_pop(J, 1);
  }
}

/* Push a Buffer that is to hold a store of len bytes (the store is made
 * after it, so a failure in between leaks nothing), returned for fill(). */
static struct js_Object *push_shell(js_State *J, size_t len) {
  if (len > INT_MAX) /* the engine's limit for one ArrayBuffer */
    js_rangeerror(J, "Array buffer allocation failed");
  return mukjs_engine_push_u8_shell(J, buffer_proto);
}

/* The Buffer from push_shell takes the store's reference (its ArrayBuffer
 * releases it when collected). */
static void fill(struct js_Object *u8, mukjs_buffer_store *s) {
  mukjs_engine_fill_u8(u8, s->data, s->len, ab_release, s);
}

/* The store behind the bytes of the view at idx, made when the engine owns
 * them (it hands them over: the store frees them); NULL when idx is no
 * view or its bytes belong to another embedder's callback. */
static mukjs_buffer_store *view_store(js_State *J, int idx) {
  struct js_Object *ab;
  size_t n, abn;
  void (*owner)(void *, void *);
  void *ctx;
  if (!mukjs_engine_view(J, idx, &n, &ab))
    return NULL;
  uint8_t *data = mukjs_engine_ab_bytes(ab, &abn, &owner, &ctx);
  if (owner == ab_release)
    return ctx;
  if (owner)
    return NULL;
  mukjs_buffer_store *s = calloc(1, sizeof *s);
  if (!s)
    js_rangeerror(J, "Array buffer allocation failed");
  atomic_init(&s->refs, 1); /* the ArrayBuffer's */
  s->len = abn;
  s->data = data;
  s->fn = free_data; /* the engine allocates buffers with calloc */
  s->blk = -1;
  atomic_fetch_add(&external_bytes, s->len);
  mukjs_engine_ab_adopt(ab, ab_release, s);
  return s;
}

/* ---- C API ---------------------------------------------------------------*/

int mukjs_isbuffer(js_State *J, int idx) {
  size_t n;
  return mukjs_engine_view(J, idx, &n, NULL) != NULL;
}

uint8_t *mukjs_tobuffer(js_State *J, int idx, size_t *len) {
  size_t n = 0;
  uint8_t *p = mukjs_engine_view(J, idx, &n, NULL);
  if (len)
    *len = p ? n : 0;
  return p;
}

void mukjs_pushbuffer_p(js_State *J, uint8_t *data, size_t len, muk_free_fn fn,
                        void *ud) {
  mukjs_buffer_store *s;
  struct js_Object *u8;
  js_pop(J, 1); /* the prototype: buffer_proto is set once it was pushed */
  if (js_try(J)) { /* out of memory, or account's GC threw (a finalizer) */
    if (fn)
      fn(data, ud);
    js_throw(J);
  }
  u8 = push_shell(J, len);
  s = store_new(J, len, 0, data, fn, ud);
  js_endtry(J);
  fill(u8, s);
}

void mukjs_pushbuffer(js_State *J, uint8_t *data, size_t len, muk_free_fn fn, void *ud) {
  if (js_try(J)) {
    if (fn)
      fn(data, ud);
    js_throw(J);
  }
  mukjs_buffer_push_prototype(J);
  js_endtry(J);
  mukjs_pushbuffer_p(J, data, len, fn, ud);
}

void mukjs_pushbuffer_copy_p(js_State *J, const void *p, size_t len) {
  js_pop(J, 1);
  struct js_Object *u8 = push_shell(J, len);
  mukjs_buffer_store *s = store_new(J, len, 1, NULL, NULL, NULL);
  if (len)
    memcpy(s->data, p, len);
  s->data[len] = 0; /* inline bytes have room for a terminator */
  fill(u8, s);
}

uint8_t *mukjs_newbuffer(js_State *J, size_t len) {
  need_prototype(J);
  struct js_Object *u8 = push_shell(J, len);
  mukjs_buffer_store *s = store_new(J, len, 1, NULL, NULL, NULL);
  if (s->blk >= 0)
    memset(s->data, 0, len + 1);
  fill(u8, s);
  return s->data;
}

void mukjs_pushbuffer_copy(js_State *J, const void *p, size_t len) {
  mukjs_buffer_push_prototype(J);
  mukjs_pushbuffer_copy_p(J, p, len);
}

uint8_t *mukjs_tobuffer_store(js_State *J, int idx, size_t *len,
                              mukjs_buffer_store **store) {
  uint8_t *p = mukjs_tobuffer(J, idx, len);
  *store = p ? view_store(J, idx) : NULL;
  if (!*store)
    *len = 0, p = NULL;
  return p;
}

void mukjs_buffer_store_addref(mukjs_buffer_store *s) {
  if (s)
    atomic_fetch_add(&s->refs, 1);
}

mukjs_buffer_store *mukjs_buffer_store_ref(js_State *J, int idx) {
  mukjs_buffer_store *s = view_store(J, idx);
  mukjs_buffer_store_addref(s);
  return s;
}

/* ---- binding helpers -----------------------------------------------------*/

/* The bytes of a Buffer or any other ArrayBufferView (js/buffer.js checked
 * which kinds an argument may be). */
typedef struct view {
  uint8_t *p;
  size_t len;
} view;

/* A number as a Uint8Array element stores it: ToNumber, then modulo 2^8. */
static uint8_t to_u8(double d) {
  if (d >= 0 && d < 256)
    return (uint8_t)d;
  if (!isfinite(d))
    return 0;
  d = fmod(trunc(d), 256.0);
  if (d < 0)
    d += 256;
  return (uint8_t)d;
}

static view *toview(js_State *J, int idx, view *out) {
  out->p = mukjs_engine_view(J, idx, &out->len, NULL);
  return out->p ? out : NULL;
}

static view *checkview(js_State *J, int idx, view *out) {
  if (!toview(J, idx, out))
    js_typeerror(J, "argument must be a buffer");
  return out;
}

static size_t argsize(js_State *J, int idx) {
  double d = js_tonumber(J, idx);
  return d > 0 ? (size_t)d : 0;
}

static int argenc(js_State *J, int idx) {
  int e = js_isnumber(J, idx) ? (int)js_tonumber(J, idx) : MUKJS_ENC_UTF8;
  return e >= 0 && e < MUKJS_ENC_COUNT ? e : MUKJS_ENC_UTF8;
}

/* Clamp [start, end) (already integers from JS) to the view. */
static void range(js_State *J, view *v, int i0, int i1, size_t *start, size_t *end) {
  size_t s = js_isdefined(J, i0) ? argsize(J, i0) : 0;
  size_t e = js_isdefined(J, i1) ? argsize(J, i1) : v->len;
  if (e > v->len)
    e = v->len;
  if (s > e)
    s = e;
  *start = s, *end = e;
}

/* ---- binding functions ---------------------------------------------------*/


/* ---- the 8 KiB pool (Node's allocPool) -----------------------------------
 * Small Buffers from allocUnsafe, from(string), from(array) and concat are
 * views into one shared ArrayBuffer of Buffer.poolSize bytes (the caller
 * passes it), each starting at a multiple of 8: one engine object per
 * Buffer instead of two and one allocation per pool. The registry keeps
 * the current pool alive; a full pool is dropped for a new one and lives
 * as long as its Buffers. */
#define POOL_KEY "%Buffer.pool"
static struct js_Object *pool_ab;
static uint8_t *pool_data;
static size_t pool_off, pool_len, pool_last;

/* 1 when a Buffer of len bytes comes from the pool (Node: 0 < size <
 * poolSize >>> 1). */
static int pooled(js_State *J, size_t len, int sizeidx) {
  double ps = js_tonumber(J, sizeidx);
  uint32_t half = (isfinite(ps) ? (uint32_t)(int64_t)ps : 0) >> 1;
  return len > 0 && len < half;
}

/* Push a Buffer of len bytes from the pool (a new pool of poolSize bytes
 * when the rest is too small) and return its bytes. */
static uint8_t *pool_push(js_State *J, size_t len, int sizeidx) {
  if (!pool_ab || pool_off >= pool_len || len > pool_len - pool_off) {
    size_t n = (size_t)(uint32_t)(int64_t)js_tonumber(J, sizeidx);
    need_prototype(J);
    mukjs_buffer_store *s = store_new(J, n, 1, NULL, NULL, NULL);
    if (s->blk >= 0)
      memset(s->data, 0, n);
    js_newarraybufferx(J, s->data, (int)n, ab_release, s);
    pool_ab = mukjs_engine_object(J, -1);
    js_setregistry(J, POOL_KEY);
    pool_data = s->data, pool_len = n, pool_off = 0;
  }
  uint8_t *p = pool_data + pool_off;
  mukjs_engine_push_u8(J, pool_ab, pool_off, len, buffer_proto);
  pool_last = pool_off;
  pool_off = (pool_off + len + 7) & ~(size_t)7; /* Node's alignPool */
  return p;
}

/* Replace the Buffer on top (just pushed) by its first n bytes: a string's
 * encoded length is a bound (hex and base64 may decode to fewer bytes);
 * from the pool, what it did not use goes back to the pool. */
static void shrink_top(js_State *J, size_t n, int from_pool) {
  struct js_Object *ab;
  size_t len, abn;
  void (*owner)(void *, void *);
  void *ctx;
  uint8_t *p = mukjs_engine_view(J, -1, &len, &ab);
  if (n >= len)
    return;
  uint8_t *base = mukjs_engine_ab_bytes(ab, &abn, &owner, &ctx);
  mukjs_engine_push_u8(J, ab, (size_t)(p - base), n, buffer_proto);
  js_rot2pop1(J);
  if (from_pool)
    pool_off = (pool_last + n + 7) & ~(size_t)7;
}

static void b_setup(js_State *J) {
  js_copy(J, 1);
  js_setregistry(J, PROTO_KEY);
  buffer_proto = mukjs_engine_object(J, 1);
  proto_J = J;
  pool_ab = NULL; /* a pool of another state is not ours */
  js_pushundefined(J);
}

/* ---- binding functions -------------------------------------------------*/

/* fromArrayBuffer(ab, offset, length): a Buffer sharing ab's bytes (js/
 * buffer.js checked the range). */
static void b_fromarraybuffer(js_State *J) {
  int n;
  size_t vn, off = argsize(J, 2), len = argsize(J, 3);
  uint8_t *p = js_tobytes(J, 1, &n);
  if (!p || mukjs_engine_view(J, 1, &vn, NULL) || off + len > (size_t)n)
    js_rangeerror(J, "\"offset\" is outside of buffer bounds");
  need_prototype(J);
  mukjs_engine_push_u8(J, mukjs_engine_object(J, 1), off, len, buffer_proto);
}

static void b_alloc(js_State *J) { mukjs_newbuffer(J, argsize(J, 1)); }

/* allocUnsafe(size, poolSize) */
static void b_allocunsafe(js_State *J) {
  size_t n = argsize(J, 1);
  if (pooled(J, n, 2))
    pool_push(J, n, 2);
  else
    mukjs_newbuffer(J, n);
}

static void b_isbuffer(js_State *J) { js_pushboolean(J, mukjs_engine_is_u8_of(J, 1, buffer_proto)); }

static void b_isuint8array(js_State *J) { js_pushboolean(J, mukjs_engine_is_u8(J, 1)); }

/* isView(v): an ArrayBufferView (typed array or DataView), the bytes the
 * bindings take */
static void b_isview(js_State *J) { js_pushboolean(J, mukjs_isbuffer(J, 1)); }

/* asBuffer(view): the view itself when it is a Buffer, else a Buffer over
 * the same bytes (for the modules that take any ArrayBufferView and work on
 * Buffers); undefined for anything else. */
static void b_asbuffer(js_State *J) {
  struct js_Object *ab;
  size_t len, abn;
  void (*owner)(void *, void *);
  void *ctx;
  uint8_t *p;
  if (mukjs_engine_is_u8_of(J, 1, buffer_proto)) {
    js_copy(J, 1);
    return;
  }
  if (!(p = mukjs_engine_view(J, 1, &len, &ab))) {
    js_pushundefined(J);
    return;
  }
  need_prototype(J);
  uint8_t *base = mukjs_engine_ab_bytes(ab, &abn, &owner, &ctx);
  mukjs_engine_push_u8(J, ab, (size_t)(p - base), len, buffer_proto);
}

/* fromString(string, enc, poolSize) */
static void b_fromstring(js_State *J) {
  const char *str = js_tostring(J, 1);
  size_t n = strlen(str);
  int enc = argenc(J, 2);
  size_t len = mukjs_encoded_length(str, n, enc);
  int from_pool = pooled(J, len, 3);
  uint8_t *p = from_pool ? pool_push(J, len, 3) : mukjs_newbuffer(J, len);
  shrink_top(J, mukjs_encode(str, n, enc, p, len), from_pool);
}

static void b_bytelength(js_State *J) {
  const char *str = js_tostring(J, 1);
  js_pushnumber(J, (double)mukjs_encoded_length(str, strlen(str), argenc(J, 2)));
}

static void b_tostring(js_State *J) {
  view v_, *v = checkview(J, 1, &v_);
  size_t s, e;
  range(J, v, 3, 4, &s, &e);
  mukjs_push_decoded(J, v->p + s, e - s, argenc(J, 2));
}

/* write(buf, string, offset, length, enc) -> bytes written */
static void b_write(js_State *J) {
  view v_, *v = checkview(J, 1, &v_);
  const char *str = js_tostring(J, 2);
  size_t off = argsize(J, 3), cap = js_isdefined(J, 4) ? argsize(J, 4) : v->len;
  if (off > v->len)
    off = v->len;
  if (cap > v->len - off)
    cap = v->len - off;
  js_pushnumber(J, (double)mukjs_encode(str, strlen(str), argenc(J, 5), v->p + off, cap));
}

/* slice(buf, start, end): a Buffer over the same bytes (subarray) */
static void b_slice(js_State *J) {
  struct js_Object *ab;
  size_t s, e, n, abn;
  void (*owner)(void *, void *);
  void *ctx;
  view v_, *v = checkview(J, 1, &v_);
  range(J, v, 2, 3, &s, &e);
  mukjs_engine_view(J, 1, &n, &ab);
  uint8_t *base = mukjs_engine_ab_bytes(ab, &abn, &owner, &ctx);
  mukjs_engine_push_u8(J, ab, (size_t)(v->p - base) + s, e - s, buffer_proto);
}

/* copy(src, dst, targetStart, sourceStart, sourceEnd) -> bytes copied */
static void b_copy(js_State *J) {
  view src_, dst_, *src = checkview(J, 1, &src_), *dst = checkview(J, 2, &dst_);
  size_t ts = argsize(J, 3), ss, se;
  range(J, src, 4, 5, &ss, &se);
  if (ts > dst->len)
    ts = dst->len;
  size_t n = se - ss;
  if (n > dst->len - ts)
    n = dst->len - ts;
  memmove(dst->p + ts, src->p + ss, n);
  js_pushnumber(J, (double)n);
}

static void repeat_fill(uint8_t *p, size_t n, const uint8_t *pat, size_t k) {
  if (k == 1) {
    memset(p, pat[0], n);
    return;
  }
  size_t done = k < n ? k : n;
  memcpy(p, pat, done);
  while (done < n) {
    size_t c = done < n - done ? done : n - done;
    memcpy(p + done, p, c);
    done += c;
  }
}

/* fill(buf, value, start, end, enc) -> 0, or -1 when a string value encodes
 * to no bytes */
static void b_fill(js_State *J) {
  view pv_;
  view v_, *v = checkview(J, 1, &v_);
  size_t s, e;
  range(J, v, 3, 4, &s, &e);
  if (js_isstring(J, 2)) {
    const char *str = js_tostring(J, 2);
    size_t n = strlen(str);
    int enc = argenc(J, 5);
    size_t len = mukjs_encoded_length(str, n, enc);
    uint8_t *tmp = malloc(len + 1);
    if (!tmp)
      js_rangeerror(J, "Array buffer allocation failed");
    size_t k = mukjs_encode(str, n, enc, tmp, len);
    if (k == 0) {
      free(tmp);
      js_pushnumber(J, -1);
      return;
    }
    repeat_fill(v->p + s, e - s, tmp, k);
    free(tmp);
  } else if (toview(J, 2, &pv_)) {
    view *pv = &pv_;
    if (pv->len == 0) {
      js_pushnumber(J, -1);
      return;
    }
    /* the pattern may overlap the target: copy it first */
    uint8_t *tmp = malloc(pv->len);
    if (!tmp)
      js_rangeerror(J, "Array buffer allocation failed");
    memcpy(tmp, pv->p, pv->len);
    repeat_fill(v->p + s, e - s, tmp, pv->len);
    free(tmp);
  } else {
    memset(v->p + s, to_u8(js_tonumber(J, 2)), e - s);
  }
  js_pushnumber(J, 0);
}

static int cmp_bytes(const uint8_t *a, size_t an, const uint8_t *b, size_t bn) {
  size_t n = an < bn ? an : bn;
  int r = n ? memcmp(a, b, n) : 0;
  if (r == 0)
    return an < bn ? -1 : an > bn ? 1 : 0;
  return r < 0 ? -1 : 1;
}

/* compare(a, b, aStart, aEnd, bStart, bEnd) */
static void b_compare(js_State *J) {
  view a_, b_, *a = checkview(J, 1, &a_), *b = checkview(J, 2, &b_);
  size_t as, ae, bs, be;
  range(J, a, 3, 4, &as, &ae);
  range(J, b, 5, 6, &bs, &be);
  js_pushnumber(J, cmp_bytes(a->p + as, ae - as, b->p + bs, be - bs));
}

/* Node's IndexOfOffset (src/node_buffer.cc). */
static int64_t index_offset(size_t length, int64_t off, int64_t nlen, int fwd) {
  int64_t len = (int64_t)length;
  if (off < 0) {
    if (off + len >= 0)
      return len + off;
    if (fwd || nlen == 0)
      return 0;
    return -1;
  }
  if (off + nlen <= len)
    return off;
  if (nlen == 0)
    return len;
  if (fwd)
    return -1;
  return len - 1;
}

static int64_t search(const uint8_t *h, size_t hn, const uint8_t *nd, size_t nn, int64_t off,
                      int fwd) {
  int64_t o = index_offset(hn, off, (int64_t)nn, fwd);
  if (nn == 0)
    return o;
  if (hn == 0 || o <= -1 || nn > hn)
    return -1;
  size_t start = (size_t)o;
  if (fwd) {
    if (start + nn > hn)
      return -1;
    const uint8_t *p = h + start, *end = h + hn - nn + 1;
    while (p < end) {
      p = memchr(p, nd[0], (size_t)(end - p));
      if (!p)
        return -1;
      if (memcmp(p, nd, nn) == 0)
        return p - h;
      p++;
    }
    return -1;
  }
  if (start > hn - nn)
    start = hn - nn;
  for (size_t i = start + 1; i-- > 0;)
    if (h[i] == nd[0] && memcmp(h + i, nd, nn) == 0)
      return (int64_t)i;
  return -1;
}

/* Node searches utf16le by 2-byte units, from unit off / 2: a match
 * starts at an even byte offset, and fewer than 2 bytes match nothing.
 * (For a string needle Node first rounds the buffer's length down to
 * even: the caller does.) */
static int64_t search16(const uint8_t *h, size_t hn, const uint8_t *nd, size_t nn,
                        int64_t off, int fwd) {
  int64_t o = index_offset(hn, off, (int64_t)nn, fwd);
  if (nn == 0)
    return o;
  if (hn < 2 || nn < 2 || o <= -1 || nn > hn || (fwd && (size_t)o + nn > hn))
    return -1;
  size_t units = hn / 2, nu = nn / 2, start = (size_t)o / 2;
  if (fwd) {
    for (size_t i = start; i + nu <= units; i++)
      if (memcmp(h + 2 * i, nd, 2 * nu) == 0)
        return (int64_t)(2 * i);
    return -1;
  }
  if (start > units - nu)
    start = units - nu;
  for (size_t i = start + 1; i-- > 0;)
    if (memcmp(h + 2 * i, nd, 2 * nu) == 0)
      return (int64_t)(2 * i);
  return -1;
}

/* indexOf(buf, value, byteOffset, enc, forward): value number|string|Buffer */
static void b_indexof(js_State *J) {
  view v_, *v = checkview(J, 1, &v_);
  double d = js_tonumber(J, 3);
  int64_t off = isfinite(d) ? (int64_t)trunc(d) : 0;
  int fwd = js_toboolean(J, 5);
  if (js_isnumber(J, 2)) {
    uint8_t b = to_u8(js_tonumber(J, 2));
    js_pushnumber(J, (double)search(v->p, v->len, &b, 1, off, fwd));
  } else if (js_isstring(J, 2)) {
    const char *str = js_tostring(J, 2);
    size_t n = strlen(str);
    int enc = argenc(J, 4);
    size_t len = mukjs_encoded_length(str, n, enc);
    uint8_t *tmp = malloc(len + 1);
    if (!tmp)
      js_rangeerror(J, "Array buffer allocation failed");
    size_t k = mukjs_encode(str, n, enc, tmp, len);
    int64_t r = enc == MUKJS_ENC_UTF16LE ? search16(v->p, v->len & ~(size_t)1, tmp, k, off, fwd)
                                         : search(v->p, v->len, tmp, k, off, fwd);
    free(tmp);
    js_pushnumber(J, (double)r);
  } else {
    view nd_, *nd = checkview(J, 2, &nd_);
    int64_t r = argenc(J, 4) == MUKJS_ENC_UTF16LE
                    ? search16(v->p, v->len, nd->p, nd->len, off, fwd)
                    : search(v->p, v->len, nd->p, nd->len, off, fwd);
    js_pushnumber(J, (double)r);
  }
}

enum { F_BE = 1, F_SIGNED = 2, F_FLOAT = 4 };

/* The offset at idx for a width-byte access, or -1 (undefined → 0). */
static int64_t access_offset(js_State *J, int idx, view *v, size_t width) {
  if (js_isundefined(J, idx))
    return width <= v->len ? 0 : -1;
  if (!js_isnumber(J, idx))
    return -1;
  double d = js_tonumber(J, idx);
  if (!(d >= 0) || d != trunc(d) || d + (double)width > (double)v->len)
    return -1;
  return (int64_t)d;
}

/* read(buf, offset, width, flags) -> number, or undefined on a bad offset */
static void b_read(js_State *J) {
  view v_, *v = checkview(J, 1, &v_);
  size_t w = argsize(J, 3);
  int f = js_toint32(J, 4);
  int64_t off = access_offset(J, 2, v, w);
  if (off < 0 || w < 1 || w > 8) {
    js_pushundefined(J);
    return;
  }
  const uint8_t *p = v->p + off;
  uint64_t x = 0;
  if (f & F_BE)
    for (size_t i = 0; i < w; i++)
      x = x << 8 | p[i];
  else
    for (size_t i = w; i-- > 0;)
      x = x << 8 | p[i];
  if (f & F_FLOAT) {
    if (w == 4) {
      uint32_t u = (uint32_t)x;
      float fl;
      memcpy(&fl, &u, 4);
      js_pushnumber(J, fl);
    } else {
      double db;
      memcpy(&db, &x, 8);
      js_pushnumber(J, db);
    }
    return;
  }
  if ((f & F_SIGNED) && w < 8 && (x >> (8 * w - 1)) & 1)
    js_pushnumber(J, (double)(int64_t)(x | (~(uint64_t)0 << (8 * w))));
  else
    js_pushnumber(J, (double)x);
}

/* write(buf, value, offset, width, flags) -> offset + width, or undefined
 * when the value is out of range or the offset is bad */
static void b_writenum(js_State *J) {
  view v_, *v = checkview(J, 1, &v_);
  double d = js_tonumber(J, 2);
  size_t w = argsize(J, 4);
  int f = js_toint32(J, 5);
  uint64_t x;
  if (w < 1 || w > 8) {
    js_pushundefined(J);
    return;
  }
  if (f & F_FLOAT) {
    if (w == 4) {
      float fl = (float)d;
      uint32_t u;
      memcpy(&u, &fl, 4);
      x = u;
    } else {
      memcpy(&x, &d, 8);
    }
  } else {
    double max, min;
    if (f & F_SIGNED)
      max = ldexp(1, (int)(8 * w - 1)) - 1, min = -ldexp(1, (int)(8 * w - 1));
    else
      max = ldexp(1, (int)(8 * w)) - 1, min = 0;
    if (d > max || d < min) {
      js_pushundefined(J);
      return;
    }
    x = isfinite(d) ? (uint64_t)(int64_t)trunc(d) : 0;
  }
  int64_t off = access_offset(J, 3, v, w);
  if (off < 0) {
    js_pushundefined(J);
    return;
  }
  uint8_t *p = v->p + off;
  if (f & F_BE)
    for (size_t i = w; i-- > 0; x >>= 8)
      p[i] = (uint8_t)x;
  else
    for (size_t i = 0; i < w; i++, x >>= 8)
      p[i] = (uint8_t)x;
  js_pushnumber(J, (double)(off + (int64_t)w));
}

static void b_swap(js_State *J) {
  view v_, *v = checkview(J, 1, &v_);
  size_t k = argsize(J, 2);
  if (k < 2 || v->len % k)
    return;
  for (size_t i = 0; i < v->len; i += k)
    for (size_t a = i, b = i + k - 1; a < b; a++, b--) {
      uint8_t t = v->p[a];
      v->p[a] = v->p[b];
      v->p[b] = t;
    }
  js_pushundefined(J);
}

/* concat(list, totalLength, poolSize): list holds Uint8Arrays (checked by
 * JS); the rest past their bytes stays zero. */
static void b_concat(js_State *J) {
  size_t total = argsize(J, 2), pos = 0;
  int n = js_getlength(J, 1);
  uint8_t *out = pooled(J, total, 3) ? pool_push(J, total, 3) : mukjs_newbuffer(J, total);
  for (int i = 0; i < n && pos < total; i++) {
    view v_, *v;
    js_getindex(J, 1, i);
    if ((v = toview(J, -1, &v_))) {
      size_t c = v->len < total - pos ? v->len : total - pos;
      memcpy(out + pos, v->p, c);
      pos += c;
    }
    js_pop(J, 1);
  }
}

/* fromArray(arrayLike, poolSize): its elements as bytes (a Uint8Array's
 * copied at once) */
static void b_fromarray(js_State *J) {
  int n = js_getlength(J, 1);
  if (n < 0)
    n = 0;
  uint8_t *out = pooled(J, (size_t)n, 2) ? pool_push(J, (size_t)n, 2) : mukjs_newbuffer(J, (size_t)n);
  if (mukjs_engine_is_u8(J, 1)) {
    view v_, *v = toview(J, 1, &v_);
    memcpy(out, v->p, (size_t)n < v->len ? (size_t)n : v->len);
    return;
  }
  for (int i = 0; i < n; i++) {
    js_getindex(J, 1, i);
    out[i] = to_u8(js_tonumber(J, -1));
    js_pop(J, 1);
  }
}

/* toArray(buf) -> plain array of the bytes (toJSON) */
static void b_toarray(js_State *J) {
  view v_, *v = checkview(J, 1, &v_);
  js_newarray(J);
  for (size_t i = 0; i < v->len; i++) {
    js_pushnumber(J, v->p[i]);
    js_setindex(J, -2, (int)i);
  }
}

static void b_external(js_State *J) { js_pushnumber(J, (double)mukjs_buffer_external_bytes()); }

static void b_encoding(js_State *J) {
  js_pushnumber(J, mukjs_encoding(js_isstring(J, 1) ? js_tostring(J, 1) : ""));
}

static void b_gc(js_State *J) {
  js_gc(J, 0);
  since_gc = 0;
  live_after_gc = atomic_load(&external_bytes);
  gc_limit = gc_limit_now(J);
  js_pushundefined(J);
}

static const mukjs_fn buffer_fns[] = {
    {"setup", b_setup, 1},           {"alloc", b_alloc, 1},
    {"isBuffer", b_isbuffer, 1},     {"fromString", b_fromstring, 3},
    {"byteLength", b_bytelength, 2}, {"toString", b_tostring, 4},
    {"write", b_write, 5},           {"slice", b_slice, 3},
    {"copy", b_copy, 5},             {"fill", b_fill, 5},
    {"compare", b_compare, 6},       {"indexOf", b_indexof, 5},
    {"read", b_read, 4},             {"writeNumber", b_writenum, 5},
    {"swap", b_swap, 2},             {"concat", b_concat, 3},
    {"fromArray", b_fromarray, 2},   {"toArray", b_toarray, 1},
    {"external", b_external, 0},     {"fromArrayBuffer", b_fromarraybuffer, 3},
    {"allocUnsafe", b_allocunsafe, 2}, {"isUint8Array", b_isuint8array, 1},
    {"isView", b_isview, 1},         {"asBuffer", b_asbuffer, 1},
    {"encoding", b_encoding, 1},     {"gc", b_gc, 0},
    {NULL},
};

const mukjs_binding mukjs_binding_buffer = {.name = "buffer", .fns = buffer_fns};
