/* pool.c — MUK_EXEC_POOL: every service has its own request queue and its
 * own worker threads, so the number of threads is the service's concurrency
 * limit and a service stuck on slow work cannot delay another one.
 *
 * The loop thread appends a whole batch under the mutex and signals only as
 * many workers as are idle and needed; a busy worker takes the next request
 * without sleeping. Handlers reply through muk_reply (kernel.c).
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>

#include "kernel_internal.h"

#define MUK__POOL_DEFAULT_THREADS 4
/* Most requests a worker takes off its queue at once. */
#define MUK__POOL_MAX_TAKE 16

typedef struct muk__pool {
  muk_service *svc;
  uv_mutex_t mu;
  uv_cond_t cond;
  muk__fifo q;      /* guarded by mu */
  uint64_t nqueued; /* guarded by mu */
  uint32_t idle;    /* workers waiting on cond; guarded by mu */
  uint32_t wakeups; /* signals sent, not yet consumed; guarded by mu */
  int stop;         /* guarded by mu */
  uint32_t nthreads; /* the concurrency limit */
  uint32_t started;  /* workers running; guarded by mu */
  uv_thread_t *threads;
} muk__pool;

/* The calling worker's thread_init() result, muk_worker_state(). A worker
 * thread serves one service, so one slot per thread suffices. */
static _Thread_local void *muk__tls_worker_state;

void *muk_worker_state(muk_service *svc) {
  (void)svc;
  return muk__tls_worker_state;
}

/* Take the next requests off the queue (mu held, queue not empty). While
 * the queue is short a worker takes one request at a time, so a request
 * waits only when every worker is busy. When it is long (every worker is
 * busy anyway) it takes a small share, so workers touch the lock less often
 * than once per request. */
static muk_msg *take(muk__pool *p) {
  uint64_t share = p->nqueued / (2 * (uint64_t)p->nthreads);
  muk_msg *first = p->q.head, *last = first;
  if (share > MUK__POOL_MAX_TAKE)
    share = MUK__POOL_MAX_TAKE;
  if (share < 1)
    share = 1;
  p->nqueued -= share;
  while (--share)
    last = last->next;
  p->q.head = last->next;
  if (!p->q.head)
    p->q.tail = NULL;
  last->next = NULL;
  return first;
}

static void worker(void *arg) {
  muk__pool *p = arg;
  muk_service *svc = p->svc;
  const muk_service_def *def = svc->def;
  void *ts = def->thread_init ? def->thread_init(svc) : NULL;
  muk_msg *m, *next;

  muk__tls_worker_state = ts;
  uv_mutex_lock(&p->mu);
  for (;;) {
    while (muk__fifo_empty(&p->q) && !p->stop) {
      p->idle++;
      uv_cond_wait(&p->cond, &p->mu);
      p->idle--;
      if (p->wakeups)
        p->wakeups--;
    }
    if (p->stop)
      break; /* stop() cancels whatever is still queued */
    m = take(p);
    /* Chain wakeup: more work left and a worker asleep that nobody woke
     * yet — wake one more here rather than all at once in submit, so a
     * burst of quick requests stays on the threads already awake while a
     * burst of slow ones still spreads over every worker. */
    if (p->q.head && p->idle > p->wakeups) {
      p->wakeups++;
      uv_cond_signal(&p->cond);
    }
    uv_mutex_unlock(&p->mu);
    for (; m; m = next) {
      next = m->next;
      m->next = NULL;
      def->handle(svc, m);
    }
    uv_mutex_lock(&p->mu);
  }
  uv_mutex_unlock(&p->mu);
  if (def->thread_fini)
    def->thread_fini(svc, ts);
  muk__tls_worker_state = NULL;
}

/* The queue's critical sections are a few pointer moves: an adaptive
 * mutex spins briefly on contention instead of sleeping in the kernel. */
static int mutex_init(uv_mutex_t *mu) {
#if defined(PTHREAD_MUTEX_ADAPTIVE_NP)
  pthread_mutexattr_t attr;
  int r;
  if (pthread_mutexattr_init(&attr))
    return UV_ENOMEM;
  pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_ADAPTIVE_NP);
  r = pthread_mutex_init(mu, &attr);
  pthread_mutexattr_destroy(&attr);
  return -r;
#else
  return uv_mutex_init(mu);
#endif
}

