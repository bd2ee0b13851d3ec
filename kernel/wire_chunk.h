/* wire_chunk.h — a payload in pieces (docs/wire.md, "Chunked payloads").
 *
 * A reply whose payload is bigger than MUK_WIRE_CHUNK_MIN travels, on a
 * connection with credit, as a DATA frame carrying MUK_WIRE_F_CHUNKED (its
 * header and args, payload_len = the whole size, no payload bytes) and then
 * CHUNK frames of at most MUK_WIRE_CHUNK bytes each, in order. The sender
 * makes each chunk when credit allows it, from the reply's own buffer, and
 * the receiver writes each one straight into the final payload: neither
 * side holds an encoded copy of the whole, and no frame is big enough for
 * nanomsg's XREP to drop it behind a busy connection.
 *
 * Like wire.h's codec, a chunker is used by one thread at a time. */
#ifndef MUK_WIRE_CHUNK_H
#define MUK_WIRE_CHUNK_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Bytes of payload a sender puts in one chunk. */
#define MUK_WIRE_CHUNK (32u * 1024u)
/* The most a receiver accepts in one chunk. */
#define MUK_WIRE_CHUNK_MAX (256u * 1024u)
/* Payloads bigger than this are chunked (where the connection has credit). */
#define MUK_WIRE_CHUNK_MIN (64u * 1024u)
/* The largest chunked payload (the whole, after decompression). */
#define MUK_WIRE_MAX_STREAM (1024ull * 1024u * 1024u)
/* A CHUNK frame's fixed part: envelope, id, offset, raw length, flags. */
#define MUK_WIRE_CHUNK_HDR 48u
/* CHUNK flags */
#define MUK_WIRE_CHUNK_ZSTD 0x1u

typedef struct muk_wire_chunk {
  uint64_t id;          /* the message's id (the request's) */
  uint64_t off;         /* where these bytes go in the payload */
  uint32_t raw_len;     /* how many bytes, after decompression */
  int zstd;             /* data is one zstd frame */
  const uint8_t *data;  /* into the frame */
  size_t data_len;
} muk_wire_chunk;

typedef struct muk_wire_chunker muk_wire_chunker;

muk_wire_chunker *muk_wire_chunker_new(void);
void muk_wire_chunker_free(muk_wire_chunker *c);
/* Compress chunks (on, the default; MUK_WIRE_ZSTD_LEVEL applies) or not. */
void muk_wire_chunker_compress(muk_wire_chunker *c, int on);

/* Encode bytes [off, off + len) of a payload (data points at them) as an
 * unprotected CHUNK frame of message id, len <= MUK_WIRE_CHUNK_MAX. *out
 * points into the chunker's buffer (valid until the next encode), with
 * MUK_WIRE_TAG_SIZE bytes free after *outlen for muk_wire_seal(). 0,
 * MUK_EBADMSG (len 0 or too big) or UV_ENOMEM. */
int muk_wire_chunk_encode(muk_wire_chunker *c, uint64_t id, uint64_t off,
                          const uint8_t *data, size_t len, const uint8_t **out,
                          size_t *outlen);
/* Validate the opened CHUNK frame buf[0..len) and fill *k. Checks the
 * lengths and, for zstd, that the data is exactly one frame declaring
 * raw_len bytes. No allocation. 0 or MUK_EBADMSG (k->id is filled whenever
 * the frame is long enough to hold it, else 0). */
int muk_wire_chunk_parse(const uint8_t *buf, size_t len, muk_wire_chunk *k);
/* Write k's raw_len bytes to dst. 0 or MUK_EBADMSG (corrupt zstd data). */
int muk_wire_chunk_copy(muk_wire_chunker *c, const muk_wire_chunk *k, uint8_t *dst);

#ifdef __cplusplus
}
#endif
#endif
