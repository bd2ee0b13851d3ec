/* read_c.c — (FS-2) the C baseline for fs_readfile: what readFile does,
 * without a runtime: open, fstat, malloc(size), read(2) until size or EOF,
 * close, free; REPS times after one warm-up.
 *
 *   read_c FILE [REPS] [reuse]   prints `RESULT read_c <MiB/s> MiB/s`
 *
 * `reuse` keeps one buffer for every read (malloc'd once, already faulted
 * in after the warm-up): the cost of the read itself without the fresh
 * pages a new buffer needs (for comparison; fs_readfile's target is the
 * plain form, which allocates per read as readFile must).
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *kept;
static long long kept_size;

static long long read_file(const char *path, int reuse) {
  struct stat st;
  long long used = 0;
  char *data;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0 || fstat(fd, &st) < 0) {
    perror(path);
    exit(1);
  }
  if (reuse && kept && kept_size >= st.st_size)
    data = kept;
  else if (!(data = malloc(st.st_size ? (size_t)st.st_size : 1)))
    exit(1);
  while (used < st.st_size) {
    size_t want = (size_t)(st.st_size - used);
    ssize_t n = read(fd, data + used, want > (1u << 30) ? (1u << 30) : want);
    if (n < 0) {
      perror("read");
      exit(1);
    }
    if (n == 0)
      break;
    used += n;
  }
  close(fd);
  if (reuse && data != kept) {
    free(kept);
    kept = data;
    kept_size = st.st_size;
  } else if (!reuse) {
    free(data);
  }
  return used;
}

int main(int argc, char **argv) {
  int reps = argc > 2 ? atoi(argv[2]) : 4, i;
  int reuse = argc > 3 && strcmp(argv[3], "reuse") == 0;
  long long bytes = 0;
  double t0;
  if (argc < 2) {
    printf("SKIP read_c no file argument\n");
    return 0;
  }
  read_file(argv[1], reuse);
  t0 = now();
  for (i = 0; i < reps; i++)
    bytes += read_file(argv[1], reuse);
  printf("RESULT read_c %.1f MiB/s\n", bytes / 1048576.0 / (now() - t0));
  return 0;
}
