/* zlib.h — the "zlib" service's message schema: compression with zlib
 * (deflate, gzip, raw), brotli and zstd, on the service's own workers.
 * (This is the schema, included as "zlib.h" by the service's own files;
 * zlib's library header is <zlib.h>, reached only by the module's files,
 * which are compiled without this folder on their include path.)
 *
 * A codec is picked by MODE (Node's numbering of zlib's modes). Its options
 * travel as one BYTES argument `params`: (key, value) pairs, each two
 * int32 little-endian. The keys are the PARAM_* below for the zlib modes,
 * BROTLI_PARAM_... for brotli, ZSTD_c_... and ZSTD_d_... for zstd (the libraries'
 * own numbers, as Node's constants carry them), plus PLEDGED_SRC_SIZE and
 * PLEDGED_SRC_SIZE_HI (zstd compression: the size in bytes, its low and
 * high 32 bits, each read as unsigned; HI alone is 0). An unknown
 * key or a value the library refuses: UV_EINVAL.
 *
 * Requests (args; reply args). [creates handle], [uses handle], [releases
 * handle] mark the ops ZLIB_HANDLE_OPS lists below (muk_op_handles: a
 * host serving several clients gives each its own handles).
 *   FREE         (i64 h) [releases handle] -> nothing; UV_EBADF: not live
 *   COMPRESS     (i64 mode, i64 flush, i64 maxOutputLength, bytes params,
 *                bytes dictionary) + payload input -> payload output: the
 *                whole input run with `flush` (Node's *Sync and one-shot
 *                forms: finishFlush) on a context the worker keeps and
 *                reuses; UV_ENOBUFS when the output would pass
 *                maxOutputLength
 *   STREAM_NEW   (i64 mode, bytes params, bytes dictionary) [creates
 *                handle] -> i64 h
 *   STREAM_WRITE (i64 h, i64 flush, i64 outCap) [uses handle] + payload
 *                input (may be absent) -> i64 consumed, i64 more
 *                + payload output (at most outCap bytes). more = 1: the
 *                codec has output left or input was not consumed: send
 *                the rest of the input again (or none) with the same flush
 *   STREAM_PARAMS (i64 h, i64 level, i64 strategy) [uses handle]: deflate
 *                modes only (deflateParams)
 *   STREAM_RESET (i64 h) [uses handle]: back to the state after NEW
 *   CRC32        (i64 crc) + payload -> i64 crc (zlib's crc32, continued)
 *
 * Errors: UV_EINVAL for bad arguments; a codec's failure is E_CODEC with
 * (i64 errno, str message, str code) as Node reports it: e.g. (-3,
 * "incorrect header check", "Z_DATA_ERROR"), (-5, "unexpected end of
 * file", "Z_BUF_ERROR"); UV_ENOMEM; MUK_ENOMODULE (with the reason) when
 * the codec module cannot be loaded. A context whose codec failed keeps
 * failing until STREAM_RESET. A handle is used by one request at a time
 * (the facade serializes them): a second one meanwhile gets UV_EBUSY.
 */
#ifndef MUK_SERVICES_ZLIB_H
#define MUK_SERVICES_ZLIB_H

#define ZLIB_OPS(X)                                                          \
  X(FREE, "free")                                                            \
  X(COMPRESS, "compress")                                                    \
  X(STREAM_NEW, "streamNew")                                                 \
  X(STREAM_WRITE, "streamWrite")                                             \
  X(STREAM_PARAMS, "streamParams")                                           \
  X(STREAM_RESET, "streamReset")                                             \
  X(CRC32, "crc32")

/* The ops whose arguments or results are handles (muk_op_handles: bit i
 * = arg/result i): op, used, created, released, released_ok. */
#define ZLIB_HANDLE_OPS(X)                                                   \
  X(FREE, 1, 0, 1, 0)                                                        \
  X(STREAM_NEW, 0, 1, 0, 0)                                                  \
  X(STREAM_WRITE, 1, 0, 0, 0)                                                \
  X(STREAM_PARAMS, 1, 0, 0, 0)                                               \
  X(STREAM_RESET, 1, 0, 0, 0)

/* Node's mode numbers (zlib.constants.DEFLATE, ...; zstd's as Node 23). */
#define ZLIB_MODES(X)                                                        \
  X(DEFLATE, 1)                                                              \
  X(INFLATE, 2)                                                              \
  X(GZIP, 3)                                                                 \
  X(GUNZIP, 4)                                                               \
  X(DEFLATERAW, 5)                                                           \
  X(INFLATERAW, 6)                                                           \
  X(UNZIP, 7)                                                                \
  X(BROTLI_DECODE, 8)                                                        \
  X(BROTLI_ENCODE, 9)                                                        \
  X(ZSTD_COMPRESS, 10)                                                       \
  X(ZSTD_DECOMPRESS, 11)

/* Flush values: zlib's Z_* numbers for the zlib modes; brotli's
 * BROTLI_OPERATION_* (0 process, 1 flush, 2 finish) and zstd's
 * ZSTD_e_* (0 continue, 1 flush, 2 end) for theirs, as Node passes them. */

/* params keys of the zlib modes */
#define ZLIB_PARAMS(X)                                                       \
  X(LEVEL, 1)                                                                \
  X(WINDOW_BITS, 2)                                                          \
  X(MEM_LEVEL, 3)                                                            \
  X(STRATEGY, 4)                                                             \
  X(PLEDGED_SRC_SIZE, 0x10000)                                               \
  X(PLEDGED_SRC_SIZE_HI, 0x10001)

#define ZLIB_CONSTANTS(X)                                                    \
  X(E_CODEC, -5201) /* a codec's error: errno, message, code in the args */ \
  X(MAX_HANDLES, 65536)                                                      \
  X(MAX_PARAMS, 64)

#define ZLIB_OP_ENUM(id, name) ZLIB_##id,
enum { ZLIB_OPS(ZLIB_OP_ENUM) ZLIB_NOPS };
#define ZLIB_MODE_ENUM(id, v) ZLIB_MODE_##id = v,
enum { ZLIB_MODES(ZLIB_MODE_ENUM) };
#define ZLIB_PARAM_ENUM(id, v) ZLIB_P_##id = v,
enum { ZLIB_PARAMS(ZLIB_PARAM_ENUM) };
#define ZLIB_CONST_ENUM(id, v) ZLIB_##id = v,
enum { ZLIB_CONSTANTS(ZLIB_CONST_ENUM) };

#endif
