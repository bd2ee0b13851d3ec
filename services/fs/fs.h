/* fs.h — the fs service's schema, shared by its backends (service-private).
 *
 * Arguments are listed per op as (request) -> (results). Paths are STR,
 * fds/flags/modes/lengths I64, times F64 seconds. Bulk bytes travel in the
 * payload. On failure a reply may carry STR syscall (and STR path) naming
 * the call that failed when it is not the op's own (e.g. readFile's read,
 * rm's lstat). Stats are one BYTES of FS_STATS_N little-endian IEEE
 * doubles: dev mode nlink uid gid rdev blksize ino size blocks, then sec,
 * nsec of atime mtime ctime birthtime. */
#ifndef MUK_FS_H
#define MUK_FS_H

#include "muk.h"

#define FS_OPS(X)                                                            \
  X(OPEN, "open")           /* path flags mode -> fd */                      \
  X(CLOSE, "close")         /* fd */                                         \
  X(READ, "read")           /* fd length pos(-1: current) [1] -> n [regular], payload */ \
  X(WRITE, "write")         /* fd pos, payload -> n */                       \
  X(READFILE, "readFile")   /* path|fd flags -> payload; EFBIG: size */      \
  X(WRITEFILE, "writeFile") /* path|fd flags mode, payload */                \
  X(STAT, "stat")           /* path -> stats */                              \
  X(LSTAT, "lstat")         /* path -> stats */                              \
  X(FSTAT, "fstat")         /* fd -> stats */                                \
  X(ACCESS, "access")       /* path mode */                                  \
  X(MKDIR, "mkdir")         /* path mode recursive [async] -> [first] */     \
  X(MKDTEMP, "mkdtemp")     /* prefix -> path */                             \
  X(READDIR, "readdir")     /* path -> names ('/'-separated), types */       \
  X(RMDIR, "rmdir")         /* path */                                       \
  X(RM, "rm")               /* path recursive force */                       \
  X(UNLINK, "unlink")       /* path */                                       \
  X(RENAME, "rename")       /* from to */                                    \
  X(COPYFILE, "copyFile")   /* src dest flags */                             \
  X(SYMLINK, "symlink")     /* target path flags */                          \
  X(READLINK, "readlink")   /* path -> target */                             \
  X(REALPATH, "realpath")   /* path -> resolved */                           \
  X(LINK, "link")           /* existing new */                               \
  X(CHMOD, "chmod")         /* path mode */                                  \
  X(FCHMOD, "fchmod")       /* fd mode */                                    \
  X(CHOWN, "chown")         /* path uid gid */                               \
  X(LCHOWN, "lchown")       /* path uid gid */                               \
  X(FCHOWN, "fchown")       /* fd uid gid */                                 \
  X(TRUNCATE, "truncate")   /* path len */                                   \
  X(FTRUNCATE, "ftruncate") /* fd len */                                     \
  X(UTIMES, "utimes")       /* path atime mtime */                           \
  X(LUTIMES, "lutimes")     /* path atime mtime */                           \
  X(FUTIMES, "futimes")     /* fd atime mtime */                             \
  X(FSYNC, "fsync")         /* fd */                                         \
  X(FDATASYNC, "fdatasync") /* fd */                                         \
  X(PERMISSION, "permission") /* cap [path] -> 1|0 (process.permission.has) */

#define FS_OP_ENUM(id, name) FS_##id,
enum { FS_OPS(FS_OP_ENUM) FS_NOPS };

extern const char *const muk_fs_op_names[FS_NOPS];

/* The ops whose arguments or results are fds (muk_op_handles: bit i =
 * arg/result i; an arg is an fd only when it is I64, so readFile's and
 * writeFile's path|fd is one only as an fd): op, used, created, released.
 * A host serving several clients (muk-serviced) reads it to give each its
 * own fds, and closes what a client leaves open with FS_CLOSE. */
#define FS_HANDLES(X)                                                        \
  X(OPEN, 0, 1, 0)                                                           \
  X(CLOSE, 1, 0, 1)                                                          \
  X(READ, 1, 0, 0)                                                           \
  X(WRITE, 1, 0, 0)                                                          \
  X(READFILE, 1, 0, 0)                                                       \
  X(WRITEFILE, 1, 0, 0)                                                      \
  X(FSTAT, 1, 0, 0)                                                          \
  X(FCHMOD, 1, 0, 0)                                                         \
  X(FCHOWN, 1, 0, 0)                                                         \
  X(FTRUNCATE, 1, 0, 0)                                                      \
  X(FUTIMES, 1, 0, 0)                                                        \
  X(FSYNC, 1, 0, 0)                                                          \
  X(FDATASYNC, 1, 0, 0)

/* Files larger than FS_MAX_READFILE (FS_CONSTANTS) cannot be read into
 * one Buffer (Node's kIoMaxLength): readFile fails with UV_EFBIG and the
 * size. */
#define FS_MAX_READFILE 2147483647LL

/* The stats reply (see the top): one field per double, in this order;
 * FS_STAT_<FIELD> is a field's index. The JS constants generated at build
 * time (tools/gen_schema.py) come from this list too. */
#define FS_STATS_FIELDS(X)                                                   \
  X(DEV, "dev")                                                              \
  X(MODE, "mode")                                                            \
  X(NLINK, "nlink")                                                          \
  X(UID, "uid")                                                              \
  X(GID, "gid")                                                              \
  X(RDEV, "rdev")                                                            \
  X(BLKSIZE, "blksize")                                                      \
  X(INO, "ino")                                                              \
  X(SIZE, "size")                                                            \
  X(BLOCKS, "blocks")                                                        \
  X(ATIME_SEC, "atimeSec")                                                   \
  X(ATIME_NSEC, "atimeNsec")                                                 \
  X(MTIME_SEC, "mtimeSec")                                                   \
  X(MTIME_NSEC, "mtimeNsec")                                                 \
  X(CTIME_SEC, "ctimeSec")                                                   \
  X(CTIME_NSEC, "ctimeNsec")                                                 \
  X(BIRTHTIME_SEC, "birthtimeSec")                                           \
  X(BIRTHTIME_NSEC, "birthtimeNsec")
#define FS_STAT_ENUM(id, name) FS_STAT_##id,
enum { FS_STATS_FIELDS(FS_STAT_ENUM) FS_STATS_N };
#define FS_STATS_LEN (8 * FS_STATS_N)

#define FS_CONSTANTS(X) X(MAX_READFILE, 2147483647)

/* posix backend, split over two files: tree operations (mkdir -p, rm -r)
 * and whole-file reads/writes live in fs_tree.c. Each replies itself. */
void muk__fs_readfile(muk_msg *m);
void muk__fs_writefile(muk_msg *m);
void muk__fs_mkdir(muk_msg *m);
void muk__fs_rm(muk_msg *m);
/* The capability check (fs_policy.c): 1 when the kernel's policy denies
 * one of m's paths, and m was answered with MUK_EACCESSDENIED. */
int muk__fs_denied(muk_service *svc, muk_msg *m);
/* Reply with an error, naming the failing syscall (and path if not NULL). */
void muk__fs_fail(muk_msg *m, int status, const char *syscall,
                  const char *path);

#endif
