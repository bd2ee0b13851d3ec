/* js_alloc.c — the allocator behind mujs's heap (see js_alloc.h).
 *
 * mujs allocates every object, property node, environment and string
 * separately, most of them 32-160 bytes, and frees them in GC sweeps. With
 * glibc malloc in a threaded process those go through arena locks and cold
 * fastbin pops: ~30% of the loop thread in fs_small_files was _int_malloc,
 * ~20% free. The JS heap is used by one thread only, so blocks up to 2048
 * bytes come from size-class free lists, with no atomics and no header: they
 * are carved from 64 KiB pages of one reserved region, each page holding one
 * class, so a block's address says whether it is ours and its page says its
 * class. Bigger blocks are plain malloc. Pages are never returned to the OS
 * before the heap goes away (a GC'd heap mostly reuses its blocks; the peak
 * stays, as with any GC heap). */
#include "js_alloc.h"

#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

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

#define GRAIN 8u               /* the engine's structures need 8-byte alignment:
                                   a 72-byte closure takes 72 bytes, not 80 */
#define NCLASSES 256u          /* blocks of 8, 16, ... 2048 bytes (a Stats with
                                   its property nodes is ~1.3 KiB) */
#define PAGE_SHIFT 16u         /* the region is cut into 64 KiB pages */
#define PAGE_SIZE (1u << PAGE_SHIFT)

struct mukjs_heap {
  char *base;               /* the reserved region: [base, base + size) */
  size_t size, used;        /* bytes reserved / handed out as pages */
  uint16_t *page_class;     /* per page: the class of its blocks */
  void *free[NCLASSES + 1]; /* per class: LIFO list through the blocks */
  char *cur[NCLASSES + 1], *end[NCLASSES + 1]; /* per class: carve area */
};

static size_t class_of(size_t size) { return size ? (size + GRAIN - 1) / GRAIN : 1; }

static int in_region(const mukjs_heap *h, const void *p) {
  return (uintptr_t)p - (uintptr_t)h->base < h->used;
}

static size_t block_size(const mukjs_heap *h, void *p) {
  if (in_region(h, p))
    return h->page_class[((char *)p - h->base) >> PAGE_SHIFT] * GRAIN;
  return malloc_usable_size(p);
}

/* The allocation when class c's free list is empty (or size is large). */
static __attribute__((noinline)) void *block_carve(mukjs_heap *h, size_t size) {
  size_t c = class_of(size);
  void *p;
  if (c > NCLASSES)
    return malloc(size);
  size_t bs = c * GRAIN;
  if ((size_t)(h->end[c] - h->cur[c]) < bs) {
    if (h->size - h->used < PAGE_SIZE)
      return malloc(size); /* region full: plain malloc from here on */
    h->page_class[h->used >> PAGE_SHIFT] = (uint16_t)c;
    h->cur[c] = h->base + h->used;
    h->end[c] = h->cur[c] + PAGE_SIZE / bs * bs;
    h->used += PAGE_SIZE;
  }
  p = h->cur[c];
  h->cur[c] += bs;
  return p;
}

static inline void *block_alloc(mukjs_heap *h, size_t size) {
  size_t c = class_of(size);
  void *p;
  if (c <= NCLASSES && (p = h->free[c]) != NULL) {
    h->free[c] = *(void **)p;
    return p;
  }
  return block_carve(h, size);
}

static inline void block_free(mukjs_heap *h, void *p) {
  if (!in_region(h, p)) {
    free(p);
    return;
  }
  size_t c = h->page_class[((char *)p - h->base) >> PAGE_SHIFT];
  *(void **)p = h->free[c];
  h->free[c] = p;
}

static __attribute__((noinline)) void *block_realloc(mukjs_heap *h, void *p, size_t size) {
  int small = in_region(h, p);
  if (!small && class_of(size) > NCLASSES)
    return realloc(p, size); /* large to large */
  size_t old = block_size(h, p);
  if (small && size <= old && class_of(size) * 2 > old / GRAIN)
    return p; /* still fits, and not grossly oversized */
  void *q = block_alloc(h, size);
  if (!q)
    return NULL;
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

/* The common cases (a new block, a free) first and inline: no registers
 * to save on their way. */
static void *heap_alloc(void *ud, void *ptr, int size) {
  mukjs_heap *h = ud;
  if (size > 0 && !ptr)
    return block_alloc(h, (size_t)size);
  if (size == 0) {
    if (ptr)
      block_free(h, ptr);
    return NULL;
  }
  if (size < 0)
    return NULL;
  return block_realloc(h, ptr, (size_t)size);
}

int mukjs_heap_wanted(void) {
#ifdef MUK_SYSTEM_MALLOC_ONLY
  return 0; /* sanitizers must see every block */
#else
  const char *e = getenv("MUK_JS_MALLOC");
  if (e && !strcmp(e, "system"))
    return 0;
  if (e && !strcmp(e, "heap"))
    return 1; /* even under valgrind: callgrind profiles of the real heap */
#ifdef MUK_HAVE_VALGRIND_H
  if (RUNNING_ON_VALGRIND)
    return 0; /* memcheck must see every block too */
#endif
  return 1;
#endif
}

/* The region is address space only (MAP_NORESERVE): pages cost memory once
 * blocks are carved from them. Smaller sizes are tried for hosts that limit
 * address space (ulimit -v). */
mukjs_heap *mukjs_heap_new(void) {
  mukjs_heap *h = calloc(1, sizeof *h);
  if (!h)
    return NULL;
  for (size_t size = (size_t)8 << 30; size >= ((size_t)64 << 20); size /= 4) {
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
      continue;
    h->page_class = calloc(size >> PAGE_SHIFT, sizeof *h->page_class);
    if (!h->page_class) {
      munmap(p, size);
      break;
    }
    h->base = p;
    h->size = size;
    return h;
  }
  free(h);
  return NULL;
}

void mukjs_heap_free(mukjs_heap *h) {
  if (!h)
    return;
  munmap(h->base, h->size);
  free(h->page_class);
  free(h);
}

js_Alloc mukjs_heap_allocator(mukjs_heap *h) { return h ? heap_alloc : system_alloc; }
