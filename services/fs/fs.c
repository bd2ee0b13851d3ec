/* fs.c — the fs service, backend "posix": every op is one libuv fs call
 * made synchronously (no loop, no callback) on one of the service's POOL
 * workers, so results and error codes are exactly the ones Node gets from
 * the same calls. Schema in fs.h; tree and whole-file ops in fs_tree.c. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fs.h"

#define FS_OP_NAME(id, name) [FS_##id] = name,
const char *const muk_fs_op_names[FS_NOPS] = {FS_OPS(FS_OP_NAME)};

static void free_buf(void *data, void *ud) {
  (void)ud;
  free(data);
}

/* read() buffers of a power-of-two size from 16 KiB to 1 MiB (streams read
 * 64 KiB at a time) come from per-size free lists that the Buffers' free
 * function refills, BLOCKS_KEEP bytes in all (kept, never returned to the
 * OS): freed Buffers go back in bulk at a GC (~32 MiB at a time) to the
 * worker's malloc arena, which trimmed that memory, and the next reads
 * faulted it in again (STREAM's finding). 1 GiB fs_stream_copy: 214 k ->
 * 9 k minor faults, 1.0 -> 0.55 s system time, RSS 41 -> 38 MiB. The
 * first word of a free block links it. */
#define BLOCK_MIN_SHIFT 14
#define BLOCK_CLASSES 7 /* 16 KiB .. 1 MiB */
#define BLOCKS_KEEP ((size_t)32 << 20)

static struct {
  pthread_mutex_t lock;
  void *head[BLOCK_CLASSES];
  size_t bytes;
} blocks = {PTHREAD_MUTEX_INITIALIZER, {NULL}, 0};

static int block_class(int64_t len) {
  int c;
  for (c = 0; c < BLOCK_CLASSES; c++)
    if (len == (int64_t)1 << (BLOCK_MIN_SHIFT + c))
      return c;
  return -1;
}

static void *block_get(int c) {
  void *p;
  pthread_mutex_lock(&blocks.lock);
  if ((p = blocks.head[c]) != NULL) {
    memcpy(&blocks.head[c], p, sizeof(void *));
    blocks.bytes -= (size_t)1 << (BLOCK_MIN_SHIFT + c);
  }
  pthread_mutex_unlock(&blocks.lock);
  return p ? p : malloc((size_t)1 << (BLOCK_MIN_SHIFT + c));
}

static void block_put(void *data, void *ud) {
  int c = (int)(intptr_t)ud;
  size_t size = (size_t)1 << (BLOCK_MIN_SHIFT + c);
  pthread_mutex_lock(&blocks.lock);
  if (blocks.bytes + size <= BLOCKS_KEEP) {
    memcpy(data, &blocks.head[c], sizeof(void *));
    blocks.head[c] = data;
    blocks.bytes += size;
    data = NULL;
  }
  pthread_mutex_unlock(&blocks.lock);
  free(data);
}

void muk__fs_fail(muk_msg *m, int status, const char *syscall,
                  const char *path) {
  /* syscall and path may point into the message's own arguments */
  char sc[32], *p = NULL;
  snprintf(sc, sizeof sc, "%s", syscall ? syscall : "");
  if (path && (p = strdup(path)) == NULL)
    status = UV_ENOMEM;
  muk_msg_reset_args(m);
  if (sc[0])
    muk_msg_add_str(m, sc, strlen(sc));
  if (p) {
    muk_msg_add_str(m, p, strlen(p));
    free(p);
  }
  muk_reply(m, status);
}

/* Reply to a call that returns nothing but a status. */
static void done(muk_msg *m, int r) {
  muk_msg_reset_args(m);
  muk_reply(m, r < 0 ? r : 0);
}

static void done_i64(muk_msg *m, int64_t v) {
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, v);
  muk_reply(m, 0);
}

static void done_str(muk_msg *m, const char *s) {
  char *copy = strdup(s); /* s may live in the message's arguments */
  muk_msg_reset_args(m);
  if (!copy) {
    muk_reply(m, UV_ENOMEM);
    return;
  }
  muk_msg_add_str(m, copy, strlen(copy));
  free(copy);
  muk_reply(m, 0);
}

