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
  for (int i = 0; i < 1000 && count_fds() != fds0; i++)
    uv_run(muk_kernel_loop(k), UV_RUN_ONCE); /* the releases are in flight */
  CHECK(count_fds() == fds0);
  clients_stats_get(cs, &s);
  CHECK(s.handles == 0 && s.clients == 0);
  /* an ended client's id starts over, empty */
  CHECK(status(submit(1, "fstat", req_i(a1))) == UV_EBADF);
  printf("ok   clients_end closes every handle a client held\n");

  uv_run(muk_kernel_loop(k), UV_RUN_DEFAULT);
  clients_free(cs);
  muk_kernel_free(k);
  return 0;
}
