/* proc.c — the "proc" service: child processes on the service's own I/O
 * thread (schema and contracts in proc.h).
 *
 * A child is a handle in a table (ids from 1, reused). Its libuv handles
 * (the process, one pipe per "pipe" stdio entry, run's timer) are counted
 * in `handles`; the child is freed once it was released and the last of
 * them closed. Its output is read ahead into a per-pipe buffer, at most
 * PROC_WINDOW bytes, and handed to the pending read request; reading
 * starts with the first read request, so a pipe nobody reads holds the
 * child back only once its kernel buffer is full, as in Node.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* POLLRDHUP */
#endif
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "proc_internal.h"

#define PROC_OP_NAME(id, name) [PROC_##id] = name,
static const char *const proc_op_names[PROC_NOPS] = {PROC_OPS(PROC_OP_NAME)};

#define PROC_HANDLE_ROW(id, used, created, released)                         \
  [PROC_##id] = {used, created, released, 0},
static const muk_op_handles proc_handles[PROC_NOPS] = {
    PROC_HANDLES(PROC_HANDLE_ROW)};

/* ---- signals ---- */

int muk__proc_native_signal(int64_t wire) {
#define PROC_SIG_TO_NATIVE(name, v)                                          \
  case v:                                                                    \
    return name;
  switch (wire) {
  case 0:
    return 0;
    PROC_SIGNALS(PROC_SIG_TO_NATIVE)
  default:
    return -1;
  }
}

int64_t muk__proc_wire_signal(int native) {
#define PROC_SIG_TO_WIRE(name, v)                                            \
  if (native == name)                                                        \
    return v;
  if (native == 0)
    return 0;
  PROC_SIGNALS(PROC_SIG_TO_WIRE)
  return -1;
}

/* ---- the handle table ---- */

static proc_child *child_new(proc_state *st) {
  proc_child *c = calloc(1, sizeof(*c));
  uint32_t id;
  if (!c)
    return NULL;
  if (st->nfree) {
    id = st->freeids[--st->nfree];
  } else {
    if (st->next == 0)
      st->next = 1;
    if (st->next >= st->cap) {
      uint32_t cap = st->cap ? st->cap * 2 : 64;
      proc_child **t = realloc(st->tab, cap * sizeof(*t));
      uint32_t *f;
      if (!t) {
        free(c);
        return NULL;
      }
      st->tab = t;
      if (!(f = realloc(st->freeids, cap * sizeof(*f)))) {
        free(c);
        return NULL;
      }
      st->freeids = f;
      memset(st->tab + st->cap, 0, (cap - st->cap) * sizeof(*t));
      st->cap = cap;
    }
    id = st->next++;
  }
  c->st = st;
  c->id = id;
  st->tab[id] = c;
  st->live++;
  return c;
}

static void state_free(proc_state *st) {
  free(st->tab);
  free(st->freeids);
  free(st);
}

/* One of c's libuv handles closed: free c after the last one, if it was
 * released. */
static void child_unhold(proc_child *c) {
  proc_state *st = c->st;
  if (--c->handles > 0 || !c->released)
    return;
  st->tab[c->id] = NULL;
  st->freeids[st->nfree++] = c->id;
  st->live--;
  free(c);
  if (st->stopping && st->live == 0)
    state_free(st);
}

static proc_child *child_get(proc_state *st, muk_msg *m) {
  int64_t id;
  proc_child *c;
  if (muk_msg_i64(m, 0, &id) != 0 || id <= 0 || (uint64_t)id >= st->next)
    return NULL;
  c = st->tab[id];
  return c && !c->released && !c->run ? c : NULL;
}

static proc_pipe *pipe_get(proc_state *st, muk_msg *m) {
  proc_child *c = child_get(st, m);
  int64_t fd;
  if (!c || muk_msg_i64(m, 1, &fd) != 0 || fd < 0 || fd >= PROC_MAX_STDIO)
    return NULL;
  return c->pipes[fd] && !c->pipes[fd]->closing ? c->pipes[fd] : NULL;
}

static void answer(muk_msg *m, int status) {
  muk_msg_reset_args(m);
  muk_reply(m, status);
}

/* The child's side of pp is closed (its end will be read), though the
 * service may not have read up to it: the socketpair reports POLLRDHUP. */
static int peer_closed(proc_pipe *pp) {
  uv_os_fd_t fd;
  struct pollfd p;
  if (uv_fileno((uv_handle_t *)&pp->p, &fd) != 0)
    return 0;
  p.fd = fd;
  p.events = POLLRDHUP;
  p.revents = 0;
  return poll(&p, 1, 0) == 1 && (p.revents & (POLLRDHUP | POLLHUP));
}

/* The exit of c to its wait: status, signal, and the pipes (bit fd) whose
 * end was read but not yet taken by a read, so a client can tell that
 * output (fork's channel) still ends before it treats the child as gone. */
static void wait_answer(proc_child *c, muk_msg *m) {
  int64_t ended = 0;
  int i;
  for (i = 0; i < PROC_MAX_STDIO; i++) {
    proc_pipe *pp = c->pipes[i];
    if (pp && !pp->closing && (pp->eof || peer_closed(pp)))
      ended |= (int64_t)1 << i;
  }
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, c->status);
  muk_msg_add_i64(m, c->sig);
  muk_msg_add_i64(m, ended);
  muk_reply(m, 0);
}