/* Stats as FS_STATS_LEN bytes (fs.h): 18 little-endian doubles, exact
 * below 2^53 as Node's own Float64Array of stats. Formatting them as
 * decimal text cost ~2.8k instructions per stat here, and as much again to
 * parse on the loop thread. */
static void put_f64le(uint8_t *out, double d) {
  uint64_t u;
  int i;
  memcpy(&u, &d, sizeof(u));
  for (i = 0; i < 8; i++)
    out[i] = (uint8_t)(u >> (8 * i));
}

static void stats_bytes(const uv_stat_t *s, uint8_t *out) {
  const double v[FS_STATS_N] = {
      [FS_STAT_DEV] = (double)s->st_dev,
      [FS_STAT_MODE] = (double)s->st_mode,
      [FS_STAT_NLINK] = (double)s->st_nlink,
      [FS_STAT_UID] = (double)s->st_uid,
      [FS_STAT_GID] = (double)s->st_gid,
      [FS_STAT_RDEV] = (double)s->st_rdev,
      [FS_STAT_BLKSIZE] = (double)s->st_blksize,
      [FS_STAT_INO] = (double)s->st_ino,
      [FS_STAT_SIZE] = (double)s->st_size,
      [FS_STAT_BLOCKS] = (double)s->st_blocks,
      [FS_STAT_ATIME_SEC] = (double)s->st_atim.tv_sec,
      [FS_STAT_ATIME_NSEC] = (double)s->st_atim.tv_nsec,
      [FS_STAT_MTIME_SEC] = (double)s->st_mtim.tv_sec,
      [FS_STAT_MTIME_NSEC] = (double)s->st_mtim.tv_nsec,
      [FS_STAT_CTIME_SEC] = (double)s->st_ctim.tv_sec,
      [FS_STAT_CTIME_NSEC] = (double)s->st_ctim.tv_nsec,
      [FS_STAT_BIRTHTIME_SEC] = (double)s->st_birthtim.tv_sec,
      [FS_STAT_BIRTHTIME_NSEC] = (double)s->st_birthtim.tv_nsec};
  int i;
  for (i = 0; i < FS_STATS_N; i++)
    put_f64le(out + 8 * i, v[i]);
}

static void do_stat(muk_msg *m, int op) {
  uv_fs_t req;
  const char *path = NULL;
  size_t len;
  int64_t fd = -1;
  uint8_t buf[FS_STATS_LEN];
  int r;
  if (op == FS_FSTAT ? muk_msg_i64(m, 0, &fd) : muk_msg_str(m, 0, &path, &len)) {
    done(m, MUK_EBADMSG);
    return;
  }
  if (op == FS_STAT)
    r = uv_fs_stat(NULL, &req, path, NULL);
  else if (op == FS_LSTAT)
    r = uv_fs_lstat(NULL, &req, path, NULL);
  else
    r = uv_fs_fstat(NULL, &req, (uv_file)fd, NULL);
  if (r == 0)
    stats_bytes(&req.statbuf, buf);
  uv_fs_req_cleanup(&req);
  if (r < 0) {
    done(m, r);
    return;
  }
  muk_msg_reset_args(m);
  muk_reply(m, muk_msg_add_bytes(m, buf, sizeof(buf)));
}

/* With a 4th argument 1 (a stream's first read) the reply also says
 * whether fd is a regular file: fs.ReadStream then reads ahead. */
