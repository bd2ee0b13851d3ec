/* test_pool.c — POOL services: per-service isolation, the concurrency
 * limit, per-worker state. Ordering and counters only, no timing. */
#include <stdatomic.h>

#include "test.h"

/* ---- a "gate" service: handlers block until the test opens the gate ---- */

static uv_mutex_t gate_mu;
static uv_cond_t gate_cond;
static int gate_open;
static atomic_int gate_entered;

static void gate_handle(muk_service *svc, muk_msg *m) {
  atomic_fetch_add(&gate_entered, 1);
  uv_mutex_lock(&gate_mu);
  while (!gate_open)
    uv_cond_wait(&gate_cond, &gate_mu);
  uv_mutex_unlock(&gate_mu);
  muk_reply(m, 0);
}

static const char *const gate_ops[] = {"wait"};
static const muk_service_def gate_def = {
    .abi = MUK_SERVICE_ABI,
    .name = "gate",
    .backend = "test",
    .exec = MUK_EXEC_POOL,
    .threads = 2,
    .nops = 1,
    .op_names = gate_ops,
    .handle = gate_handle,
};

static void gate_reset(void) {
  uv_mutex_init(&gate_mu);
  uv_cond_init(&gate_cond);
  gate_open = 0;
  atomic_store(&gate_entered, 0);
}

static void gate_release(void) {
  uv_mutex_lock(&gate_mu);
  gate_open = 1;
  uv_cond_broadcast(&gate_cond);
  uv_mutex_unlock(&gate_mu);
}

static void gate_destroy(void) {
  uv_cond_destroy(&gate_cond);
  uv_mutex_destroy(&gate_mu);
}

/* Run the loop without blocking until the service has `queued` requests
 * waiting for a worker. */
static void wait_queued(muk_kernel *k, const char *svc, uint64_t queued) {
  muk_service_stats st;
  for (;;) {
    uv_run(muk_kernel_loop(k), UV_RUN_NOWAIT);
    ASSERT_EQ(muk_service_stats_get(k, (uint32_t)muk_service_id(k, svc), &st),
              0);
    if (st.queued == queued)
      return;
    uv_sleep(1);
  }
}

#define FAST 200

typedef struct {
  muk_kernel *k;
  int fast_done, slow_done;
  int slow_total;
  int release_gate;
} iso;

static void fast_cb(muk_msg *m, void *ud) {
  iso *s = ud;
  ASSERT_EQ(m->status, 0);
  ASSERT_EQ(s->slow_done, 0); /* the slow service has answered nothing yet */
  muk_msg_free(m);
  if (++s->fast_done == FAST && s->release_gate) {
    muk_service_stats st;
    ASSERT_EQ(muk_service_stats_get(s->k, 0, &st), 0);
    ASSERT_EQ(st.queued, 1); /* still stuck: 2 running, 1 waiting */
    ASSERT_EQ(st.replies, 0);
    ASSERT_EQ(atomic_load(&gate_entered), 2);
    gate_release();
  }
}

static void slow_cb(muk_msg *m, void *ud) {
  iso *s = ud;
  ASSERT_EQ(m->status, 0);
  ASSERT_EQ(s->fast_done, FAST); /* every fast request came first */
  s->slow_done++;
  muk_msg_free(m);
}

/* A service whose workers are all blocked does not delay another one. */
TEST_IMPL(pool_isolation) {
  iso s = {muk_kernel_new(NULL), 0, 0, 3, 1};
  int j;
  gate_reset();
  ASSERT_EQ(muk_register(s.k, &gate_def), 0);
  ASSERT_EQ(muk_register(s.k, &muk_sys_service), 1);
  for (j = 0; j < s.slow_total; j++)
    muk_send(s.k, test_msg(s.k, "gate", "wait"), slow_cb, &s);
  wait_queued(s.k, "gate", 1); /* both gate workers took one */
  /* a worker counts itself just after taking its request: allow it to
   * get there (bounded; not a timing assertion) */
  for (int spins = 0; atomic_load(&gate_entered) < 2 && spins < 10000; spins++)
    uv_sleep(1);
  ASSERT_EQ(atomic_load(&gate_entered), 2);
  for (j = 0; j < FAST; j++)
    muk_send(s.k, test_msg(s.k, "sys", "noop"), fast_cb, &s);
  muk_kernel_run(s.k);
  ASSERT_EQ(s.fast_done, FAST);
  ASSERT_EQ(s.slow_done, s.slow_total);
  ASSERT_EQ(atomic_load(&gate_entered), 3);
  muk_kernel_free(s.k);
  gate_destroy();
  return 0;
}

