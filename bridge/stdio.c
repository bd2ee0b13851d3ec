/* stdio.c — internalBinding('stdio'): what the process's standard streams
 * are, and the asynchronous writer of a stdout or stderr that is a pipe.
 *
 *   guessHandle(fd) -> 'TTY' | 'PIPE' | 'TCP' | 'FILE' | 'UDP' | 'UNKNOWN'
 *   isatty(fd)      -> boolean
 *   windowSize(fd)  -> [columns, rows], or a negative code
 *   openWriter(fd)  -> 0 or a negative code: from now on process.c's write
 *                      (the one path every write to fd takes, console's
 *                      too) goes through this writer
 *   setHandler(fn)  fn(fd, status) when a writer's queue emptied (status 0)
 *                   or a queued write failed (status < 0, queue dropped)
 *
 * A writer is Node's semantics for pipes: the fd is made non-blocking,
 * each write goes straight to write(2) while nothing is queued (so a
 * reader that keeps up sees every byte at once, in order with console's),
 * and what the pipe does not take is copied into a queue that a uv_poll
 * on the kernel's loop flushes; the queue's length is what the JS stream
 * reports as writableLength, and its emptying is 'drain'. The poll keeps
 * the loop alive while bytes are queued. At exit (process.exit included)
 * mukjs_stdio_at_exit writes what is still queued, blocking, and gives
 * the fds their original flags back; a reader that went away (EPIPE) has
 * its bytes dropped. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "binding.h"
#include "runtime.h"

#define REG_HANDLER "muk.stdio.handler"

typedef struct wchunk {
  struct wchunk *next;
  size_t len, off;
  char data[];
} wchunk;

typedef struct writer {
  int fd, flags0, polling, dead;
  js_State *J;
  uv_poll_t poll;
  wchunk *head, *tail;
  size_t queued;
} writer;

static writer *g_w[3];

static void drop_queue(writer *w) {
  while (w->head) {
    wchunk *c = w->head;
    w->head = c->next;
    free(c);
  }
  w->tail = NULL;
  w->queued = 0;
}

static void call_handler(js_State *J, int fd, int status) {
  js_getregistry(J, REG_HANDLER);
  if (!js_iscallable(J, -1)) {
    js_pop(J, 1);
    return;
  }
  js_pushundefined(J);
  js_pushnumber(J, fd);
  js_pushnumber(J, status);
  mukjs_call_protected(J, 2);
  mukjs_run_ticks(J);
}

/* Write queued chunks until the pipe is full: 0, or a negative errno. */
static int flush_some(writer *w) {
  while (w->head) {
    wchunk *c = w->head;
    ssize_t n = write(w->fd, c->data + c->off, c->len - c->off);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return errno == EAGAIN ? 0 : -errno;
    }
    c->off += (size_t)n;
    w->queued -= (size_t)n;
    if (c->off == c->len) {
      w->head = c->next;
      if (!w->head)
        w->tail = NULL;
      free(c);
    }
  }
  return 0;
}

static void on_writable(uv_poll_t *p, int status, int events) {
  writer *w = p->data;
  /* libuv reports POLLERR (the reader went away while we waited for room)
   * as UV_EBADF: a write says what it is, EPIPE, as node reports it */
  int r = flush_some(w);
  if (r == 0 && status < 0 && w->head)
    r = status;
  (void)events;
  if (r == 0 && w->head)
    return;
  uv_poll_stop(p);
  w->polling = 0;
  if (r < 0) {
    drop_queue(w);
    w->dead = r;
  }
  call_handler(w->J, w->fd, r);
}

int mukjs_stdio_write(int fd, const char *s, size_t len) {
  writer *w = fd >= 0 && fd < 3 ? g_w[fd] : NULL;
  size_t off = 0;
  if (!w)
    return 1; /* no writer: the caller writes synchronously */
  if (w->dead)
    return w->dead;
  while (!w->head && off < len) {
    ssize_t n = write(fd, s + off, len - off);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      if (errno == EAGAIN)
        break;
      return -errno;
    }
    off += (size_t)n;
  }
  if (off < len) {
    wchunk *c = malloc(sizeof *c + (len - off));
    if (!c)
      return UV_ENOMEM;
    c->next = NULL;
    c->len = len - off;
    c->off = 0;
    memcpy(c->data, s + off, len - off);
    if (w->tail)
      w->tail->next = c;
    else
      w->head = c;
    w->tail = c;
    w->queued += len - off;
    if (!w->polling && uv_poll_start(&w->poll, UV_WRITABLE, on_writable) == 0)
      w->polling = 1;
  }
  return 0;
}