static void do_read(muk_msg *m) {
  int64_t fd, len, pos, ask = 0;
  uv_fs_t req;
  uv_buf_t b;
  char *data;
  int r, c, regular = 0;
  if (muk_msg_i64(m, 0, &fd) || muk_msg_i64(m, 1, &len) ||
      muk_msg_i64(m, 2, &pos) || len < 0 || len > FS_MAX_READFILE ||
      (m->nargs > 3 && muk_msg_i64(m, 3, &ask))) {
    done(m, MUK_EBADMSG);
    return;
  }
  if (ask == 1) {
    regular = uv_fs_fstat(NULL, &req, (uv_file)fd, NULL) == 0 &&
              (req.statbuf.st_mode & S_IFMT) == S_IFREG;
    uv_fs_req_cleanup(&req);
  }
  /* A read may return fewer bytes than asked: never more than the sender
   * can take (a remote client asking 2 GiB gets at most the wire's max). */
  if ((uint64_t)len > muk_msg_reply_max(m))
    len = (int64_t)muk_msg_reply_max(m);
  c = block_class(len);
  if ((data = c >= 0 ? block_get(c) : malloc(len ? (size_t)len : 1)) == NULL) {
    done(m, UV_ENOMEM);
    return;
  }
  b = uv_buf_init(data, (unsigned int)len);
  r = uv_fs_read(NULL, &req, (uv_file)fd, &b, 1, pos, NULL);
  uv_fs_req_cleanup(&req);
  if (r < 0) {
    if (c >= 0)
      block_put(data, (void *)(intptr_t)c);
    else
      free(data);
    done(m, r);
    return;
  }
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, r);
  if (ask == 1)
    muk_msg_add_i64(m, regular);
  if (c >= 0)
    muk_msg_set_payload(m, data, (size_t)r, block_put, (void *)(intptr_t)c);
  else
    muk_msg_set_payload(m, data, (size_t)r, free_buf, NULL);
  muk_reply(m, 0);
}

static void do_write(muk_msg *m) {
  int64_t fd, pos;
  uv_fs_t req;
  uv_buf_t b;
  int r;
  if (muk_msg_i64(m, 0, &fd) || muk_msg_i64(m, 1, &pos)) {
    done(m, MUK_EBADMSG);
    return;
  }
  b = uv_buf_init((char *)m->payload.data, (unsigned int)m->payload.len);
  r = uv_fs_write(NULL, &req, (uv_file)fd, &b, 1, pos, NULL);
  uv_fs_req_cleanup(&req);
  muk_msg_set_payload(m, NULL, 0, NULL, NULL);
  if (r < 0)
    done(m, r);
  else
    done_i64(m, r);
}

/* readdir: names joined by '/' (the one byte besides NUL a name cannot
 * hold; JS strings stop at NUL), and one type digit (uv_dirent_type_t) per
 * name. */
static void do_readdir(muk_msg *m) {
  const char *path;
  size_t len, cap = 256, used = 0, ntypes = 0;
  uv_fs_t req;
  uv_dirent_t ent;
  char *names, *types, *tmp;
  int r;
  if (muk_msg_str(m, 0, &path, &len)) {
    done(m, MUK_EBADMSG);
    return;
  }
  r = uv_fs_scandir(NULL, &req, path, 0, NULL);
  if (r < 0) {
    uv_fs_req_cleanup(&req);
    done(m, r);
    return;
  }
  names = malloc(cap);
  types = malloc((size_t)r + 1);
  if (!names || !types)
    goto nomem;
  while (uv_fs_scandir_next(&req, &ent) != UV_EOF) {
    size_t n = strlen(ent.name) + 1;
    while (used + n > cap) {
      if ((tmp = realloc(names, cap * 2)) == NULL)
        goto nomem;
      names = tmp;
      cap *= 2;
    }
    memcpy(names + used, ent.name, n);
    used += n;
    names[used - 1] = '/';
    if (ntypes < (size_t)r)
      types[ntypes++] = (char)('0' + ent.type);
  }
  uv_fs_req_cleanup(&req);
  muk_msg_reset_args(m);
  muk_msg_add_str(m, names, used ? used - 1 : 0);
  muk_msg_add_str(m, types, ntypes);
  free(names);
  free(types);
  muk_reply(m, 0);
  return;
nomem:
  free(names);
  free(types);
  uv_fs_req_cleanup(&req);
  done(m, UV_ENOMEM);
}

/* Ops whose request is (str[, str][, i64...]) and whose result is a status
 * or one string. */
