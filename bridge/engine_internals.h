/* engine_internals.h — the few operations the bridge performs inside
 * mujs's objects, where the public API (mujs.h) has no equivalent or is
 * too slow for a measured hot path. Implemented in engine_internals.c, the
 * only bridge file that includes mujs's private jsi.h. */
#ifndef MUK_BRIDGE_ENGINE_INTERNALS_H
#define MUK_BRIDGE_ENGINE_INTERNALS_H

#include <mujs.h>
#include <stddef.h>

struct js_Object; /* an engine object, opaque here */

/* Object.setPrototypeOf(obj, proto) for the object at idx and the object
 * or null at pidx (the caller checked the types); throws a TypeError for
 * a cycle. */
void mukjs_engine_set_prototype(js_State *J, int idx, int pidx);

/* The engine's live heap after its last collection, in its own units
 * (objects, properties, strings, functions, environments); 0 before the
 * first collection. */
unsigned mukjs_heap_live_units(js_State *J);

/* ---- a plain object (http_fast.c) ----
 * Whether the object at idx has the object at pidx as its prototype; how
 * many own properties it has. */
int mukjs_engine_proto_is(js_State *J, int idx, int pidx);
int mukjs_engine_own_count(js_State *J, int idx);
/* The own property names of the plain object at idx in Object.keys's
 * order (creation order) when it has at most max (<= 16), all enumerable
 * data properties whose names do not start with a digit; -1 otherwise.
 * The names live as long as the object's properties do. */
int mukjs_engine_plain_keys(js_State *J, int idx, const char **names, int max);

/* ---- flat arrays (call.c's pending-value table) ----
 * A dense array's elements as a C array: an element costs a store instead
 * of a registry lookup and js_setindex. Both return 0 (nothing done) when
 * element i is not in the array's flat part; the caller then goes through
 * the API. */
struct js_Object *mukjs_engine_object(js_State *J, int idx);
/* a[i] = the value at stack index idx */
int mukjs_flat_put(js_State *J, struct js_Object *a, int i, int idx);
/* push a[i]; with clear, leave undefined there */
int mukjs_flat_get(js_State *J, struct js_Object *a, int i, int clear);

/* ---- shaped objects (fs Stats) ----
 * Objects that always get the same names inserted in the same order:
 * the first is built through the API and its shape recorded, later ones
 * are stamped from that record (no name comparisons, no rebalancing).
 * names[0..n) are the properties in insertion order; the values of slots
 * >= first_date are Date time values (the property holds a Date). */
typedef struct mukjs_shape mukjs_shape;
/* NULL when out of memory or n is too large: use the API then. */
mukjs_shape *mukjs_shape_new(const char *const *names, int n, int first_date);
/* Push a new object of s's shape with the values v[0..n) and return 1, or
 * return 0 (nothing pushed) when s holds no shape recorded for J. */
int mukjs_shape_push(js_State *J, mukjs_shape *s, const double *v);
/* Record the shape of the object at idx (built through the API with the
 * Date constructor at date_idx) unless s already holds one for J; leaves
 * s empty when the object is not of the expected shape. */
void mukjs_shape_record(js_State *J, mukjs_shape *s, int idx, int date_idx);
/* Forget J's shape (its prototype changed): the next object records again. */
void mukjs_shape_forget(js_State *J, mukjs_shape *s);

#endif

/* ---- byte views (Buffers: bridge/buffer.c) ----
 * A Buffer is an engine Uint8Array whose prototype is Buffer.prototype,
 * over an ArrayBuffer (u.ab) whose bytes are often the bridge's (a free
 * callback of its own). These read and make them without the public API's
 * stack traffic and type checks. */
/* The bytes of the typed array or DataView at idx (not an ArrayBuffer):
 * their count in *len and the ArrayBuffer in *ab (ab may be NULL); NULL
 * when the value is no view. */
unsigned char *mukjs_engine_view(js_State *J, int idx, size_t *len, struct js_Object **ab);
/* 1 when the value at idx is a Uint8Array (any prototype). */
int mukjs_engine_is_u8(js_State *J, int idx);
/* 1 when the value at idx is a Uint8Array with proto on its prototype
 * chain (Buffer.isBuffer: `instanceof Buffer` for a Uint8Array). */
int mukjs_engine_is_u8_of(js_State *J, int idx, struct js_Object *proto);
/* Push a Uint8Array of len bytes at off in ab, whose prototype is proto
 * (the caller checked the range). */
void mukjs_engine_push_u8(js_State *J, struct js_Object *ab, size_t off, size_t len,
                          struct js_Object *proto);
/* An ArrayBuffer's bytes, count and owner (free, ctx as given to
 * js_newarraybufferx; free NULL while the engine owns them). */
unsigned char *mukjs_engine_ab_bytes(struct js_Object *ab, size_t *len,
                                     void (**free)(void *ctx, void *data), void **ctx);
/* Hand an engine-owned ArrayBuffer's bytes to free(ctx, data). */
void mukjs_engine_ab_adopt(struct js_Object *ab, void (*free)(void *ctx, void *data), void *ctx);
/* A Buffer made in C, in two steps so that nothing needs a js_try: push a
 * Uint8Array with prototype proto over a new ArrayBuffer that holds no bytes
 * yet (collected so, it frees nothing) and return it; then give both len
 * bytes at data, freed by free(ctx, data) when the ArrayBuffer is
 * collected (len <= INT_MAX). */
struct js_Object *mukjs_engine_push_u8_shell(js_State *J, struct js_Object *proto);
void mukjs_engine_fill_u8(struct js_Object *u8, unsigned char *data, size_t len,
                          void (*free)(void *ctx, void *data), void *ctx);
