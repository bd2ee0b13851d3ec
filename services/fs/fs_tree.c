/* fs_tree.c — the fs ops that are more than one syscall: readFile and
 * writeFile (open, stat, loop, close), mkdir -p and rm -r. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __linux__
#include <pthread.h>
#include <sys/mman.h>
#endif

#include "fs.h"

static void free_buf(void *data, void *ud) {
  (void)ud;
  free(data);
}

/* Whole-file buffers of BIG_FILE bytes or more are their own mapping,
 * 2 MiB-aligned and marked MADV_HUGEPAGE, and freed mappings are kept for
 * the next big readFile (at most BIG_KEEP of them, BIG_KEEP_BYTES in all,
 * MADV_FREE'd so the kernel takes their pages back under memory pressure).
 * Measured on this 2-CPU VM, 256 MiB readFile: fresh 4 KiB pages cost
 * 65,536 faults and the kernel zeroing every page (clear_page ~90% of the
 * profile, 0.7-1.8 GB/s depending on whether the host has to back the
 * memory again, the same for a plain C malloc+read loop); huge pages cut
 * the faults to 128 but not the zeroing; a kept mapping needs neither
 * (one copy from the page cache: 6-10 GB/s). Without transparent huge
 * pages or MADV_FREE (or off Linux) these are ordinary mappings. */
#define BIG_FILE (4u << 20)
#define HUGE_PAGE (2u << 20)
#define BIG_KEEP 2
#define BIG_KEEP_BYTES ((size_t)512 << 20)

#ifdef __linux__
static struct {
  pthread_mutex_t lock;
  void *p[BIG_KEEP];
  size_t len[BIG_KEEP];
} kept = {PTHREAD_MUTEX_INITIALIZER, {NULL}, {0}};

/* The free function of a big payload (any thread): keep the mapping when
 * there is room, else unmap it (or the smaller kept one). */
static void free_big(void *data, void *ud) {
  size_t len = (size_t)(uintptr_t)ud, total = 0;
  int i, slot = -1;
#ifdef MADV_FREE
  madvise(data, len, MADV_FREE);
#endif
  pthread_mutex_lock(&kept.lock);
  for (i = 0; i < BIG_KEEP; i++) {
    total += kept.len[i];
    if (slot < 0 && !kept.p[i])
      slot = i;
  }
  if (slot < 0) { /* full: replace the smallest if this one is larger */
    for (i = 0, slot = 0; i < BIG_KEEP; i++)
      if (kept.len[i] < kept.len[slot])
        slot = i;
    if (kept.len[slot] >= len) {
      slot = -1;
    } else {
      void *old = kept.p[slot];
      size_t oldlen = kept.len[slot];
      total -= oldlen;
      kept.p[slot] = NULL;
      kept.len[slot] = 0;
      pthread_mutex_unlock(&kept.lock);
      munmap(old, oldlen);
      pthread_mutex_lock(&kept.lock);
      if (kept.p[slot]) /* taken meanwhile */
        slot = -1;
    }
  }
  if (slot >= 0 && total + len <= BIG_KEEP_BYTES) {
    kept.p[slot] = data;
    kept.len[slot] = len;
    data = NULL;
  }
  pthread_mutex_unlock(&kept.lock);
  if (data)
    munmap(data, len);
}

/* A mapping of at least size bytes (rounded up to 2 MiB): the smallest
 * kept one that fits, or a new one. */
