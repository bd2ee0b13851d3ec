/* js_alloc.c — the allocator behind mujs's heap (see js_alloc.h).
 *
 * mujs allocates every object, property node, environment and string
 * separately, most of them 32-160 bytes, and frees them in GC sweeps. With
 * glibc malloc in a threaded process those go through arena locks and cold
 * fastbin pops: ~30% of the loop thread in fs_small_files was _int_malloc,
 * ~20% free. The JS heap is used by one thread only, so small blocks come
 * from size-class free lists carved out of 1 MiB slabs, with no atomics.
 *
 * Every block has a 16-byte header holding its class (0: a large block from
 * malloc), which keeps the 16-byte alignment mujs's doubles need. Slabs are
 * never returned to the OS before the heap goes away (a GC'd heap mostly
 * reuses its blocks; the peak stays reserved, as with any GC heap). */
#include "js_alloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__)
#define MUK_SYSTEM_MALLOC_ONLY 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define MUK_SYSTEM_MALLOC_ONLY 1
#endif
#endif
#if !defined(MUK_SYSTEM_MALLOC_ONLY) && defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define MUK_HAVE_VALGRIND_H 1
#endif
#endif

#define HDR 16u
#define GRAIN 16u
#define NCLASSES 16u /* payloads up to 256 bytes */
#define SLAB_SIZE (1u << 20)

typedef struct slab {
  struct slab *next;
} slab;

struct mukjs_heap {
  void *free[NCLASSES + 1]; /* per class: LIFO list through the payload */
  char *cur, *end;          /* the unused tail of the newest slab */
  slab *slabs;
};

static size_t class_of(size_t size) { return (size + GRAIN - 1) / GRAIN; }

static void *small_alloc(mukjs_heap *h, size_t c) {
  void *p = h->free[c];
  if (p) {
    h->free[c] = *(void **)p;
    return p;
  }
  size_t need = HDR + c * GRAIN;
  if ((size_t)(h->end - h->cur) < need) {
    slab *s = malloc(SLAB_SIZE);
    if (!s)
      return NULL;
    s->next = h->slabs;
    h->slabs = s;
    /* the slab header takes the first HDR bytes, so blocks stay aligned */
    h->cur = (char *)s + HDR;
    h->end = (char *)s + SLAB_SIZE;
  }
  char *b = h->cur;
  h->cur += need;
  *(size_t *)b = c;
  return b + HDR;
}

static size_t block_class(const void *p) { return *(const size_t *)((const char *)p - HDR); }

static void block_free(mukjs_heap *h, void *p) {
  size_t c = block_class(p);
  if (c == 0) {
    free((char *)p - HDR);
    return;
  }
  *(void **)p = h->free[c];
  h->free[c] = p;
}

static void *block_alloc(mukjs_heap *h, size_t size) {
  size_t c = class_of(size);
  if (c <= NCLASSES)
    return small_alloc(h, c ? c : 1);
  if (size > SIZE_MAX - HDR)
    return NULL;
  char *b = malloc(HDR + size);
  if (!b)
    return NULL;
  *(size_t *)b = 0;
  return b + HDR;
}

static void *block_realloc(mukjs_heap *h, void *p, size_t size) {
  size_t c = block_class(p);
  if (c == 0 && class_of(size) > NCLASSES) { /* large to large */
    if (size > SIZE_MAX - HDR)
      return NULL;
    char *b = realloc((char *)p - HDR, HDR + size);
    return b ? b + HDR : NULL;
  }
  if (c != 0 && class_of(size) <= c && class_of(size) * 2 > c)
    return p; /* still fits, and not grossly oversized */
  void *q = block_alloc(h, size);
  if (!q)
    return NULL;
  size_t old = c ? c * GRAIN : size; /* a large block shrinking: copy size */
  memcpy(q, p, old < size ? old : size);
  block_free(h, p);
  return q;
}

static void *system_alloc(void *ud, void *ptr, int size) {
  (void)ud;
  if (size == 0) {
    free(ptr);
    return NULL;
  }
  return realloc(ptr, (size_t)size);
}

static void *heap_alloc(void *ud, void *ptr, int size) {
  mukjs_heap *h = ud;
  if (size == 0) {
    if (ptr)
      block_free(h, ptr);
    return NULL;
  }
  if (size < 0)
    return NULL;
  return ptr ? block_realloc(h, ptr, (size_t)size) : block_alloc(h, (size_t)size);
}

int mukjs_heap_wanted(void) {
#ifdef MUK_SYSTEM_MALLOC_ONLY
  return 0; /* sanitizers must see every block */
#else
  const char *e = getenv("MUK_JS_MALLOC");
  if (e && !strcmp(e, "system"))
    return 0;
#ifdef MUK_HAVE_VALGRIND_H
  if (RUNNING_ON_VALGRIND)
    return 0; /* memcheck must see every block too */
#endif
  return 1;
#endif
}

mukjs_heap *mukjs_heap_new(void) { return calloc(1, sizeof(mukjs_heap)); }

void mukjs_heap_free(mukjs_heap *h) {
  if (!h)
    return;
  while (h->slabs) {
    slab *s = h->slabs;
    h->slabs = s->next;
    free(s);
  }
  free(h);
}

js_Alloc mukjs_heap_allocator(mukjs_heap *h) { return h ? heap_alloc : system_alloc; }
