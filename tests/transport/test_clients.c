/* test_clients.c — tools/serviced/clients.c over an in-process fs service:
 * per-client handle tables, releases that wait for the requests using a
 * handle, the in-flight quota's FIFO, and clients_end closing what a
 * client leaves open (counted in /proc/self/fd). muk-serviced cannot see
 * a client leave before wire sessions exist, so clients_end is tested
 * here, through the function the session hook will call. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clients.h"
#include "muk.h"

#define CHECK(c)                                                          \
  do {                                                                    \
    if (!(c)) {                                                           \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #c); \
      exit(1);                                                            \
    }                                                                     \
  } while (0)

static muk_kernel *k;
static clients *cs;
static const muk_service_def *fs;

#define MAXR 64
static struct {
  muk_msg *m;
  int done;
} replies[MAXR];
static int order[MAXR], norder;

static void on_reply(muk_msg *m, void *ud) {
  int i = (int)(intptr_t)ud;
  replies[i].m = m;
  replies[i].done = 1;
  order[norder++] = i;
}

static uint32_t op(const char *name) {
  for (uint32_t i = 0; i < fs->nops; i++)
    if (!strcmp(fs->op_names[i], name))
      return i;
  CHECK(!"no such op");
  return 0;
}

static int slot_n;
static int submit(uint64_t client, const char *name, muk_msg *m) {
  int i = slot_n++;
  CHECK(i < MAXR);
  m->op = op(name);
  clients_submit(cs, client, m, 64, 64, (void *)(intptr_t)i);
  return i;
}

static muk_msg *wait_for(int i) {
  while (!replies[i].done)
    uv_run(muk_kernel_loop(k), UV_RUN_ONCE);
  return replies[i].m;
}

static int status(int i) {
  muk_msg *m = wait_for(i);
  int st = m->status;
  muk_msg_free(m);
  return st;
}

static int64_t open_ok(uint64_t client, const char *path) {
  muk_msg *m = muk_msg_new(k);
  muk_msg_add_str(m, path, strlen(path));
  muk_msg_add_i64(m, 0);
  muk_msg_add_i64(m, 0);
  m = wait_for(submit(client, "open", m));
  int64_t fd;
  CHECK(m->status == 0 && muk_msg_i64(m, 0, &fd) == 0);
  muk_msg_free(m);
  return fd;
}

static muk_msg *req_i(int64_t v) {
  muk_msg *m = muk_msg_new(k);
  muk_msg_add_i64(m, v);
  return m;
}

static int count_fds(void) {
  DIR *d = opendir("/proc/self/fd");
  int n = 0;
  CHECK(d);
  while (readdir(d))
    n++;
  closedir(d);
  return n;
}

/* A service with events (net, in process): each event goes to the client
 * holding its handle, in that client's numbers; a CONNECTION's socket
 * becomes that client's; a handle nobody holds routes nowhere; a host op
 * (open of a process fd) is refused. Real ids: net numbers its handles
 * 1, 2, ... in the order they are made. */
static void test_events(void) {
  const muk_service_def *net = muk_builtin_service("net");
  CHECK(net && net->event_handles);
  int id = muk_register(k, net);
  CHECK(id >= 0);
  clients_limits lim = {8, 8, 8, 1 << 20, 1 << 20};
  clients *cn = clients_new(k, (uint32_t)id, net, &lim, on_reply);
  CHECK(cn);
  uint32_t listen = 0, openop = 0;
  for (uint32_t i = 0; i < net->nops; i++) {
    if (!strcmp(net->op_names[i], "listen")) listen = i;
    if (!strcmp(net->op_names[i], "open")) openop = i;
  }
  int64_t v[2];
  for (int c = 0; c < 2; c++) { /* client 1 gets real 1, client 2 real 2 */
    muk_msg *m = muk_msg_new(k);
    muk_msg_add_str(m, "127.0.0.1", 9);
    muk_msg_add_i64(m, 0);
    muk_msg_add_i64(m, 8);
    muk_msg_add_i64(m, 0);
    m->op = listen;
    int i = slot_n++;
    clients_submit(cn, (uint64_t)c + 1, m, 64, 64, (void *)(intptr_t)i);
    m = wait_for(i);
    CHECK(m->status == 0 && muk_msg_i64(m, 0, &v[c]) == 0);
    muk_msg_free(m);
  }
  CHECK(v[0] == CLIENTS_HANDLE_BASE && v[1] == CLIENTS_HANDLE_BASE);
  uint64_t who = 0;
  muk_msg *ev = muk_msg_new(k);
  ev->op = 4; /* NET_EV_END (services/net/net.h) */
  muk_msg_add_i64(ev, 2);
  CHECK(clients_event(cn, ev, &who) == 0 && who == 2);
  int64_t x;
  CHECK(muk_msg_i64(ev, 0, &x) == 0 && x == CLIENTS_HANDLE_BASE);
  muk_msg_reset_args(ev);
  ev->op = 1; /* NET_EV_CONNECTION (server, socket, ...) */
  muk_msg_add_i64(ev, 1);
  muk_msg_add_i64(ev, 77);
  CHECK(clients_event(cn, ev, &who) == 0 && who == 1);
  CHECK(muk_msg_i64(ev, 1, &x) == 0 && x == CLIENTS_HANDLE_BASE + 1); /* client 1's */
  muk_msg_reset_args(ev);
  ev->op = 4;
  muk_msg_add_i64(ev, 77); /* the accepted socket routes to its client now */
  CHECK(clients_event(cn, ev, &who) == 0 && who == 1);
  muk_msg_reset_args(ev);
  muk_msg_add_i64(ev, 50); /* nobody's */
  CHECK(clients_event(cn, ev, &who) == -1);
  muk_msg_reset_args(ev);
  ev->op = 99; /* no such event */
  muk_msg_add_i64(ev, 1);
  CHECK(clients_event(cn, ev, &who) == -1);
  muk_msg_free(ev);
  printf("ok   events go to the client holding their handle, in its numbers\n");

  muk_msg *m = muk_msg_new(k);
  muk_msg_add_i64(m, 0);
  m->op = openop;
  int i = slot_n++;
  clients_submit(cn, 1, m, 64, 64, (void *)(intptr_t)i);
  CHECK(status(i) == MUK_ENOTREMOTE);
  printf("ok   a host op (net open of an fd) is refused with ENOTREMOTE\n");

  clients_end(cn, 2);
  ev = muk_msg_new(k);
  ev->op = 4;
  muk_msg_add_i64(ev, 2);
  CHECK(clients_event(cn, ev, &who) == -1); /* an ended client gets nothing */
  muk_msg_free(ev);
  clients_end(cn, 1); /* releases real 1 and the made-up 77 (EBADF there) */
  clients_stats s;
  for (int n = 0; n < 1000; n++) {
    clients_stats_get(cn, &s);
    if (s.handles == 0 && s.clients == 0) break;
    uv_run(muk_kernel_loop(k), UV_RUN_ONCE);
  }
  CHECK(s.handles == 0 && s.clients == 0);
  printf("ok   an ended client's server is closed\n");
  uv_run(muk_kernel_loop(k), UV_RUN_DEFAULT);
  clients_free(cn);
}

