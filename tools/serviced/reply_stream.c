/* reply_stream.c — a reply's payload in chunks (reply_stream.h). */
#include "reply_stream.h"

#include <stdlib.h>

typedef struct reply_stream {
  muk_wire_chunker *ch;
  muk_msg *m;
  uint64_t id, off;
  uint64_t *bytes_sent;
} reply_stream;

static size_t next(void *ud, uint8_t **frame, int *last) {
  reply_stream *s = ud;
  size_t total = s->m->payload.len;
  if (s->off >= total) return 0;
  size_t len = total - s->off < MUK_WIRE_CHUNK ? total - s->off : MUK_WIRE_CHUNK;
  const uint8_t *out;
  size_t n;
  if (muk_wire_chunk_encode(s->ch, s->id, s->off, (const uint8_t *)s->m->payload.data + s->off,
                            len, &out, &n))
    return 0; /* out of memory: the client's deadline ends the request */
  s->off += len;
  *last = s->off == total;
  *s->bytes_sent += n;
  *frame = (uint8_t *)out;
  return n;
}

static void done(void *ud) {
  reply_stream *s = ud;
  muk_msg_free(s->m);
  free(s);
}

int reply_stream_send(outq *q, muk_wire_chunker *ch, uint64_t id, muk_msg *m,
                      uint64_t *bytes_sent) {
  reply_stream *s = malloc(sizeof *s);
  if (!s) {
    muk_msg_free(m);
    return -1;
  }
  s->ch = ch;
  s->m = m;
  s->id = id;
  s->off = 0;
  s->bytes_sent = bytes_sent;
  return outq_stream(q, next, done, s);
}