static void pool_destroy(muk__pool *p) {
  uv_cond_destroy(&p->cond);
  uv_mutex_destroy(&p->mu);
  free(p->threads);
  free(p);
}

/* Tell the first n workers to exit and join them. */
static void pool_join(muk__pool *p, uint32_t n) {
  uint32_t i;
  uv_mutex_lock(&p->mu);
  p->stop = 1;
  uv_cond_broadcast(&p->cond);
  uv_mutex_unlock(&p->mu);
  for (i = 0; i < n; i++)
    uv_thread_join(&p->threads[i]);
}

static int pool_start(muk_service *svc) {
  const muk_service_def *def = svc->def;
  muk__pool *p = calloc(1, sizeof(*p));
  int r;

  if (!p)
    return UV_ENOMEM;
  p->svc = svc;
  p->nthreads = def->threads ? def->threads : MUK__POOL_DEFAULT_THREADS;
  muk__fifo_init(&p->q);
  if (!(p->threads = calloc(p->nthreads, sizeof(*p->threads)))) {
    free(p);
    return UV_ENOMEM;
  }
  if ((r = mutex_init(&p->mu)) != 0) {
    free(p->threads);
    free(p);
    return r;
  }
  if ((r = uv_cond_init(&p->cond)) != 0) {
    uv_mutex_destroy(&p->mu);
    free(p->threads);
    free(p);
    return r;
  }
  /* init runs on the loop thread, before any worker exists. Workers start
   * lazily, when requests need them, so registering costs no threads. */
  if (def->init && (r = def->init(svc, &svc->state)) != 0) {
    pool_destroy(p);
    return r;
  }
  svc->impl = p;
  return 0;
}

static void pool_submit(muk_service *svc, muk_msg *first, muk_msg *last,
                        uint32_t n) {
  muk__pool *p = svc->impl;
  uint64_t uncovered;
  muk_msg *failed = NULL;
  int r = 0;

  uv_mutex_lock(&p->mu);
  muk__fifo_append(&p->q, first, last);
  p->nqueued += n;
  /* Busy workers pick the batch up without a wakeup. Otherwise wake one
   * idle worker (unless one is already being woken); it wakes the next if
   * work remains (chain wakeup, see worker()). */
  if (p->idle > p->wakeups && p->wakeups == 0) {
    p->wakeups++;
    uv_cond_signal(&p->cond);
  }
  /* Start more workers (lazily, up to the limit) while queued requests
   * outnumber the idle ones. */
  uncovered = p->nqueued > p->idle ? p->nqueued - p->idle : 0;
  while (uncovered > 0 && p->started < p->nthreads) {
    if ((r = uv_thread_create(&p->threads[p->started], worker, p)) != 0)
      break;
    p->started++;
    uncovered--;
  }
  if (p->started == 0) { /* no worker at all: fail the queue */
    failed = muk__fifo_take(&p->q);
    p->nqueued = 0;
  }
  uv_mutex_unlock(&p->mu);
  for (; failed; failed = first) {
    first = failed->next;
    failed->next = NULL;
    muk_reply(failed, r);
  }
}

static void pool_stop(muk_service *svc) {
  muk__pool *p = svc->impl;
  muk_msg *m, *next;
  if (!p)
    return;
  uv_mutex_lock(&p->mu);
  m = muk__fifo_take(&p->q);
  p->nqueued = 0;
  uv_mutex_unlock(&p->mu);
  for (; m; m = next) {
    next = m->next;
    m->next = NULL;
    muk_reply(m, MUK_ECANCELED);
  }
  pool_join(p, p->started);
  /* fini on the loop thread, like init, after the last worker is gone. */
  if (svc->def->fini)
    svc->def->fini(svc, svc->state);
  pool_destroy(p);
  svc->impl = NULL;
}

static uint64_t pool_queued(muk_service *svc) {
  muk__pool *p = svc->impl;
  uint64_t n;
  if (!p)
    return 0;
  uv_mutex_lock(&p->mu);
  n = p->nqueued;
  uv_mutex_unlock(&p->mu);
  return n;
}

static uv_loop_t *pool_loop(muk_service *svc) { return NULL; }

const muk__exec_ops muk__pool_ops = {
    .start = pool_start,
    .submit = pool_submit,
    .stop = pool_stop,
    .queued = pool_queued,
    .loop = pool_loop,
};