static void do_simple(muk_msg *m) {
  const char *a = NULL, *b = NULL;
  size_t alen, blen;
  int64_t i1 = 0, i2 = 0, fd = 0;
  double t1 = 0, t2 = 0;
  uv_fs_t req;
  int r;
  int has_fd = muk_msg_i64(m, 0, &fd) == 0;
  if (!has_fd)
    muk_msg_str(m, 0, &a, &alen);
  if (muk_msg_str(m, 1, &b, &blen) != 0)
    b = NULL;
  muk_msg_i64(m, b ? 2 : 1, &i1);
  muk_msg_i64(m, b ? 3 : 2, &i2);
  if (muk_msg_f64(m, 1, &t1) != 0) {
    int64_t v;
    if (muk_msg_i64(m, 1, &v) == 0)
      t1 = (double)v;
  }
  if (muk_msg_f64(m, 2, &t2) != 0) {
    int64_t v;
    if (muk_msg_i64(m, 2, &v) == 0)
      t2 = (double)v;
  }
  if (!has_fd && !a) {
    done(m, MUK_EBADMSG);
    return;
  }
  switch (m->op) {
  case FS_OPEN: r = uv_fs_open(NULL, &req, a, (int)i1, (int)i2, NULL); break;
  case FS_CLOSE: r = uv_fs_close(NULL, &req, (uv_file)fd, NULL); break;
  case FS_ACCESS: r = uv_fs_access(NULL, &req, a, (int)i1, NULL); break;
  case FS_MKDTEMP: {
    char tpl[4096];
    if (snprintf(tpl, sizeof tpl, "%sXXXXXX", a) >= (int)sizeof tpl) {
      done(m, UV_ENAMETOOLONG);
      return;
    }
    r = uv_fs_mkdtemp(NULL, &req, tpl, NULL);
    break;
  }
  case FS_RMDIR: r = uv_fs_rmdir(NULL, &req, a, NULL); break;
  case FS_UNLINK: r = uv_fs_unlink(NULL, &req, a, NULL); break;
  case FS_RENAME: r = b ? uv_fs_rename(NULL, &req, a, b, NULL) : MUK_EBADMSG; break;
  case FS_COPYFILE:
    r = b ? uv_fs_copyfile(NULL, &req, a, b, (int)i1, NULL) : MUK_EBADMSG;
    break;
  case FS_SYMLINK:
    r = b ? uv_fs_symlink(NULL, &req, a, b, (int)i1, NULL) : MUK_EBADMSG;
    break;
  case FS_READLINK: r = uv_fs_readlink(NULL, &req, a, NULL); break;
  case FS_REALPATH: r = uv_fs_realpath(NULL, &req, a, NULL); break;
  case FS_LINK: r = b ? uv_fs_link(NULL, &req, a, b, NULL) : MUK_EBADMSG; break;
  case FS_CHMOD: r = uv_fs_chmod(NULL, &req, a, (int)i1, NULL); break;
  case FS_FCHMOD: r = uv_fs_fchmod(NULL, &req, (uv_file)fd, (int)i1, NULL); break;
  case FS_CHOWN:
    r = uv_fs_chown(NULL, &req, a, (uv_uid_t)i1, (uv_gid_t)i2, NULL);
    break;
  case FS_LCHOWN:
    r = uv_fs_lchown(NULL, &req, a, (uv_uid_t)i1, (uv_gid_t)i2, NULL);
    break;
  case FS_FCHOWN:
    r = uv_fs_fchown(NULL, &req, (uv_file)fd, (uv_uid_t)i1, (uv_gid_t)i2, NULL);
    break;
  case FS_TRUNCATE: { /* as Node: open r+, ftruncate, close */
    uv_fs_t c;
    r = uv_fs_open(NULL, &req, a, UV_FS_O_RDWR, 0, NULL);
    uv_fs_req_cleanup(&req);
    if (r < 0) {
      done(m, r);
      return;
    }
    fd = r;
    r = uv_fs_ftruncate(NULL, &req, (uv_file)fd, i1, NULL);
    uv_fs_close(NULL, &c, (uv_file)fd, NULL);
    uv_fs_req_cleanup(&c);
    if (r < 0) {
      uv_fs_req_cleanup(&req);
      muk__fs_fail(m, r, "ftruncate", NULL);
      return;
    }
    break;
  }
  case FS_FTRUNCATE: r = uv_fs_ftruncate(NULL, &req, (uv_file)fd, i1, NULL); break;
  case FS_UTIMES: r = uv_fs_utime(NULL, &req, a, t1, t2, NULL); break;
  case FS_LUTIMES: r = uv_fs_lutime(NULL, &req, a, t1, t2, NULL); break;
  case FS_FUTIMES: r = uv_fs_futime(NULL, &req, (uv_file)fd, t1, t2, NULL); break;
  case FS_FSYNC: r = uv_fs_fsync(NULL, &req, (uv_file)fd, NULL); break;
  case FS_FDATASYNC: r = uv_fs_fdatasync(NULL, &req, (uv_file)fd, NULL); break;
  default: done(m, MUK_ENOOP); return;
  }
  if (r < 0) {
    if (r != MUK_EBADMSG)
      uv_fs_req_cleanup(&req);
    done(m, r);
    return;
  }
  if (m->op == FS_OPEN)
    done_i64(m, r);
  else if (m->op == FS_MKDTEMP)
    done_str(m, req.path);
  else if (m->op == FS_READLINK || m->op == FS_REALPATH)
    done_str(m, req.ptr);
  else
    done(m, 0);
  uv_fs_req_cleanup(&req);
}

