/* test_remote.c — end to end: muk-serviced processes serve "sys" on ipc://
 * and tcp://, this process reaches them through muk_register_remote().
 *
 *   test-remote PATH/TO/muk-serviced
 *
 * Every serviced is spawned before this process makes its first nanomsg
 * socket (nanomsg is not fork-safe). Waits are bounded by alarm() as a
 * safety net only; nothing asserts on time. */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nanomsg/nn.h>
#include <nanomsg/reqrep.h>

#include "muk.h"
#include "wire.h"

extern char **environ;

#define CHECK(c)                                                          \
  do {                                                                    \
    if (!(c)) {                                                           \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #c); \
      exit(1);                                                            \
    }                                                                     \
  } while (0)

enum { SYS_ECHO, SYS_SLEEP, SYS_NOOP, SYS_ADD, SYS_FAIL };

/* Children still running when the test exits (a failed CHECK) are killed. */
static pid_t children[8];
static int nchildren;
static void kill_children(void) {
  for (int i = 0; i < nchildren; i++)
    if (children[i] > 0) kill(children[i], SIGKILL);
}
static void reaped(pid_t pid) {
  for (int i = 0; i < nchildren; i++)
    if (children[i] == pid) children[i] = 0;
}

static pid_t spawn_serviced(const char *exe, const char *url) {
  char *argv[] = {(char *)exe, "--service", "sys", "--listen", (char *)url, "--quiet", NULL};
  pid_t pid;
  CHECK(posix_spawn(&pid, exe, NULL, NULL, argv, environ) == 0);
  if (nchildren == 0) atexit(kill_children);
  children[nchildren++] = pid;
  return pid;
}

static int free_tcp_port(void) {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in a = {0};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  CHECK(bind(s, (struct sockaddr *)&a, sizeof a) == 0);
  socklen_t l = sizeof a;
  CHECK(getsockname(s, (struct sockaddr *)&a, &l) == 0);
  close(s);
  return ntohs(a.sin_port);
}

/* ---- one request, run to completion ------------------------------------*/
static muk_msg *last;
static void keep_cb(muk_msg *m, void *ud) { last = m; }

static muk_msg *call(muk_kernel *k, int svc, uint32_t op, muk_msg *m) {
  if (!m) m = muk_msg_new(k);
  m->service = (uint32_t)svc;
  m->op = op;
  last = NULL;
  muk_send(k, m, keep_cb, NULL);
  muk_kernel_run(k);
  CHECK(last != NULL);
  return last;
}

/* Wait until a freshly started serviced answers (connects are async). */
static void wait_ready(muk_kernel *k, int svc) {
  for (int i = 0; i < 50; i++) {
    muk_msg *r = call(k, svc, SYS_NOOP, NULL);
    int st = r->status;
    muk_msg_free(r);
    if (st == 0) return;
    CHECK(st == MUK_EPEERGONE || st == MUK_ETIMEDOUT);
    usleep(100000);
  }
  CHECK(!"serviced never answered");
}

/* ---- many in flight -----------------------------------------------------*/
static struct {
  muk_kernel *k;
  int svc;
  int total, sent, done, ok, inflight, window;
} flood;

static void flood_send(void);
static void flood_cb(muk_msg *m, void *ud) {
  int64_t v;
  flood.done++;
  flood.inflight--;
  if (m->status == 0 && muk_msg_i64(m, 0, &v) == 0 && v == (int64_t)(intptr_t)ud)
    flood.ok++;
  muk_msg_free(m);
  flood_send();
}
static void flood_send(void) {
  while (flood.inflight < flood.window && flood.sent < flood.total) {
    muk_msg *m = muk_msg_new(flood.k);
    m->service = (uint32_t)flood.svc;
    m->op = SYS_ECHO;
    muk_msg_add_i64(m, flood.sent);
    muk_msg_add_str(m, "ping", 4);
    flood.inflight++;
    muk_send(flood.k, m, flood_cb, (void *)(intptr_t)flood.sent);
    flood.sent++;
  }
}
static void test_flood(muk_kernel *k, int svc, int total, int window) {
  memset(&flood, 0, sizeof flood);
  flood.window = window;
  flood.k = k;
  flood.svc = svc;
  flood.total = total;
  flood_send();
  muk_kernel_run(k);
  printf("  flood: %d sent (%d at a time), %d done, %d ok\n", flood.sent, window,
         flood.done, flood.ok);
  CHECK(flood.done == total && flood.ok == total);
}

