/* net.h — the "net" service's message schema (TCP and Unix sockets).
 *
 * Requests (args; reply args):
 *   listen  (str host|path, i64 port, i64 backlog, i64 flags: 1 a path
 *           (Unix socket), 2 accepted sockets read nothing until a
 *           readstart (pauseOnConnect); otherwise they read at once;
 *           8 TCP with SO_REUSEPORT: several listeners, in this process
 *           or others, share host:port and the kernel spreads the
 *           connections among them)
 *           -> i64 id, str address, i64 port, i64 family (4, 6; 0: pipe)
 *   connect (str host|path, i64 port, i64 pipe[, str laddr, i64 lport])
 *           -> i64 id at once; the outcome arrives later as a
 *           NET_EV_CONNECT event. With laddr (TCP) the socket binds to
 *           laddr:lport first; a bind failure is the reply's status, with
 *           str "bind" as its argument.
 *   write   (i64 id[, i64 ack]) + payload -> i64 bytes (ack: as the ack
 *           request's, riding along); the reply comes when the
 *           bytes were handed to the OS (libuv's write callback). Writes
 *           complete in order; an empty write is answered once the writes
 *           queued before it are done (a barrier). The bridge sends most
 *           fast-path writes MUK_F_QUIET (only failures come back).
 *   shutdown(i64 id) -> when the write side is shut (after queued writes)
 *   close   (i64 id) -> when the handle is closed (socket or server)
 *   readstart/readstop (i64 id) -> at once (backpressure: a stopped socket
 *           reads nothing more from the kernel socket)
 *   reset   (i64 id) -> like close, with an RST (uv_tcp_close_reset)
 *   nodelay (i64 id, i64 on), keepalive (i64 id, i64 on, i64 delay_s)
 *   open    (i64 fd) -> i64 id, i64 kind (NET_FD_PIPE, NET_FD_TTY,
 *           NET_FD_TCP): an fd the process already holds (stdin, an
 *           inherited socket) as a stream handle, not reading until a
 *           readstart; closing it never closes fds 0-2 (libuv's rule).
 *           UV_EINVAL for an fd that is not a stream (a file: read it
 *           with fs).
 *   ttymode (i64 id, i64 mode) -> uv_tty_set_mode on a NET_FD_TTY handle
 *           (0 normal, 1 raw, 2 io); UV_ENOTTY for any other handle.
 *   ack     (i64 id, i64 bytes) -> 0 (sent MUK_F_QUIET): the receiver
 *           handled that many more bytes of the socket's data events.
 *           The service stops reading a socket while NET_WINDOW bytes it
 *           delivered are not acknowledged, so a receiver that falls behind
 *           (a busy JS thread) holds the sender back instead of letting
 *           events pile up in memory; a receiver acknowledges at least every
 *           NET_ACK_STEP bytes (below NET_WINDOW, or reading never resumes).
 *
 *   hwrite  (i64 id, i64 flags[, str head[, str trailers]]) + payload body
 *           -> i64 bytes: a response on a connection of an http listener
 *           (LISTEN_HTTP). head (the status line and headers, ending in
 *           the blank line) goes out first, then the body: framed as one
 *           chunk with HW_CHUNKED, as is otherwise. HW_END ends the
 *           response (with HW_CHUNKED the last chunk "0", trailers, CRLF
 *           follow). flags + n * HW_SEQ names the response's request (the
 *           n-th head of the connection; 0: the oldest one not answered):
 *           pipelined requests are parsed ahead and reported at once, and
 *           an hwrite for a later request waits in the service until the
 *           responses before it ended, so responses leave in request order.
 *           HW_CLOSE: no further request is parsed. Answered when the
 *           bytes reached the OS, in order with the socket's writes.
 *   hupgrade(i64 id, i64 take) -> 0: after an HTTP_HEAD with HEAD_UPGRADE,
 *           take 1 leaves http mode (the bytes after the head and all
 *           later ones come as NET_EV_DATA), take 0 goes on parsing the
 *           request as an ordinary one.
 *   hresponse(i64 id, i64 flags HR_*[, i64 max header size]) -> 0: a
 *           client socket (connected by connect) is about to send
 *           requests; the responses it reads are parsed (net_hclient.c,
 *           llhttp in response mode) and reported as HTTP_RESPONSE,
 *           HTTP_BODY, HTTP_DONE, HTTP_ERROR instead of NET_EV_DATA. The
 *           first call attaches the parser; the flags hold until the next
 *           call. HR_HEAD: the response has no
 *           body; HR_CONNECT: a 2xx ends HTTP on the socket. After an
 *           upgrade (101, CONNECT's 2xx) and its HTTP_DONE the bytes come
 *           as NET_EV_DATA again. UV_EINVAL on a server's connection or
 *           after a parse error.
 *
 * An http listener: listen's flags hold LISTEN_HTTP and args 4..7 are
 * headersTimeout, requestTimeout, keepAliveTimeout (ms, 0: none) and the
 * maximum header size. Its connections are parsed by llhttp on the
 * service's thread (net_http.c) and report HTTP events instead of
 * NET_EV_DATA; docs/http.md is the design.
 *
 * Events (muk_emit, MUK_F_EVENT; m->op is the event type, args[0] the id):
 *   NET_EV_CONNECTION (server id, socket id, str raddr, i64 rport,
 *                      str laddr, i64 lport, i64 family)
 *   NET_EV_CONNECT    (id, i64 status, str raddr, i64 rport, str laddr,
 *                      i64 lport, i64 family)
 *   NET_EV_DATA       (id) + payload, or (id, bytes) for a small chunk:
 *                     the bytes read (several events per wakeup)
 *   NET_EV_END        (id)           the peer ended its side (EOF)
 *   NET_EV_ERROR      (id, i64 status)  a read or accept error
 *   NET_EV_HTTP_HEAD  (id, str method, str url, i64 major, i64 minor,
 *                     i64 flags HEAD_*, i64 content-length or -1)
 *                     + payload: the raw headers, "name\0value\0...";
 *                     with HEAD_DONE the request is also complete (no
 *                     body, no trailers) and no HTTP_DONE follows
 *   NET_EV_HTTP_BODY  (id) + bytes as NET_EV_DATA's (counted in the read
 *                     window, acknowledged by ack or a write's ack)
 *   NET_EV_HTTP_DONE  (id) [+ payload: the trailers, as the headers]
 *   NET_EV_HTTP_ERROR (id, str code "HPE_...", str reason,
 *                     i64 bytesParsed) + payload: the bytes being parsed.
 *                     Nothing more is parsed or read.
 *   NET_EV_HTTP_RESPONSE (id, i64 status, str reason, i64 major,
 *                     i64 minor, i64 flags HEAD_*, i64 content-length or
 *                     -1) + payload: the raw headers, as HTTP_HEAD's
 *   NET_EV_HTTP_TIMEOUT (id, i64 TIMEOUT_*): REQUEST, the headers or the
 *                     request took longer than allowed (nothing more is
 *                     parsed); IDLE, keepAliveTimeout passed after a
 *                     response with no new request.
 */
