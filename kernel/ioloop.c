/* ioloop.c — MUK_EXEC_IOLOOP: the service gets its own thread running its
 * own uv loop. Requests reach it through a lock-free queue and a uv_async on
 * that loop; handle() runs there and replies whenever its work completes.
 * Unsolicited messages go back with muk_emit (kernel.c).
 *
 * Replies and events the thread produces during one loop iteration (every
 * socket that was ready, every request of a batch) collect in the thread's
 * reply batch and reach the kernel together, with one push and at most one
 * wakeup, when the iteration's I/O is done (a check handle, and a prepare
 * handle for what close callbacks and timers produced) — not one wakeup of
 * the kernel's loop per message.
 */
#include <stdlib.h>

#include "kernel_internal.h"

typedef struct muk__ioloop {
  muk_service *svc;
  uv_thread_t tid;
  uv_loop_t loop;
  uv_async_t async;
  muk__mpsc in;
  atomic_int stop;
  _Atomic uint64_t nqueued; /* submitted, not yet taken by the I/O thread */
  uv_sem_t started;
  int start_err;
  int deferred;  /* MUK_SVC_LAZY_START: the thread starts on the first submit */
  int failed;    /* ... and could not: every request gets this status */
  uv_check_t check;     /* flushes the batch after the poll phase */
  uv_prepare_t prepare; /* ... and before the loop blocks */
  muk__reply_batch batch;
} muk__ioloop;

static void io_flush_check(uv_check_t *h) {
  muk__ioloop *io = h->data;
  muk__batch_flush(&io->batch);
}

static void io_flush_prepare(uv_prepare_t *h) {
  muk__ioloop *io = h->data;
  muk__batch_flush(&io->batch);
}

static void close_any(uv_handle_t *h, void *arg) {
  (void)arg;
  if (!uv_is_closing(h))
    uv_close(h, NULL);
}

static void io_async_cb(uv_async_t *h) {
  muk__ioloop *io = h->data;
  muk_service *svc = io->svc;
  int stop = atomic_load_explicit(&io->stop, memory_order_acquire);
  muk_msg *m = muk__mpsc_take(&io->in), *next;
  uint64_t n = 0;

  for (next = m; next; next = next->next)
    n++;
  if (n)
    atomic_fetch_sub_explicit(&io->nqueued, n, memory_order_relaxed);
  for (; m; m = next) {
    next = m->next;
    m->next = NULL;
    if (stop)
      muk_reply(m, MUK_ECANCELED);
    else
      muk__handle(svc, m);
  }
  if (stop) {
    /* fini closes the service's handles and answers the requests it still
     * holds; whatever handle it leaves open is closed for it. */
    if (svc->def->fini)
      svc->def->fini(svc, svc->state);
    uv_walk(&io->loop, close_any, NULL);
  }
}

static void io_thread(void *arg) {
  muk__ioloop *io = arg;
  muk_service *svc = io->svc;
  int r;

  if ((r = uv_loop_init(&io->loop)) != 0) {
    io->start_err = r;
    uv_sem_post(&io->started);
    return;
  }
  if ((r = uv_async_init(&io->loop, &io->async, io_async_cb)) != 0)
    goto out;
  io->async.data = io;
  io->batch.k = svc->k;
  uv_check_init(&io->loop, &io->check);
  uv_prepare_init(&io->loop, &io->prepare);
  io->check.data = io;
  io->prepare.data = io;
  uv_check_start(&io->check, io_flush_check);
  uv_prepare_start(&io->prepare, io_flush_prepare);
  uv_unref((uv_handle_t *)&io->check);
  uv_unref((uv_handle_t *)&io->prepare);
  muk__tls_batch = &io->batch;
  muk__tls_cache_on = 1; /* quiet requests freed here become events */
  if (svc->def->init && (r = svc->def->init(svc, &svc->state)) != 0) {
    uv_close((uv_handle_t *)&io->async, NULL);
    uv_close((uv_handle_t *)&io->check, NULL);
    uv_close((uv_handle_t *)&io->prepare, NULL);
    goto out;
  }
  uv_sem_post(&io->started);
  uv_run(&io->loop, UV_RUN_DEFAULT);
  muk__tls_batch = NULL;
  muk__batch_flush(&io->batch); /* what fini's close callbacks answered */
  uv_loop_close(&io->loop);
  muk__tls_cache_drain();
  return;

out:
  io->start_err = r;
  muk__tls_batch = NULL;
  muk__batch_flush(&io->batch);
  uv_run(&io->loop, UV_RUN_DEFAULT);
  uv_loop_close(&io->loop);
  muk__tls_cache_drain();
  uv_sem_post(&io->started);
}

