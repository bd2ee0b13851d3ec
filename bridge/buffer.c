/* buffer.c — native Buffer: refcounted backing stores, Buffer views as mujs
 * userdata with index hooks, external-memory accounting that drives js_gc,
 * and internalBinding('buffer') for js/buffer.js (which validates arguments
 * and builds Node's errors; the functions here assume sane arguments and
 * return undefined where the JS side must produce an error). See buffer.h
 * for the C API and the differences from Node. */
#include "buffer.h"

#include <math.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "bridge.h"
#include "binding.h"
#include "engine_internals.h"

#define TAG "Buffer"
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
  void *blk; /* non-NULL: the store lives inside this block (see blk_new) */
  int cls;   /* ... of this size class */
  uint8_t bytes[]; /* inline data */
};

typedef struct view {
  mukjs_buffer_store *s;
  uint8_t *p;
  size_t len;
  int embedded; /* this view heads the store's block: freed with the store */
} view;

/* A Buffer made from C (a socket's chunk, a file's bytes, alloc) is one
 * block: [view][store][up to BLK_BYTES inline bytes]. The view holds one
 * reference on the store; the block goes when the last reference does.
 * Blocks released on the JS thread (the usual case: the GC frees the view
 * after a write's reference is gone) wait on a free list for the next
 * Buffer, so a small read costs no malloc/free; released elsewhere (a
 * service thread dropping the last reference) they go back to malloc. */
#define BLK_BYTES 256
#define BLK_SMALL 64 /* two classes: up to 64 inline bytes (or none), 256 */
#define BLK_FREE_MAX 65536 /* per class; a GC frees a cycle's Buffers at once */
typedef struct blk_head {
  view v;
  mukjs_buffer_store s;
} blk_head;
#define BLK_SIZE(n) (sizeof(blk_head) + (n) + 1)
static void *blk_free_list[2];
static unsigned blk_nfree[2];
static _Thread_local uint8_t on_js_thread; /* set by account() */

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
  if (!s->blk) {
    free(s);
  } else if (on_js_thread && blk_nfree[s->cls] < BLK_FREE_MAX) {
    *(void **)s->blk = blk_free_list[s->cls]; /* keep it for the next one */
    blk_free_list[s->cls] = s->blk;
    blk_nfree[s->cls]++;
  } else {
    free(s->blk);
  }
}

void mukjs_buffer_store_release(mukjs_buffer_store *s) { store_release(s); }
void mukjs_buffer_store_free(void *data, void *ud) {
  (void)data;
  store_release(ud);
}

/* A new owned store of len zeroed bytes (one allocation). Throws RangeError
 * when out of memory. */
static mukjs_buffer_store *store_new(js_State *J, size_t len) {
  account(J, len);
  mukjs_buffer_store *s = calloc(1, sizeof *s + len + 1);
  if (!s)
    js_rangeerror(J, "Array buffer allocation failed");
  atomic_init(&s->refs, 1);
  s->len = len;
  s->data = s->bytes;
  atomic_fetch_add(&external_bytes, len);
  return s;
}

/* A new block for a Buffer of len inline bytes (len <= BLK_BYTES; bytes
 * not cleared) or of an adopted payload (inl 0: data/fn/ud), from the free
 * list when it has one. Its view is set up but not pushed; the store has
 * the view's reference. Throws RangeError when out of memory (fn is the
 * caller's to call then). */
static view *blk_new(js_State *J, size_t len, int inl, uint8_t *data,
                     muk_free_fn fn, void *ud) {
  blk_head *b;
  int cls = inl && len > BLK_SMALL;
  account(J, len);
  if (blk_free_list[cls]) {
    b = blk_free_list[cls];
    blk_free_list[cls] = *(void **)b;
    blk_nfree[cls]--;
  } else if (!(b = malloc(BLK_SIZE(cls ? BLK_BYTES : BLK_SMALL)))) {
    js_rangeerror(J, "Array buffer allocation failed");
  }
  atomic_init(&b->s.refs, 1);
  b->s.len = len;
  b->s.data = inl ? b->s.bytes : data;
  b->s.fn = fn;
  b->s.ud = ud;
  b->s.blk = b;
  b->s.cls = cls;
  b->v.s = &b->s;
  b->v.p = b->s.data;
  b->v.len = len;
  b->v.embedded = 1;
  atomic_fetch_add(&external_bytes, len);
  return &b->v;
}

static view *toview(js_State *J, int idx) {
  return js_isuserdata(J, idx, TAG) ? js_touserdata(J, idx, TAG) : NULL;
}

