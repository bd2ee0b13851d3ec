/* pool.c — MUK_EXEC_POOL: every service has its own request queue and its
 * own worker threads, so the number of threads is the service's concurrency
 * limit and a service stuck on slow work cannot delay another one.
 *
 * Hand-off. The loop thread takes no lock to hand over work: it pushes a
 * whole batch onto the pool's lock-free `inbox` (one CAS) and counts it in
 * `nqueued`. Workers move the inbox into their shared FIFO and take from it
 * under a lock only workers use (`cmu`), so a worker preempted while holding
 * it delays other workers, never the loop.
 *
 * Waking. A worker that runs out of work spins briefly before it sleeps
 * while spinning pays (adaptive, see spin()); while one spins nobody is
 * woken for a new batch. Sleeping workers are counted (`idle`), and the
 * loop (or a worker that leaves work behind) takes the sleep mutex only
 * when it has one to wake, and signals after letting go of it (the woken
 * worker would only block on it again): the eventcount pattern (the
 * waker publishes work, then checks for sleepers; a sleeper registers,
 * then checks for work; seq_cst on both sides, so one of them sees the
 * other). At most one worker per CPU is woken eagerly (quick requests
 * gain nothing from more, they only add context switches); an idle
 * "watcher" wakes up every millisecond while requests wait and joins when
 * no worker made progress, so blocking handlers still get all `threads`.
 * Handlers reply through muk_reply (kernel.c); the replies of a batch of
 * quick handlers reach the kernel with one push and one wakeup.
 */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
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
/* How long an out-of-work worker spins for more before it sleeps
 * (MUK_POOL_SPIN_US overrides it, for benchmarking; 0: never), and how
 * the pool decides whether spinning pays (see spin()). */
#define MUK__POOL_SPIN_NS (20 * 1000)
#define MUK__POOL_SPIN_ONE 1024
#define MUK__POOL_SPIN_PROBE 32

#if defined(__x86_64__) || defined(__i386__)
#include <x86intrin.h>
#define cpu_relax() __builtin_ia32_pause()
#elif defined(__aarch64__)
#define cpu_relax() __asm__ __volatile__("yield" ::: "memory")
#else
#define cpu_relax() ((void)0)
#endif

typedef struct muk__pool {
  muk_service *svc;
  uint32_t nthreads; /* the concurrency limit */
  uint32_t eager;    /* wake idle workers at once while fewer are awake */
  uint64_t spin_ns;        /* how long a worker spins, at most */
  atomic_uint spin_score;  /* how often spinning paid, see spin() */
  atomic_uint spin_skips;

  /* The hand-off: the loop pushes, workers take. */
  muk__mpsc inbox;
  _Atomic int64_t nqueued;   /* submitted, not yet taken (counted before
                                the push, so it may run ahead of inbox) */
  _Atomic uint64_t takes;    /* take()s so far: the watcher's progress */
  atomic_uint nspin;         /* workers spinning for work (at most one) */
  atomic_int stop;

  /* Workers only. */
  uv_mutex_t cmu;
  muk__fifo q;  /* taken out of inbox, in arrival order; cmu */
  uint64_t qn;  /* messages in q; cmu */

  /* Sleeping and waking: written under mu, read anywhere. */
  uv_mutex_t mu;
  uv_cond_t cond;          /* idle workers wait here */
  uv_cond_t wcond;         /* the watcher waits here (see watch()) */
  atomic_uint idle;        /* workers registered asleep (not the watcher) */
  atomic_uint wakeups;     /* signals sent, not yet consumed */
  atomic_int watching;     /* an idle worker watches for stalls */
  atomic_int watch_req;    /* one was asked to */
  atomic_int watch_run;    /* the watcher was asked to run */
  atomic_uint started;     /* workers running (written by the loop) */
  uv_thread_t *threads;

  /* MUK_SVC_CALLER_SYNC: the loop thread's thread_init() result (loop
   * thread only). */
  void *here_ts;
  int here_ts_made;
} muk__pool;

#define LD(x) atomic_load_explicit(&(x), memory_order_relaxed)
#define ST(x, v) atomic_store_explicit(&(x), (v), memory_order_relaxed)

/* The calling worker's thread_init() result, muk_worker_state(). A worker
 * thread serves one service, so one slot per thread suffices. */
static _Thread_local void *muk__tls_worker_state;

void *muk_worker_state(muk_service *svc) {
  (void)svc;
  return muk__tls_worker_state;
}

static int has_work(muk__pool *p) { return atomic_load(&p->nqueued) > 0; }