size_t mukjs_stdio_queued(int fd) {
  return fd >= 0 && fd < 3 && g_w[fd] ? g_w[fd]->queued : 0;
}

void mukjs_stdio_at_exit(void) {
  for (int fd = 0; fd < 3; fd++) {
    writer *w = g_w[fd];
    if (!w)
      continue;
    fcntl(fd, F_SETFL, w->flags0);
    if (flush_some(w) < 0)
      drop_queue(w);
    drop_queue(w);
    w->dead = UV_EPIPE; /* nothing more goes through the queue */
  }
  uv_tty_reset_mode(); /* a raw-mode stdin gives the terminal back */
}

static void st_guess(js_State *J) {
  switch (uv_guess_handle(js_tointeger(J, 1))) {
  case UV_TTY:
    js_pushliteral(J, "TTY");
    break;
  case UV_NAMED_PIPE:
    js_pushliteral(J, "PIPE");
    break;
  case UV_TCP:
    js_pushliteral(J, "TCP");
    break;
  case UV_FILE:
    js_pushliteral(J, "FILE");
    break;
  case UV_UDP:
    js_pushliteral(J, "UDP");
    break;
  default:
    js_pushliteral(J, "UNKNOWN");
  }
}

static void st_isatty(js_State *J) {
  int fd = js_isnumber(J, 1) ? js_tointeger(J, 1) : -1;
  js_pushboolean(J, fd >= 0 && isatty(fd));
}

static void st_window_size(js_State *J) {
  struct winsize ws;
  if (ioctl(js_tointeger(J, 1), TIOCGWINSZ, &ws) != 0) {
    js_pushnumber(J, -errno);
    return;
  }
  js_newarray(J);
  js_pushnumber(J, ws.ws_col);
  js_setindex(J, -2, 0);
  js_pushnumber(J, ws.ws_row);
  js_setindex(J, -2, 1);
}

static void st_open_writer(js_State *J) {
  int fd = js_tointeger(J, 1), r, fl;
  writer *w;
  if (fd < 1 || fd > 2) {
    js_pushnumber(J, UV_EINVAL);
    return;
  }
  if (g_w[fd]) {
    js_pushnumber(J, 0);
    return;
  }
  if ((fl = fcntl(fd, F_GETFL)) < 0) {
    js_pushnumber(J, -errno);
    return;
  }
  if (!(w = calloc(1, sizeof *w))) {
    js_pushnumber(J, UV_ENOMEM);
    return;
  }
  w->fd = fd;
  w->flags0 = fl;
  w->J = J;
  if ((r = uv_poll_init(mukjs_loop(J), &w->poll, fd)) != 0) {
    free(w);
    js_pushnumber(J, r);
    return;
  }
  w->poll.data = w;
  fcntl(fd, F_SETFL, fl | O_NONBLOCK);
  g_w[fd] = w;
  js_pushnumber(J, 0);
}

static void st_set_handler(js_State *J) {
  js_copy(J, 1);
  js_setregistry(J, REG_HANDLER);
  js_pushundefined(J);
}

static void st_queued(js_State *J) {
  js_pushnumber(J, (double)mukjs_stdio_queued(js_tointeger(J, 1)));
}

static void on_closed(uv_handle_t *h) { free(h->data); }

static void stdio_free(js_State *J) {
  int closed = 0;
  mukjs_stdio_at_exit();
  for (int fd = 0; fd < 3; fd++) {
    if (!g_w[fd])
      continue;
    uv_close((uv_handle_t *)&g_w[fd]->poll, on_closed);
    g_w[fd] = NULL;
    closed = 1;
  }
  if (closed)
    uv_run(mukjs_loop(J), UV_RUN_NOWAIT);
}

static const mukjs_fn stdio_fns[] = {
    {"guessHandle", st_guess, 1},   {"isatty", st_isatty, 1},
    {"windowSize", st_window_size, 1}, {"openWriter", st_open_writer, 1},
    {"setHandler", st_set_handler, 1}, {"queued", st_queued, 1},
    {NULL},
};

const mukjs_binding mukjs_binding_stdio = {
    .name = "stdio",
    .fns = stdio_fns,
    .free = stdio_free,
};