static view *checkview(js_State *J, int idx) {
  view *v = toview(J, idx);
  if (!v)
    js_typeerror(J, "argument must be a buffer");
  return v;
}

/* ---- index hooks ---------------------------------------------------------*/

static int parse_index(const char *s, size_t *out) {
  size_t v = 0;
  if (*s < '0' || *s > '9' || (*s == '0' && s[1]))
    return 0;
  for (; *s; s++) {
    if (*s < '0' || *s > '9' || v > ((size_t)1 << 53))
      return 0;
    v = v * 10 + (size_t)(*s - '0');
  }
  *out = v;
  return 1;
}

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

static int has_hook(js_State *J, void *data, const char *name) {
  view *v = data;
  size_t i;
  if (parse_index(name, &i)) {
    if (i >= v->len)
      return 0;
    js_pushnumber(J, v->p[i]);
    return 1;
  }
  if (name[0] == 'l' && !strcmp(name, "length")) {
    js_pushnumber(J, (double)v->len);
    return 1;
  }
  return 0;
}

static int put_hook(js_State *J, void *data, const char *name) {
  view *v = data;
  size_t i;
  if (parse_index(name, &i)) {
    uint8_t b = to_u8(js_tonumber(J, -1));
    if (i < v->len)
      v->p[i] = b;
    return 1;
  }
  return name[0] == 'l' && !strcmp(name, "length");
}

static void view_free(js_State *J, void *data) {
  (void)J;
  view *v = data;
  if (v->embedded) {
    store_release(v->s); /* the block goes with the store */
    return;
  }
  store_release(v->s);
  free(v);
}

/* Registry key of Buffer.prototype: its first byte is unique among the
 * registry's keys, so the lookup is one character compare per tree node. */
#define PROTO_KEY "%Buffer.prototype"

static void free_any_view(view *v) {
  if (v->embedded) {
    store_release(v->s);
  } else {
    store_release(v->s);
    free(v);
  }
}

/* Push the Buffer object for v (a view not yet owned by JS; released here
 * when pushing fails). */
/* Push Buffer.prototype. A Buffer made in C (a socket's data, a file's
 * bytes) before any script touched Buffer loads js/buffer.js first, which
 * sets it, or the Buffer would have no prototype (no toString, no slice
 * ...). May throw. */
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

static void push_viewobj(js_State *J, view *v) {
  js_getregistry(J, PROTO_KEY);
  if (!js_isobject(J, -1)) {
    js_pop(J, 1);
    if (js_try(J)) {
      free_any_view(v);
      js_throw(J);
    }
    mukjs_buffer_push_prototype(J);
    js_endtry(J);
  }
  js_newuserdatax(J, TAG, v, has_hook, put_hook, NULL, view_free);
}

/* Push a view; takes over the caller's reference on s. */
static void push_view(js_State *J, mukjs_buffer_store *s, uint8_t *p, size_t len) {
  view *v = malloc(sizeof *v);
  if (!v) {
    store_release(s);
    js_rangeerror(J, "Array buffer allocation failed");
  }
  v->s = s, v->p = p, v->len = len, v->embedded = 0;
  push_viewobj(J, v);
}

/* ---- C API ---------------------------------------------------------------*/

int mukjs_isbuffer(js_State *J, int idx) { return js_isuserdata(J, idx, TAG); }

uint8_t *mukjs_tobuffer(js_State *J, int idx, size_t *len) {
  view *v = toview(J, idx);
  if (len)
    *len = v ? v->len : 0;
  return v ? v->p : NULL;
}

void mukjs_pushbuffer_p(js_State *J, uint8_t *data, size_t len, muk_free_fn fn,
                        void *ud) {
  if (js_try(J)) { /* account's GC may throw (a finalizer) */
    if (fn)
      fn(data, ud);
    js_throw(J);
  }
  view *v = blk_new(J, len, 0, data, fn, ud);
  js_endtry(J);
  js_newuserdatax(J, TAG, v, has_hook, put_hook, NULL, view_free);
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
  if (len > BLK_BYTES) { /* its own store, not a block: no prototype needed here */
    js_pop(J, 1);
    memcpy(mukjs_newbuffer(J, len), p, len);
    return;
  }
  view *v = blk_new(J, len, 1, NULL, NULL, NULL);
  if (len)
    memcpy(v->p, p, len);
  v->p[len] = 0;
  js_newuserdatax(J, TAG, v, has_hook, put_hook, NULL, view_free);
}