/* The same with sys.sleep: all of sys's 4 workers asleep plus one request
 * queued behind them, while another service answers every request. */
static const muk_service_def *sys2_def(void) {
  static muk_service_def d;
  d = muk_sys_service;
  d.name = "sys2";
  return &d;
}

TEST_IMPL(pool_isolation_sleep) {
  iso s = {muk_kernel_new(NULL), 0, 0, 5, 0};
  int j;
  ASSERT_EQ(muk_register(s.k, &muk_sys_service), 0);
  ASSERT_EQ(muk_register(s.k, sys2_def()), 1);
  for (j = 0; j < s.slow_total; j++) {
    muk_msg *m = test_msg(s.k, "sys", "sleep");
    muk_msg_add_i64(m, 800);
    muk_send(s.k, m, slow_cb, &s);
  }
  wait_queued(s.k, "sys", 1); /* 4 asleep, 1 waiting */
  for (j = 0; j < FAST; j++)
    muk_send(s.k, test_msg(s.k, "sys2", "echo"), fast_cb, &s);
  muk_kernel_run(s.k);
  ASSERT_EQ(s.fast_done, FAST);
  ASSERT_EQ(s.slow_done, s.slow_total);
  muk_kernel_free(s.k);
  return 0;
}

/* ---- the concurrency limit is the number of threads ---- */

#define LIMIT 3
static uv_mutex_t lim_mu;
static uv_cond_t lim_cond;
static int lim_cur, lim_max, lim_entered, lim_met;

static void limit_handle(muk_service *svc, muk_msg *m) {
  int me;
  uv_mutex_lock(&lim_mu);
  lim_cur++;
  me = ++lim_entered;
  if (lim_cur > lim_max)
    lim_max = lim_cur;
  if (lim_cur == LIMIT)
    lim_met = 1;
  uv_cond_broadcast(&lim_cond);
  /* the first LIMIT requests meet: they must all run at once */
  while (me <= LIMIT && !lim_met)
    uv_cond_wait(&lim_cond, &lim_mu);
  uv_mutex_unlock(&lim_mu);
  uv_sleep(1);
  uv_mutex_lock(&lim_mu);
  lim_cur--;
  uv_mutex_unlock(&lim_mu);
  muk_reply(m, 0);
}

static const muk_service_def limit_def = {
    .abi = MUK_SERVICE_ABI,
    .name = "limit",
    .backend = "test",
    .exec = MUK_EXEC_POOL,
    .threads = LIMIT,
    .nops = 1,
    .op_names = gate_ops,
    .handle = limit_handle,
};

static void count_cb(muk_msg *m, void *ud) {
  ASSERT_EQ(m->status, 0);
  (*(int *)ud)++;
  muk_msg_free(m);
}

TEST_IMPL(pool_limit) {
  muk_kernel *k = muk_kernel_new(NULL);
  int j, n = 0;
  uv_mutex_init(&lim_mu);
  uv_cond_init(&lim_cond);
  ASSERT_EQ(muk_register(k, &limit_def), 0);
  for (j = 0; j < 40; j++)
    muk_send(k, test_msg(k, "limit", "wait"), count_cb, &n);
  muk_kernel_run(k);
  ASSERT_EQ(n, 40);
  ASSERT_EQ(lim_max, LIMIT);
  muk_kernel_free(k);
  uv_cond_destroy(&lim_cond);
  uv_mutex_destroy(&lim_mu);
  return 0;
}

/* ---- init/fini, thread_init/thread_fini, worker state ---- */

static atomic_int ts_inits, ts_finis, ts_handled;
static int svc_inits, svc_finis;
static int svc_state_token;

static int ts_init(muk_service *svc, void **state) {
  svc_inits++;
  *state = &svc_state_token;
  return 0;
}

static void ts_fini(muk_service *svc, void *state) {
  ASSERT(state == &svc_state_token);
  svc_finis++;
}

static void *ts_thread_init(muk_service *svc) {
  int *count = calloc(1, sizeof(int));
  atomic_fetch_add(&ts_inits, 1);
  return count;
}

