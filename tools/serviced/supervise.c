/* supervise.c — the --supervise parent (supervise.h). */
#include <errno.h>
#include <stdint.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "supervise.h"

#define BACKOFF_MIN_MS 100
#define BACKOFF_MAX_MS 30000
#define STABLE_MS 10000 /* a process that lived this long resets the backoff */

static volatile sig_atomic_t stop_sig;
static volatile pid_t child;

static void on_stop(int sig) {
  stop_sig = sig;
  if (child > 0) kill(child, sig);
}

static uint64_t mono_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

int supervise(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_stop; /* no SA_RESTART: waitpid and nanosleep return */
  sigemptyset(&sa.sa_mask);
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGINT, &sa, NULL);
  uint64_t backoff = BACKOFF_MIN_MS, restarts = 0;
  for (;;) {
    uint64_t started = mono_ms();
    pid_t pid = fork();
    if (pid < 0) {
      fprintf(stderr, "muk-serviced: supervisor: fork: %s\n", strerror(errno));
      exit(1);
    }
    if (pid == 0) { /* the serving process: default signal handling again */
      signal(SIGTERM, SIG_DFL);
      signal(SIGINT, SIG_DFL);
      return 0;
    }
    child = pid;
    if (stop_sig) kill(pid, stop_sig); /* a stop that came before child was set */
    /* always on stderr: the test and the operator find the process here */
    fprintf(stderr, "muk-serviced: supervisor: service process %ld started\n", (long)pid);
    int st;
    while (waitpid(pid, &st, 0) < 0)
      if (errno != EINTR) exit(1);
    child = 0;
    if (stop_sig) exit(WIFEXITED(st) ? WEXITSTATUS(st) : 1);
    if (WIFEXITED(st) && (WEXITSTATUS(st) == 0 || WEXITSTATUS(st) == 2))
      exit(WEXITSTATUS(st));
    if (mono_ms() - started >= STABLE_MS) backoff = BACKOFF_MIN_MS;
    restarts++;
    {
      char how[64];
      if (WIFSIGNALED(st)) snprintf(how, sizeof how, "signal %d", WTERMSIG(st));
      else snprintf(how, sizeof how, "exit status %d", WEXITSTATUS(st));
      fprintf(stderr,
              "muk-serviced: supervisor: service process %ld died (%s); restart %llu in "
              "%llu ms\n", (long)pid, how, (unsigned long long)restarts,
              (unsigned long long)backoff);
    }
    struct timespec ts = {(time_t)(backoff / 1000), (long)(backoff % 1000) * 1000000};
    while (!stop_sig && nanosleep(&ts, &ts) < 0 && errno == EINTR) {}
    if (stop_sig) exit(0);
    backoff = backoff * 2 > BACKOFF_MAX_MS ? BACKOFF_MAX_MS : backoff * 2;
  }
}
