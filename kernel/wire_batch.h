/* wire_batch.h — several small messages in one frame (docs/wire.md,
 * "Batches").
 *
 * Each nanomsg message costs both ends a round through nanomsg's worker
 * thread, and a no-op round trip is little else. A sender that has several
 * small DATA frames ready in one turn of its loop (a client its requests,
 * muk-serviced its replies) sends them as one BATCH frame, sealed once:
 *
 *   envelope (kind BATCH), u16 count (2..MUK_WIRE_BATCH_MAX_ITEMS),
 *   u16 reserved 0, then count items: u32 len, len bytes of a DATA frame
 *   with an unprotected envelope (sec 0, conn 0, seq 0).
 *
 * One message alone still goes as a plain DATA frame. */
#ifndef MUK_WIRE_BATCH_H
#define MUK_WIRE_BATCH_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* DATA frames up to this size are batched; bigger ones go alone. */
#define MUK_WIRE_BATCH_ITEM_MAX 4096u
/* A sender ends a batch at this many bytes or items. */
#define MUK_WIRE_BATCH_BYTES (64u * 1024u)
#define MUK_WIRE_BATCH_MAX_ITEMS 1024u
#define MUK_WIRE_BATCH_HDR 28u /* envelope, count, reserved */

typedef struct muk_wire_batch {
  uint8_t *buf;
  size_t cap;
  size_t head;   /* headroom in front of the frame (nanomsg's backtrace) */
  size_t len;    /* the frame's bytes after the headroom */
  uint32_t count;
} muk_wire_batch;

/* Append the unprotected DATA frame f[0..n) (n <= MUK_WIRE_BATCH_ITEM_MAX).
 * headroom: bytes to keep free in front (the same on every call, at most
 * 32). 0, UV_EINVAL or UV_ENOMEM. */
int muk_wire_batch_add(muk_wire_batch *b, size_t headroom, const uint8_t *f, size_t n);
/* 1 when the batch should be sent before another n-byte frame joins it. */
int muk_wire_batch_full(const muk_wire_batch *b, size_t n);
/* The frame to seal: the one DATA frame alone, or a BATCH frame of all.
 * Returns the start of the headroom; *len counts headroom + frame; there
 * are MUK_WIRE_TAG_SIZE bytes free after it. NULL when empty. The items
 * are left as they were (it can be called again) until the frame is
 * sealed in place. */
uint8_t *muk_wire_batch_frame(muk_wire_batch *b, size_t *len);
/* Empty it (the buffer is kept; a big one is given back). */
void muk_wire_batch_reset(muk_wire_batch *b);
void muk_wire_batch_free(muk_wire_batch *b);

/* Validate an opened BATCH frame buf[0..len): the count and every item's
 * length and envelope, exactly filling the body. Its count, or
 * MUK_EBADMSG. The items themselves are muk_wire_parse()'s. */
int muk_wire_batch_check(const uint8_t *buf, size_t len);
/* The item at *off (start with 0) of a checked batch: *item, *n, and *off
 * moves on. 0, or -1 after the last. */
int muk_wire_batch_next(const uint8_t *buf, size_t len, size_t *off, const uint8_t **item,
                        size_t *n);

#ifdef __cplusplus
}
#endif
#endif
