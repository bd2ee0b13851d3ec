/* pool.c — MUK_EXEC_POOL: every service has its own request queue and its
 * own worker threads, so the number of threads is the service's concurrency
 * limit and a service stuck on slow work cannot delay another one.
 *
 * The loop thread appends a whole batch under the mutex and signals only as
 * many workers as are idle and needed; a busy worker takes the next request
 * without sleeping. At most one worker per CPU is woken eagerly (quick
 * requests gain nothing from more, they only add context switches); an
 * idle "watcher" wakes up every millisecond while requests wait and joins
 * when no worker made progress, so blocking handlers still get all
 * `threads`. Handlers reply through muk_reply (kernel.c); the replies of a
 * batch of quick handlers reach the kernel with one push and one wakeup.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>

#include "kernel_internal.h"

#define MUK__POOL_DEFAULT_THREADS 4
/* Most requests a worker takes off its queue at once. */
#define MUK__POOL_MAX_TAKE 16
/* A held-back idle worker checks every WATCH_NS whether the awake workers
 * still make progress (see watch()). */
#define MUK__POOL_WATCH_NS (1000 * 1000)
/* Replies of quick handlers are pushed together, held at most this long
 * and only while each handler of the batch returned within BATCH_FAST_NS. */
#define MUK__POOL_BATCH_NS (20 * 1000)
#define MUK__POOL_BATCH_FAST_NS (5 * 1000)
typedef struct muk__pool {
  muk_service *svc;
  uv_mutex_t mu;
  uv_cond_t cond;   /* idle workers wait here */
  uv_cond_t wcond;  /* the watcher waits here (see watch()) */
  muk__fifo q;      /* guarded by mu */
  uint64_t nqueued; /* guarded by mu */
  uint32_t idle;    /* workers waiting on cond (not the watcher); mu */
  uint32_t wakeups; /* signals sent, not yet consumed; guarded by mu */
  int stop;         /* guarded by mu */
  uint32_t nthreads; /* the concurrency limit */
  uint32_t eager;    /* wake idle workers at once while fewer are awake */
  uint32_t started;  /* workers running; guarded by mu */
  uint64_t takes;    /* take() calls so far; guarded by mu */
  int watching;      /* an idle worker watches for stalls; guarded by mu */
  int watch_req;     /* one was asked to; guarded by mu */
  int watch_run;     /* the watcher was asked to run; guarded by mu */
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
 * busy anyway) it takes a small share, so workers touch the lock less
 * often than once per request. */
static muk_msg *take(muk__pool *p) {
  uint64_t share = p->nqueued / (2 * (uint64_t)p->nthreads);
  muk_msg *first = p->q.head, *last = first;
  if (share > MUK__POOL_MAX_TAKE)
    share = MUK__POOL_MAX_TAKE;
  if (share < 1)
    share = 1;
  p->nqueued -= share;
  p->takes++;
  while (--share)
    last = last->next;
  p->q.head = last->next;
  if (!p->q.head)
    p->q.tail = NULL;
  last->next = NULL;
  return first;
}

/* Workers awake: running a handler, about to take, or woken and not yet
 * running. mu held. */
static uint32_t awake(const muk__pool *p) {
  return p->started - p->idle - (uint32_t)p->watching + p->wakeups;
}

/* Requests are queued (mu held): wake an idle worker to run them while
 * fewer than `eager` are awake. Beyond that the awake ones are enough for
 * CPU-bound work — waking more only adds context switches — so make sure
 * one idle worker watches instead and joins if they stop making progress
 * (blocked handlers): the concurrency limit is still `nthreads`. */
static void wake_some(muk__pool *p) {
  if (awake(p) < p->eager) {
    if (p->idle > p->wakeups) {
      p->wakeups++;
      uv_cond_signal(&p->cond);
    } else if (p->watching && !p->watch_run) {
      p->watch_run = 1;
      uv_cond_signal(&p->wcond);
    }
  } else if (!p->watching && !p->watch_req && p->idle > p->wakeups) {
    p->watch_req = 1;
    p->wakeups++;
    uv_cond_signal(&p->cond);
  }
}

/* Be the pool's watcher (mu held), on its own condition variable so that
 * wakeups meant for runners don't reach it: sleep in WATCH_NS steps while
 * requests stay queued; return to run them when asked to or when a whole
 * step passed without any worker taking one (the awake workers are blocked
 * or slow), or to idle when a step passed with nothing queued and nothing
 * taken. */