/* ---- pipes ---- */

static void free_payload(void *data, void *ud) {
  (void)ud;
  free(data);
}

static void pipe_on_close(uv_handle_t *h) {
  proc_pipe *pp = h->data;
  proc_child *c = pp->c;
  free(pp->buf);
  free(pp);
  child_unhold(c);
}

void muk__proc_pipe_close(proc_pipe *pp) {
  if (pp->closing)
    return;
  pp->closing = 1;
  if (pp->queued) {
    proc_pipe **q = &pp->c->st->ready;
    while (*q != pp)
      q = &(*q)->next_ready;
    *q = pp->next_ready;
    pp->queued = 0;
  }
  if (pp->rd) {
    answer(pp->rd, MUK_ECANCELED);
    pp->rd = NULL;
  }
  if (pp->end) {
    answer(pp->end, 0);
    pp->end = NULL;
  }
  pp->c->pipes[pp->fd] = NULL;
  uv_close((uv_handle_t *)&pp->p, pipe_on_close);
}

/* Answer the pending read with what was read ahead (and the end when it
 * was read too), or the end. */
static void read_answer(proc_pipe *pp) {
  muk_msg *m = pp->rd;
  if (!m)
    return;
  if (pp->len) {
    pp->rd = NULL;
    muk_msg_reset_args(m);
    muk_msg_add_i64(m, pp->eof && pp->err == 0);
    muk_msg_set_payload(m, pp->buf, pp->len, free_payload, NULL);
    pp->buf = NULL;
    pp->len = pp->cap = 0;
    muk_reply(m, 0);
  } else if (pp->eof) {
    pp->rd = NULL;
    muk_msg_reset_args(m);
    if (pp->err == 0)
      muk_msg_add_i64(m, 1);
    muk_reply(m, pp->err);
  }
}

static void on_alloc(uv_handle_t *h, size_t hint, uv_buf_t *buf) {
  proc_pipe *pp = h->data;
  (void)hint;
  buf->base = pp->c->st->rbuf;
  buf->len = sizeof(pp->c->st->rbuf);
}

static int buf_append(proc_pipe *pp, const char *data, size_t n) {
  if (pp->len + n > pp->cap) {
    size_t cap = pp->cap ? pp->cap : 16384;
    uint8_t *b;
    while (cap < pp->len + n)
      cap *= 2;
    if (!(b = realloc(pp->buf, cap)))
      return UV_ENOMEM;
    pp->buf = b;
    pp->cap = cap;
  }
  memcpy(pp->buf + pp->len, data, n);
  pp->len += n;
  return 0;
}

