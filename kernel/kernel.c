/* kernel.c — the kernel's lifecycle, muk_send, and completion delivery.
 *
 * Sending: muk_send validates the header and appends the message to its
 * service's `pending` FIFO; nothing crosses a thread yet. The drain hands
 * each dirty service its whole pending batch at once (one lock, one wakeup
 * per batch for a pool), either at the end of the drain that produced the
 * sends or in the prepare handle, which libuv runs right before it would
 * block in poll — so every send reaches its service before the loop sleeps.
 *
 * Completing: muk_reply from another thread pushes onto the lock-free `done`
 * stack and wakes the loop (one eventfd write, see wake_poll in
 * kernel_internal.h) only when the stack was empty and the loop is not
 * draining anyway; the drain swaps the whole stack out and delivers it in order.
 * Replies produced on the loop thread (INLINE services, errors found by
 * muk_send) go to the `local` FIFO and reach their callback in the same
 * drain, never synchronously inside muk_send.
 *
 * The async is referenced only while requests are in flight, so the loop
 * stays alive exactly as long as someone waits for a reply.
 *
 * A quiet request (MUK_F_QUIET) is not in flight for that count: its
 * successful reply is freed by muk_reply wherever the service answers (a
 * counter the sender named is bumped instead), so it costs no delivery and
 * no wakeup of the loop; only a failure comes back.
 *
 * The window (POOL services, svc->window > 0): dispatch hands a service at
 * most `window` requests that have not been delivered back yet; the rest
 * stay in `pending`, in order (the backlog), and deliver() puts the
 * service back on the dirty list when a reply frees a slot, so the next
 * round of the drain hands the backlog on. A request holds its slot until
 * its reply is *delivered*, not merely produced, so replies waiting for a
 * busy loop thread are bounded too: at most window x reply_max bytes that
 * the service made. Sync requests never enter `pending` (muk_call_sync
 * submits directly: waiting here for a delivery that needs the blocked
 * loop thread would deadlock). Quiet requests wait in the backlog in order
 * but take no slot: a successful one is freed on the replying thread and
 * never waits for the loop, and counting it would cost that thread a
 * wakeup of the loop per completion, which is what quiet requests avoid
 * (the bridge sends only handle releases and net's writes and acks quietly).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/eventfd.h>
#endif

#include "kernel_internal.h"

/* Rounds of (dispatch, deliver) one drain runs before yielding to the rest
 * of the loop; work left over re-arms the async. */
#define MUK__DRAIN_ROUNDS 64

/* The async keeps the loop alive exactly while a request is in flight or
 * someone holds a reference (muk_kernel_ref). Loop thread. */
static void update_ref(muk_kernel *k) {
  int want = k->inflight > 0 ||
             atomic_load_explicit(&k->refs, memory_order_relaxed) > 0;
  if (want == k->async_ref || k->closing)
    return;
  if (want)
    uv_ref((uv_handle_t *)&k->async);
  else
    uv_unref((uv_handle_t *)&k->async);
  k->async_ref = want;
}

static void inflight_inc(muk_kernel *k) {
  if (k->inflight++ == 0 && !k->async_ref)
    update_ref(k);
}

static void inflight_dec(muk_kernel *k) {
  if (--k->inflight == 0)
    update_ref(k);
}

uint64_t muk_inflight(muk_kernel *k) { return k->inflight; }

void muk_kernel_ref(muk_kernel *k) {
  atomic_fetch_add_explicit(&k->refs, 1, memory_order_relaxed);
  if (muk__on_loop_thread(k))
    update_ref(k);
  else
    uv_async_send(&k->async); /* the drain re-evaluates the reference */
}

void muk_kernel_unref(muk_kernel *k) {
  unsigned old = atomic_fetch_sub_explicit(&k->refs, 1, memory_order_relaxed);
  if (old == 0) { /* unbalanced: undo, never wrap */
    atomic_fetch_add_explicit(&k->refs, 1, memory_order_relaxed);
    return;
  }
  if (muk__on_loop_thread(k))
    update_ref(k);
  else
    uv_async_send(&k->async);
}

uv_loop_t *muk_kernel_loop(muk_kernel *k) { return k->loop; }