/* Move the inbox (newest first) to the end of q in arrival order. cmu. */
static void take_inbox(muk__pool *p) {
  muk_msg *m, *prev = NULL, *next, *last;
  uint64_t n = 0;
  if (LD(p->inbox.head) == NULL)
    return;
  m = atomic_exchange_explicit(&p->inbox.head, NULL, memory_order_acquire);
  last = m;
  for (; m; m = next, n++) {
    next = m->next;
    m->next = prev;
    prev = m;
  }
  if (prev) {
    muk__fifo_append(&p->q, prev, last);
    p->qn += n;
  }
}

/* Take the next requests, or NULL when there are none. While the queue is
 * short a worker takes one request at a time, so a request waits only when
 * every worker is busy. When it is long (every worker is busy anyway) it
 * takes a small share, so workers touch the lock less often than once per
 * request. *more: requests are left for another worker. */
static muk_msg *take(muk__pool *p, int *more) {
  uint64_t share, k;
  muk_msg *first, *last;
  *more = 0;
  if (!has_work(p))
    return NULL;
  uv_mutex_lock(&p->cmu);
  take_inbox(p);
  if (!p->qn) {
    uv_mutex_unlock(&p->cmu);
    return NULL;
  }
  share = p->qn / (2 * (uint64_t)p->nthreads);
  if (share > MUK__POOL_MAX_TAKE)
    share = MUK__POOL_MAX_TAKE;
  if (share < 1)
    share = 1;
  p->qn -= share;
  first = last = p->q.head;
  for (k = share; --k;)
    last = last->next;
  p->q.head = last->next;
  if (!p->q.head)
    p->q.tail = NULL;
  last->next = NULL;
  *more = p->qn > 0;
  atomic_fetch_sub(&p->nqueued, (int64_t)share);
  atomic_fetch_add_explicit(&p->takes, 1, memory_order_relaxed);
  uv_mutex_unlock(&p->cmu);
  return first;
}

/* Workers awake: running a handler, spinning, about to take, or woken and
 * not yet running. */
static uint32_t awake(muk__pool *p) {
  return LD(p->started) - LD(p->idle) - (uint32_t)LD(p->watching) +
         LD(p->wakeups);
}

/* Requests are queued (mu held): wake an idle worker to run them while
 * fewer than `eager` are awake. Beyond that the awake ones are enough for
 * CPU-bound work — waking more only adds context switches — so make sure
 * one idle worker watches instead and joins if they stop making progress
 * (blocked handlers): the concurrency limit is still `nthreads`. Returns
 * the condition variable to signal, once mu is released (a worker woken
 * while we hold mu would only block on it again), or NULL. A worker that
 * wakes up on its own in between just consumes the wakeup itself. */
static uv_cond_t *wake_some(muk__pool *p) {
  uint32_t idle = LD(p->idle), wakeups = LD(p->wakeups);
  if (awake(p) < p->eager) {
    if (idle > wakeups) {
      ST(p->wakeups, wakeups + 1);
      return &p->cond;
    }
    if (LD(p->watching) && !LD(p->watch_run)) {
      ST(p->watch_run, 1);
      return &p->wcond;
    }
  } else if (!LD(p->watching) && !LD(p->watch_req) && idle > wakeups) {
    ST(p->watch_req, 1);
    ST(p->wakeups, wakeups + 1);
    return &p->cond;
  }
  return NULL;
}

/* Work was published (submit: a new batch; chain: a worker left some in
 * the queue). Decide without the lock whether wake_some could do anything,
 * and take the lock only then. A worker that spins takes the work itself;
 * a sleeper registers in `idle` before it checks `nqueued` (see
 * idle_wait), and we check `idle` after counting the work in `nqueued`,
 * all seq_cst, so one of the two sees the other: no wakeup is lost. */
static void maybe_wake(muk__pool *p, int submit) {
  uv_cond_t *c = NULL;
  uint32_t idle;
  int watching;
  if (atomic_load(&p->nspin))
    return;
  idle = atomic_load(&p->idle);
  watching = LD(p->watching);
  if (!idle && !watching)
    return; /* everyone is awake and will get to it */
  if (submit && (LD(p->wakeups) || LD(p->watch_run)))
    return; /* one is being woken; it chains */
  if (awake(p) >= p->eager &&
      (watching || LD(p->watch_req) || idle <= LD(p->wakeups)))
    return; /* enough awake, and a watcher is there or on its way */
  uv_mutex_lock(&p->mu);
  if (!submit || (!LD(p->wakeups) && !LD(p->watch_run)))
    c = wake_some(p);
  uv_mutex_unlock(&p->mu);
  if (c)
    uv_cond_signal(c);
}