static void on_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  proc_pipe *pp = s->data;
  if (n == 0)
    return;
  if (pp->c->run) {
    if (n > 0)
      muk__proc_run_read(pp, buf->base, (size_t)n);
    else
      muk__proc_run_read(pp, NULL, 0);
    return;
  }
  if (n > 0) {
    if (buf_append(pp, buf->base, (size_t)n) != 0) {
      n = UV_ENOMEM;
    } else {
      if (pp->len >= PROC_WINDOW) { /* nobody took it: hold the child back */
        uv_read_stop(s);
        pp->reading = 0;
      }
      if (pp->rd && !pp->queued) { /* answered by on_check */
        pp->queued = 1;
        pp->next_ready = pp->c->st->ready;
        pp->c->st->ready = pp;
      }
      return;
    }
  }
  uv_read_stop(s);
  pp->reading = 0;
  pp->eof = 1;
  pp->err = n == UV_EOF ? 0 : (int)n;
  read_answer(pp);
}

void muk__proc_read_start(proc_pipe *pp) {
  if (!pp->reading && !pp->eof && !pp->closing &&
      (pp->len < PROC_WINDOW || pp->c->run) &&
      uv_read_start((uv_stream_t *)&pp->p, on_alloc, on_read) == 0)
    pp->reading = 1;
}

static void op_read(proc_state *st, muk_msg *m) {
  proc_pipe *pp = pipe_get(st, m);
  if (!pp) {
    muk_reply(m, UV_EBADF);
    return;
  }
  if (pp->rd) {
    muk_reply(m, UV_EBUSY);
    return;
  }
  pp->rd = m;
  pp->want = 1;
  read_answer(pp);
  muk__proc_read_start(pp);
}

typedef struct proc_wreq {
  uv_write_t req;
  muk_msg *m;
  proc_pipe *pp;
} proc_wreq;

static void end_if_drained(proc_pipe *pp) {
  if (pp->end && pp->writes == 0)
    muk__proc_pipe_close(pp); /* answers pp->end */
}

static void on_write(uv_write_t *req, int status) {
  proc_wreq *w = (proc_wreq *)req;
  proc_pipe *pp = w->pp;
  muk_msg *m = w->m;
  size_t len = m->payload.len;
  free(w);
  pp->writes--;
  muk_msg_reset_args(m);
  if (status == 0)
    muk_msg_add_i64(m, (int64_t)len);
  muk_reply(m, status);
  if (!pp->closing)
    end_if_drained(pp);
}

static void op_write(proc_state *st, muk_msg *m) {
  proc_pipe *pp = pipe_get(st, m);
  proc_wreq *w;
  uv_buf_t b;
  int r;
  if (!pp || pp->end) {
    muk_reply(m, UV_EBADF);
    return;
  }
  b = uv_buf_init((char *)m->payload.data, (unsigned)m->payload.len);
  if (pp->writes == 0) {
    r = b.len ? uv_try_write((uv_stream_t *)&pp->p, &b, 1) : 0;
    if (r == (int)b.len) {
      muk_msg_reset_args(m);
      muk_msg_add_i64(m, (int64_t)b.len);
      muk_reply(m, 0);
      return;
    }
    if (r < 0 && r != UV_EAGAIN) {
      muk_reply(m, r);
      return;
    }
    if (r > 0) {
      b.base += r;
      b.len -= (unsigned)r;
    }
  }
  if (!(w = malloc(sizeof(*w)))) {
    muk_reply(m, UV_ENOMEM);
    return;
  }
  w->m = m;
  w->pp = pp;
  if ((r = uv_write(&w->req, (uv_stream_t *)&pp->p, &b, 1, on_write)) != 0) {
    free(w);
    muk_reply(m, r);
    return;
  }
  pp->writes++;
}

static void op_end(proc_state *st, muk_msg *m) {
  proc_pipe *pp = pipe_get(st, m);
  if (!pp || pp->end) {
    muk_reply(m, UV_EBADF);
    return;
  }
  pp->end = m;
  end_if_drained(pp);
}

/* ---- spawning ---- */