/* process.permission.has for the fs scopes, answered by the policy of the
 * kernel this service runs in (for a remote fs, its host's). */
static void do_permission(muk_service *svc, muk_msg *m) {
  int64_t cap;
  const char *path = NULL;
  size_t len;
  if (muk_msg_i64(m, 0, &cap) || (cap != MUK_CAP_FS_READ && cap != MUK_CAP_FS_WRITE)) {
    done(m, MUK_EBADMSG);
    return;
  }
  if (muk_msg_str(m, 1, &path, &len) != 0)
    path = NULL;
  done_i64(m, muk_policy_has(muk_kernel_policy(muk_service_kernel(svc)), (muk_cap)cap, path));
}

static void fs_handle(muk_service *svc, muk_msg *m) {
  if (muk__fs_denied(svc, m))
    return;
  switch (m->op) {
  case FS_PERMISSION: do_permission(svc, m); break;
  case FS_READ: do_read(m); break;
  case FS_WRITE: do_write(m); break;
  case FS_READFILE: muk__fs_readfile(m); break;
  case FS_WRITEFILE: muk__fs_writefile(m); break;
  case FS_STAT:
  case FS_LSTAT:
  case FS_FSTAT: do_stat(m, (int)m->op); break;
  case FS_MKDIR: muk__fs_mkdir(m); break;
  case FS_READDIR: do_readdir(m); break;
  case FS_RM: muk__fs_rm(m); break;
  default: do_simple(m); break;
  }
}

#define FS_HANDLE_ROW(id, used, created, released)                           \
  [FS_##id] = {used, created, released, 0},
static const muk_op_handles fs_handles[FS_NOPS] = {FS_HANDLES(FS_HANDLE_ROW)};

const muk_service_def muk_fs_service = {
    .abi = MUK_SERVICE_ABI,
    .name = "fs",
    .backend = "posix",
    .exec = MUK_EXEC_POOL,
    /* the number of blocking syscalls in flight at once: fs waits on the
     * disk (or the page cache), so it may well exceed the CPUs. Node's
     * libuv pool has 4 too; 8 cost more than they gained when the files
     * are cached: 20k stat+readFile with 64 in flight on 2 CPUs, 7
     * interleaved runs at load 4, 168 k files/s and 11.3 k context
     * switches with 8, 182 k and 6.5 k with 4. */
    .threads = 4,
    .nops = FS_NOPS,
    .op_names = muk_fs_op_names,
    .handle = fs_handle,
    .flags = MUK_SVC_BLOCKING,
    .op_handles = fs_handles,
    .release_op = FS_CLOSE,
    /* reads that change nothing: retried on another endpoint when a
     * remote one dies under them (muk.h) */
    .idempotent_ops = 1ull << FS_READFILE | 1ull << FS_STAT | 1ull << FS_LSTAT |
                      1ull << FS_FSTAT | 1ull << FS_ACCESS | 1ull << FS_READDIR |
                      1ull << FS_READLINK | 1ull << FS_REALPATH | 1ull << FS_PERMISSION,
};