/* Be the pool's watcher (mu held), on its own condition variable so that
 * wakeups meant for runners don't reach it: sleep in WATCH_NS steps while
 * requests stay queued; return to run them when asked to or when a whole
 * step passed without any worker taking one (the awake workers are blocked
 * or slow), or to idle when a step passed with nothing queued and nothing
 * taken. */
static void watch(muk__pool *p) {
  ST(p->watching, 1);
  while (!LD(p->stop)) {
    uint64_t takes = LD(p->takes);
    int r = uv_cond_timedwait(&p->wcond, &p->mu, MUK__POOL_WATCH_NS);
    if (LD(p->watch_run))
      break;
    if (r == UV_ETIMEDOUT && LD(p->takes) == takes)
      break; /* no progress: run the queue, or stop watching an idle pool */
  }
  ST(p->watch_run, 0);
  ST(p->watching, 0);
}

/* Out of work: spin for up to spin_ns (one spinner per pool) in case the
 * loop hands over the next batch soon. Whether to spin adapts to how
 * often it pays: `spin_score` is a moving average of spins that found
 * work (0..SPIN_ONE); below half of that the pool sleeps at once and
 * probes with a spin every SPIN_PROBE times. Measured with noop_c on 2
 * CPUs: quiet, 90% of 20 us spins found work (7.8 us on average) and the
 * rate doubled; with two CPU hogs beside it only 18% did, and spinning
 * anyway cut the rate by half or more (the spinner takes the CPU the loop
 * needs to produce the next batch), so it stops. 1 when work arrived. */
static int spin(muk__pool *p) {
  uint64_t t0, i;
  unsigned zero = 0, score = LD(p->spin_score);
  int found = 0;
  if (!p->spin_ns)
    return 0;
  if (score < MUK__POOL_SPIN_ONE / 2 &&
      atomic_fetch_add_explicit(&p->spin_skips, 1, memory_order_relaxed) %
              MUK__POOL_SPIN_PROBE !=
          0)
    return 0;
  if (!atomic_compare_exchange_strong(&p->nspin, &zero, 1))
    return 0;
  t0 = uv_hrtime();
  for (i = 1;; i++) {
    if (LD(p->nqueued) > 0 || LD(p->stop)) {
      found = 1;
      break;
    }
    cpu_relax();
    if ((i & 15) == 0 && uv_hrtime() - t0 > p->spin_ns)
      break;
  }
  atomic_store(&p->nspin, 0);
  score -= score / 16;
  if (found)
    score += MUK__POOL_SPIN_ONE / 16;
  ST(p->spin_score, score);
  return found;
}

/* Sleep until there is work or the pool stops; 1 on stop. */
static int idle_wait(muk__pool *p) {
  int stop;
  uv_mutex_lock(&p->mu);
  for (;;) {
    atomic_fetch_add(&p->idle, 1); /* register, then look (see maybe_wake) */
    if (has_work(p) || LD(p->stop)) {
      atomic_fetch_sub(&p->idle, 1);
      break;
    }
    uv_cond_wait(&p->cond, &p->mu);
    atomic_fetch_sub(&p->idle, 1);
    if (LD(p->wakeups))
      ST(p->wakeups, LD(p->wakeups) - 1);
    if (LD(p->watch_req)) {
      ST(p->watch_req, 0);
      watch(p);
    }
  }
  stop = LD(p->stop);
  uv_mutex_unlock(&p->mu);
  return stop;
}

/* handle_chain times every handler: with the TSC where there is one (a
 * third of clock_gettime's cost here, ~3% of a noop round trip), its rate
 * measured once against uv_hrtime; elsewhere, and if that fails, in ns. */
#if defined(__x86_64__) || defined(__i386__)
static _Atomic uint64_t muk__ticks_per_us; /* 0: not measured yet */

static uint64_t ticks(void) { return __rdtsc(); }

static uint64_t ticks_per_us(void) {
  uint64_t r = atomic_load_explicit(&muk__ticks_per_us, memory_order_relaxed);
  uint64_t t0, c0, t;
  if (r)
    return r;
  t0 = uv_hrtime();
  c0 = __rdtsc();
  while ((t = uv_hrtime()) - t0 < 20 * 1000)
    cpu_relax();
  r = (__rdtsc() - c0) * 1000 / (t - t0);
  if (r == 0 || r > 100000) /* no usable TSC: fall back to ns */
    r = UINT64_MAX;
  atomic_store_explicit(&muk__ticks_per_us, r, memory_order_relaxed);
  return r;
}
#define TICKS() (lim->tick_ns ? uv_hrtime() : ticks())
#else
#define TICKS() uv_hrtime()
#endif