static void proc_on_close(uv_handle_t *h) { child_unhold(h->data); }

static void pidpoll_on_close(uv_handle_t *h) {
  proc_child *c = h->data;
  close(c->pidfd);
  child_unhold(c);
}

void muk__proc_exited(proc_child *c, int64_t status, int sig) {
  c->exited = 1;
  c->status = status;
  c->sig = muk__proc_wire_signal(sig);
  if (c->run) {
    muk__proc_run_check(c);
    return;
  }
  if (c->wait && !c->exit_queued) {
    c->exit_queued = 1;
    c->next_exited = c->st->exited;
    c->st->exited = c;
  }
}

static void on_child_exit(uv_process_t *p, int64_t status, int sig) {
  muk__proc_exited(p->data, status, sig);
}

static void exited_unqueue(proc_child *c) {
  proc_child **q = &c->st->exited;
  if (!c->exit_queued)
    return;
  while (*q != c)
    q = &(*q)->next_exited;
  *q = c->next_exited;
  c->exit_queued = 0;
}

void muk__proc_release(proc_child *c) {
  int i;
  if (c->released)
    return;
  c->released = 1;
  exited_unqueue(c);
  if (c->wait) {
    answer(c->wait, MUK_ECANCELED);
    c->wait = NULL;
  }
  for (i = 0; i < PROC_MAX_STDIO; i++)
    if (c->pipes[i])
      muk__proc_pipe_close(c->pipes[i]);
  if (c->has_timer) {
    c->has_timer = 0;
    uv_close((uv_handle_t *)&c->timer, proc_on_close);
  }
  if (c->channel) { /* no process handle: free once the pipe closed */
    c->handles++;
    child_unhold(c);
  } else if (c->vforked) {
    uv_close((uv_handle_t *)&c->pidpoll, pidpoll_on_close);
  } else {
    uv_close((uv_handle_t *)&c->proc, proc_on_close);
  }
}

/* Split n bytes of NUL-terminated strings into a NULL-terminated vector
 * pointing into them (the bytes stay the message's). */
static char **split_strings(const uint8_t *b, size_t n) {
  size_t count = 0, i, k = 0;
  char **v;
  for (i = 0; i < n; i++)
    count += b[i] == 0;
  if (n && b[n - 1] != 0)
    return NULL;
  if (!(v = calloc(count + 1, sizeof(*v))))
    return NULL;
  for (i = 0; i < n; i += strlen((const char *)b + i) + 1)
    v[k++] = (char *)b + i;
  return v;
}

/* "pipe,ignore,inherit,5": 0 and the number of entries, or UV_EINVAL. */
static int parse_stdio(const char *s, uv_stdio_container_t *io, int *n) {
  *n = 0;
  while (*s) {
    const char *e = strchr(s, ',');
    size_t len = e ? (size_t)(e - s) : strlen(s);
    uv_stdio_container_t *x = &io[*n];
    if (*n >= PROC_MAX_STDIO)
      return UV_EINVAL;
    if (len == 4 && memcmp(s, "pipe", 4) == 0) {
      x->flags = UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE;
    } else if (len == 6 && memcmp(s, "ignore", 6) == 0) {
      x->flags = UV_IGNORE;
    } else if (len == 7 && memcmp(s, "inherit", 7) == 0) {
      x->flags = UV_INHERIT_FD;
      x->data.fd = *n;
    } else {
      char *end;
      long fd = strtol(s, &end, 10);
      if (len == 0 || end != s + len || fd < 0 || fd > 65535)
        return UV_EINVAL;
      x->flags = UV_INHERIT_FD;
      x->data.fd = (int)fd;
    }
    (*n)++;
    s += len;
    if (*s == ',')
      s++;
  }
  return 0;
}

static int parse_options(const char *s, int64_t *o) {
  int i;
  for (i = 0; i < PROC_NOPTIONS; i++)
    o[i] = 0;
  for (i = 0; *s; i++) {
    char *end;
    long long v;
    while (*s == ' ')
      s++;
    if (!*s)
      break;
    if (i >= PROC_NOPTIONS)
      return UV_EINVAL;
    v = strtoll(s, &end, 10);
    if (end == s)
      return UV_EINVAL;
    o[i] = v;
    s = end;
  }
  return 0;
}