#ifndef MUK_SERVICES_NET_H
#define MUK_SERVICES_NET_H

/* The schema's lists (X-macros: the C enums below and the JS constants
 * generated at build time, tools/gen_schema.py, both come from them). */
#define NET_OPS(X)                                                           \
  X(LISTEN, "listen")                                                        \
  X(CONNECT, "connect")                                                      \
  X(WRITE, "write")                                                          \
  X(SHUTDOWN, "shutdown")                                                    \
  X(CLOSE, "close")                                                          \
  X(READSTART, "readstart")                                                  \
  X(READSTOP, "readstop")                                                    \
  X(NODELAY, "nodelay")                                                      \
  X(KEEPALIVE, "keepalive")                                                  \
  X(RESET, "reset")                                                          \
  X(ACK, "ack")                                                              \
  X(OPEN, "open")                                                            \
  X(TTYMODE, "ttymode")                                                      \
  X(HWRITE, "hwrite")                                                        \
  X(HUPGRADE, "hupgrade")                                                    \
  X(HRESPONSE, "hresponse")

#define NET_EVENTS(X)                                                        \
  X(CONNECTION, 1)                                                           \
  X(CONNECT, 2)                                                              \
  X(DATA, 3)                                                                 \
  X(END, 4)                                                                  \
  X(ERROR, 5)                                                                \
  X(HTTP_HEAD, 6)                                                            \
  X(HTTP_BODY, 7)                                                            \
  X(HTTP_DONE, 8)                                                            \
  X(HTTP_ERROR, 9)                                                           \
  X(HTTP_TIMEOUT, 10)                                                        \
  X(HTTP_RESPONSE, 11)

#define NET_CONSTANTS(X)                                                     \
  X(WINDOW, 2097152) /* 2 MiB */                                             \
  X(ACK_STEP, 262144) /* 256 KiB */                                          \
  X(LISTEN_PIPE, 1)   /* listen flags */                                     \
  X(LISTEN_PAUSED, 2)                                                        \
  X(LISTEN_HTTP, 4)                                                          \
  X(LISTEN_REUSEPORT, 8)                                                     \
  X(FD_PIPE, 1)       /* open's kinds */                                     \
  X(FD_TTY, 2)                                                               \
  X(FD_TCP, 3)                                                               \
  X(MAX_HEADER_SIZE, 16384) /* Node's default maxHeaderSize */              \
  X(HR_HEAD, 1)      /* hresponse flags */                                   \
  X(HR_CONNECT, 2)                                                           \
  X(HW_END, 1)       /* hwrite flags */                                      \
  X(HW_CHUNKED, 2)                                                           \
  X(HW_CLOSE, 4)                                                             \
  X(HW_SEQ, 256)     /* flags + request number * HW_SEQ */                   \
  X(HEAD_KEEPALIVE, 1) /* HTTP_HEAD flags */                                 \
  X(HEAD_UPGRADE, 2)                                                         \
  X(HEAD_CHUNKED, 4)                                                         \
  X(HEAD_EXPECT, 8)   /* the head has an Expect field */                     \
  X(HEAD_DONE, 16)    /* ... and the request is complete (no HTTP_DONE) */  \
  X(TIMEOUT_REQUEST, 1)                                                      \
  X(TIMEOUT_IDLE, 2)

#define NET_OP_ENUM(id, name) NET_##id,
enum { NET_OPS(NET_OP_ENUM) NET_NOPS };
#define NET_EV_ENUM(id, v) NET_EV_##id = v,
enum { NET_EVENTS(NET_EV_ENUM) };
#define NET_CONST_ENUM(id, v) NET_##id = v,
enum { NET_CONSTANTS(NET_CONST_ENUM) };

#endif
