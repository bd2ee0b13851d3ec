/* wire.h — the muk wire codec: a muk_msg <-> bytes, as documented in
 * docs/wire.md. The decoder is the security boundary between processes:
 * it validates every length against the buffer before it reads, allocates
 * nothing until the whole message has been validated, and bounds every
 * allocation (payload, decompressed payload) by MUK_WIRE_MAX_PAYLOAD.
 *
 * The codec owns reusable zstd contexts and an output buffer, so it is used
 * by one thread at a time (the kernel's loop thread in the transport and in
 * muk-serviced). */
#ifndef MUK_WIRE_H
#define MUK_WIRE_H

#include <stddef.h>
#include <stdint.h>

#include "muk.h"

#ifdef __cplusplus
extern "C" {
#endif

#define MUK_WIRE_VERSION 4
/* Payloads larger than this are zstd-compressed on the wire at this level
 * (when that makes them smaller), unless the sender turned compression off;
 * docs/wire.md has the measurements behind both. */
#define MUK_WIRE_ZSTD_MIN (64u * 1024u)
#define MUK_WIRE_ZSTD_LEVEL 1
/* Largest payload (after decompression) a message may carry. */
#define MUK_WIRE_MAX_PAYLOAD (64u * 1024u * 1024u)
/* Largest encoded message. Encoders refuse bigger ones with MUK_ETOOBIG;
 * receivers set NN_RCVMAXSIZE to MUK_WIRE_NN_RCVMAXSIZE. */
#define MUK_WIRE_MAX_MSG (MUK_WIRE_MAX_PAYLOAD + 4u * 1024u * 1024u)
/* Room for nanomsg's backtrace words in front of a wire message. */
#define MUK_WIRE_NN_RCVMAXSIZE ((int)(MUK_WIRE_MAX_MSG + 1024u))
/* Largest STR/BYTES argument. */
#define MUK_WIRE_MAX_ARG (256u * 1024u)
/* Longest service name. */
#define MUK_WIRE_MAX_NAME 255u
/* Reserved op numbers (never an index into a schema). */
#define MUK_WIRE_OP_PING 0xFFFFFFFFu
/* muk-serviced's metrics (docs/wire.md, "Metrics"): a request without
 * args; the reply's payload is Prometheus text. A remote binding sends it
 * for the op named MUK_WIRE_STATS_OP, one past its schema's last. */
#define MUK_WIRE_OP_STATS 0xFFFFFFFEu
#define MUK_WIRE_STATS_OP MUK_REMOTE_STATS_OP
/* Fixed header size in bytes (before name, args, payload): the 24-byte
 * envelope (wire_sec.h) then the message header. */
#define MUK_WIRE_HDR_SIZE 48u
/* Flags that may appear on the wire; anything else is rejected. */
/* Wire only: the payload follows in CHUNK frames (wire_chunk.h); this
 * frame carries its size and no payload bytes. */
#define MUK_WIRE_F_CHUNKED 0x200u
#define MUK_WIRE_FLAGS_ALLOWED (MUK_F_REPLY | MUK_F_EVENT | MUK_F_WIRE_ZSTD | MUK_WIRE_F_CHUNKED)

/* Header fields sent with a message. The service travels by NAME. */
typedef struct muk_wire_hdr {
  const char *name; /* not NUL-terminated when it comes from muk_wire_parse */
  size_t name_len;
  uint32_t op;
  uint64_t id;
  int32_t status;
  uint32_t flags; /* MUK_F_REPLY / MUK_F_EVENT, MUK_WIRE_F_CHUNKED (encode:
                     the payload's size only); the codec sets ZSTD itself */
} muk_wire_hdr;

/* A validated view of an encoded message: pointers into the buffer given to
 * muk_wire_parse, valid as long as that buffer is. */
typedef struct muk_wire_view {
  muk_wire_hdr hdr;
  uint32_t nargs;
  muk_arg args[MUK_MAX_ARGS]; /* STR/BYTES point into the buffer (STR not
                                 NUL-terminated: use len) */
  uint64_t payload_len;       /* after decompression */
  const uint8_t *payload_wire;/* bytes as carried */
  size_t payload_wire_len;
} muk_wire_view;

typedef struct muk_wire_codec muk_wire_codec;

muk_wire_codec *muk_wire_codec_new(void);
void muk_wire_codec_free(muk_wire_codec *c);
/* Compress outgoing payloads (on, the default) or send every payload raw
 * (off: for links where CPU costs more than bytes). Decoding is unaffected:
 * a codec always accepts compressed payloads. */
void muk_wire_codec_compress(muk_wire_codec *c, int on);

/* Encode hdr + m's args and payload as a DATA frame (an unprotected
 * envelope: muk_wire_seal() protects it in place). `headroom` bytes are left
 * free in front of the frame for the caller (nanomsg backtrace), and
 * MUK_WIRE_TAG_SIZE bytes after it for the seal's tag. On success *out
 * points at the start of the headroom inside the codec's buffer (valid until
 * the next encode) and *outlen counts headroom + frame. Returns 0,
 * MUK_ETOOBIG, MUK_EBADMSG (bad name/arg) or UV_ENOMEM. */
int muk_wire_encode(muk_wire_codec *c, const muk_wire_hdr *hdr,
                    const muk_msg *m, size_t headroom, const uint8_t **out,
                    size_t *outlen);

/* Validate the DATA frame buf[0..len) (opened: tag cut off, body
 * decrypted) completely and fill *v. No allocation, no side effect. Returns 0 or MUK_EBADMSG (MUK_ETOOBIG when len is over the max). */
int muk_wire_parse(const uint8_t *buf, size_t len, muk_wire_view *v);

/* Move a parsed message into m: op, status and flags (REPLY/EVENT) from the
 * header, then m's args are replaced by the view's and its payload by the
 * (decompressed) payload. m->service and m->id are left alone. On failure
 * (corrupt zstd data, size mismatch, out of memory) m is unchanged and the
 * status is returned.
 *
 * Zero copy: when keep_fn is set and the payload is carried uncompressed, the
 * payload may reference the parsed buffer in place; the message then frees it
 * with keep_fn(keep_ud) and apply returns 1 ("the buffer is the message's
 * now"). With 0 the caller still owns the buffer. */
int muk_wire_apply(muk_wire_codec *c, const muk_wire_view *v, muk_msg *m,
                   muk_free_fn keep_fn, void *keep_ud);

/* As muk_wire_apply, except that a zstd payload is not decompressed here:
 * m gets the frame as its payload (in place with keep_fn, as above, at any
 * size) and MUK_F_WIRE_ZSTD in m->flags; the kernel decompresses it on the
 * thread that handles the request, right before the service's handle()
 * (at most v->payload_len bytes, which muk_wire_parse checked against the
 * frame's header). A host reserves v->payload_len against its memory
 * budget before it sends the message on. */
int muk_wire_apply_deferred(muk_wire_codec *c, const muk_wire_view *v,
                            muk_msg *m, muk_free_fn keep_fn, void *keep_ud);

/* A version-1 peer's request req[0..len) answered in version 1's format:
 * a reply with the request's id, op and service name, `status`, and msg as
 * its str argument (what a v1 client shows). Returns its length in out, 0
 * when req is not a v1 request or cap is too small. */
size_t muk_wire_v1_refusal(uint8_t *out, size_t cap, const uint8_t *req, size_t len,
                           int32_t status, const char *msg);

/* Malformed-input fuzz body: parse + apply into a scratch message of k.
 * Returns the parse/apply status. Used by the libFuzzer target and by the
 * corpus driver in the normal test suite. */
int muk_wire_fuzz_one(muk_kernel *k, muk_wire_codec *c, const uint8_t *buf,
                      size_t len);

/* Count n malformed wire messages dropped for svc (muk_service_stats.dropped).
 * Any thread. For muk-serviced and other hosts outside kernel/. */
void muk_wire_count_dropped(muk_service *svc, uint64_t n);

#ifdef __cplusplus
}
#endif
#endif