int main(void) {
  k = muk_kernel_new(NULL);
  fs = muk_builtin_service("fs");
  CHECK(k && fs);
  int id = muk_register(k, fs);
  CHECK(id >= 0);
  clients_limits lim = {4, 2, 8, 1 << 20, 1 << 20};
  cs = clients_new(k, (uint32_t)id, fs, &lim, on_reply);
  CHECK(cs);
  int fds0 = count_fds();

  /* handles are per client: the same virtual number is two real fds */
  int64_t a1 = open_ok(1, "/etc/hostname");
  int64_t b1 = open_ok(2, "/etc/hostname");
  CHECK(a1 == CLIENTS_HANDLE_BASE && b1 == CLIENTS_HANDLE_BASE);
  CHECK(count_fds() == fds0 + 2);
  CHECK(status(submit(1, "fstat", req_i(a1))) == 0);
  CHECK(status(submit(3, "fstat", req_i(a1))) == UV_EBADF); /* client 3: none */
  CHECK(status(submit(1, "fstat", req_i(a1 + 1))) == UV_EBADF);
  printf("ok   handles per client\n");

  /* in-flight quota 2: the third request waits (FIFO), the fourth too; a
   * close sent behind reads of the same fd runs after them */
  int r1 = submit(1, "fstat", req_i(a1));
  int r2 = submit(1, "fstat", req_i(a1));
  int r3 = submit(1, "fstat", req_i(a1));
  int rc = submit(1, "close", req_i(a1));
  clients_stats s;
  clients_stats_get(cs, &s);
  CHECK(s.queued == 2);
  CHECK(status(rc) == 0);
  CHECK(replies[r1].done && replies[r2].done && replies[r3].done);
  CHECK(order[norder - 1] == rc);
  CHECK(status(r1) == 0 && status(r2) == 0 && status(r3) == 0);
  CHECK(status(submit(1, "fstat", req_i(a1))) == UV_EBADF);
  CHECK(count_fds() == fds0 + 1);
  printf("ok   in-flight quota queues in order; close after the reads\n");

  /* quota of 4 handles for client 1 */
  for (int i = 0; i < 4; i++)
    open_ok(1, "/etc/hostname");
  muk_msg *m = muk_msg_new(k);
  muk_msg_add_str(m, "/etc/hostname", 13);
  muk_msg_add_i64(m, 0);
  muk_msg_add_i64(m, 0);
  m = wait_for(submit(1, "open", m));
  const char *why;
  size_t wl;
  CHECK(m->status == MUK_EQUOTA && muk_msg_str(m, 0, &why, &wl) == 0 && strstr(why, "handles"));
  muk_msg_free(m);
  CHECK(count_fds() == fds0 + 1 + 4);
  printf("ok   handle quota\n");

  /* clients_end closes what they left open */
  clients_end(cs, 1);
  clients_end(cs, 2);
  clients_end(cs, 99); /* unknown: nothing */
  /* The releases are in flight: a worker closes the fd before the loop
   * gets its reply and drops the handle, so wait for both. */
  for (int i = 0; i < 1000; i++) {
    clients_stats_get(cs, &s);
    if (count_fds() == fds0 && s.handles == 0 && s.clients == 0) break;
    uv_run(muk_kernel_loop(k), UV_RUN_ONCE);
  }
  CHECK(count_fds() == fds0);
  clients_stats_get(cs, &s);
  CHECK(s.handles == 0 && s.clients == 0);
  /* an ended client's id starts over, empty */
  CHECK(status(submit(1, "fstat", req_i(a1))) == UV_EBADF);
  printf("ok   clients_end closes every handle a client held\n");

  test_events();
  uv_run(muk_kernel_loop(k), UV_RUN_DEFAULT);
  clients_free(cs);
  muk_kernel_free(k);
  return 0;
}
