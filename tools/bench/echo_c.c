/* echo_c.c — a plain libuv TCP echo server: the physical limit the TCP
 * echo benchmark compares muk and node against (tools/bench/run.py).
 *
 *   echo_c PORT     listens on 127.0.0.1:PORT, echoes every byte back
 *
 * One read buffer per connection; a read is written back with
 * uv_try_write and, for what the socket did not take, a copied uv_write. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

typedef struct client {
  uv_tcp_t tcp;
  char buf[65536];
} client;

typedef struct wreq {
  uv_write_t req;
  char data[];
} wreq;

static uv_loop_t *loop;

static void on_alloc(uv_handle_t *h, size_t hint, uv_buf_t *b) {
  client *c = h->data;
  (void)hint;
  b->base = c->buf;
  b->len = sizeof c->buf;
}

static void on_closed(uv_handle_t *h) { free(h->data); }

static void on_wdone(uv_write_t *w, int status) {
  (void)status;
  free(w);
}

static void on_read(uv_stream_t *s, ssize_t n, const uv_buf_t *b) {
  if (n == 0)
    return;
  if (n < 0) {
    uv_close((uv_handle_t *)s, on_closed);
    return;
  }
  uv_buf_t out = uv_buf_init(b->base, (unsigned)n);
  int r = uv_try_write(s, &out, 1);
  if (r == (int)n)
    return;
  if (r < 0 && r != UV_EAGAIN) {
    uv_close((uv_handle_t *)s, on_closed);
    return;
  }
  if (r < 0)
    r = 0;
  wreq *w = malloc(sizeof *w + (size_t)(n - r));
  memcpy(w->data, b->base + r, (size_t)(n - r));
  out = uv_buf_init(w->data, (unsigned)(n - r));
  if (uv_write(&w->req, s, &out, 1, on_wdone) != 0)
    free(w);
}

static void on_connection(uv_stream_t *server, int status) {
  client *c;
  if (status < 0)
    return;
  c = malloc(sizeof *c);
  uv_tcp_init(loop, &c->tcp);
  c->tcp.data = c;
  if (uv_accept(server, (uv_stream_t *)&c->tcp) != 0) {
    uv_close((uv_handle_t *)&c->tcp, on_closed);
    return;
  }
  uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read);
}

int main(int argc, char **argv) {
  uv_tcp_t server;
  struct sockaddr_in addr;
  int r;
  if (argc < 2) {
    fprintf(stderr, "usage: echo_c PORT\n");
    return 64;
  }
  loop = uv_default_loop();
  uv_ip4_addr("127.0.0.1", atoi(argv[1]), &addr);
  uv_tcp_init(loop, &server);
  if ((r = uv_tcp_bind(&server, (struct sockaddr *)&addr, 0)) != 0 ||
      (r = uv_listen((uv_stream_t *)&server, 1024, on_connection)) != 0) {
    fprintf(stderr, "echo_c: %s\n", uv_strerror(r));
    return 1;
  }
  return uv_run(loop, UV_RUN_DEFAULT);
}