int muk__proc_spawn(proc_state *st, muk_msg *m, proc_child **out) {
  const char *file, *cwd, *stdio, *opts;
  const uint8_t *argb, *envb;
  size_t flen, clen, slen, olen, alen, elen;
  uv_stdio_container_t io[PROC_MAX_STDIO];
  uv_process_options_t po;
  int64_t o[PROC_NOPTIONS];
  char **argv = NULL, **env = NULL;
  proc_child *c;
  int n, i, r;

  *out = NULL;
  if (muk_msg_str(m, 0, &file, &flen) != 0 ||
      muk_msg_bytes(m, 1, &argb, &alen) != 0 ||
      muk_msg_bytes(m, 2, &envb, &elen) != 0 ||
      muk_msg_str(m, 3, &cwd, &clen) != 0 ||
      muk_msg_str(m, 4, &stdio, &slen) != 0 ||
      muk_msg_str(m, 5, &opts, &olen) != 0)
    return MUK_EBADMSG;
  if (flen == 0 || strlen(file) != flen || parse_options(opts, o) != 0 ||
      parse_stdio(stdio, io, &n) != 0 || o[PROC_OPT_TIMEOUT_MS] < 0 ||
      o[PROC_OPT_MAX_BUFFER] < 0 ||
      muk__proc_native_signal(o[PROC_OPT_KILL_SIGNAL]) < 0)
    return UV_EINVAL;
  if (muk_policy_check(st->svc, MUK_CAP_CHILD, file) != 0) {
    muk_deny(m, MUK_CAP_CHILD, file); /* answered here: ERR_ACCESS_DENIED names the file */
    return MUK_EACCESSDENIED;
  }
  if (!(argv = split_strings(argb, alen)) || !argv[0]) {
    free(argv);
    return UV_EINVAL;
  }
  if ((o[PROC_OPT_FLAGS] & PROC_F_ENV) && !(env = split_strings(envb, elen))) {
    free(argv);
    return UV_EINVAL;
  }
  if (!(c = child_new(st))) {
    free(argv);
    free(env);
    return UV_ENOMEM;
  }
  for (i = 0; i < n; i++) {
    proc_pipe *pp;
    if (!(io[i].flags & UV_CREATE_PIPE))
      continue;
    if (!(pp = calloc(1, sizeof(*pp)))) {
      r = UV_ENOMEM;
      goto fail;
    }
    uv_pipe_init(st->loop, &pp->p, 0); /* cannot fail on unix */
    pp->p.data = pp;
    pp->c = c;
    pp->fd = (uint8_t)i;
    c->pipes[i] = pp;
    c->handles++;
    io[i].data.stream = (uv_stream_t *)&pp->p;
  }
  memset(&po, 0, sizeof(po));
  po.exit_cb = on_child_exit;
  po.file = file;
  po.args = argv;
  po.env = env;
  po.cwd = clen ? cwd : NULL;
  po.stdio = io;
  po.stdio_count = n;
  if (o[PROC_OPT_FLAGS] & PROC_F_DETACHED)
    po.flags |= UV_PROCESS_DETACHED;
  if (o[PROC_OPT_FLAGS] & PROC_F_UID) {
    po.flags |= UV_PROCESS_SETUID;
    po.uid = (uv_uid_t)o[PROC_OPT_UID];
  }
  if (o[PROC_OPT_FLAGS] & PROC_F_GID) {
    po.flags |= UV_PROCESS_SETGID;
    po.gid = (uv_gid_t)o[PROC_OPT_GID];
  }
  c->proc.data = c;
  c->handles++;
  c->max_buffer = (uint64_t)o[PROC_OPT_MAX_BUFFER];
  c->timeout_ms = (uint64_t)o[PROC_OPT_TIMEOUT_MS];
  c->kill_sig = o[PROC_OPT_KILL_SIGNAL]
                    ? muk__proc_native_signal(o[PROC_OPT_KILL_SIGNAL])
                    : SIGTERM;
  r = muk__proc_vfork_spawn(st, c, &po);
  if (r < 0) { /* no process handle to close */
    c->proc.data = NULL;
    c->handles--;
  } else if (r == 1) {
    r = uv_spawn(st->loop, &c->proc, &po);
  }
  free(argv);
  free(env);
  argv = env = NULL;
  if (r != 0)
    goto fail;
  if (o[PROC_OPT_TIMEOUT_MS] > 0) {
    uv_timer_init(st->loop, &c->timer);
    c->timer.data = c;
    c->has_timer = 1;
    c->handles++;
  }
  *out = c;
  return 0;
fail:
  free(argv);
  free(env);
  /* the process handle is closed even when uv_spawn failed (libuv's own
   * tests do so); before uv_spawn ran there is none to close */
  if (c->handles && c->proc.data == c) {
    muk__proc_release(c);
  } else {
    for (i = 0; i < PROC_MAX_STDIO; i++)
      if (c->pipes[i])
        muk__proc_pipe_close(c->pipes[i]);
    c->released = 1;
    if (c->handles == 0) {
      c->handles = 1;
      child_unhold(c);
    }
  }
  return r;
}