void muk_set_event_handler(muk_kernel *k, muk_event_cb cb, void *ud) {
  k->event_cb = cb;
  k->event_ud = ud;
}

/* ---- delivery ---- */

/* svc has pending requests: hand them on in the next dispatch. */
static void mark_dirty(muk_kernel *k, muk_service *svc) {
  if (!svc->dirty) {
    svc->dirty = 1;
    svc->next_dirty = k->dirty;
    k->dirty = svc;
  }
}

static void deliver(muk_kernel *k, muk_msg *m) {
  muk_service *svc;
  if (m->flags & MUK_F_EVENT) {
    svc = muk_service_get(k, m->service);
    if (svc && svc->parent) {
      /* an endpoint's proxy: its balancer re-emits the event, here and not
       * at muk_emit so that it stays behind the replies before it */
      muk__multi_event(svc->parent, svc, m);
      return;
    }
    if (k->event_cb && !k->closing)
      k->event_cb(m, k->event_ud);
    else
      muk_msg_free(m);
    return;
  }
  if ((svc = muk_service_get(k, m->service)) != NULL) {
    svc->replies++;
    if (m->status < 0)
      svc->errors++;
    if (!(m->flags & MUK_F_QUIET))
      svc->in_flight--;
    if (m->sent_ns || m->status < 0)
      muk__stats_done(svc, m->status, m->sent_ns);
    if (m->flags & MUK__F_WINDOW) { /* a slot frees: hand on the backlog */
      m->flags &= ~(uint32_t)MUK__F_WINDOW;
      svc->inwin--;
      if (svc->npending)
        mark_dirty(k, svc);
    }
  }
  if (!(m->flags & MUK_F_QUIET))
    inflight_dec(k);
  if (m->cb)
    m->cb(m, m->ud);
  else
    muk_msg_free(m);
}

static int deliver_chain(muk_kernel *k, muk_msg *m) {
  muk_msg *next;
  int any = m != NULL;
  for (; m; m = next) {
    next = m->next;
    m->next = NULL;
    deliver(k, m);
  }
  return any;
}

/* Cut from svc's pending FIFO what its window lets through: every request
 * while the window has room, each taking a slot, and quiet ones, which
 * take none (see the top of the file). Returns the chain's length and
 * stores its first and last message; the rest stays pending. */
static uint32_t take_window(muk_service *svc, muk_msg **first,
                            muk_msg **last) {
  muk_msg *m = svc->pending.head, *prev = NULL;
  uint32_t n = 0, room = svc->window - svc->inwin;
  while (m && (room || (m->flags & MUK_F_QUIET))) {
    if (!(m->flags & MUK_F_QUIET)) {
      m->flags |= MUK__F_WINDOW;
      room--;
    }
    prev = m;
    m = m->next;
    n++;
  }
  svc->inwin = svc->window - room;
  if (!n)
    return 0;
  *first = svc->pending.head;
  *last = prev;
  prev->next = NULL;
  svc->pending.head = m;
  if (!m)
    svc->pending.tail = NULL;
  svc->npending -= n;
  return n;
}

/* Hand every dirty service its pending batch (as much of it as its window
 * takes). A service whose window is full leaves the dirty list until
 * deliver() frees a slot, so a full window costs the drain nothing. */
static int dispatch(muk_kernel *k) {
  muk_service *svc = k->dirty, *next;
  int any = 0;
  k->dirty = NULL;
  for (; svc; svc = next) {
    muk_msg *first = svc->pending.head, *last = svc->pending.tail;
    uint32_t n = svc->npending;
    next = svc->next_dirty;
    svc->next_dirty = NULL;
    svc->dirty = 0;
    if (svc->window) {
      n = take_window(svc, &first, &last);
    } else {
      muk__fifo_init(&svc->pending);
      svc->npending = 0;
    }
    if (n && first) {
      svc->ops->submit(svc, first, last, n);
      any = 1;
    }
  }
  return any;
}