uint8_t *mukjs_newbuffer(js_State *J, size_t len) {
  if (len > BLK_BYTES) {
    mukjs_buffer_store *s = store_new(J, len);
    push_view(J, s, s->data, len);
    return s->data;
  }
  view *v = blk_new(J, len, 1, NULL, NULL, NULL);
  memset(v->p, 0, len + 1);
  push_viewobj(J, v);
  return v->p;
}

void mukjs_pushbuffer_copy(js_State *J, const void *p, size_t len) {
  mukjs_buffer_push_prototype(J);
  mukjs_pushbuffer_copy_p(J, p, len);
}

uint8_t *mukjs_tobuffer_store(js_State *J, int idx, size_t *len,
                              mukjs_buffer_store **store) {
  view *v = toview(J, idx);
  *len = v ? v->len : 0;
  *store = v ? v->s : NULL;
  return v ? v->p : NULL;
}

void mukjs_buffer_store_addref(mukjs_buffer_store *s) {
  if (s)
    atomic_fetch_add(&s->refs, 1);
}

mukjs_buffer_store *mukjs_buffer_store_ref(js_State *J, int idx) {
  view *v = toview(J, idx);
  if (!v)
    return NULL;
  atomic_fetch_add(&v->s->refs, 1);
  return v->s;
}

/* ---- binding helpers -----------------------------------------------------*/

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

/* The engine's typed-array methods (map, filter, sort, set, keys, ...)
 * and constructors see a Buffer as a Uint8Array over its bytes. */
static unsigned char *bytes_hook(js_State *J, int idx, int *length) {
  view *v = toview(J, idx);
  if (!v || v->len > INT_MAX)
    return NULL;
  *length = (int)v->len;
  return v->p;
}

static void b_setup(js_State *J) {
  js_copy(J, 1);
  js_setregistry(J, PROTO_KEY);
  js_setbyteshook(J, bytes_hook);
  js_pushundefined(J);
}

/* ---- ArrayBuffers sharing a store ----------------------------------------*/

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

/* arrayBuffer(buf): an ArrayBuffer over buf's whole store (buf.byteOffset
 * is where buf starts in it). js/buffer.js keeps it on the Buffer, so
 * buf.buffer is one object. */
static void b_arraybuffer(js_State *J) {
  view *v = checkview(J, 1);
  if (v->s->len > INT_MAX)
    js_rangeerror(J, "Array buffer allocation failed");
  atomic_fetch_add(&v->s->refs, 1);
  js_newarraybufferx(J, v->s->data, (int)v->s->len, ab_release, v->s);
}

/* fromArrayBuffer(ab, offset, length): a Buffer sharing ab's bytes (js/
 * buffer.js checked the range). The bytes become a store both hold: an
 * ArrayBuffer the engine allocated hands them over (the store frees them);
 * one over a store already (buf.buffer) shares that store. */
static void b_fromarraybuffer(js_State *J) {
  int n;
  uint8_t *p = js_tobytes(J, 1, &n);
  void (*owner)(void *, void *);
  void *ctx = js_arraybufferowner(J, 1, &owner);
  size_t off = argsize(J, 2), len = argsize(J, 3);
  mukjs_buffer_store *s;
  if (!p || off + len > (size_t)n)
    js_rangeerror(J, "\"offset\" is outside of buffer bounds");
  if (owner == ab_release) {
    s = ctx;
    atomic_fetch_add(&s->refs, 1);
  } else if (!owner) {
    s = calloc(1, sizeof *s);
    if (!s)
      js_rangeerror(J, "Array buffer allocation failed");
    atomic_init(&s->refs, 2); /* the ArrayBuffer's and the new Buffer's */
    s->len = (size_t)n;
    s->data = p;
    s->fn = free_data;
    atomic_fetch_add(&external_bytes, s->len);
    js_setarraybufferowner(J, 1, ab_release, s);
  } else { /* another embedder-owned buffer: copy */
    memcpy(mukjs_newbuffer(J, len), p + off, len);
    return;
  }
  push_view(J, s, s->data + off, len);
}

static void b_alloc(js_State *J) { mukjs_newbuffer(J, argsize(J, 1)); }

static void b_isbuffer(js_State *J) { js_pushboolean(J, js_isuserdata(J, 1, TAG)); }

static void b_fromstring(js_State *J) {
  const char *str = js_tostring(J, 1);
  size_t n = strlen(str);
  int enc = argenc(J, 2);
  size_t len = mukjs_encoded_length(str, n, enc);
  mukjs_buffer_store *s = store_new(J, len);
  size_t w = mukjs_encode(str, n, enc, s->data, len);
  push_view(J, s, s->data, w);
}

