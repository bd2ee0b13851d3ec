/* small_files_c.c — the C limit of fs_small_files: for each file what the
 * JS script asks for, without a runtime: stat, then readFile's open, fstat,
 * malloc(size), read(2) until size or EOF, close, free. THREADS threads
 * take every THREADS-th file each, with no hand-off between them: 1 is the
 * plain C loop (issue 3's "raw C"), the CPU count is what the machine can
 * do at best. One warm-up pass over all files, then one timed pass.
 *
 *   small_files_c DIR [N] [THREADS]
 *       prints `RESULT small_files_c <files/s> ops/s`
 *
 * DIR holds f0..f(N-1), as run.py's {small} fixture. Exit status 1 (with
 * the file's name and errno's text) if any call fails.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define MAX_THREADS 64

static const char *dir;
static int nfiles, nthreads;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void fail(const char *what, const char *path) {
  fprintf(stderr, "small_files_c: %s %s: %s\n", what, path, strerror(errno));
  exit(1);
}

static void one_file(const char *path) {
  struct stat st;
  char *buf;
  size_t got = 0;
  ssize_t n;
  int fd;

  if (stat(path, &st) != 0)
    fail("stat", path);
  if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
    fail("open", path);
  if (fstat(fd, &st) != 0)
    fail("fstat", path);
  if (!(buf = malloc(st.st_size ? (size_t)st.st_size : 1)))
    fail("malloc", path);
  while (got < (size_t)st.st_size &&
         (n = read(fd, buf + got, (size_t)st.st_size - got)) > 0)
    got += (size_t)n;
  if (got != (size_t)st.st_size)
    fail("read", path);
  close(fd);
  free(buf);
}

static void *run(void *arg) {
  char path[4096];
  for (int i = (int)(long)arg; i < nfiles; i += nthreads) {
    snprintf(path, sizeof(path), "%s/f%d", dir, i);
    one_file(path);
  }
  return NULL;
}

static double pass(void) {
  pthread_t th[MAX_THREADS];
  double t0 = now();
  for (long i = 0; i < nthreads; i++)
    if (pthread_create(&th[i], NULL, run, (void *)i) != 0)
      fail("pthread_create", "");
  for (int i = 0; i < nthreads; i++)
    pthread_join(th[i], NULL);
  return now() - t0;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: small_files_c DIR [N] [THREADS]\n");
    return 2;
  }
  dir = argv[1];
  nfiles = argc > 2 ? atoi(argv[2]) : 20000;
  nthreads = argc > 3 ? atoi(argv[3]) : 1;
  if (nfiles < 1 || nthreads < 1 || nthreads > MAX_THREADS) {
    fprintf(stderr, "small_files_c: N >= 1, 1 <= THREADS <= %d\n", MAX_THREADS);
    return 2;
  }
  pass(); /* warm-up: dentries, inodes, page cache */
  printf("RESULT small_files_c %.0f ops/s\n", nfiles / pass());
  return 0;
}