/* A worker's batch limits, in the unit TICKS() counts. */
typedef struct muk__limits {
  uint64_t fast, hold;
  int tick_ns; /* TICKS() counts ns */
} muk__limits;

/* Hand the handler's replies to the kernel together (see kernel.c) while
 * the handlers are quick; a slow one flushes at once. */
static void handle_chain(muk__pool *p, muk_msg *m, muk__reply_batch *batch,
                         const muk__limits *lim) {
  muk_service *svc = p->svc;
  muk_msg *next;
  uint64_t t0 = 0, t, first = 0;

  if (!m->next) { /* a single request: nothing to batch */
    muk__handle(svc, m);
    return;
  }
  muk__tls_batch = batch;
  t0 = TICKS();
  for (; m; m = next) {
    next = m->next;
    m->next = NULL;
    muk__handle(svc, m);
    t = TICKS();
    if (batch->n && !first)
      first = t;
    if (batch->n && (t - t0 > lim->fast || t - first > lim->hold ||
                     !next)) {
      muk__batch_flush(batch);
      first = 0;
    }
    t0 = t;
  }
  muk__tls_batch = NULL;
  muk__batch_flush(batch);
}

/* Worker thread (the first one measures the TSC, off the loop thread). */
static void batch_limits(muk__limits *lim) {
#if defined(__x86_64__) || defined(__i386__)
  uint64_t r = ticks_per_us();
  if (r != UINT64_MAX) {
    lim->fast = MUK__POOL_BATCH_FAST_NS / 1000 * r;
    lim->hold = MUK__POOL_BATCH_NS / 1000 * r;
    lim->tick_ns = 0;
    return;
  }
#endif
  lim->fast = MUK__POOL_BATCH_FAST_NS;
  lim->hold = MUK__POOL_BATCH_NS;
  lim->tick_ns = 1;
}

static void worker(void *arg) {
  muk__pool *p = arg;
  muk_service *svc = p->svc;
  const muk_service_def *def = svc->def;
  void *ts = def->thread_init ? def->thread_init(svc) : NULL;
  muk__reply_batch batch = {svc->k, NULL, NULL, 0};
  muk__limits lim;
  muk_msg *m;
  int more;

  muk__tls_worker_state = ts;
  batch_limits(&lim);
  while (!LD(p->stop)) {
    if ((m = take(p, &more)) != NULL) {
      /* Chain wakeup: more work left — wake one more worker here rather
       * than all at once in submit, so a burst of quick requests stays on
       * the threads already awake while a burst of slow ones still spreads
       * over every worker. */
      if (more)
        maybe_wake(p, 0);
      handle_chain(p, m, &batch, &lim);
      continue;
    }
    if (has_work(p) || spin(p))
      continue;
    if (idle_wait(p))
      break;
  }
  /* stop() cancels whatever is still queued */
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
  uv_mutex_destroy(&p->cmu);
  free(p->threads);
  free(p);
}

/* Tell the first n workers to exit and join them. */
static void pool_join(muk__pool *p, uint32_t n) {
  uint32_t i;
  uv_mutex_lock(&p->mu);
  atomic_store(&p->stop, 1);
  uv_cond_broadcast(&p->cond);
  uv_cond_broadcast(&p->wcond);
  uv_mutex_unlock(&p->mu);
  for (i = 0; i < n; i++)
    uv_thread_join(&p->threads[i]);
}

/* Once per process: every POOL service asks at registration, and
 * uv_available_parallelism is a sched_getaffinity system call. */
static unsigned parallelism(void) {
  static unsigned cached;
  unsigned n = __atomic_load_n(&cached, __ATOMIC_RELAXED);
  if (!n) {
    n = uv_available_parallelism();
    __atomic_store_n(&cached, n, __ATOMIC_RELAXED);
  }
  return n;
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
    n = env && atoi(env) > 0 ? (uint32_t)atoi(env) : parallelism();
    ncpu = n < 2 && !env ? 2 : n;
  }
  return ncpu < nthreads ? ncpu : nthreads;
}