static void b_bytelength(js_State *J) {
  const char *str = js_tostring(J, 1);
  js_pushnumber(J, (double)mukjs_encoded_length(str, strlen(str), argenc(J, 2)));
}

static void b_tostring(js_State *J) {
  view *v = checkview(J, 1);
  size_t s, e;
  range(J, v, 3, 4, &s, &e);
  mukjs_push_decoded(J, v->p + s, e - s, argenc(J, 2));
}

/* write(buf, string, offset, length, enc) -> bytes written */
static void b_write(js_State *J) {
  view *v = checkview(J, 1);
  const char *str = js_tostring(J, 2);
  size_t off = argsize(J, 3), cap = js_isdefined(J, 4) ? argsize(J, 4) : v->len;
  if (off > v->len)
    off = v->len;
  if (cap > v->len - off)
    cap = v->len - off;
  js_pushnumber(J, (double)mukjs_encode(str, strlen(str), argenc(J, 5), v->p + off, cap));
}

static void b_slice(js_State *J) {
  view *v = checkview(J, 1);
  size_t s, e;
  range(J, v, 2, 3, &s, &e);
  atomic_fetch_add(&v->s->refs, 1);
  push_view(J, v->s, v->p + s, e - s);
}

/* copy(src, dst, targetStart, sourceStart, sourceEnd) -> bytes copied */
static void b_copy(js_State *J) {
  view *src = checkview(J, 1), *dst = checkview(J, 2);
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
  view *v = checkview(J, 1);
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
  } else if (toview(J, 2)) {
    view *pv = toview(J, 2);
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
  view *a = checkview(J, 1), *b = checkview(J, 2);
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
  view *v = checkview(J, 1);
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
    view *nd = checkview(J, 2);
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
  view *v = checkview(J, 1);
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
  view *v = checkview(J, 1);
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
  view *v = checkview(J, 1);
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

/* concat(list, totalLength): list holds Buffers (checked by JS) */
static void b_concat(js_State *J) {
  size_t total = argsize(J, 2), pos = 0;
  int n = js_getlength(J, 1);
  uint8_t *out = mukjs_newbuffer(J, total); /* at index 3 */
  for (int i = 0; i < n && pos < total; i++) {
    js_getindex(J, 1, i);
    view *v = toview(J, -1);
    if (v) {
      size_t c = v->len < total - pos ? v->len : total - pos;
      memcpy(out + pos, v->p, c);
      pos += c;
    }
    js_pop(J, 1);
  }
}

/* fromArray(arrayLike) */
static void b_fromarray(js_State *J) {
  int n = js_getlength(J, 1);
  if (n < 0)
    n = 0;
  uint8_t *out = mukjs_newbuffer(J, (size_t)n);
  for (int i = 0; i < n; i++) {
    js_getindex(J, 1, i);
    out[i] = to_u8(js_tonumber(J, -1));
    js_pop(J, 1);
  }
}

/* toArray(buf) -> plain array of the bytes (toJSON) */
static void b_toarray(js_State *J) {
  view *v = checkview(J, 1);
  js_newarray(J);
  for (size_t i = 0; i < v->len; i++) {
    js_pushnumber(J, v->p[i]);
    js_setindex(J, -2, (int)i);
  }
}

static void b_offset(js_State *J) {
  view *v = checkview(J, 1);
  js_pushnumber(J, (double)(v->p - v->s->data));
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
    {"isBuffer", b_isbuffer, 1},     {"fromString", b_fromstring, 2},
    {"byteLength", b_bytelength, 2}, {"toString", b_tostring, 4},
    {"write", b_write, 5},           {"slice", b_slice, 3},
    {"copy", b_copy, 5},             {"fill", b_fill, 5},
    {"compare", b_compare, 6},       {"indexOf", b_indexof, 5},
    {"read", b_read, 4},             {"writeNumber", b_writenum, 5},
    {"swap", b_swap, 2},             {"concat", b_concat, 2},
    {"fromArray", b_fromarray, 1},   {"toArray", b_toarray, 1},
    {"byteOffset", b_offset, 1},     {"external", b_external, 0},
    {"arrayBuffer", b_arraybuffer, 1}, {"fromArrayBuffer", b_fromarraybuffer, 3},
    {"encoding", b_encoding, 1},     {"gc", b_gc, 0},
    {NULL},
};

const mukjs_binding mukjs_binding_buffer = {.name = "buffer", .fns = buffer_fns};
