/* handles.h — the zlib module's stream contexts as i64 handles
 * (handles.c). Any thread. */
#ifndef MUK_SERVICES_ZLIB_HANDLES_H
#define MUK_SERVICES_ZLIB_HANDLES_H

#include "codec.h"
#include "muk.h"

typedef struct zhandles zhandles;

zhandles *zh_new(void);
void zh_free(zhandles *t); /* destroys every context left */
/* Store c: the handle (> 0), or UV_ENOMEM / UV_EMFILE (c not destroyed). */
int64_t zh_put(zhandles *t, zcodec *c);
/* The context of h, held by this request until zh_give: 0, UV_EBADF (not
 * live) or UV_EBUSY (another request holds it). */
int zh_take(zhandles *t, int64_t h, zcodec **out);
void zh_give(zhandles *t, int64_t h);
/* Drop h (destroyed now, or at zh_give when held): 0 or UV_EBADF. */
int zh_drop(zhandles *t, int64_t h);

#endif
