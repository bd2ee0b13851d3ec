/* noop_ipc — no-op round trips per second to a muk-serviced over ipc://
 * (or tcp:// on loopback), 64 in flight, through muk_register_remote_opts()
 * + muk_send(); the link plain (no key), authenticated (a key: HMAC tags)
 * or encrypted (a key and --encrypt: AES-256-GCM).
 *
 *   noop_ipc [PATH/TO/muk-serviced|-] [SECONDS] [plain|auth|enc] [ipc|tcp] [batch|nobatch]
 *
 * nobatch: every message in its own nanomsg message at both ends
 * (MUK_WIRE_BATCH=0; docs/wire.md "Batches").
 *
 * Without a path (or with -) it uses ../serviced/muk-serviced next to this
 * binary. Prints `noop_ipc: <round trips/s>`. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <limits.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "muk.h"

extern char **environ;

#define INFLIGHT 64
enum { SYS_NOOP = 2 };

static muk_kernel *k;
static int svc;
static uint64_t done, errors, stop_at;
static int inflight, stopping;

static void send_one(void);
static void on_reply(muk_msg *m, void *ud) {
  inflight--;
  if (m->status) errors++;
  else done++;
  muk_msg_free(m);
  if (!stopping && (done & 1023) == 0 && uv_now(muk_kernel_loop(k)) >= stop_at)
    stopping = 1;
  if (!stopping) send_one();
}
static void send_one(void) {
  muk_msg *m = muk_msg_new(k);
  m->service = (uint32_t)svc;
  m->op = SYS_NOOP;
  inflight++;
  muk_send(k, m, on_reply, NULL);
}

static int run_for(uint64_t ms) {
  done = errors = 0;
  stopping = 0;
  uv_update_time(muk_kernel_loop(k));
  stop_at = uv_now(muk_kernel_loop(k)) + ms;
  uint64_t t0 = uv_hrtime();
  for (int i = 0; i < INFLIGHT; i++) send_one();
  muk_kernel_run(k);
  double secs = (double)(uv_hrtime() - t0) / 1e9;
  return (int)((double)done / secs);
}

static int free_port(void) {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in a = {0};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t l = sizeof a;
  if (s < 0 || bind(s, (struct sockaddr *)&a, sizeof a) ||
      getsockname(s, (struct sockaddr *)&a, &l))
    return -1;
  close(s);
  return ntohs(a.sin_port);
}

int main(int argc, char **argv) {
  char exe[PATH_MAX];
  const char *mode = argc > 3 ? argv[3] : "plain";
  const char *net = argc > 4 ? argv[4] : "ipc";
  const char *batch = argc > 5 ? argv[5] : "batch";
  if (!strcmp(batch, "nobatch")) setenv("MUK_WIRE_BATCH", "0", 1); /* both ends */
  else if (strcmp(batch, "batch")) net = "?";
  int keyed = strcmp(mode, "plain") != 0, enc = strcmp(mode, "enc") == 0;
  if ((keyed && !enc && strcmp(mode, "auth")) || (strcmp(net, "ipc") && strcmp(net, "tcp"))) {
    fprintf(stderr, "usage: noop_ipc [SERVICED|-] [SECONDS] [plain|auth|enc] [ipc|tcp] "
                    "[batch|nobatch]\n");
    return 2;
  }
  if (argc > 1 && strcmp(argv[1], "-")) {
    snprintf(exe, sizeof exe, "%s", argv[1]);
  } else {
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 64);
    if (n <= 0) return 2;
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    snprintf(slash, 64, "/../serviced/muk-serviced");
  }
  double secs = argc > 2 ? atof(argv[2]) : 2.0;
  char url[128], keyfile[64];
  if (!strcmp(net, "tcp"))
    snprintf(url, sizeof url, "tcp://127.0.0.1:%d", free_port());
  else
    snprintf(url, sizeof url, "ipc:///tmp/muk-bench-%d.ipc", (int)getpid());
  snprintf(keyfile, sizeof keyfile, "/tmp/muk-bench-%d.key", (int)getpid());
  uint8_t *key = NULL;
  size_t key_len = 0;
  if (keyed) { /* a fresh key, as the docs make one */
    FILE *f = fopen(keyfile, "w");
    for (int i = 0; f && i < 32; i++) fprintf(f, "%02x", (unsigned)(rand() ^ getpid()) & 0xff);
    if (!f || fclose(f) || chmod(keyfile, 0600)) return 2;
    char err[256];
    if (muk_key_file_read(keyfile, &key, &key_len, err, sizeof err)) {
      fprintf(stderr, "noop_ipc: %s\n", err);
      return 2;
    }
  }
  char *args[] = {exe, "--service", "sys", "--listen", url, "--quiet",
                  keyed ? "--key-file" : NULL, keyfile, enc ? "--encrypt" : NULL, NULL};
  pid_t pid;
  if (posix_spawn(&pid, exe, NULL, NULL, args, environ) != 0) {
    fprintf(stderr, "noop_ipc: cannot start %s\n", exe);
    return 2;
  }
  /* no fork from here on: nanomsg */
  k = muk_kernel_new(NULL);
  muk_remote_opts ro = {key, key_len, 0};
  svc = muk_register_remote_opts(k, "sys", url, NULL, &ro);
  muk_key_free(key, key_len);
  if (svc < 0) {
    fprintf(stderr, "noop_ipc: %s\n", muk_strerror(svc));
    kill(pid, SIGTERM);
    return 2;
  }
  run_for(300); /* warm up: connect, fill free lists */
  int rate = run_for((uint64_t)(secs * 1000));
  muk_kernel_free(k);
  kill(pid, SIGTERM);
  waitpid(pid, NULL, 0);
  if (keyed) unlink(keyfile);
  if (errors) fprintf(stderr, "noop_ipc: %llu errors\n", (unsigned long long)errors);
  printf("noop_ipc: %d round trips/s (%d in flight)\n", rate, INFLIGHT);
  return errors ? 1 : 0;
}