/* ---- scenarios ----------------------------------------------------------*/
static void test_basic(muk_kernel *k, int svc) {
  muk_msg *m = muk_msg_new(k);
  muk_msg_add_i64(m, -7);
  muk_msg_add_f64(m, 2.5);
  muk_msg_add_str(m, "héllo", strlen("héllo"));
  muk_msg_add_bytes(m, "\0\1\2", 3);
  muk_msg_set_payload(m, (void *)"payload!", 8, NULL, NULL);
  muk_msg *r = call(k, svc, SYS_ECHO, m);
  int64_t i;
  double f;
  const char *s;
  const uint8_t *b;
  size_t n;
  CHECK(r->status == 0);
  CHECK(r->nargs == 4);
  CHECK(muk_msg_i64(r, 0, &i) == 0 && i == -7);
  CHECK(muk_msg_f64(r, 1, &f) == 0 && f == 2.5);
  CHECK(muk_msg_str(r, 2, &s, &n) == 0 && n == strlen("héllo") && !memcmp(s, "héllo", n));
  CHECK(muk_msg_bytes(r, 3, &b, &n) == 0 && n == 3 && !memcmp(b, "\0\1\2", 3));
  CHECK(r->payload.len == 8 && !memcmp(r->payload.data, "payload!", 8));
  muk_msg_free(r);

  m = muk_msg_new(k);
  muk_msg_add_i64(m, 2);
  muk_msg_add_i64(m, 3);
  muk_msg_add_i64(m, 4);
  r = call(k, svc, SYS_ADD, m);
  CHECK(r->status == 0 && muk_msg_i64(r, 0, &i) == 0 && i == 9);
  muk_msg_free(r);

  m = muk_msg_new(k);
  muk_msg_add_i64(m, UV_ENOENT);
  r = call(k, svc, SYS_FAIL, m);
  CHECK(r->status == UV_ENOENT);
  muk_msg_free(r);

  m = muk_msg_new(k);
  muk_msg_add_str(m, "not a number", 12);
  r = call(k, svc, SYS_ADD, m);
  CHECK(r->status == UV_EINVAL);
  muk_msg_free(r);

  m = muk_msg_new(k);
  muk_msg_add_i64(m, 20);
  r = call(k, svc, SYS_SLEEP, m);
  CHECK(r->status == 0);
  muk_msg_free(r);
}

static void free_cb(void *d, void *ud) { free(d); }

static void test_big(muk_kernel *k, int svc, size_t n, int compressible) {
  uint8_t *p = malloc(n);
  uint64_t x = 12345;
  for (size_t i = 0; i < n; i++) {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    p[i] = compressible ? (uint8_t)(i / 1000) : (uint8_t)(x >> 56);
  }
  uint8_t *copy = malloc(n);
  memcpy(copy, p, n);
  muk_msg *m = muk_msg_new(k);
  muk_msg_set_payload(m, p, n, free_cb, NULL);
  muk_msg *r = call(k, svc, SYS_ECHO, m);
  if (r->status) fprintf(stderr, "echo of %zu bytes: %s\n", n, muk_strerror(r->status));
  CHECK(r->status == 0);
  CHECK(r->payload.len == n && memcmp(r->payload.data, copy, n) == 0);
  muk_msg_free(r);
  free(copy);
}

static void test_toobig(muk_kernel *k, int svc) {
  static uint8_t byte;
  muk_msg *m = muk_msg_new(k);
  muk_msg_set_payload(m, &byte, (size_t)MUK_WIRE_MAX_PAYLOAD + 1, NULL, NULL);
  muk_msg *r = call(k, svc, SYS_ECHO, m);
  CHECK(r->status == MUK_ETOOBIG);
  muk_msg_free(r);
}

/* A kernel whose remote deadline is short: a long sleep times out. */
static void test_deadline(const char *url) {
  muk_options o = {NULL, 200};
  muk_kernel *k = muk_kernel_new(&o);
  int svc = muk_register_remote(k, "sys", url, NULL);
  CHECK(svc >= 0);
  muk_msg *m = muk_msg_new(k);
  muk_msg_add_i64(m, 1500);
  muk_msg *r = call(k, svc, SYS_SLEEP, m);
  printf("  deadline: %s\n", muk_errname(r->status));
  CHECK(r->status == MUK_ETIMEDOUT);
  CHECK(r->nargs == 1 && r->args[0].type == MUK_T_STR); /* the reason */
  printf("  reason: %s\n", r->args[0].v.s);
  muk_msg_free(r);
  muk_kernel_free(k);
}

/* muk_call_sync on a remote service: results as async, errors, a deadline
 * (the late reply is dropped by the next sync call), a big payload. */
