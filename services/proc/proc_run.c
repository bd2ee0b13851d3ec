/* proc_run.c — the proc service's `run` (spawnSync, execSync): spawn a
 * child, feed it the request's payload on its stdin, collect its output
 * whole, and answer once it exited and its pipes reached their end.
 *
 * The sender blocks on it (muk_call_sync) while this thread does the work,
 * so a run holds no JS state; `timeout` and `maxBuffer` kill the child with
 * the kill signal as Node's spawnSync does (the error says which). */
#include <stdlib.h>
#include <string.h>

#include "proc_internal.h"

/* Kill the child and stop reading its output, as Node's spawnSync does:
 * a grandchild holding a pipe open (sh -c 'x; sleep 10') must not keep the
 * run waiting. What was read stays for the reply. */
static void run_kill(proc_child *c, int err) {
  int i;
  if (!c->run_err)
    c->run_err = err;
  if (!c->exited)
    uv_process_kill(&c->proc, c->kill_sig);
  for (i = 1; i < PROC_MAX_STDIO; i++) {
    proc_pipe *pp = c->pipes[i];
    if (pp && !pp->eof) {
      uv_read_stop((uv_stream_t *)&pp->p);
      pp->reading = 0;
      pp->eof = 1;
    }
  }
}

static void on_timeout(uv_timer_t *t) {
  run_kill(t->data, UV_ETIMEDOUT);
  muk__proc_run_check(t->data);
}

/* Answer once the child exited and every pipe it writes to us reached
 * its end; then release it. */
void muk__proc_run_check(proc_child *c) {
  muk_msg *m = c->run;
  proc_pipe *out = c->pipes[1], *err = c->pipes[2];
  int i;
  if (!m || !c->exited)
    return;
  for (i = 1; i < PROC_MAX_STDIO; i++)
    if (c->pipes[i] && !c->pipes[i]->eof)
      return;
  c->run = NULL;
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, c->status);
  muk_msg_add_i64(m, c->sig);
  muk_msg_add_bytes(m, out ? out->buf : NULL, out ? out->len : 0);
  muk_msg_add_bytes(m, err ? err->buf : NULL, err ? err->len : 0);
  muk_msg_add_i64(m, c->proc.pid);
  muk_msg_add_i64(m, c->run_err);
  /* the input is not sent back; libuv lets go of it when stdin closes,
   * here, before the reply leaves this thread */
  muk__proc_release(c);
  muk_msg_set_payload(m, NULL, 0, NULL, NULL);
  muk_reply(m, 0);
}

/* A pipe's output (data, n), or its end (NULL). Once a pipe passed
 * max_buffer the child is killed and the pipe read no more; the chunk that
 * passed it is kept whole, as Node's spawnSync keeps it. */
void muk__proc_run_read(proc_pipe *pp, const char *data, size_t n) {
  proc_child *c = pp->c;
  if (data && !pp->eof) {
    if (pp->len + n > pp->cap) {
      size_t cap = pp->cap ? pp->cap : 16384;
      uint8_t *b;
      while (cap < pp->len + n)
        cap *= 2;
      if (!(b = realloc(pp->buf, cap))) {
        run_kill(c, UV_ENOMEM);
        goto end;
      }
      pp->buf = b;
      pp->cap = cap;
    }
    memcpy(pp->buf + pp->len, data, n);
    pp->len += n;
    if (!c->max_buffer || pp->len <= c->max_buffer)
      return;
    run_kill(c, UV_ENOBUFS);
    muk__proc_run_check(c);
    return;
  }
end:
  uv_read_stop((uv_stream_t *)&pp->p);
  pp->reading = 0;
  pp->eof = 1;
  muk__proc_run_check(c);
}

typedef struct run_wreq {
  uv_write_t req;
  proc_pipe *pp;
} run_wreq;

/* stdin written (or failed: the child closed it; Node ignores EPIPE here
 * too): close it so the child reads its end. */
static void on_input_written(uv_write_t *req, int status) {
  run_wreq *w = (run_wreq *)req;
  proc_pipe *pp = w->pp;
  (void)status;
  free(w);
  if (!pp->closing)
    muk__proc_pipe_close(pp);
}

void muk__proc_run(proc_state *st, muk_msg *m) {
  proc_child *c;
  int r = muk__proc_spawn(st, m, &c), i;
  if (r == MUK_EACCESSDENIED)
    return; /* answered */
  if (r != 0) {
    muk_msg_reset_args(m);
    muk_reply(m, r);
    return;
  }
  c->run = m;
  if (c->has_timer)
    uv_timer_start(&c->timer, on_timeout, c->timeout_ms, 0);
  for (i = 0; i < PROC_MAX_STDIO; i++) {
    proc_pipe *pp = c->pipes[i];
    if (!pp)
      continue;
    if (i == 0) { /* the input, then the end */
      run_wreq *w = m->payload.len ? malloc(sizeof(*w)) : NULL;
      uv_buf_t b =
          uv_buf_init((char *)m->payload.data, (unsigned)m->payload.len);
      if (w)
        w->pp = pp;
      if (!w || uv_write(&w->req, (uv_stream_t *)&pp->p, &b, 1,
                         on_input_written) != 0) {
        free(w);
        muk__proc_pipe_close(pp);
      }
      continue;
    }
    muk__proc_read_start(pp);
  }
  muk__proc_run_check(c);
}
