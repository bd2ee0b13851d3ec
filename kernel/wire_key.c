/* wire_key.c — the shared key file of authenticated remote links (muk.h:
 * muk_key_file_read). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "muk.h"
#include "wire_sec.h"

void muk_key_free(uint8_t *key, size_t len) {
  if (!key) return;
  volatile uint8_t *p = key; /* not optimised away: the key is gone after */
  for (size_t i = 0; i < len; i++) p[i] = 0;
  free(key);
}

static int sys_fail(const char *what, const char *path, char *err, size_t n) {
  int e = errno;
  snprintf(err, n, "cannot %s key file %s: %s", what, path, strerror(e));
  return uv_translate_sys_error(e);
}

int muk_key_file_read(const char *path, uint8_t **key, size_t *len, char *err,
                      size_t errlen) {
  int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return sys_fail("open", path, err, errlen);
  struct stat st;
  int rc = 0;
  if (fstat(fd, &st) < 0) {
    rc = sys_fail("read", path, err, errlen);
  } else if (!S_ISREG(st.st_mode)) {
    snprintf(err, errlen, "key file %s is not a regular file", path);
    rc = UV_EINVAL;
  } else if (st.st_mode & 077) {
    snprintf(err, errlen,
             "key file %s is accessible by group or others (mode %04o), so it is not "
             "secret; make it private with: chmod 600 %s",
             path, (unsigned)(st.st_mode & 07777), path);
    rc = UV_EACCES;
  } else if (st.st_size > (off_t)MUK_WIRE_KEY_MAX + 64) {
    snprintf(err, errlen, "key file %s is too big (a key is 32 to 4096 bytes)", path);
    rc = UV_EINVAL;
  }
  if (rc) {
    close(fd);
    return rc;
  }
  size_t cap = (size_t)st.st_size + 1, n = 0;
  uint8_t *b = malloc(cap);
  if (!b) {
    close(fd);
    return UV_ENOMEM;
  }
  while (n < cap) {
    ssize_t r = read(fd, b + n, cap - n);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) break;
    n += (size_t)r;
  }
  close(fd);
  while (n && (b[n - 1] == '\n' || b[n - 1] == '\r' || b[n - 1] == ' ' || b[n - 1] == '\t'))
    n--;
  if (n < MUK_WIRE_KEY_MIN || n > MUK_WIRE_KEY_MAX) {
    muk_key_free(b, cap);
    snprintf(err, errlen,
             "key file %s holds %zu bytes, a key needs 32 to 4096; make one with: "
             "openssl rand -hex 32 > FILE; chmod 600 FILE", path, n);
    return UV_EINVAL;
  }
  *key = b;
  *len = n;
  return 0;
}