static void watch(muk__pool *p) {
  p->watching = 1;
  while (!p->stop) {
    uint64_t takes = p->takes;
    int r = uv_cond_timedwait(&p->wcond, &p->mu, MUK__POOL_WATCH_NS);
    if (p->watch_run)
      break;
    if (r == UV_ETIMEDOUT && p->takes == takes)
      break; /* no progress: run the queue, or stop watching an idle pool */
  }
  p->watch_run = 0;
  p->watching = 0;
}

/* Hand the handler's replies to the kernel together (see kernel.c) while
 * the handlers are quick; a slow one flushes at once. */
static void handle_chain(muk_service *svc, muk_msg *m,
                         muk__reply_batch *batch) {
  const muk_service_def *def = svc->def;
  muk_msg *next;
  uint64_t t0 = 0, t, first = 0;

  if (!m->next) { /* a single request: nothing to batch */
    def->handle(svc, m);
    return;
  }
  muk__tls_batch = batch;
  t0 = uv_hrtime();
  for (; m; m = next) {
    next = m->next;
    m->next = NULL;
    def->handle(svc, m);
    t = uv_hrtime();
    if (batch->n && !first)
      first = t;
    if (batch->n && (t - t0 > MUK__POOL_BATCH_FAST_NS ||
                     t - first > MUK__POOL_BATCH_NS || !next)) {
      muk__batch_flush(batch);
      first = 0;
    }
    t0 = t;
  }
  muk__tls_batch = NULL;
  muk__batch_flush(batch);
}

static void worker(void *arg) {
  muk__pool *p = arg;
  muk_service *svc = p->svc;
  const muk_service_def *def = svc->def;
  void *ts = def->thread_init ? def->thread_init(svc) : NULL;
  muk__reply_batch batch = {svc->k, NULL, NULL, 0};
  muk_msg *m;

  muk__tls_worker_state = ts;
  uv_mutex_lock(&p->mu);
  for (;;) {
    while (muk__fifo_empty(&p->q) && !p->stop) {
      p->idle++;
      uv_cond_wait(&p->cond, &p->mu);
      p->idle--;
      if (p->wakeups)
        p->wakeups--;
      if (p->watch_req) {
        p->watch_req = 0;
        watch(p);
      }
    }
    if (p->stop)
      break; /* stop() cancels whatever is still queued */
    m = take(p);
    /* Chain wakeup: more work left — wake one more worker here rather
     * than all at once in submit, so a burst of quick requests stays on
     * the threads already awake while a burst of slow ones still spreads
     * over every worker. */
    if (p->q.head)
      wake_some(p);
    uv_mutex_unlock(&p->mu);
    handle_chain(svc, m, &batch);
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
  uv_cond_destroy(&p->wcond);
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
  uv_cond_broadcast(&p->wcond);
  uv_mutex_unlock(&p->mu);
  for (i = 0; i < n; i++)
    uv_thread_join(&p->threads[i]);
}

/* How many workers a pool wakes without waiting: one per CPU (at least
 * two, so a blocked handler never leaves a request waiting for the
 * watcher on a one-CPU machine), never more than its threads; all of them
 * for a MUK_SVC_BLOCKING service, whose handlers wait on syscalls rather
 * than use a CPU. MUK_POOL_EAGER in the environment overrides the CPU
 * count (benchmarking). */
static uint32_t eager_limit(uint32_t nthreads, uint32_t flags) {
  static uint32_t ncpu;
  const char *env;
  uint32_t n;
  if (flags & MUK_SVC_BLOCKING)
    return nthreads;
  if (!ncpu) {
    env = getenv("MUK_POOL_EAGER");
    n = env && atoi(env) > 0 ? (uint32_t)atoi(env) : uv_available_parallelism();
    ncpu = n < 2 && !env ? 2 : n;
  }
  return ncpu < nthreads ? ncpu : nthreads;
}

static int pool_start(muk_service *svc) {
  const muk_service_def *def = svc->def;
  muk__pool *p = calloc(1, sizeof(*p));
  int r;

  if (!p)
    return UV_ENOMEM;
  p->svc = svc;
  p->nthreads = def->threads ? def->threads : MUK__POOL_DEFAULT_THREADS;
  p->eager = eager_limit(p->nthreads, def->flags);
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
  if ((r = uv_cond_init(&p->wcond)) != 0) {
    uv_cond_destroy(&p->cond);
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
  if (p->wakeups == 0 && !p->watch_run)
    wake_some(p);
  /* Start more workers (lazily, up to the limit) while queued requests
   * outnumber the idle ones. */
  uncovered = p->nqueued > p->idle + (uint32_t)p->watching
                  ? p->nqueued - p->idle - (uint32_t)p->watching
                  : 0;
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