void muk__drain(muk_kernel *k) {
  int round = 0, work;
  if (k->in_drain)
    return;
  k->in_drain = 1;
  atomic_store_explicit(&k->draining, 1, memory_order_relaxed);
  for (;;) {
    for (; round < MUK__DRAIN_ROUNDS; round++) {
      work = dispatch(k);
      work |= deliver_chain(k, muk__mpsc_take(&k->done));
      work |= deliver_chain(k, muk__fifo_take(&k->local));
      if (!work)
        break;
    }
    /* Producers that saw `draining` set skipped the wakeup: look at `done`
     * once more after clearing it (the fence pairs with wake()'s). */
    atomic_store_explicit(&k->draining, 0, memory_order_relaxed);
    atomic_thread_fence(memory_order_seq_cst);
    if (round == MUK__DRAIN_ROUNDS ||
        atomic_load_explicit(&k->done.head, memory_order_relaxed) == NULL)
      break;
    atomic_store_explicit(&k->draining, 1, memory_order_relaxed);
  }
  k->in_drain = 0;
  update_ref(k); /* muk_kernel_ref/unref from other threads */
  if (k->dirty || !muk__fifo_empty(&k->local) ||
      atomic_load_explicit(&k->done.head, memory_order_relaxed) != NULL)
    uv_async_send(&k->async); /* yield to I/O, come back next iteration */
}

/* Remember which thread runs the loop (written only when it changes, so
 * the workers that read it in muk_reply see a stable value). */
static void note_loop_thread(muk_kernel *k) {
  if (!muk__on_loop_thread(k))
    k->loop_tid = uv_thread_self();
}

static void async_cb(uv_async_t *h) {
  muk_kernel *k = h->data;
  note_loop_thread(k);
  muk__drain(k);
}

static void wake_cb(uv_poll_t *h, int status, int events) {
  muk_kernel *k = h->data;
  char buf[64];
  (void)status;
  (void)events;
  note_loop_thread(k);
  while (read(k->wake_fd[0], buf, sizeof(buf)) == (ssize_t)sizeof(buf))
    ; /* a pipe may hold several bytes; an eventfd reads as one 8-byte count */
  /* Cleared before the drain looks at `done`: a producer that still saw
   * it set pushed before this point, so the drain finds its message. */
  atomic_store(&k->wake_sent, 0);
  muk__drain(k);
}

static void prepare_cb(uv_prepare_t *h) {
  muk_kernel *k = h->data;
  note_loop_thread(k);
  if (k->dirty || !muk__fifo_empty(&k->local))
    muk__drain(k);
}

/* Queue a reply produced on the loop thread. */
static void complete_local(muk_kernel *k, muk_msg *m) {
  muk__fifo_push(&k->local, m);
}

/* ---- sending and replying ---- */

void muk_send(muk_kernel *k, muk_msg *m, muk_reply_cb cb, void *ud) {
  muk_service *svc;
  m->k = k;
  m->cb = cb;
  m->ud = ud;
  m->id = ++k->next_id;
  m->status = 0;
  m->flags &= ~(uint32_t)(MUK_F_REPLY | MUK_F_EVENT | MUK__F_WINDOW);
  m->next = NULL;
  /* Absolute uv_now() deadline; remote transports enforce it. */
  if (m->deadline_ms == 0)
    m->deadline_ms = uv_now(k->loop) + k->default_deadline_ms;
  if (!(m->flags & MUK_F_QUIET))
    inflight_inc(k);

  svc = muk_service_get(k, m->service);
  m->sent_ns = svc ? muk__stats_clock(svc, k->loop) : 0;
  if (svc && !(m->flags & MUK_F_QUIET))
    svc->in_flight++; /* deliver() counts it back down, failed or not */
  if (!svc || k->closing || m->op >= svc->def->nops) {
    m->status = !svc ? MUK_ENOSERVICE : k->closing ? MUK_ECANCELED : MUK_ENOOP;
    m->flags |= MUK_F_REPLY;
    complete_local(k, m);
    return;
  }
  svc->requests++;
  muk__fifo_push(&svc->pending, m);
  svc->npending++;
  mark_dirty(k, svc);
}

void muk_flush(muk_kernel *k) {
  if (k->dirty && !k->closing)
    dispatch(k);
}