static uint64_t spin_limit(void) {
  const char *env = getenv("MUK_POOL_SPIN_US");
  if (env)
    return (uint64_t)atoi(env) * 1000;
  return parallelism() > 1 ? MUK__POOL_SPIN_NS : 0;
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
  p->spin_ns = spin_limit();
  atomic_init(&p->spin_score, MUK__POOL_SPIN_ONE);
  muk__mpsc_init(&p->inbox);
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
  if ((r = mutex_init(&p->cmu)) != 0) {
    uv_mutex_destroy(&p->mu);
    free(p->threads);
    free(p);
    return r;
  }
  if ((r = uv_cond_init(&p->cond)) != 0) {
    uv_mutex_destroy(&p->cmu);
    uv_mutex_destroy(&p->mu);
    free(p->threads);
    free(p);
    return r;
  }
  if ((r = uv_cond_init(&p->wcond)) != 0) {
    uv_cond_destroy(&p->cond);
    uv_mutex_destroy(&p->cmu);
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
  /* The kernel's window for this service (kernel.c), never below the
   * thread count: a smaller one would lower the concurrency limit, and a
   * handler that waits for another request (a FIFO's reader for its
   * writer) could wait for ever. */
  svc->window = svc->k->pool_window > p->nthreads ? svc->k->pool_window
                                                   : p->nthreads;
  svc->impl = p;
  return 0;
}

/* Everything queued, inbox and q, as one FIFO chain (loop thread, when no
 * worker can take any more: none started, or stopping). */
static muk_msg *take_all(muk__pool *p) {
  muk_msg *m;
  uv_mutex_lock(&p->cmu);
  take_inbox(p);
  m = muk__fifo_take(&p->q);
  p->qn = 0;
  atomic_store(&p->nqueued, 0);
  uv_mutex_unlock(&p->cmu);
  return m;
}

static void pool_submit(muk_service *svc, muk_msg *first, muk_msg *last,
                        uint32_t n) {
  muk__pool *p = svc->impl;
  muk_msg *m, *prev = NULL, *next, *failed = NULL;
  int64_t uncovered;
  uint32_t started = LD(p->started);
  int r = 0;

  /* The inbox is a stack: link the batch newest first, push it with one
   * CAS. Counted first, so a worker that finds nqueued > 0 but an empty
   * inbox only has to look again. */
  atomic_fetch_add(&p->nqueued, (int64_t)n);
  for (m = first; m; m = next) {
    next = m->next;
    m->next = prev;
    prev = m;
  }
  muk__mpsc_push_chain(&p->inbox, last, first);
  /* Busy or spinning workers pick the batch up without a wakeup.
   * Otherwise wake one idle worker (unless one is already being woken);
   * it wakes the next if work remains (chain wakeup, see worker()). */
  maybe_wake(p, 1);
  /* Start more workers (lazily, up to the limit) while queued requests
   * outnumber the idle ones. */
  if (started < p->nthreads) {
    uncovered = atomic_load(&p->nqueued) - (int64_t)LD(p->idle) -
                (int64_t)LD(p->watching) - (int64_t)LD(p->nspin);
    while (uncovered > 0 && started < p->nthreads) {
      if ((r = uv_thread_create(&p->threads[started], worker, p)) != 0)
        break;
      atomic_store(&p->started, ++started);
      uncovered--;
    }
    if (started == 0) /* no worker at all: fail the queue */
      failed = take_all(p);
  }
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
  m = take_all(p);
  for (; m; m = next) {
    next = m->next;
    m->next = NULL;
    muk_reply(m, MUK_ECANCELED);
  }
  pool_join(p, LD(p->started));
  if (p->here_ts_made && svc->def->thread_fini)
    svc->def->thread_fini(svc, p->here_ts);
  /* fini on the loop thread, like init, after the last worker is gone. */
  if (svc->def->fini)
    svc->def->fini(svc, svc->state);
  pool_destroy(p);
  svc->impl = NULL;
}

int muk__pool_call_here(muk_service *svc, muk_msg *m) {
  muk__pool *p = svc->impl;
  const muk_service_def *def = svc->def;
  void *saved = muk__tls_worker_state;
  if (!p->here_ts_made) {
    p->here_ts = def->thread_init ? def->thread_init(svc) : NULL;
    p->here_ts_made = 1;
  }
  muk__tls_worker_state = p->here_ts;
  muk__handle(svc, m);
  muk__tls_worker_state = saved;
  /* A POOL handler replies before it returns; one that did not broke the
   * contract, and the request fails rather than hang. */
  if (!(m->flags & MUK_F_REPLY))
    m->status = MUK_EBADMSG;
  return m->status;
}

static uint64_t pool_queued(muk_service *svc) {
  muk__pool *p = svc->impl;
  int64_t n;
  if (!p)
    return 0;
  n = atomic_load(&p->nqueued);
  return n > 0 ? (uint64_t)n : 0;
}

static uv_loop_t *pool_loop(muk_service *svc) { return NULL; }

const muk__exec_ops muk__pool_ops = {
    .start = pool_start,
    .submit = pool_submit,
    .stop = pool_stop,
    .queued = pool_queued,
    .loop = pool_loop,
};
