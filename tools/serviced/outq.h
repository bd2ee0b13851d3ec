/* outq.h — what muk-serviced sends on a connection that takes events
 * (HELLO flag MUK_WH_EVENTS): its replies and events, in order, within the
 * client's credit (docs/wire.md, "Credit").
 *
 * nanomsg's XREP drops a message when the connection is still writing an
 * earlier one, which happens once the client has left enough unread to
 * fill the socket's buffer. The client reports what it has read (CREDIT
 * frames); a frame goes out only while the bytes sent and not reported
 * read stay within MUK_WIRE_CREDIT (each frame counted with
 * MUK_WIRE_CREDIT_FRAME more), or when nothing is unread; the rest waits
 * here, in order (sealed when it leaves). What waits is bounded by what produces it: the
 * client's requests in flight (its window) and net's read window per
 * socket (events stop until the client acknowledges the data). */
#ifndef MUK_SERVICED_OUTQ_H
#define MUK_SERVICED_OUTQ_H

#include <stddef.h>
#include <stdint.h>

#include "wire_batch.h"
#include "wire_chunk.h"
#include "wire_sec.h"

typedef struct outq outq;

/* Hand a frame to nanomsg along the backtrace ctl. */
typedef void (*outq_send_fn)(const void *ctl, size_t ctl_len, const void *frame, size_t len);
/* A stream's next unprotected frame (with MUK_WIRE_TAG_SIZE bytes free
 * after it), at most OUTQ_STREAM_FRAME bytes, valid until the next call:
 * its length, *last set on the last one; 0 when it cannot go on. */
typedef size_t (*outq_next_fn)(void *ud, uint8_t **frame, int *last);
typedef void (*outq_done_fn)(void *ud);
#define OUTQ_STREAM_FRAME (MUK_WIRE_CHUNK_HDR + MUK_WIRE_CHUNK)

/* Frames are sealed on link when they leave, so their sequence numbers
 * follow the order they leave in. */
outq *outq_new(outq_send_fn send, muk_wire_link *link);
void outq_free(outq *q);
/* The backtrace (nanomsg's SP_HDR control message) of the latest frame
 * from the client: where frames go. */
void outq_route(outq *q, const void *ctl, size_t ctl_len);
/* Seal and send an unprotected frame now (it needs MUK_WIRE_TAG_SIZE bytes
 * free after len), or keep a copy to send when credit allows. 0, or -1 out
 * of memory (the frame is lost). */
int outq_send(outq *q, uint8_t *frame, size_t len);
/* Queue a stream of frames made one at a time, as credit allows, after
 * what waits; done(ud) when it is over or the queue is freed. 0, or -1 out
 * of memory (done(ud) was called). */
int outq_stream(outq *q, outq_next_fn next, outq_done_fn done, void *ud);
/* The client has read `read` bytes in all: send what now fits. -1 when
 * the count is impossible (more than was sent, or less than before). */
int outq_credit(outq *q, uint64_t read);
/* Small DATA frames sent while nothing waits are gathered into one BATCH
 * frame (wire_batch.h) per connection until outq_flush_batches(), which
 * the host calls when its loop has run the turn's callbacks; kick() is
 * called when a first one waits (the host must not let its loop sleep
 * before that call). On by default. */
void outq_batching(int on, void (*kick)(void));
void outq_flush_batches(void);
/* Bytes waiting. */
uint64_t outq_waiting(const outq *q);

#endif
