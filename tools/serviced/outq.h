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
 * here, sealed, in order. What waits is bounded by what produces it: the
 * client's requests in flight (its window) and net's read window per
 * socket (events stop until the client acknowledges the data). */
#ifndef MUK_SERVICED_OUTQ_H
#define MUK_SERVICED_OUTQ_H

#include <stddef.h>
#include <stdint.h>

typedef struct outq outq;

/* Hand a frame to nanomsg along the backtrace ctl. */
typedef void (*outq_send_fn)(const void *ctl, size_t ctl_len, const void *frame, size_t len);

outq *outq_new(outq_send_fn send);
void outq_free(outq *q);
/* The backtrace (nanomsg's SP_HDR control message) of the latest frame
 * from the client: where frames go. */
void outq_route(outq *q, const void *ctl, size_t ctl_len);
/* Send a sealed frame now, or keep a copy to send when credit allows.
 * 0, or -1 out of memory (the frame is lost). */
int outq_send(outq *q, const uint8_t *frame, size_t len);
/* The client has read `read` bytes in all: send what now fits. -1 when
 * the count is impossible (more than was sent, or less than before). */
int outq_credit(outq *q, uint64_t read);
/* Bytes waiting. */
uint64_t outq_waiting(const outq *q);

#endif
