/* read_c.c — (FS-2) the C baseline for fs_readfile: what readFile does,
 * without a runtime: open, fstat, malloc(size), read(2) until size or EOF,
 * close, free; REPS times after one warm-up.
 *
 *   read_c FILE [REPS]      prints `RESULT read_c <MiB/s> MiB/s`
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static long long read_file(const char *path) {
  struct stat st;
  long long used = 0;
  char *data;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0 || fstat(fd, &st) < 0) {
    perror(path);
    exit(1);
  }
  if (!(data = malloc(st.st_size ? (size_t)st.st_size : 1)))
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
  free(data);
  return used;
}

int main(int argc, char **argv) {
  int reps = argc > 2 ? atoi(argv[2]) : 4, i;
  long long bytes = 0;
  double t0;
  if (argc < 2) {
    printf("SKIP read_c no file argument\n");
    return 0;
  }
  read_file(argv[1]);
  t0 = now();
  for (i = 0; i < reps; i++)
    bytes += read_file(argv[1]);
  printf("RESULT read_c %.1f MiB/s\n", bytes / 1048576.0 / (now() - t0));
  return 0;
}