static void ts_thread_fini(muk_service *svc, void *tstate) {
  atomic_fetch_add(&ts_finis, 1);
  atomic_fetch_add(&ts_handled, *(int *)tstate);
  free(tstate);
}

static void ts_handle(muk_service *svc, muk_msg *m) {
  int *count = muk_worker_state(svc);
  ASSERT(count != NULL);
  ASSERT(muk_service_state(svc) == &svc_state_token);
  (*count)++;
  muk_reply(m, 0);
}

static const muk_service_def ts_def = {
    .abi = MUK_SERVICE_ABI,
    .name = "ts",
    .backend = "test",
    .exec = MUK_EXEC_POOL,
    .threads = 2,
    .nops = 1,
    .op_names = gate_ops,
    .init = ts_init,
    .handle = ts_handle,
    .thread_init = ts_thread_init,
    .thread_fini = ts_thread_fini,
    .fini = ts_fini,
};

TEST_IMPL(pool_thread_state) {
  muk_kernel *k = muk_kernel_new(NULL);
  int j, n = 0;
  ASSERT_EQ(muk_register(k, &ts_def), 0);
  ASSERT_EQ(svc_inits, 1);
  ASSERT_EQ(atomic_load(&ts_inits), 0); /* workers start lazily */
  for (j = 0; j < 50; j++)
    muk_send(k, test_msg(k, "ts", "wait"), count_cb, &n);
  muk_kernel_run(k);
  ASSERT_EQ(n, 50);
  muk_kernel_free(k);
  ASSERT_EQ(svc_finis, 1);
  ASSERT(atomic_load(&ts_inits) >= 1 && atomic_load(&ts_inits) <= 2);
  ASSERT_EQ(atomic_load(&ts_finis), atomic_load(&ts_inits));
  ASSERT_EQ(atomic_load(&ts_handled), 50);
  return 0;
}

/* ---- muk_flush: the sends made so far reach their service at once ------ */

static atomic_int flush_handled;

static void count_handle(muk_service *svc, muk_msg *m) {
  (void)svc;
  atomic_fetch_add(&flush_handled, 1);
  muk_reply(m, 0);
}

static const char *const count_ops[] = {"go"};
static const muk_service_def count_def = {
    .abi = MUK_SERVICE_ABI,
    .name = "count",
    .backend = "test",
    .exec = MUK_EXEC_POOL,
    .threads = 1,
    .nops = 1,
    .op_names = count_ops,
    .handle = count_handle,
};

/* Block the loop thread until the service has handled n requests: only a
 * flushed send can get there (10 s bounds a failure, it times nothing). */
static void wait_handled(int n) {
  int i;
  for (i = 0; i < 10000 && atomic_load(&flush_handled) < n; i++)
    uv_sleep(1);
  ASSERT_EQ(atomic_load(&flush_handled), n);
}

typedef struct {
  muk_kernel *k;
  int replies;
} flush_state;

static void flush_second_cb(muk_msg *m, void *ud) {
  flush_state *s = ud;
  ASSERT_EQ(m->status, 0);
  s->replies++;
  muk_msg_free(m);
}

static void flush_first_cb(muk_msg *m, void *ud) {
  flush_state *s = ud;
  ASSERT_EQ(m->status, 0);
  s->replies++;
  muk_msg_free(m);
  /* inside the drain, which would hand this send on after the callback */
  muk_send(s->k, test_msg(s->k, "count", "go"), flush_second_cb, s);
  muk_flush(s->k);
  wait_handled(2);
  ASSERT_EQ(s->replies, 1);
}

TEST_IMPL(pool_flush) {
  muk_kernel *k = muk_kernel_new(NULL);
  flush_state s = {k, 0};
  atomic_store(&flush_handled, 0);
  ASSERT(muk_register(k, &count_def) >= 0);
  muk_flush(k); /* nothing sent: nothing to do */
  /* outside a drain: before the loop runs at all */
  muk_send(k, test_msg(k, "count", "go"), flush_first_cb, &s);
  muk_flush(k);
  wait_handled(1);
  ASSERT_EQ(s.replies, 0); /* replies still come from the loop */
  uv_run(muk_kernel_loop(k), UV_RUN_DEFAULT);
  ASSERT_EQ(s.replies, 2);
  muk_kernel_free(k);
  return 0;
}