static void test_sync(muk_kernel *k, int svc) {
  muk_msg *m = muk_msg_new(k);
  int64_t i;
  m->service = (uint32_t)svc;
  m->op = SYS_ADD;
  muk_msg_add_i64(m, 40);
  muk_msg_add_i64(m, 2);
  CHECK(muk_call_sync(k, m) == 0 && m->status == 0);
  CHECK(muk_msg_i64(m, 0, &i) == 0 && i == 42);
  muk_msg_free(m);

  m = muk_msg_new(k);
  m->service = (uint32_t)svc;
  m->op = SYS_FAIL;
  muk_msg_add_i64(m, UV_EACCES);
  CHECK(muk_call_sync(k, m) == UV_EACCES);
  muk_msg_free(m);

  m = muk_msg_new(k);
  m->service = (uint32_t)svc;
  m->op = SYS_SLEEP;
  muk_msg_add_i64(m, 600);
  m->deadline_ms = uv_now(muk_kernel_loop(k)) + 150;
  CHECK(muk_call_sync(k, m) == MUK_ETIMEDOUT);
  CHECK(m->nargs == 1 && m->args[0].type == MUK_T_STR); /* the reason */
  printf("  sync deadline: %s\n", m->args[0].v.s);
  muk_msg_free(m);

  /* the sleep's late reply arrives while this call waits: it is skipped */
  m = muk_msg_new(k);
  m->service = (uint32_t)svc;
  m->op = SYS_SLEEP;
  muk_msg_add_i64(m, 700);
  CHECK(muk_call_sync(k, m) == 0);
  muk_msg_free(m);

  size_t n = 3u << 20;
  uint8_t *p = malloc(n);
  for (size_t j = 0; j < n; j++) p[j] = (uint8_t)(j * 7 + j / 4096);
  m = muk_msg_new(k);
  m->service = (uint32_t)svc;
  m->op = SYS_ECHO;
  muk_msg_set_payload(m, p, n, free_cb, NULL);
  CHECK(muk_call_sync(k, m) == 0);
  CHECK(m->payload.len == n);
  for (size_t j = 0; j < n; j++)
    if (((uint8_t *)m->payload.data)[j] != (uint8_t)(j * 7 + j / 4096)) CHECK(!"payload differs");
  muk_msg_free(m);
}

/* Bytes no muk peer would send, straight at the serviced's socket. */
static void send_garbage(const char *url) {
  int s = nn_socket(AF_SP_RAW, NN_REQ);
  CHECK(s >= 0);
  CHECK(nn_connect(s, url) >= 0);
  int tmo = 2000;
  nn_setsockopt(s, NN_SOL_SOCKET, NN_SNDTIMEO, &tmo, sizeof tmo);
  uint8_t buf[256];
  uint64_t x = 99;
  for (int i = 0; i < 300; i++) {
    size_t n = 4 + (size_t)(i % 200);
    for (size_t j = 0; j < n; j++) {
      x = x * 6364136223846793005ull + 1;
      buf[j] = (uint8_t)(x >> 56);
    }
    buf[0] |= 0x80; /* a valid backtrace word, then junk */
    if (i % 3 == 1 && n > 10) memcpy(buf + 4, "MUKW\1", 5);
    nn_send(s, buf, n, 0);
  }
  /* Not even a backtrace: nanomsg itself drops these. */
  memset(buf, 0x11, 64);
  nn_send(s, buf, 64, 0);
  nn_close(s);
}

/* Kill the serviced while a request is in flight: it must fail with
 * EPEERGONE (heartbeats) or ETIMEDOUT, and the kernel keeps working. */
static pid_t victim;
static void kill_cb(uv_timer_t *t) {
  kill(victim, SIGKILL);
  uv_close((uv_handle_t *)t, NULL);
}
static void test_kill(muk_kernel *k, int svc, pid_t pid, int other_svc) {
  uv_timer_t t;
  victim = pid;
  uv_timer_init(muk_kernel_loop(k), &t);
  uv_timer_start(&t, kill_cb, 100, 0);
  muk_msg *m = muk_msg_new(k);
  muk_msg_add_i64(m, 20000);
  muk_msg *r = call(k, svc, SYS_SLEEP, m);
  printf("  killed peer: %s (%s)\n", muk_errname(r->status),
         r->nargs ? r->args[0].v.s : "");
  CHECK(r->status == MUK_EPEERGONE || r->status == MUK_ETIMEDOUT);
  muk_msg_free(r);
  int st;
  CHECK(waitpid(pid, &st, 0) == pid);
  reaped(pid);
  /* a sync call to the dead peer: EPEERGONE in bounded time, no hang */
  m = muk_msg_new(k);
  m->service = (uint32_t)svc;
  m->op = SYS_NOOP;
  CHECK(muk_call_sync(k, m) == MUK_EPEERGONE);
  muk_msg_free(m);
  /* a request to the dead peer fails too, in bounded time */
  r = call(k, svc, SYS_NOOP, NULL);
  CHECK(r->status == MUK_EPEERGONE || r->status == MUK_ETIMEDOUT);
  muk_msg_free(r);
  /* the kernel still works */
  r = call(k, other_svc, SYS_NOOP, NULL);
  CHECK(r->status == 0);
  muk_msg_free(r);
}