/* Start the thread and wait for init: 0 or init's (or the thread's) error. */
static int io_spawn(muk__ioloop *io) {
  int r;
  if ((r = uv_thread_create(&io->tid, io_thread, io)) != 0)
    return r;
  uv_sem_wait(&io->started);
  if ((r = io->start_err) != 0)
    uv_thread_join(&io->tid);
  return r;
}

static int io_start(muk_service *svc) {
  muk__ioloop *io = calloc(1, sizeof(*io));
  int r;
  if (!io)
    return UV_ENOMEM;
  io->svc = svc;
  muk__mpsc_init(&io->in);
  atomic_init(&io->stop, 0);
  atomic_init(&io->nqueued, 0);
  if ((r = uv_sem_init(&io->started, 0)) != 0) {
    free(io);
    return r;
  }
  svc->impl = io;
  if (svc->def->flags & MUK_SVC_LAZY_START) {
    io->deferred = 1; /* a service a program never uses costs no thread */
    return 0;
  }
  /* Wait for init so muk_register can report its error. */
  if ((r = io_spawn(io)) != 0) {
    uv_sem_destroy(&io->started);
    free(io);
    svc->impl = NULL;
  }
  return r;
}

static void io_submit(muk_service *svc, muk_msg *first, muk_msg *last,
                      uint32_t n) {
  muk__ioloop *io = svc->impl;
  muk_msg *m, *next;
  int wake = 0;
  (void)last;
  if (io->deferred) { /* submits come from the kernel's loop thread only */
    io->deferred = 0;
    io->failed = io_spawn(io);
  }
  if (io->failed) { /* init failed: nothing can serve these */
    for (m = first; m; m = next) {
      next = m->next;
      m->next = NULL;
      muk_reply(m, io->failed);
    }
    return;
  }
  atomic_fetch_add_explicit(&io->nqueued, n, memory_order_relaxed);
  for (m = first; m; m = next) {
    next = m->next;
    wake |= muk__mpsc_push(&io->in, m);
  }
  if (wake)
    uv_async_send(&io->async);
}

static void io_stop(muk_service *svc) {
  muk__ioloop *io = svc->impl;
  if (!io)
    return;
  if (!io->deferred && !io->failed) { /* a thread ran: stop it (fini) */
    atomic_store_explicit(&io->stop, 1, memory_order_release);
    uv_async_send(&io->async);
    uv_thread_join(&io->tid);
  }
  uv_sem_destroy(&io->started);
  free(io);
  svc->impl = NULL;
}

static uint64_t io_queued(muk_service *svc) {
  muk__ioloop *io = svc->impl;
  return io ? atomic_load_explicit(&io->nqueued, memory_order_relaxed) : 0;
}

static uv_loop_t *io_loop(muk_service *svc) {
  muk__ioloop *io = svc->impl;
  return io && !io->deferred && !io->failed ? &io->loop : NULL;
}

const muk__exec_ops muk__ioloop_ops = {
    .start = io_start,
    .submit = io_submit,
    .stop = io_stop,
    .queued = io_queued,
    .loop = io_loop,
};
