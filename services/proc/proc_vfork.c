/* proc_vfork.c — spawning through posix_spawn instead of uv_spawn, when
 * the options allow it, and the child's exit seen through a pidfd.
 *
 * libuv 1.44 spawns with fork(): the kernel copies the service process's
 * page tables and the parent takes copy-on-write faults until the child
 * execs. glibc's posix_spawn is clone(CLONE_VM|CLONE_VFORK): nothing is
 * copied (tools/bench spawn_c: about twice the spawns per second of
 * uv_spawn, from a small process). What the child gets is what uv_spawn's
 * child gets: every signal at its default and none blocked, the stdio
 * entries dup'd onto fds 0..n-1 (ignored 0-2 on /dev/null), the cwd, the
 * environment, and the program looked up in PATH as execvp does it (the
 * PATH of the child's environment). Taken only for stdio entries "pipe"
 * and "ignore", no uid/gid, not detached (uv_spawn's child also makes an
 * inherited fd blocking, which posix_spawn cannot); a program the kernel
 * will not exec (ENOEXEC: execvp runs it with /bin/sh) goes to uv_spawn
 * too, as does a kernel without pidfd_open (Linux < 5.3). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "proc_internal.h"

extern char **environ;

static int pidfd_open_(pid_t pid) {
#ifdef SYS_pidfd_open
  return (int)syscall(SYS_pidfd_open, pid, 0);
#else
  (void)pid;
  errno = ENOSYS;
  return -1;
#endif
}

/* Whether this kernel has pidfd_open (asked once). */
static int have_pidfd(void) {
  static int have = -1; /* a race only asks twice */
  if (have < 0) {
    int fd = pidfd_open_(getpid());
    have = fd >= 0;
    if (fd >= 0)
      close(fd);
  }
  return have;
}

static int eligible(const uv_process_options_t *po) {
  int i;
  if (po->flags & (UV_PROCESS_SETUID | UV_PROCESS_SETGID | UV_PROCESS_DETACHED))
    return 0;
  for (i = 0; i < po->stdio_count; i++)
    if (po->stdio[i].flags != UV_IGNORE && !(po->stdio[i].flags & UV_CREATE_PIPE))
      return 0;
  return have_pidfd();
}

/* PATH as the child's execvp sees it: from its environment. */
static const char *child_path(char **env) {
  if (!env)
    return getenv("PATH");
  for (; *env; env++)
    if (strncmp(*env, "PATH=", 5) == 0)
      return *env + 5;
  return NULL;
}

/* posix_spawn of file, looked up in PATH as glibc's execvp does when it
 * has no '/': each directory in turn (an empty one is the cwd), past
 * ENOENT-like errors; EACCES if one was not executable. An errno or 0. */
static int spawn_file(pid_t *pid, const char *file, posix_spawn_file_actions_t *fa,
                      posix_spawnattr_t *attr, char **argv, char **env) {
  const char *path, *p;
  size_t flen = strlen(file);
  int err = ENOENT, eacces = 0;
  char *buf;
  if (strchr(file, '/'))
    return posix_spawn(pid, file, fa, attr, argv, env);
  if (!(path = child_path(env)))
    path = "/bin:/usr/bin"; /* glibc's default */
  if (!(buf = malloc(strlen(path) + flen + 2)))
    return ENOMEM;
  for (p = path;; p++) {
    const char *e = strchrnul(p, ':');
    size_t dlen = (size_t)(e - p);
    memcpy(buf, p, dlen);
    buf[dlen] = '/';
    memcpy(buf + dlen + 1, file, flen + 1);
    err = posix_spawn(pid, dlen ? buf : file, fa, attr, argv, env);
    if (err == 0 || (err != ENOENT && err != EACCES && err != ENOTDIR &&
                     err != ESTALE && err != ENODEV && err != ETIMEDOUT))
      break;
    eacces |= err == EACCES;
    if (!*e) {
      if (eacces)
        err = EACCES;
      break;
    }
    p = e;
  }
  free(buf);
  return err;
}

static void on_pidfd(uv_poll_t *h, int status, int events) {
  proc_child *c = h->data;
  int ws;
  pid_t r;
  (void)status, (void)events;
  do
    r = waitpid(c->proc.pid, &ws, WNOHANG);
  while (r < 0 && errno == EINTR);
  if (r == 0)
    return;
  uv_poll_stop(h);
  if (r < 0) /* not ours to reap any more: gone without a status */
    ws = 0;
  muk__proc_exited(c, WIFEXITED(ws) ? WEXITSTATUS(ws) : 0,
                   WIFSIGNALED(ws) ? WTERMSIG(ws) : 0);
}

int muk__proc_vfork_spawn(proc_state *st, proc_child *c, const uv_process_options_t *po) {
  posix_spawn_file_actions_t fa;
  posix_spawnattr_t attr;
  sigset_t all, none;
  int sv[PROC_MAX_STDIO][2], i, err = 0, pidfd = -1;
  pid_t pid = 0;

  if (!eligible(po))
    return 1;
  for (i = 0; i < po->stdio_count; i++)
    sv[i][0] = sv[i][1] = -1;
  posix_spawn_file_actions_init(&fa);
  posix_spawnattr_init(&attr);
  for (i = 0; i < po->stdio_count && !err; i++) {
    if (po->stdio[i].flags & UV_CREATE_PIPE) {
      if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv[i]) != 0)
        err = errno;
      else if (sv[i][0] < po->stdio_count || sv[i][1] < po->stdio_count)
        err = -1; /* would be overwritten by a dup2 onto the stdio fds */
      else
        err = posix_spawn_file_actions_adddup2(&fa, sv[i][1], i);
    } else if (i <= 2) {
      err = posix_spawn_file_actions_addopen(&fa, i, "/dev/null", i == 0 ? O_RDONLY : O_RDWR, 0);
    }
  }
  if (!err && po->cwd)
    err = posix_spawn_file_actions_addchdir_np(&fa, po->cwd);
  sigfillset(&all);
  sigemptyset(&none);
  if (!err)
    err = posix_spawnattr_setsigdefault(&attr, &all);
  if (!err)
    err = posix_spawnattr_setsigmask(&attr, &none);
  if (!err)
    err = posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
  if (!err)
    err = spawn_file(&pid, po->file, &fa, &attr, po->args, po->env ? po->env : environ);
  posix_spawn_file_actions_destroy(&fa);
  posix_spawnattr_destroy(&attr);
  if (!err && (pidfd = pidfd_open_(pid)) < 0) {
    err = errno; /* no way to see it exit: stop it now */
    kill(pid, SIGKILL);
    while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
      ;
  }
  for (i = 0; i < po->stdio_count; i++) {
    if (sv[i][1] >= 0)
      close(sv[i][1]);
    if (sv[i][0] >= 0 && err) /* else the pipe's now */
      close(sv[i][0]);
  }
  if (err == -1 || err == ENOEXEC)
    return 1;
  if (err)
    return uv_translate_sys_error(err);
  c->proc.pid = pid;
  c->pidfd = pidfd;
  c->vforked = 1;
  uv_poll_init(st->loop, &c->pidpoll, pidfd); /* a pidfd polls: no error */
  c->pidpoll.data = c;
  uv_poll_start(&c->pidpoll, UV_READABLE, on_pidfd);
  for (i = 0; i < po->stdio_count; i++)
    if (sv[i][0] >= 0 && uv_pipe_open((uv_pipe_t *)po->stdio[i].data.stream, sv[i][0]) != 0)
      close(sv[i][0]); /* the pipe reads as ended */
  return 0;
}