static void op_spawn(proc_state *st, muk_msg *m) {
  proc_child *c;
  int r = muk__proc_spawn(st, m, &c);
  if (r == MUK_EACCESSDENIED)
    return; /* answered */
  muk_msg_reset_args(m);
  if (r == 0) {
    muk_msg_add_i64(m, c->id);
    muk_msg_add_i64(m, c->proc.pid);
  }
  muk_reply(m, r);
}

/* The IPC channel from the parent that forked this process. */
static void op_channel(proc_state *st, muk_msg *m) {
  const char *v = getenv("NODE_CHANNEL_FD");
  char *end;
  long fd = v ? strtol(v, &end, 10) : -1;
  proc_child *c;
  proc_pipe *pp;
  int r;
  if (!v || *v == 0 || *end != 0 || fd < 0 || fd >= PROC_MAX_STDIO) {
    muk_reply(m, UV_ENOENT);
    return;
  }
  if (st->channel_opened) {
    muk_reply(m, UV_EBUSY);
    return;
  }
  if (!(c = child_new(st)) || !(pp = calloc(1, sizeof(*pp)))) {
    if (c) {
      c->released = 1;
      c->handles = 1;
      child_unhold(c);
    }
    muk_reply(m, UV_ENOMEM);
    return;
  }
  c->channel = 1;
  c->exited = 1;
  uv_pipe_init(st->loop, &pp->p, 0);
  pp->p.data = pp;
  pp->c = c;
  pp->fd = (uint8_t)fd;
  c->pipes[fd] = pp;
  c->handles++;
  if ((r = uv_pipe_open(&pp->p, (int)fd)) != 0) {
    muk__proc_release(c);
    muk_reply(m, r);
    return;
  }
  /* the channel is this process's, not its children's: one that a
   * grandchild inherited would outlive this process, as Node's does not */
  fcntl((int)fd, F_SETFD, fcntl((int)fd, F_GETFD) | FD_CLOEXEC);
  st->channel_opened = 1;
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, c->id);
  muk_msg_add_i64(m, fd);
  muk_reply(m, 0);
}

static void op_wait(proc_state *st, muk_msg *m) {
  proc_child *c = child_get(st, m);
  if (c && c->channel) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  if (!c || c->wait) {
    muk_reply(m, c ? UV_EBUSY : UV_EBADF);
    return;
  }
  if (c->exited) {
    wait_answer(c, m);
    return;
  }
  c->wait = m;
}

