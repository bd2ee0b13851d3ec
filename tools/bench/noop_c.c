/* noop_c.c — the kernel's round-trip rate from C: keep N no-op requests to
 * sys in flight for T seconds and print the completed round trips per
 * second.
 *
 *   noop_c [-c inflight=64] [-t seconds=3] [-j sys_threads=sys default]
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "muk.h"

typedef struct {
  muk_kernel *k;
  uint32_t svc, op;
  uint64_t done;
  int stop;
  uint64_t t0, t1, done_at_stop;
} bench;

static void send_one(bench *b);

static void on_reply(muk_msg *m, void *ud) {
  bench *b = ud;
  if (m->status != 0) {
    fprintf(stderr, "noop_c: %s\n", muk_strerror(m->status));
    exit(1);
  }
  muk_msg_free(m);
  b->done++;
  if (!b->stop)
    send_one(b);
}

static void send_one(bench *b) {
  muk_msg *m = muk_msg_new(b->k);
  m->service = b->svc;
  m->op = b->op;
  muk_send(b->k, m, on_reply, b);
}

static void on_timer(uv_timer_t *t) {
  bench *b = t->data;
  b->stop = 1;
  b->t1 = uv_hrtime();
  b->done_at_stop = b->done;
  uv_close((uv_handle_t *)t, NULL);
}

int main(int argc, char **argv) {
  bench b = {0};
  muk_service_def def = muk_sys_service;
  uv_timer_t timer;
  unsigned inflight = 64, i;
  double secs = 3;
  int c, id;

  while ((c = getopt(argc, argv, "c:t:j:")) != -1) {
    switch (c) {
    case 'c':
      inflight = (unsigned)atoi(optarg);
      break;
    case 't':
      secs = atof(optarg);
      break;
    case 'j':
      def.threads = (uint32_t)atoi(optarg);
      break;
    default:
      fprintf(stderr, "usage: noop_c [-c inflight] [-t seconds] [-j threads]\n");
      return 2;
    }
  }
  if (inflight == 0 || secs <= 0)
    return 2;

  b.k = muk_kernel_new(NULL);
  if (!b.k || (id = muk_register(b.k, &def)) < 0) {
    fprintf(stderr, "noop_c: cannot start the kernel\n");
    return 1;
  }
  b.svc = (uint32_t)id;
  b.op = (uint32_t)muk_op_id(b.k, b.svc, "noop");

  uv_timer_init(muk_kernel_loop(b.k), &timer);
  timer.data = &b;
  uv_timer_start(&timer, on_timer, (uint64_t)(secs * 1000), 0);
  b.t0 = uv_hrtime();
  for (i = 0; i < inflight; i++)
    send_one(&b);
  muk_kernel_run(b.k);

  printf("noop_c: %.0f\n", (double)b.done_at_stop * 1e9 / (double)(b.t1 - b.t0));
  fprintf(stderr, "(%llu round trips in %.2f s, %u in flight, %u sys threads)\n",
          (unsigned long long)b.done_at_stop, (double)(b.t1 - b.t0) / 1e9,
          inflight, def.threads ? def.threads : 4);
  muk_kernel_free(b.k);
  return 0;
}
