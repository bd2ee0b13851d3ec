/* reply_stream.h — a reply's payload sent in CHUNK frames (wire_chunk.h)
 * through a connection's credit queue, made one chunk at a time from the
 * reply's own buffer as credit allows: muk-serviced never holds an encoded
 * copy of a big reply. */
#ifndef MUK_SERVICED_REPLY_STREAM_H
#define MUK_SERVICED_REPLY_STREAM_H

#include <stdint.h>

#include "muk.h"
#include "outq.h"
#include "wire_chunk.h"

/* Queue m's payload on q as the chunks of message id, after the DATA frame
 * with MUK_WIRE_F_CHUNKED the caller queued. Takes m (freed when the last
 * chunk left, or the queue is freed). *bytes_sent grows by each chunk's
 * size. 0, or -1 out of memory (m freed). */
int reply_stream_send(outq *q, muk_wire_chunker *ch, uint64_t id, muk_msg *m,
                      uint64_t *bytes_sent);

#endif
