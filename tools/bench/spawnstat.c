/* spawnstat.c — (BENCH) time one program from spawn to reaped exit and report
 * the child's peak RSS, for tools/bench/run.py's startup workloads.
 *
 *   spawnstat [-n RUNS] [-k] PROGRAM [ARGS...]
 *
 * Prints one line per run: `<wall ns> <ru_maxrss KiB> <exit status>`.
 * The child's stdin/stdout/stderr are /dev/null unless -k (keep) is given.
 *
 * Why a C launcher: Linux folds the pre-exec address space into the child's
 * ru_maxrss (exec_mmap -> setmax_mm_hiwater_rss), so a child spawned from
 * Python reports Python's ~16 MiB. Spawned from this small process, the floor
 * is this process's own RSS (~1 MiB; `spawnstat /bin/true` shows it), and
 * timing with clock_gettime around posix_spawn + wait4 keeps the
 * interpreter's spawn overhead out of the wall time.
 */
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static long long now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(int argc, char **argv) {
  int runs = 1, keep = 0, c;
  while ((c = getopt(argc, argv, "+n:k")) != -1) {
    switch (c) {
    case 'n':
      runs = atoi(optarg);
      break;
    case 'k':
      keep = 1;
      break;
    default:
      fprintf(stderr, "usage: spawnstat [-n RUNS] [-k] PROGRAM [ARGS...]\n");
      return 2;
    }
  }
  if (optind >= argc || runs < 1) {
    fprintf(stderr, "usage: spawnstat [-n RUNS] [-k] PROGRAM [ARGS...]\n");
    return 2;
  }
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  if (!keep) {
    int fd = open("/dev/null", O_RDWR);
    if (fd < 0) {
      perror("spawnstat: /dev/null");
      return 1;
    }
    for (int i = 0; i < 3; i++)
      posix_spawn_file_actions_adddup2(&fa, fd, i);
  }
  for (int i = 0; i < runs; i++) {
    pid_t pid;
    int status;
    struct rusage ru;
    long long t0 = now_ns();
    int err = posix_spawn(&pid, argv[optind], &fa, NULL, argv + optind, environ);
    if (err) {
      fprintf(stderr, "spawnstat: %s: %s\n", argv[optind], strerror(err));
      return 127;
    }
    if (wait4(pid, &status, 0, &ru) < 0) {
      perror("spawnstat: wait4");
      return 1;
    }
    long long t1 = now_ns();
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    printf("%lld %ld %d\n", t1 - t0, ru.ru_maxrss, code);
  }
  return 0;
}
