/* spawn_c.c — the C limit of the child_spawn row: /bin/true spawned and
 * reaped with INFLIGHT children at a time, no runtime.
 *
 *   spawn_c uv|posix [N] [INFLIGHT]   prints `RESULT spawn_c_<mode> <ops/s> ops/s`
 *
 * uv: uv_spawn (libuv forks the caller) with stdio ignored, exit_cb starts
 * the next; what node and muk's proc service do under the runtime.
 * posix: posix_spawn (glibc's clone(CLONE_VM|CLONE_VFORK): no page tables
 * copied) with stdio on /dev/null, reaped by wait4 on any child.
 */
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <uv.h>

extern char **environ;

static char *args[] = {"/bin/true", NULL};
static int total, started, done;
static uv_loop_t *loop;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void uv_one(void);

static void on_close(uv_handle_t *h) { free(h); }

static void on_exit_cb(uv_process_t *p, int64_t status, int sig) {
  if (status != 0 || sig != 0) {
    fprintf(stderr, "spawn_c: /bin/true exited %d (signal %d)\n", (int)status, sig);
    exit(1);
  }
  uv_close((uv_handle_t *)p, on_close);
  done++;
  if (started < total)
    uv_one();
}

static void uv_one(void) {
  uv_process_t *p = malloc(sizeof(*p));
  uv_stdio_container_t io[3];
  uv_process_options_t po;
  int r;
  memset(&po, 0, sizeof(po));
  for (int i = 0; i < 3; i++)
    io[i].flags = UV_IGNORE;
  po.file = args[0];
  po.args = args;
  po.exit_cb = on_exit_cb;
  po.stdio = io;
  po.stdio_count = 3;
  started++;
  if (!p || (r = uv_spawn(loop, p, &po)) != 0) {
    fprintf(stderr, "spawn_c: uv_spawn failed\n");
    exit(1);
  }
}

static void posix_run(int inflight) {
  posix_spawn_file_actions_t fa;
  int fd = open("/dev/null", O_RDWR | O_CLOEXEC);
  if (fd < 0) {
    perror("spawn_c: /dev/null");
    exit(1);
  }
  posix_spawn_file_actions_init(&fa);
  for (int i = 0; i < 3; i++)
    posix_spawn_file_actions_adddup2(&fa, fd, i);
  for (;;) {
    while (started < total && started - done < inflight) {
      pid_t pid;
      int err = posix_spawn(&pid, args[0], &fa, NULL, args, environ);
      if (err) {
        fprintf(stderr, "spawn_c: posix_spawn: %s\n", strerror(err));
        exit(1);
      }
      started++;
    }
    if (done == total)
      break;
    int status;
    if (wait4(-1, &status, 0, NULL) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      fprintf(stderr, "spawn_c: wait4 failed or /bin/true failed\n");
      exit(1);
    }
    done++;
  }
}

int main(int argc, char **argv) {
  const char *mode = argc > 1 ? argv[1] : "uv";
  int inflight = argc > 3 ? atoi(argv[3]) : 16;
  total = argc > 2 ? atoi(argv[2]) : 2000;
  if (total < 1 || inflight < 1 || (strcmp(mode, "uv") && strcmp(mode, "posix"))) {
    fprintf(stderr, "usage: spawn_c uv|posix [N] [INFLIGHT]\n");
    return 2;
  }
  double t0 = now();
  if (strcmp(mode, "uv") == 0) {
    loop = uv_default_loop();
    for (int i = 0; i < inflight && started < total; i++)
      uv_one();
    uv_run(loop, UV_RUN_DEFAULT);
    if (done != total) {
      fprintf(stderr, "spawn_c: %d of %d reaped\n", done, total);
      return 1;
    }
  } else {
    posix_run(inflight);
  }
  printf("RESULT spawn_c_%s %.0f ops/s\n", mode, total / (now() - t0));
  return 0;
}