static void stop(pid_t pid) {
  int st;
  CHECK(kill(pid, SIGTERM) == 0);
  CHECK(waitpid(pid, &st, 0) == pid);
  reaped(pid);
  CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}

int main(int argc, char **argv) {
  CHECK(argc == 2);
  alarm(300); /* safety net */
  char ipc_a[128], ipc_c[128], tcp_b[64];
  snprintf(ipc_a, sizeof ipc_a, "ipc:///tmp/muk-test-%d-a.ipc", (int)getpid());
  snprintf(ipc_c, sizeof ipc_c, "ipc:///tmp/muk-test-%d-c.ipc", (int)getpid());
  snprintf(tcp_b, sizeof tcp_b, "tcp://127.0.0.1:%d", free_tcp_port());
  pid_t a = spawn_serviced(argv[1], ipc_a);
  pid_t b = spawn_serviced(argv[1], tcp_b);
  pid_t c = spawn_serviced(argv[1], ipc_c);
  /* no fork from here on */

  muk_kernel *k = muk_kernel_new(NULL);
  int sa = muk_register_remote(k, "sys", ipc_a, NULL);
  CHECK(sa >= 0);
  CHECK(muk_register_remote(k, "sys", tcp_b, NULL) == UV_EEXIST);
  CHECK(muk_register_remote(k, "sys2", "http://x", NULL) == UV_EINVAL);
  CHECK(muk_register_remote(k, "nosuch", ipc_a, NULL) == MUK_ENOSERVICE);
  /* The same schema under local aliases: the wire carries the schema's name. */
  muk_service_def schema = *muk_service_def_of(muk_service_get(k, (uint32_t)sa));
  int sb = muk_register_remote(k, "sys-tcp", tcp_b, &schema);
  int sc = muk_register_remote(k, "sys-victim", ipc_c, &schema);
  schema.name = "nope";
  int sn = muk_register_remote(k, "nope", ipc_a, &schema);
  CHECK(sb >= 0 && sc >= 0 && sn >= 0);

  printf("ipc %s\n", ipc_a);
  wait_ready(k, sa);
  test_basic(k, sa);
  muk_msg *r = call(k, sn, SYS_NOOP, NULL);
  CHECK(r->status == MUK_ENOSERVICE); /* the serviced hosts "sys" only */
  muk_msg_free(r);
  test_flood(k, sa, 10000, 64);
  test_flood(k, sa, 5000, 5000); /* one burst: the transport's window holds it */
  test_big(k, sa, (3u << 20) / 2, 0);
  test_big(k, sa, 4u << 20, 1);
  test_toobig(k, sa);
  send_garbage(ipc_a);
  test_basic(k, sa); /* still answering */
  test_deadline(ipc_a);
  test_sync(k, sa);

  printf("tcp %s\n", tcp_b);
  wait_ready(k, sb);
  test_basic(k, sb);
  test_flood(k, sb, 10000, 64);
  test_flood(k, sb, 5000, 5000);
  test_big(k, sb, 2u << 20, 0);
  send_garbage(tcp_b);
  test_basic(k, sb);

  printf("kill\n");
  wait_ready(k, sc);
  test_kill(k, sc, c, sa);

  muk_service_stats st;
  CHECK(muk_service_stats_get(k, (uint32_t)sa, &st) == 0);
  printf("stats sys@ipc: requests %llu replies %llu errors %llu dropped %llu\n",
         (unsigned long long)st.requests, (unsigned long long)st.replies,
         (unsigned long long)st.errors, (unsigned long long)st.dropped);

  muk_kernel_free(k);
  stop(a);
  stop(b);
  unlink(ipc_c + strlen("ipc://")); /* the killed one could not clean up */
  printf("remote: ok\n");
  return 0;
}
