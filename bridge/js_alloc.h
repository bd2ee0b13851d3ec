/* js_alloc.h — the allocator behind mujs's heap: size-class free lists in
 * 64 KiB pages of one reserved region, for the one thread that runs JS
 * (js_alloc.c says why). Builds with
 * a sanitizer, runs under valgrind and MUK_JS_MALLOC=system use plain
 * malloc instead, so those tools see every block; MUK_JS_MALLOC=heap
 * keeps this heap under valgrind too (callgrind profiles). */
#ifndef MUKJS_ALLOC_H
#define MUKJS_ALLOC_H

#include <mujs.h>

typedef struct mukjs_heap mukjs_heap;

/* 1 when this heap should be used (see above), 0 for plain malloc. */
int mukjs_heap_wanted(void);
mukjs_heap *mukjs_heap_new(void);
/* Releases the region: every block of h is gone afterwards. */
void mukjs_heap_free(mukjs_heap *h);
/* The js_Alloc for js_newstate, with h as its context (NULL: plain malloc). */
js_Alloc mukjs_heap_allocator(mukjs_heap *h);

#endif