/* A producer pushed onto an empty `done`: wake the loop unless it is
 * draining and will look again (see muk__drain), or a wakeup is already
 * on its way. Any thread. */
static void wake(muk_kernel *k) {
  static const uint64_t one = 1;
  ssize_t r;
  atomic_thread_fence(memory_order_seq_cst);
  if (atomic_load_explicit(&k->draining, memory_order_relaxed) ||
      atomic_exchange(&k->wake_sent, 1))
    return;
  do
    r = write(k->wake_fd[1], &one, k->wake_fd[0] == k->wake_fd[1] ? 8 : 1);
  while (r < 0 && errno == EINTR);
}

_Thread_local muk__reply_batch *muk__tls_batch;

void muk__batch_flush(muk__reply_batch *b) {
  if (!b->newest)
    return;
  if (muk__mpsc_push_chain(&b->k->done, b->newest, b->oldest))
    wake(b->k);
  b->newest = b->oldest = NULL;
  b->n = 0;
}

void muk_reply(muk_msg *m, int status) {
  muk_kernel *k = m->k;
  muk__reply_batch *b = muk__tls_batch;
  m->status = status;
  m->flags |= MUK_F_REPLY;
  if (m->flags & MUK_F_SYNC) { /* a blocked muk_call_sync (sync.c) */
    muk__sync_complete(m);
    return;
  }
  if ((m->flags & MUK_F_QUIET) && status >= 0) { /* nobody waits for it */
    uint64_t *count = m->done_count, add = m->done_add;
    muk_msg_free(m);
    if (count)
      __atomic_fetch_add(count, add, __ATOMIC_RELEASE);
    return;
  }
  if (b && b->k == k) { /* a pool worker's batch: pushed after the batch */
    m->next = b->newest;
    if (!b->newest)
      b->oldest = m;
    b->newest = m;
    b->n++;
  } else if (muk__on_loop_thread(k)) {
    complete_local(k, m);
  } else if (muk__mpsc_push(&k->done, m)) {
    wake(k);
  }
}

void muk_emit(muk_service *svc, muk_msg *m) {
  muk_kernel *k = svc->k;
  muk__reply_batch *b = muk__tls_batch;
  m->k = k;
  m->service = svc->id;
  m->flags |= MUK_F_EVENT;
  if (b && b->k == k) { /* an I/O thread's batch (ioloop.c): in order with
                           its replies */
    m->next = b->newest;
    if (!b->newest)
      b->oldest = m;
    b->newest = m;
    b->n++;
  } else if (muk__on_loop_thread(k))
    complete_local(k, m);
  else if (muk__mpsc_push(&k->done, m))
    wake(k);
}

/* ---- lifecycle ---- */

/* The loop's wakeup fd: an eventfd, or a pipe where there is none. */
static int wake_open(muk_kernel *k) {
  int i;
  atomic_init(&k->wake_sent, 0);
#if defined(__linux__)
  k->wake_fd[0] = k->wake_fd[1] = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (k->wake_fd[0] >= 0)
    return 0;
#endif
  if (pipe(k->wake_fd) != 0)
    return -1;
  for (i = 0; i < 2; i++) {
    fcntl(k->wake_fd[i], F_SETFL, fcntl(k->wake_fd[i], F_GETFL) | O_NONBLOCK);
    fcntl(k->wake_fd[i], F_SETFD, FD_CLOEXEC);
  }
  return 0;
}

static void wake_close(muk_kernel *k) {
  close(k->wake_fd[0]);
  if (k->wake_fd[1] != k->wake_fd[0])
    close(k->wake_fd[1]);
}

