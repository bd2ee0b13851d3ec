/* net_priv.h — the net service's handle and state, shared by its files:
 * net.c (sockets, reads, writes) and net_http.c (the HTTP/1.1 layer that
 * parses an http listener's connections on the same thread). Not a schema:
 * nothing outside services/net/ includes it. */
#ifndef MUK_SERVICES_NET_PRIV_H
#define MUK_SERVICES_NET_PRIV_H

#include <stdint.h>

#include "muk.h"

#define NET_RBUF 65536
/* Reads up to this size travel inside the event message (a bytes argument
 * in its inline arena) instead of a payload of their own. */
#define NET_SMALL 192
/* An http connection parses pipelined requests ahead until this many
 * responses are pending (net_http.c). */
#define NET_HTTP_AHEAD 32

typedef struct net_state net_state;
typedef struct net_http net_http;
typedef struct net_hclient net_hclient;

/* An http listener's settings, copied into each connection it accepts
 * (milliseconds; 0 disables a timer). */
typedef struct net_http_cfg {
  int64_t headers_ms, request_ms, keepalive_ms, max_header;
} net_http_cfg;

typedef struct net_h {
  union {
    uv_handle_t h;
    uv_stream_t s;
    uv_tcp_t tcp;
    uv_pipe_t pipe;
    uv_tty_t tty;
  } u;
  net_state *st;
  uint32_t id;
  uint8_t pipe, server, reading, closing, tty;
  uint8_t want;     /* reading asked for (readstart), not stopped by EOF */
  uint8_t hold;     /* a server's: accepted sockets wait for readstart */
  uint8_t httpmode; /* a server's: its connections are parsed as HTTP */
  uint64_t unacked; /* bytes delivered in data events, not acknowledged */
  muk_msg *close_req;
  net_http *http;   /* a connection in http mode (net_http.c) */
  net_hclient *hc;  /* a client socket reading HTTP responses (net_hclient.c) */
  net_http_cfg hcfg; /* a server's, in http mode */
  uv_connect_t conn;
} net_h;

struct net_state {
  muk_service *svc;
  uv_loop_t *loop;
  net_h **tab;
  uint32_t cap, next;
  uint32_t *freeids;
  uint32_t nfree;
  uint32_t live;
  int stopping, inl;
  char rbuf[NET_RBUF];
};

/* net.c, for net_http.c */
muk_msg *muk__net_ev_new(net_state *st, uint32_t type, uint32_t id);
void muk__net_start_reading(net_h *h);
void muk__net_stop_reading(net_h *h);
/* An event (type, id) carrying bytes (inline when small, else a payload);
 * 0 or UV_ENOMEM. */
int muk__net_emit_bytes(net_state *st, uint32_t type, uint32_t id,
                        const char *p, size_t n);

/* net_http.c */
int muk__net_http_attach(net_h *h, const net_http_cfg *cfg);
void muk__net_http_detach(net_h *h); /* the handle is closing */
void muk__net_http_read(net_h *h, const char *p, size_t n);
void muk__net_http_eof(net_h *h);
int muk__net_http_blocks(const net_h *h); /* must not read now */
void muk__net_http_write(net_state *st, net_h *h, muk_msg *m);
void muk__net_http_upgrade(net_h *h, int take);

/* net_hclient.c */
/* hresponse: attach the response parser (first use) and set what the next
 * response answers (HR_* flags); 0 or UV_EINVAL, UV_ENOMEM. */
int muk__net_hclient_expect(net_h *h, int flags, int64_t max_header);
void muk__net_hclient_detach(net_h *h); /* closing, or an upgrade */
void muk__net_hclient_read(net_h *h, const char *p, size_t n);
void muk__net_hclient_eof(net_h *h);

/* net_hbuf.c: a head gathered by the http layer (both directions). */
typedef struct net_hbuf {
  char *p;
  size_t n, cap;
} net_hbuf;
/* Append n bytes (room for one more kept); -1 when out of memory. */
int muk__net_hbuf_add(net_hbuf *b, const char *p, size_t n);
/* End a header value: its trailing blanks dropped (Node trims them), a NUL. */
int muk__net_hbuf_end_value(net_hbuf *b);
/* A copy of p[0, n) as m's payload (nothing when n is 0); -1: no memory. */
int muk__net_payload_copy(muk_msg *m, const void *p, size_t n);

#endif