static char *alloc_big(uint64_t size, size_t *maplen) {
  size_t len = ((size_t)size + HUGE_PAGE - 1) & ~(size_t)(HUGE_PAGE - 1);
  uintptr_t raw, start;
  void *p;
  int i, best = -1;
  pthread_mutex_lock(&kept.lock);
  for (i = 0; i < BIG_KEEP; i++)
    if (kept.p[i] && kept.len[i] >= len &&
        (best < 0 || kept.len[i] < kept.len[best]))
      best = i;
  if (best >= 0) {
    p = kept.p[best];
    *maplen = kept.len[best];
    kept.p[best] = NULL;
    kept.len[best] = 0;
    pthread_mutex_unlock(&kept.lock);
    return p;
  }
  pthread_mutex_unlock(&kept.lock);
  p = mmap(NULL, len + HUGE_PAGE, PROT_READ | PROT_WRITE,
           MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED)
    return NULL;
  raw = (uintptr_t)p; /* trim to a 2 MiB-aligned start */
  start = (raw + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
  if (start > raw)
    munmap(p, start - raw);
  if (raw + len + HUGE_PAGE > start + len)
    munmap((void *)(start + len), raw + len + HUGE_PAGE - (start + len));
#ifdef MADV_HUGEPAGE
  madvise((void *)start, len, MADV_HUGEPAGE);
#endif
  *maplen = len;
  return (char *)start;
}
#endif

static void close_fd(uv_file fd) {
  uv_fs_t req;
  uv_fs_close(NULL, &req, fd, NULL);
  uv_fs_req_cleanup(&req);
}

/* Open arg 0 (a path, or an fd the caller keeps) with arg 1's flags and arg
 * 2's mode. Returns the fd or an error; *own says whether to close it. */
static int open_arg(muk_msg *m, int64_t flags, int64_t mode, int *own) {
  const char *path;
  size_t len;
  int64_t fd;
  uv_fs_t req;
  int r;
  if (muk_msg_i64(m, 0, &fd) == 0) {
    *own = 0;
    return (int)fd;
  }
  if (muk_msg_str(m, 0, &path, &len) != 0)
    return MUK_EBADMSG;
  r = uv_fs_open(NULL, &req, path, (int)flags, (int)mode, NULL);
  uv_fs_req_cleanup(&req);
  *own = 1;
  return r;
}

static void release(char *data, int big, size_t maplen) {
#ifdef __linux__
  if (big) {
    free_big(data, (void *)(uintptr_t)maplen);
    return;
  }
#endif
  (void)big;
  (void)maplen;
  free(data);
}

/* readFile: size the buffer by fstat and read until that many bytes or
 * EOF (a file that shrank gives less; one that grew gives its size at the
 * fstat, as Node); a file of unknown size (0: /proc, pipes) is read in
 * growing chunks to EOF. Reads from the current position of a given fd.
 * At most the sender's reply limit (muk_msg_reply_max: one Buffer in
 * process, the wire's maximum for a remote client) is ever allocated: a
 * bigger file fails with EFBIG and its size when the limit is Node's
 * kIoMaxLength, with MUK_ETOOBIG when it is the sender's own. */
void muk__fs_readfile(muk_msg *m) {
  int64_t flags = 0;
  int own, fd, r = 0;
  uv_fs_t req;
  uint64_t size = 0, used = 0, cap;
  char *data = NULL, *tmp;
  int known, big = 0;
  size_t maplen = 0;
  uint64_t limit = muk_msg_reply_max(m);
  int too_big = UV_EFBIG;
  if (limit < (uint64_t)FS_MAX_READFILE)
    too_big = MUK_ETOOBIG;
  else
    limit = (uint64_t)FS_MAX_READFILE;

  muk_msg_i64(m, 1, &flags);
  if ((fd = open_arg(m, flags, 0666, &own)) < 0) {
    muk__fs_fail(m, fd, fd == MUK_EBADMSG ? NULL : "open", NULL);
    return;
  }
  r = uv_fs_fstat(NULL, &req, fd, NULL);
  if (r == 0 && (req.statbuf.st_mode & S_IFMT) == S_IFREG)
    size = req.statbuf.st_size;
  uv_fs_req_cleanup(&req);
  if (r < 0)
    goto fail_fstat;
  if (size > limit) {
    if (own)
      close_fd(fd);
    muk_msg_reset_args(m);
    if (too_big == UV_EFBIG)
      muk_msg_add_i64(m, (int64_t)size);
    muk_reply(m, too_big);
    return;
  }
  known = size > 0;
  cap = known ? size : 64 * 1024;
#ifdef __linux__
  if (size >= BIG_FILE && (data = alloc_big(size, &maplen)) != NULL) {
    big = 1;
  } else
#endif
  if ((data = malloc(cap ? cap : 1)) == NULL) {
    r = UV_ENOMEM;
    goto fail;
  }
  for (;;) {
    uv_buf_t b;
    if (known && used == size)
      break;
    if (!known && used == cap) {
      uint64_t ncap = cap * 2 > limit ? limit : cap * 2;
      if (cap >= limit) { /* full: one more byte says whether it ends */
        char probe;
        b = uv_buf_init(&probe, 1);
        r = uv_fs_read(NULL, &req, fd, &b, 1, -1, NULL);
        uv_fs_req_cleanup(&req);
        if (r < 0)
          goto fail_read;
        if (r == 0)
          break;
        r = too_big;
        goto fail;
      }
      if ((tmp = realloc(data, ncap)) == NULL) {
        r = UV_ENOMEM;
        goto fail;
      }
      data = tmp;
      cap = ncap;
    }
    b = uv_buf_init(data + used, (unsigned int)(cap - used > 1u << 30
                                                    ? 1u << 30
                                                    : cap - used));
    r = uv_fs_read(NULL, &req, fd, &b, 1, -1, NULL);
    uv_fs_req_cleanup(&req);
    if (r < 0)
      goto fail_read;
    if (r == 0)
      break;
    used += (uint64_t)r;
  }
  if (own)
    close_fd(fd);
  muk_msg_reset_args(m);
#ifdef __linux__
  if (big)
    muk_msg_set_payload(m, data, (size_t)used, free_big, (void *)(uintptr_t)maplen);
  else
#endif
    muk_msg_set_payload(m, data, (size_t)used, free_buf, NULL);
  muk_reply(m, 0);
  return;
fail_read:
  release(data, big, maplen);
  if (own)
    close_fd(fd);
  muk__fs_fail(m, r, "read", NULL);
  return;
fail_fstat:
  if (own)
    close_fd(fd);
  muk__fs_fail(m, r, "fstat", NULL);
  return;
fail:
  release(data, big, maplen);
  if (own)
    close_fd(fd);
  muk_msg_reset_args(m);
  muk_reply(m, r);
}

/* writeFile: arg 0 path|fd, 1 flags, 2 mode; the payload, written whole
 * (at the current position of a given fd). */
void muk__fs_writefile(muk_msg *m) {
  int64_t flags = 0, mode = 0666;
  const uint8_t *p = m->payload.data;
  size_t left = m->payload.len;
  int own, fd, r = 0;
  uv_fs_t req;

  muk_msg_i64(m, 1, &flags);
  muk_msg_i64(m, 2, &mode);
  if ((fd = open_arg(m, flags, mode, &own)) < 0) {
    muk__fs_fail(m, fd, fd == MUK_EBADMSG ? NULL : "open", NULL);
    return;
  }
  while (left > 0) {
    uv_buf_t b = uv_buf_init((char *)p, left > 1u << 30 ? 1u << 30
                                                         : (unsigned int)left);
    r = uv_fs_write(NULL, &req, fd, &b, 1, -1, NULL);
    uv_fs_req_cleanup(&req);
    if (r < 0)
      break;
    p += r;
    left -= (size_t)r;
  }
  if (own)
    close_fd(fd);
  muk_msg_set_payload(m, NULL, 0, NULL, NULL);
  if (r < 0) {
    muk__fs_fail(m, r, "write", NULL);
    return;
  }
  muk_msg_reset_args(m);
  muk_reply(m, 0);
}

/* How mkdir -p goes, as Node's MKDirpSync / MKDirpAsync (which differ). */
typedef struct mkdirp_ctx {
  int mode;
  int async;   /* fs.mkdir and fs.promises.mkdir rather than mkdirSync */
  char *first; /* the outermost directory created (malloc'd) */
  char *where; /* async: the parent that is not a directory (malloc'd) */
} mkdirp_ctx;

/* mkdir found something at path (EEXIST): fine if it is a directory.
 * Otherwise stat's own error (a dangling symlink is ENOENT, a loop ELOOP),
 * ENOTDIR where a parent was wanted, else EEXIST; async, any parent that
 * is not a directory is ENOTDIR, reported at the parent's path. */
static int exists_as_dir(mkdirp_ctx *c, const char *path, int parent) {
  uv_fs_t req;
  int r = uv_fs_stat(NULL, &req, path, NULL);
  int dir = r == 0 && (req.statbuf.st_mode & S_IFMT) == S_IFDIR;
  uv_fs_req_cleanup(&req);
  if (dir)
    return 0;
  if (parent && c->async) {
    c->where = strdup(path);
    return UV_ENOTDIR;
  }
  return r < 0 ? r : parent ? UV_ENOTDIR : UV_EEXIST;
}

/* mkdir -p: create path and missing parents. parent: path is the parent
 * of one still to create. */
static int mkdirp(mkdirp_ctx *c, char *path, int parent) {
  uv_fs_t req;
  int r = uv_fs_mkdir(NULL, &req, path, c->mode, NULL);
  uv_fs_req_cleanup(&req);
  if (r == 0) {
    if (!c->first)
      c->first = strdup(path);
    return 0;
  }
  if (r == UV_EEXIST)
    return exists_as_dir(c, path, parent);
  if (r == UV_ENOENT) {
    char *slash = strrchr(path, '/');
    while (slash && slash > path && slash[1] == '\0') { /* trailing '/' */
      *slash = '\0';
      slash = strrchr(path, '/');
    }
    if (!slash || slash == path)
      return r;
    *slash = '\0';
    r = mkdirp(c, path, 1);
    *slash = '/';
    if (r < 0)
      return r;
    r = uv_fs_mkdir(NULL, &req, path, c->mode, NULL);
    uv_fs_req_cleanup(&req);
    if (r == UV_EEXIST)
      r = exists_as_dir(c, path, parent);
  }
  return r;
}

/* mkdir: arg 0 path, 1 mode, 2 recursive, [3 async] -> [str first created] */
void muk__fs_mkdir(muk_msg *m) {
  const char *path;
  size_t len;
  int64_t mode = 0777, rec = 0, async = 0;
  mkdirp_ctx c = {0, 0, NULL, NULL};
  char *copy;
  uv_fs_t req;
  int r;
  if (muk_msg_str(m, 0, &path, &len) != 0) {
    muk__fs_fail(m, MUK_EBADMSG, NULL, NULL);
    return;
  }
  muk_msg_i64(m, 1, &mode);
  muk_msg_i64(m, 2, &rec);
  muk_msg_i64(m, 3, &async);
  if (!rec) {
    r = uv_fs_mkdir(NULL, &req, path, (int)mode, NULL);
    uv_fs_req_cleanup(&req);
    muk_msg_reset_args(m);
    muk_reply(m, r);
    return;
  }
  if ((copy = strdup(path)) == NULL) {
    muk__fs_fail(m, UV_ENOMEM, NULL, NULL);
    return;
  }
  c.mode = (int)mode;
  c.async = async != 0;
  r = mkdirp(&c, copy, 0);
  free(copy);
  if (r < 0 && c.where) {
    muk__fs_fail(m, r, "mkdir", c.where);
  } else {
    muk_msg_reset_args(m);
    if (r == 0 && c.first)
      muk_msg_add_str(m, c.first, strlen(c.first));
    muk_reply(m, r);
  }
  free(c.first);
  free(c.where);
}

/* Remove path and everything below it; on failure *where names the path
 * that failed (malloc'd) and *sc the syscall. */
static int rm_tree(const char *path, char **where, const char **sc) {
  uv_fs_t req;
  uv_dirent_t ent;
  int r = uv_fs_lstat(NULL, &req, path, NULL);
  int dir = r == 0 && (req.statbuf.st_mode & S_IFMT) == S_IFDIR;
  uv_fs_req_cleanup(&req);
  if (r < 0) {
    *sc = "lstat";
    goto fail;
  }
  if (!dir) {
    r = uv_fs_unlink(NULL, &req, path, NULL);
    uv_fs_req_cleanup(&req);
    *sc = "unlink";
    if (r < 0)
      goto fail;
    return 0;
  }
  r = uv_fs_scandir(NULL, &req, path, 0, NULL);
  if (r < 0) {
    uv_fs_req_cleanup(&req);
    *sc = "scandir";
    goto fail;
  }
  while (uv_fs_scandir_next(&req, &ent) != UV_EOF) {
    size_t n = strlen(path) + strlen(ent.name) + 2;
    char *child = malloc(n);
    if (!child) {
      uv_fs_req_cleanup(&req);
      return UV_ENOMEM;
    }
    snprintf(child, n, "%s/%s", path, ent.name);
    r = rm_tree(child, where, sc);
    free(child);
    if (r < 0) {
      uv_fs_req_cleanup(&req);
      return r;
    }
  }
  uv_fs_req_cleanup(&req);
  r = uv_fs_rmdir(NULL, &req, path, NULL);
  uv_fs_req_cleanup(&req);
  *sc = "rmdir";
  if (r < 0)
    goto fail;
  return 0;
fail:
  if (!*where)
    *where = strdup(path);
  return r;
}

/* rm: arg 0 path, 1 recursive, 2 force. As Node: lstat first (ENOENT is
 * fine with force); a directory without recursive is EISDIR with syscall
 * "rm" (the bridge makes ERR_FS_EISDIR of it). */
void muk__fs_rm(muk_msg *m) {
  const char *path, *sc = NULL;
  size_t len;
  int64_t rec = 0, force = 0;
  char *where = NULL;
  uv_fs_t req;
  int r, dir;
  if (muk_msg_str(m, 0, &path, &len) != 0) {
    muk__fs_fail(m, MUK_EBADMSG, NULL, NULL);
    return;
  }
  muk_msg_i64(m, 1, &rec);
  muk_msg_i64(m, 2, &force);
  r = uv_fs_lstat(NULL, &req, path, NULL);
  dir = r == 0 && (req.statbuf.st_mode & S_IFMT) == S_IFDIR;
  uv_fs_req_cleanup(&req);
  if (r < 0) {
    if (r == UV_ENOENT && force)
      r = 0;
    muk__fs_fail(m, r, r < 0 ? "lstat" : NULL, NULL);
    return;
  }
  if (dir && !rec) {
    muk__fs_fail(m, UV_EISDIR, "rm", NULL);
    return;
  }
  r = rm_tree(path, &where, &sc);
  if (r == UV_ENOENT && force)
    r = 0;
  muk__fs_fail(m, r, r < 0 ? sc : NULL, r < 0 ? where : NULL);
  free(where);
}