muk_kernel *muk_kernel_new(const muk_options *opts) {
  muk_kernel *k = calloc(1, sizeof(*k));
  if (!k)
    return NULL;
  if (opts && opts->loop) {
    k->loop = opts->loop;
  } else {
    if (uv_loop_init(&k->own_loop) != 0) {
      free(k);
      return NULL;
    }
    k->loop = &k->own_loop;
    k->owns_loop = 1;
  }
  k->default_deadline_ms =
      opts && opts->default_deadline_ms ? opts->default_deadline_ms : 30000;
  k->pool_window = opts && opts->pool_window ? opts->pool_window
                                             : MUK__POOL_WINDOW_DEFAULT;
  k->loop_tid = uv_thread_self();
  muk__mpsc_init(&k->done);
  muk__fifo_init(&k->local);
  atomic_init(&k->draining, 0);
  atomic_init(&k->refs, 0);

  if (wake_open(k) != 0)
    goto fail_loop;
  if (uv_async_init(k->loop, &k->async, async_cb) != 0)
    goto fail_wake;
  if (uv_prepare_init(k->loop, &k->prepare) != 0) {
    uv_close((uv_handle_t *)&k->async, NULL);
    uv_run(k->loop, UV_RUN_NOWAIT);
    goto fail_wake;
  }
  if (uv_poll_init(k->loop, &k->wake_poll, k->wake_fd[0]) != 0) {
    uv_close((uv_handle_t *)&k->async, NULL);
    uv_close((uv_handle_t *)&k->prepare, NULL);
    uv_run(k->loop, UV_RUN_NOWAIT);
    goto fail_wake;
  }
  k->async.data = k;
  k->prepare.data = k;
  k->wake_poll.data = k;
  uv_unref((uv_handle_t *)&k->async);
  uv_prepare_start(&k->prepare, prepare_cb);
  uv_unref((uv_handle_t *)&k->prepare);
  uv_poll_start(&k->wake_poll, UV_READABLE, wake_cb);
  uv_unref((uv_handle_t *)&k->wake_poll);
  return k;

fail_wake:
  wake_close(k);
fail_loop:
  if (k->owns_loop)
    uv_loop_close(&k->own_loop);
  free(k);
  return NULL;
}

int muk_kernel_run(muk_kernel *k) {
  note_loop_thread(k);
  return uv_run(k->loop, UV_RUN_DEFAULT);
}

/* Our own loop is going away: close whatever handle someone left on it. */
static void close_orphan(uv_handle_t *h, void *arg) {
  (void)arg;
  if (!uv_is_closing(h))
    uv_close(h, NULL);
}

void muk_kernel_free(muk_kernel *k) {
  uint32_t i;
  if (!k)
    return;
  note_loop_thread(k);
  k->closing = 1;
  k->in_drain = 0; /* (never call this from a reply callback) */

  /* Requests sent but never handed to their service are canceled here. */
  for (i = 0; i < k->nsvcs; i++) {
    muk_service *svc = k->svcs[i];
    muk_msg *m;
    while ((m = muk__fifo_pop(&svc->pending)) != NULL)
      muk_reply(m, MUK_ECANCELED);
    svc->npending = 0;
    svc->dirty = 0;
    svc->next_dirty = NULL;
  }
  k->dirty = NULL;

  /* Stop services last-registered first: queued requests are canceled,
   * running handlers finish and reply, threads are joined. */
  for (i = k->nsvcs; i-- > 0;)
    k->svcs[i]->ops->stop(k->svcs[i]);

  /* Every reply is now on `done` or `local`: deliver them, so each sender
   * hears about its request (status 0 if it finished, MUK_ECANCELED if
   * not). Callbacks that send again get MUK_ECANCELED at once. */
  while (k->dirty || !muk__fifo_empty(&k->local) ||
         atomic_load(&k->done.head) != NULL)
    muk__drain(k);

  uv_close((uv_handle_t *)&k->async, NULL);
  uv_close((uv_handle_t *)&k->prepare, NULL);
  uv_close((uv_handle_t *)&k->wake_poll, NULL);
  /* Let libuv run the close callbacks (ours, and those of handles services
   * closed in fini) before their memory goes. */
  uv_run(k->loop, UV_RUN_NOWAIT);
  if (k->owns_loop) {
    int tries;
    for (tries = 0; uv_loop_close(&k->own_loop) == UV_EBUSY && tries < 16;
         tries++) {
      uv_walk(&k->own_loop, close_orphan, NULL);
      uv_run(&k->own_loop, UV_RUN_NOWAIT);
    }
  }

  wake_close(k);
  muk__registry_free(k);
  muk_policy_free(k->policy);
  muk__freelist_drain(k);
  free(k);
}
