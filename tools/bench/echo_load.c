/* echo_load.c — TCP echo load generator on libuv (issue 4's benchmark).
 *
 *   echo_load PORT [-h HOST] [-c CONNS] [-s SIZE] [-w WARMUP_S] [-d SECS]
 *       ping-pong: CONNS connections (default 50) each send SIZE bytes
 *       (default 64), wait until the same SIZE bytes came back, send again.
 *       After WARMUP_S (default 1) it counts the round trips completed in
 *       SECS (default 5) and prints `RESULT echo <req/s> req/s`.
 *       With -n TRIPS instead: every connection does exactly TRIPS round
 *       trips, then closes (no timer); prints `RESULT echo_trips <total>`
 *       (for instruction counts per request under callgrind/perf).
 *   echo_load PORT --check [-c CONNS] [-r ROUNDS]
 *       correctness: opens CONNS connections (at most 256 connects in
 *       flight), holds them all open, then every connection sends ROUNDS
 *       (default 2) distinct messages one after another and checks each
 *       echo byte for byte. Prints `ok N bad M` and exits 0 only if every
 *       connection echoed every round correctly.
 *   echo_load PORT --stream BYTES [-b CHUNK]
 *       one connection writes BYTES as fast as the socket takes them (at
 *       most 4 MiB queued) and reads the echo back; prints
 *       `RESULT stream <MiB/s> MiB/s` (BYTES / time until all came back).
 *
 * Exit status 2 on a connection error (the message says which). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

typedef struct conn {
  uv_tcp_t tcp;
  uv_connect_t creq;
  int idx;
  size_t got;   /* bytes of the current round received */
  int round;
  int ok;
  int bad;
  char *expect; /* check mode: the current message */
} conn;

static uv_loop_t *loop;
static struct sockaddr_in addr;
static int mode; /* 0 ping-pong, 1 check, 2 stream */
static int nconns = 50, msgsize = 64, rounds = 2;
static double warmup_s = 1.0, dur_s = 5.0;
static conn *conns;
static char *msgbuf;
static int counting, finished;
static long fixed_trips; /* -n: round trips per connection, 0 = timed */
static int nfixed_done;
static unsigned long long trips;
static uint64_t t_start;
static uv_timer_t timer;
static int connected, next_connect, inflight_connects, nclosed;
static int nok, nbad, ndone;
/* stream */
static unsigned long long s_total, s_sent, s_recv;
static size_t s_chunk = 65536;
static char *s_buf;

static char rbuf[65536];

static void on_alloc(uv_handle_t *h, size_t hint, uv_buf_t *b) {
  (void)h;
  (void)hint;
  b->base = rbuf;
  b->len = sizeof rbuf;
}

static void fail(const char *what, int r) {
  fprintf(stderr, "echo_load: %s: %s\n", what, uv_strerror(r));
  exit(2);
}

static void on_wdone(uv_write_t *w, int status) {
  if (status < 0 && !finished)
    fail("write", status);
  free(w);
}

static void send_bytes(conn *c, const char *p, size_t n) {
  uv_buf_t b = uv_buf_init((char *)p, (unsigned)n);
  int r = uv_try_write((uv_stream_t *)&c->tcp, &b, 1);
  if (r == (int)n)
    return;
  if (r < 0 && r != UV_EAGAIN)
    fail("write", r);
  if (r > 0) {
    b.base += r;
    b.len -= (unsigned)r;
  }
  uv_write_t *w = malloc(sizeof *w);
  if ((r = uv_write(w, (uv_stream_t *)&c->tcp, &b, 1, on_wdone)) != 0)
    fail("write", r);
}

static void on_closed(uv_handle_t *h) {
  (void)h;
  nclosed++;
}

static void close_all(void) {
  for (int i = 0; i < nconns; i++)
    if (!uv_is_closing((uv_handle_t *)&conns[i].tcp) && conns[i].tcp.loop)
      uv_close((uv_handle_t *)&conns[i].tcp, on_closed);
  if (!uv_is_closing((uv_handle_t *)&timer))
    uv_close((uv_handle_t *)&timer, NULL);
}

