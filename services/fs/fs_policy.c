/* fs_policy.c — the fs service's capability check: which path arguments of
 * an op are read and which are written, as Node 20's permission model
 * checks them (open's flags decide; rename and link also need to read and
 * write their source; copyFile reads its source). Ops on an fd are not
 * checked: opening it was. The kernel's policy (muk_policy_check) resolves
 * and matches each path; a denied request is answered here with
 * MUK_EACCESSDENIED, the permission and the path as the request gave it. */
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>

#include "fs.h"

/* Check `cap` on args[i] when it is a string; 1 if denied (and answered). */
static int deny(muk_service *svc, muk_msg *m, uint32_t i, int cap) {
  const char *p;
  size_t len;
  if (muk_msg_str(m, i, &p, &len) != 0)
    return 0; /* an fd, or malformed: the handler answers that */
  if (muk_policy_check(svc, (muk_cap)cap, p) == 0)
    return 0;
  muk_deny(m, (muk_cap)cap, p);
  return 1;
}

/* open-style flags: read, write or both (read first, as Node). */
static int deny_flags(muk_service *svc, muk_msg *m, uint32_t i, int64_t flags) {
  int acc = (int)(flags & O_ACCMODE);
  int writes = acc != O_RDONLY || (flags & (O_CREAT | O_TRUNC | O_APPEND));
  if (acc != O_WRONLY && deny(svc, m, i, MUK_CAP_FS_READ))
    return 1;
  return writes && deny(svc, m, i, MUK_CAP_FS_WRITE);
}

int muk__fs_denied(muk_service *svc, muk_msg *m) {
  int64_t flags = 0;
  const char *p;
  size_t len;
  struct stat st;
  if (!muk_kernel_policy(muk_service_kernel(svc)))
    return 0;
  switch (m->op) {
  case FS_OPEN:
    muk_msg_i64(m, 1, &flags);
    return deny_flags(svc, m, 0, flags);
  case FS_READFILE:
    if (muk_msg_i64(m, 1, &flags) != 0)
      flags = O_RDONLY;
    return deny_flags(svc, m, 0, flags);
  case FS_STAT:
  case FS_ACCESS:
  case FS_READDIR:
  case FS_REALPATH:
    return deny(svc, m, 0, MUK_CAP_FS_READ);
  case FS_LSTAT:
  case FS_READLINK:
    return deny(svc, m, 0, MUK_CAP_FS_READ | MUK_CAP_NOFOLLOW);
  case FS_RM:
    /* Node's rm looks first (lstat: read); nothing there, nothing to
     * remove, and rm answers ENOENT or, forced, success. */
    if (deny(svc, m, 0, MUK_CAP_FS_READ | MUK_CAP_NOFOLLOW))
      return 1;
    if (muk_msg_str(m, 0, &p, &len) == 0 && lstat(p, &st) != 0)
      return 0;
    return deny(svc, m, 0, MUK_CAP_FS_WRITE | MUK_CAP_NOFOLLOW);
  case FS_RMDIR:
  case FS_UNLINK:
  case FS_LCHOWN:
  case FS_LUTIMES:
    return deny(svc, m, 0, MUK_CAP_FS_WRITE | MUK_CAP_NOFOLLOW);
  case FS_TRUNCATE: /* opened r+, as Node does it */
    return deny_flags(svc, m, 0, O_RDWR);
  case FS_WRITEFILE:
  case FS_MKDIR:
  case FS_CHMOD:
  case FS_CHOWN:
  case FS_UTIMES:
    return deny(svc, m, 0, MUK_CAP_FS_WRITE);
  case FS_MKDTEMP:
    if (muk_msg_str(m, 0, &p, &len) == 0 && len < 4096) {
      char tpl[4096 + 8];
      memcpy(tpl, p, len);
      memcpy(tpl + len, "XXXXXX", 7); /* the path it creates, as Node names it */
      if (muk_policy_check(svc, MUK_CAP_FS_WRITE, tpl) != 0) {
        muk_deny(m, MUK_CAP_FS_WRITE, tpl);
        return 1;
      }
    }
    return 0;
  case FS_RENAME:
  case FS_LINK: /* both act on a link itself, not on its target */
    return deny(svc, m, 0, MUK_CAP_FS_READ | MUK_CAP_NOFOLLOW) ||
           deny(svc, m, 0, MUK_CAP_FS_WRITE | MUK_CAP_NOFOLLOW) ||
           deny(svc, m, 1, MUK_CAP_FS_WRITE | MUK_CAP_NOFOLLOW);
  case FS_COPYFILE:
    return deny(svc, m, 0, MUK_CAP_FS_READ) || deny(svc, m, 1, MUK_CAP_FS_WRITE);
  case FS_SYMLINK:
    /* the link is written; its target is checked whenever it is used,
     * since every path is resolved through its symlinks */
    return deny(svc, m, 1, MUK_CAP_FS_WRITE | MUK_CAP_NOFOLLOW);
  case FS_PERMISSION:
    return 0;
  default:
    return 0; /* fd ops: the open was checked */
  }
}