static void op_kill(proc_state *st, muk_msg *m) {
  proc_child *c = child_get(st, m);
  int64_t sig;
  int nsig;
  if (!c || c->channel) {
    muk_reply(m, c ? UV_EINVAL : UV_EBADF);
    return;
  }
  if (muk_msg_i64(m, 1, &sig) != 0 || (nsig = muk__proc_native_signal(sig)) < 0) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  answer(m, c->exited ? UV_ESRCH : uv_process_kill(&c->proc, nsig));
}

static void op_release(proc_state *st, muk_msg *m) {
  proc_child *c = child_get(st, m);
  if (!c) {
    muk_reply(m, UV_EBADF);
    return;
  }
  muk__proc_release(c);
  answer(m, 0);
}

/* After each poll: answer the reads whose pipes got bytes, then the waits
 * of the children that exited. */
static void on_check(uv_check_t *h) {
  proc_state *st = h->data;
  while (st->ready) {
    proc_pipe *pp = st->ready;
    st->ready = pp->next_ready;
    pp->queued = 0;
    read_answer(pp);
  }
  while (st->exited) {
    proc_child *c = st->exited;
    muk_msg *m = c->wait;
    st->exited = c->next_exited;
    c->exit_queued = 0;
    c->wait = NULL;
    wait_answer(c, m);
  }
}

static void check_on_close(uv_handle_t *h) {
  proc_state *st = h->data;
  if (--st->live == 0)
    state_free(st);
}

static void proc_handle(muk_service *svc, muk_msg *m) {
  proc_state *st = muk_service_state(svc);
  switch (m->op) {
  case PROC_SPAWN:
    op_spawn(st, m);
    break;
  case PROC_READ:
    op_read(st, m);
    break;
  case PROC_WRITE:
    op_write(st, m);
    break;
  case PROC_END:
    op_end(st, m);
    break;
  case PROC_WAIT:
    op_wait(st, m);
    break;
  case PROC_KILL:
    op_kill(st, m);
    break;
  case PROC_RELEASE:
    op_release(st, m);
    break;
  case PROC_RUN:
    muk__proc_run(st, m);
    break;
  case PROC_CHANNEL:
    op_channel(st, m);
    break;
  default:
    muk_reply(m, MUK_ENOOP);
  }
}

static int proc_init(muk_service *svc, void **state) {
  proc_state *st = calloc(1, sizeof(*st));
  sigset_t ss;
  if (!st)
    return UV_ENOMEM;
  st->svc = svc;
  st->loop = muk_service_loop(svc);
  *state = st;
  uv_check_init(st->loop, &st->check);
  st->check.data = st;
  uv_check_start(&st->check, on_check);
  uv_unref((uv_handle_t *)&st->check);
  st->live = 1; /* the check handle */
  /* A write to a child that closed its stdin would raise SIGPIPE in this
   * thread and kill the process (Node ignores SIGPIPE): block it here, so
   * the write fails with EPIPE. libuv resets the mask in the child. */
  sigemptyset(&ss);
  sigaddset(&ss, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &ss, NULL);
  return 0;
}

/* Close every child's handles without killing the children (Node leaves
 * them running at exit); pending requests are answered MUK_ECANCELED and
 * the last close frees the state. */
static void proc_fini(muk_service *svc, void *state) {
  proc_state *st = state;
  uint32_t i;
  (void)svc;
  st->stopping = 1;
  uv_close((uv_handle_t *)&st->check, check_on_close);
  for (i = 1; i < st->next; i++)
    if (st->tab[i]) {
      proc_child *c = st->tab[i];
      if (c->run) {
        answer(c->run, MUK_ECANCELED);
        c->run = NULL;
      }
      muk__proc_release(c);
    }
}

const muk_service_def muk_proc_service = {
    .abi = MUK_SERVICE_ABI,
    .name = "proc",
    .backend = "uv",
    .exec = MUK_EXEC_IOLOOP,
    /* no thread until the first child */
    .flags = MUK_SVC_LAZY_START,
    .nops = PROC_NOPS,
    .op_names = proc_op_names,
    .init = proc_init,
    .handle = proc_handle,
    .fini = proc_fini,
    .op_handles = proc_handles,
    .release_op = PROC_RELEASE,
};