/* ---- check mode ---- */

static void check_send(conn *c) {
  int n = snprintf(c->expect, (size_t)msgsize + 1, "conn %d round %d ", c->idx, c->round);
  for (int i = n; i < msgsize; i++)
    c->expect[i] = (char)('a' + (c->idx + c->round + i) % 26);
  c->got = 0;
  send_bytes(c, c->expect, (size_t)msgsize);
}

static void check_finish(conn *c) {
  if (c->bad)
    nbad++;
  else
    nok++;
  ndone++;
  uv_read_stop((uv_stream_t *)&c->tcp);
  if (ndone == nconns)
    close_all();
}

/* ---- reads ---- */

static void on_read(uv_stream_t *s, ssize_t n, const uv_buf_t *b) {
  conn *c = s->data;
  if (n == 0)
    return;
  if (n < 0) {
    if (finished)
      return;
    if (mode == 1) {
      c->bad = 1;
      check_finish(c);
      return;
    }
    fail("read", (int)n);
  }
  if (mode == 2) {
    s_recv += (unsigned long long)n;
    if (s_recv >= s_total) {
      double secs = (double)(uv_hrtime() - t_start) / 1e9;
      printf("RESULT stream %.1f MiB/s\n", (double)s_total / 1048576.0 / secs);
      finished = 1;
      close_all();
    }
    return;
  }
  if (mode == 1) {
    if (c->got + (size_t)n > (size_t)msgsize ||
        memcmp(c->expect + c->got, b->base, (size_t)n) != 0)
      c->bad = 1;
    c->got += (size_t)n;
    if (c->bad) {
      check_finish(c);
    } else if (c->got == (size_t)msgsize) {
      if (++c->round == rounds)
        check_finish(c);
      else
        check_send(c);
    }
    return;
  }
  c->got += (size_t)n;
  while (c->got >= (size_t)msgsize) {
    c->got -= (size_t)msgsize;
    if (fixed_trips) {
      trips++;
      if (++c->round == fixed_trips) {
        uv_close((uv_handle_t *)&c->tcp, on_closed);
        if (++nfixed_done == nconns) {
          printf("RESULT echo_trips %llu\n", trips);
          finished = 1;
          uv_close((uv_handle_t *)&timer, NULL);
        }
        return;
      }
    } else if (counting)
      trips++;
    if (!finished && c->got == 0)
      send_bytes(c, msgbuf, (size_t)msgsize);
  }
}

/* ---- stream mode ---- */

static void stream_pump(conn *c);

static void on_swrite(uv_write_t *w, int status) {
  conn *c = w->handle->data;
  if (status < 0)
    fail("write", status);
  free(w);
  stream_pump(c);
}

static void stream_pump(conn *c) {
  uv_stream_t *s = (uv_stream_t *)&c->tcp;
  while (s_sent < s_total && s->write_queue_size < 4u << 20) {
    size_t n = s_total - s_sent < s_chunk ? (size_t)(s_total - s_sent) : s_chunk;
    uv_buf_t b = uv_buf_init(s_buf, (unsigned)n);
    uv_write_t *w = malloc(sizeof *w);
    int r = uv_write(w, s, &b, 1, on_swrite);
    if (r != 0)
      fail("write", r);
    s_sent += n;
  }
}

/* ---- connect ---- */

static void connect_more(void);

static void all_connected(void) {
  if (mode == 1) {
    for (int i = 0; i < nconns; i++)
      if (!conns[i].bad)
        check_send(&conns[i]);
    if (ndone == nconns)
      close_all();
  } else if (mode == 2) {
    t_start = uv_hrtime();
    stream_pump(&conns[0]);
  } else {
    for (int i = 0; i < nconns; i++)
      send_bytes(&conns[i], msgbuf, (size_t)msgsize);
  }
}

