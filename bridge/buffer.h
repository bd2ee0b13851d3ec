/* buffer.h — bytes between JS and the rest of the bridge (fs, net,
 * crypto...).
 *
 * A Buffer is an engine Uint8Array whose prototype is Buffer.prototype
 * (js/buffer.js), as in Node. The ArrayBuffer under one made here is over a
 * refcounted store (mukjs_buffer_store) whose bytes may be a service
 * reply's payload, adopted without a copy; the store goes when the engine
 * has collected the ArrayBuffer and every message that carries its bytes
 * has released it. An ArrayBuffer the engine allocated (`new Uint8Array(n)`)
 * gets a store the first time its bytes go to a service (the engine hands
 * them over). Bytes never pass through mujs strings, which cannot hold
 * arbitrary binary data (modified UTF-8, invalid bytes become U+FFFD).
 *
 * The functions that read bytes (mukjs_isbuffer, mukjs_tobuffer, the store
 * references) take any ArrayBufferView — a Buffer, another typed array, a
 * DataView — as Node's fs, net, crypto and zlib do; an ArrayBuffer itself
 * is not one. js/buffer.js's isBuffer is the stricter Buffer.isBuffer.
 *
 * The external memory held by stores is accounted here and triggers js_gc()
 * from the allocation functions (the engine does not see it).
 *
 * Everything here runs on the loop thread (the only thread that touches the
 * js_State), except mukjs_buffer_store_release(), which may run anywhere.
 */
#ifndef MUK_BRIDGE_BUFFER_H
#define MUK_BRIDGE_BUFFER_H

#include <mujs.h>
#include <stddef.h>
#include <stdint.h>

#include "muk.h"

/* A refcounted block of bytes. */
typedef struct mukjs_buffer_store mukjs_buffer_store;

/* Non-zero when the value at idx is an ArrayBufferView (a Buffer, another
 * typed array or a DataView). */
int mukjs_isbuffer(js_State *J, int idx);

/* The bytes of the view at idx (start and length in bytes), or NULL with
 * *len = 0 if the value is not an ArrayBufferView. The pointer stays valid while the
 * Buffer is reachable, or while a store reference taken with
 * mukjs_buffer_store_ref() is held. len may be NULL. */
uint8_t *mukjs_tobuffer(js_State *J, int idx, size_t *len);

/* Push a new Buffer of len bytes that takes ownership of data: fn(data, ud)
 * is called once when the ArrayBuffer is collected and no store reference
 * is left (fn may be
 * NULL when the memory needs no release; then it must outlive the Buffer).
 * Use it to hand a service reply payload to JS without copying:
 *   uint8_t *p = muk_msg_take_payload(m, &n, &fn, &ud);
 *   mukjs_pushbuffer(J, p, n, fn, ud);
 * If pushing fails (out of memory) fn is called before the error is thrown. */
void mukjs_pushbuffer(js_State *J, uint8_t *data, size_t len, muk_free_fn fn,
                      void *ud);

/* Push a new zero-filled Buffer of len bytes and return its bytes (to be
 * filled by the caller before it returns to JS). */
uint8_t *mukjs_newbuffer(js_State *J, size_t len);

/* mukjs_tobuffer that also gives the Buffer's store (no reference taken:
 * mukjs_buffer_store_addref() when the bytes must outlive the Buffer), in
 * one type check. NULL (*len = 0, *store = NULL) if not a Buffer. */
uint8_t *mukjs_tobuffer_store(js_State *J, int idx, size_t *len,
                              mukjs_buffer_store **store);
void mukjs_buffer_store_addref(mukjs_buffer_store *s);

/* Push a new Buffer holding a copy of p[0..len). */
void mukjs_pushbuffer_copy(js_State *J, const void *p, size_t len);

/* Push Buffer.prototype (loading js/buffer.js when no script did yet; may
 * throw). A caller that makes many Buffers can keep it (e.g. in its own
 * registry entry) and use the _p forms below. */
void mukjs_buffer_push_prototype(js_State *J);
/* mukjs_pushbuffer / mukjs_pushbuffer_copy with Buffer.prototype on top of
 * the stack (as mukjs_buffer_push_prototype pushed it): it is replaced by
 * the new Buffer (one registry lookup less per Buffer). */
void mukjs_pushbuffer_p(js_State *J, uint8_t *data, size_t len, muk_free_fn fn,
                        void *ud);
void mukjs_pushbuffer_copy_p(js_State *J, const void *p, size_t len);

/* Take a reference on the backing store of the view at idx (NULL if not a
 * view), so its bytes can ride in a message after the view itself is
 * collected: e.g.
 *   mukjs_buffer_store *s = mukjs_buffer_store_ref(J, 1);
 *   muk_msg_set_payload(m, p, n, mukjs_buffer_store_free, s);
 * Release with mukjs_buffer_store_release(s) (any thread), or hand
 * mukjs_buffer_store_free as a muk_free_fn with the store as its ud. */
mukjs_buffer_store *mukjs_buffer_store_ref(js_State *J, int idx);
void mukjs_buffer_store_release(mukjs_buffer_store *s);
/* muk_free_fn form of mukjs_buffer_store_release: ignores data, ud = store. */
void mukjs_buffer_store_free(void *data, void *ud);

/* Bytes currently held by all Buffer stores (for process.memoryUsage). */
size_t mukjs_buffer_external_bytes(void);

/* ---- codecs (bridge/buffer_codec.c) -----------------------------------*/
enum {
  MUKJS_ENC_UTF8 = 0,
  MUKJS_ENC_HEX,
  MUKJS_ENC_BASE64,
  MUKJS_ENC_BASE64URL,
  MUKJS_ENC_LATIN1,
  MUKJS_ENC_ASCII,
  MUKJS_ENC_UTF16LE,
  MUKJS_ENC_COUNT
};

/* Encoding id for a (lowercase or mixed-case) Node encoding name, -1 if
 * unknown. NULL means utf8. */
int mukjs_encoding(const char *name);

/* Bytes that the mujs string s (n bytes of modified UTF-8) takes in enc. */
size_t mukjs_encoded_length(const char *s, size_t n, int enc);
/* Encode s into out (cap bytes); writes only whole characters for utf8 /
 * utf16le, as Node's buf.write does. Returns bytes written. */
size_t mukjs_encode(const char *s, size_t n, int enc, uint8_t *out, size_t cap);
/* Push the mujs string that decodes p[0..n) in enc (utf8 with WHATWG
 * maximal-subpart U+FFFD replacement). */
void mukjs_push_decoded(js_State *J, const uint8_t *p, size_t n, int enc);

#endif
