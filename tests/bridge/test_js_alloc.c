/* test_js_alloc.c — the slab allocator behind mujs's heap (bridge/js_alloc.c):
 * random allocations, reallocations across size classes and frees, each
 * block filled with its own pattern and checked before it changes, so any
 * overlap or lost byte shows; then a real mujs state runs on it. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "js_alloc.h"

#define CHECK(c)                                                          \
  do {                                                                    \
    if (!(c)) {                                                           \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #c); \
      exit(1);                                                            \
    }                                                                     \
  } while (0)

#define N 4096
static unsigned char *blk[N];
static int len[N];
static uint64_t rng = 88172645463325252ull;
static uint64_t rnd(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}
static unsigned char pat(int i, int j) { return (unsigned char)(i * 31 + j * 7 + 1); }
static void fill(int i) {
  for (int j = 0; j < len[i]; j++) blk[i][j] = pat(i, j);
}
static void verify(int i, int upto) {
  for (int j = 0; j < upto; j++) CHECK(blk[i][j] == pat(i, j));
}
static int pick_size(void) {
  switch (rnd() % 5) {
  case 0: return 1 + (int)(rnd() % 16);
  case 1: return 1 + (int)(rnd() % 256); /* the small slab classes */
  case 2: return 1900 + (int)(rnd() % 300); /* around the large threshold (2048) */
  case 3: return 257 + (int)(rnd() % 1791); /* the bigger slab classes */
  default: return 1 + (int)(rnd() % 9000);
  }
}

int main(void) {
  mukjs_heap *h = mukjs_heap_new();
  CHECK(h);
  js_Alloc a = mukjs_heap_allocator(h);
  for (long step = 0; step < 200000; step++) {
    int i = (int)(rnd() % N);
    if (!blk[i]) {
      len[i] = pick_size();
      blk[i] = a(h, NULL, len[i]);
      CHECK(blk[i]);
      CHECK(((uintptr_t)blk[i] & 7) == 0); /* GRAIN: what the engine's structures need */
      fill(i);
    } else if (rnd() % 3 == 0) {
      verify(i, len[i]);
      int n = pick_size();
      blk[i] = a(h, blk[i], n);
      CHECK(blk[i]);
      CHECK(((uintptr_t)blk[i] & 7) == 0); /* GRAIN: what the engine's structures need */
      verify(i, len[i] < n ? len[i] : n); /* realloc keeps the prefix */
      len[i] = n;
      fill(i);
    } else {
      verify(i, len[i]);
      CHECK(a(h, blk[i], 0) == NULL);
      blk[i] = NULL;
    }
  }
  for (int i = 0; i < N; i++)
    if (blk[i]) {
      verify(i, len[i]);
      a(h, blk[i], 0);
    }
  CHECK(a(h, NULL, -1) == NULL); /* mujs never asks, but no crash */

  /* mujs on top of it: objects, strings, arrays, GC. */
  js_State *J = js_newstate(a, h, 0);
  CHECK(J);
  CHECK(js_dostring(J, "var s = 0, keep = [];"
                       "for (var i = 0; i < 200000; i++) {"
                       "  var o = { a: i, b: 'x' + i, c: [i, i + 1] };"
                       "  s += o.c[1] - o.a; if (i % 1000 === 0) keep.push(o.b + o.b);"
                       "}"
                       "if (s !== 200000 || keep.length !== 200 || keep[199] !== 'x199000x199000')"
                       "  throw new Error('wrong result ' + s);") == 0);
  js_gc(J, 0);
  js_freestate(J);
  mukjs_heap_free(h);
  mukjs_heap_free(NULL);
  puts("js_alloc: ok");
  return 0;
}
