/* noop_ipc — no-op round trips per second to a muk-serviced over ipc://,
 * 64 in flight, through muk_register_remote() + muk_send().
 *
 *   noop_ipc [PATH/TO/muk-serviced] [SECONDS]
 *
 * Without a path it uses ../serviced/muk-serviced next to this binary.
 * Prints `noop_ipc: <round trips/s>`. */
#include <limits.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

int main(int argc, char **argv) {
  char exe[PATH_MAX];
  if (argc > 1) {
    snprintf(exe, sizeof exe, "%s", argv[1]);
  } else {
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 64);
    if (n <= 0) return 2;
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    snprintf(slash, 64, "/../serviced/muk-serviced");
  }
  double secs = argc > 2 ? atof(argv[2]) : 2.0;
  char url[128];
  snprintf(url, sizeof url, "ipc:///tmp/muk-bench-%d.ipc", (int)getpid());
  char *args[] = {exe, "--service", "sys", "--listen", url, "--quiet", NULL};
  pid_t pid;
  if (posix_spawn(&pid, exe, NULL, NULL, args, environ) != 0) {
    fprintf(stderr, "noop_ipc: cannot start %s\n", exe);
    return 2;
  }
  /* no fork from here on: nanomsg */
  k = muk_kernel_new(NULL);
  svc = muk_register_remote(k, "sys", url, NULL);
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
  if (errors) fprintf(stderr, "noop_ipc: %llu errors\n", (unsigned long long)errors);
  printf("noop_ipc: %d round trips/s (%d in flight)\n", rate, INFLIGHT);
  return errors ? 1 : 0;
}