static void on_connect(uv_connect_t *req, int status) {
  conn *c = req->data;
  inflight_connects--;
  if (status < 0) {
    if (mode == 1) {
      fprintf(stderr, "echo_load: connect %d: %s\n", c->idx, uv_strerror(status));
      c->bad = 1;
      nbad++;
      ndone++;
      connected++;
    } else {
      fail("connect", status);
    }
  } else {
    uv_tcp_nodelay(&c->tcp, 1);
    uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read);
    connected++;
  }
  if (connected == nconns)
    all_connected();
  else
    connect_more();
}

static void connect_more(void) {
  while (next_connect < nconns && inflight_connects < 256) {
    conn *c = &conns[next_connect];
    int r;
    c->idx = next_connect++;
    if ((r = uv_tcp_init(loop, &c->tcp)) != 0)
      fail("socket", r);
    c->tcp.data = c;
    c->creq.data = c;
    if ((r = uv_tcp_connect(&c->creq, &c->tcp, (struct sockaddr *)&addr, on_connect)) != 0)
      fail("connect", r);
    inflight_connects++;
  }
}

/* ---- timing (ping-pong) ---- */

static void on_timer(uv_timer_t *t);

static void on_timer(uv_timer_t *t) {
  (void)t;
  if (!counting && !finished) {
    counting = 1;
    t_start = uv_hrtime();
    trips = 0;
    uv_timer_start(&timer, on_timer, (uint64_t)(dur_s * 1000), 0);
    return;
  }
  double secs = (double)(uv_hrtime() - t_start) / 1e9;
  counting = 0;
  finished = 1;
  printf("RESULT echo %.0f req/s\n", (double)trips / secs);
  close_all();
}

int main(int argc, char **argv) {
  const char *host = "127.0.0.1";
  int port = 0, r;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
    if (!strcmp(a, "--check")) {
      mode = 1;
    } else if (!strcmp(a, "--stream") && v) {
      mode = 2;
      s_total = strtoull(v, NULL, 10);
      i++;
    } else if (a[0] == '-' && a[1] && !a[2] && v) {
      switch (a[1]) {
      case 'h': host = v; break;
      case 'c': nconns = atoi(v); break;
      case 's': msgsize = atoi(v); break;
      case 'w': warmup_s = atof(v); break;
      case 'd': dur_s = atof(v); break;
      case 'r': rounds = atoi(v); break;
      case 'b': s_chunk = (size_t)atol(v); break;
      case 'n': fixed_trips = atol(v); break;
      default:
        fprintf(stderr, "echo_load: unknown option %s\n", a);
        return 64;
      }
      i++;
    } else if (a[0] != '-') {
      port = atoi(a);
    } else {
      fprintf(stderr, "echo_load: unknown option %s\n", a);
      return 64;
    }
  }
  if (port <= 0 || nconns <= 0 || msgsize <= 0 || rounds <= 0) {
    fprintf(stderr, "usage: echo_load PORT [-h HOST] [-c CONNS] [-s SIZE] [-w S] [-d S] [-n TRIPS] "
                    "| --check [-c N] [-r ROUNDS] | --stream BYTES [-b CHUNK]\n");
    return 64;
  }
  if ((r = uv_ip4_addr(host, port, &addr)) != 0)
    fail(host, r);
  if (mode == 2) {
    nconns = 1;
    s_buf = malloc(s_chunk);
    for (size_t i = 0; i < s_chunk; i++)
      s_buf[i] = (char)(i * 7);
  }
  loop = uv_default_loop();
  conns = calloc((size_t)nconns, sizeof *conns);
  msgbuf = malloc((size_t)msgsize);
  memset(msgbuf, 'x', (size_t)msgsize);
  if (mode == 1)
    for (int i = 0; i < nconns; i++)
      conns[i].expect = malloc((size_t)msgsize + 1);
  uv_timer_init(loop, &timer);
  connect_more();
  if (mode == 0 && !fixed_trips)
    uv_timer_start(&timer, on_timer, (uint64_t)(warmup_s * 1000), 0);
  uv_run(loop, UV_RUN_DEFAULT);
  if (mode == 1) {
    printf("ok %d bad %d\n", nok, nbad);
    return nok == nconns && nbad == 0 ? 0 : 1;
  }
  return finished ? 0 : 2;
}
