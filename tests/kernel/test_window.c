/* test_window.c — the kernel's window of requests in flight per POOL
 * service (muk_options.pool_window): a sender that never lets the loop
 * deliver cannot make a service hold more than `window` requests, nor
 * their replies' payloads; the backlog goes on in order; sync requests
 * pass it; shutdown cancels it. */
#include <stdatomic.h>

#include "test.h"

#define W 64
#define N 10000
#define MIB (1024 * 1024)

/* What the test service saw, from its workers and the loop thread. */
static atomic_long started, finished, handed, delivered, live_bytes;
static atomic_long peak_bytes;
static atomic_long max_held, next_seq, order_errors;
static int check_order; /* one worker: requests must arrive in send order */

static void payload_free(void *data, void *ud) {
  (void)ud;
  atomic_fetch_sub(&live_bytes, MIB);
  free(data);
}

/* big(i64 seq) -> the seq, and a 1 MiB payload; seq < 0 is exempt from the
 * order check (sync requests that pass the backlog) */
static void big_handle(muk_service *svc, muk_msg *m) {
  int64_t seq;
  long held, live, peak;
  uint8_t *p;
  (void)svc;
  atomic_fetch_add(&started, 1);
  if (muk_msg_i64(m, 0, &seq) != 0) {
    atomic_fetch_add(&finished, 1);
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  if (seq >= 0) { /* async: handed out, not yet delivered back */
    held = atomic_fetch_add(&handed, 1) + 1 - atomic_load(&delivered);
    for (peak = atomic_load(&max_held); held > peak &&
         !atomic_compare_exchange_weak(&max_held, &peak, held);)
      ;
  }
  if (check_order && seq >= 0 && atomic_fetch_add(&next_seq, 1) != seq)
    atomic_fetch_add(&order_errors, 1);
  p = malloc(MIB);
  ASSERT(p != NULL);
  p[0] = (uint8_t)seq;
  live = atomic_fetch_add(&live_bytes, MIB) + MIB;
  for (peak = atomic_load(&peak_bytes);
       live > peak && !atomic_compare_exchange_weak(&peak_bytes, &peak, live);)
    ;
  muk_msg_set_payload(m, p, MIB, payload_free, NULL);
  atomic_fetch_add(&finished, 1);
  muk_reply(m, 0);
}

static const char *const big_ops[] = {"big"};
static const muk_service_def big4_def = {
    .abi = MUK_SERVICE_ABI,
    .name = "big",
    .backend = "test",
    .exec = MUK_EXEC_POOL,
    .threads = 4,
    .nops = 1,
    .op_names = big_ops,
    .handle = big_handle,
};
static const muk_service_def big1_def = {
    .abi = MUK_SERVICE_ABI,
    .name = "big",
    .backend = "test",
    .exec = MUK_EXEC_POOL,
    .threads = 1,
    .nops = 1,
    .op_names = big_ops,
    .handle = big_handle,
};

static void reset(int order) {
  atomic_store(&started, 0);
  atomic_store(&finished, 0);
  atomic_store(&handed, 0);
  atomic_store(&delivered, 0);
  atomic_store(&live_bytes, 0);
  atomic_store(&peak_bytes, 0);
  atomic_store(&max_held, 0);
  atomic_store(&next_seq, 0);
  atomic_store(&order_errors, 0);
  check_order = order;
}

typedef struct {
  muk_kernel *k;
  int64_t next;  /* the seq the next callback must carry (one worker) */
  int ok, canceled, other, blocked;
  int sync_done;
} run_state;

static muk_msg *big_msg(muk_kernel *k, int64_t seq) {
  muk_msg *m = test_msg(k, "big", "big");
  ASSERT_EQ(muk_msg_add_i64(m, seq), 0);
  return m;
}

/* Block the loop thread (as a busy script would) until the service has
 * nothing left it could do without a delivery: no request queued at the
 * pool, no handler running, and every request that holds a slot handled
 * (one taken off the queue may not have started yet). */
static void wait_service_idle(muk_kernel *k) {
  muk_service_stats st;
  long done;
  for (;;) {
    ASSERT_EQ(muk_service_stats_get(k, 0, &st), 0);
    done = atomic_load(&finished);
    if (st.queued == st.backlog && done == atomic_load(&started) &&
        done >= (long)st.in_window + atomic_load(&delivered))
      return;
    uv_sleep(1);
  }
}

static void big_cb(muk_msg *m, void *ud) {
  run_state *r = ud;
  muk_service_stats st;
  int64_t seq;
  if (m->status == MUK_ECANCELED) {
    r->canceled++;
    muk_msg_free(m);
    return;
  }
  if (m->status != 0) {
    r->other++;
    muk_msg_free(m);
    return;
  }
  ASSERT_EQ(muk_msg_i64(m, 0, &seq), 0);
  ASSERT_EQ(m->payload.len, MIB);
  if (check_order) {
    ASSERT_EQ(seq, r->next);
    r->next++;
  }
  r->ok++;
  muk_msg_free(m);
  atomic_fetch_add(&delivered, 1);
  if (!r->blocked) { /* the first delivery: stall the loop thread */
    r->blocked = 1;
    wait_service_idle(r->k);
    ASSERT_EQ(muk_service_stats_get(r->k, 0, &st), 0);
    ASSERT_EQ(st.window, W);
    ASSERT_EQ(atomic_load(&started), W); /* not one more */
    ASSERT_EQ(st.backlog, N - W);
    ASSERT_EQ(st.in_window, W - 1); /* this one's slot is free */
    if (check_order) { /* a sync request passes the full backlog */
      muk_msg *s = big_msg(r->k, -1);
      ASSERT_EQ(muk_call_sync(r->k, s), 0);
      ASSERT_EQ(muk_msg_i64(s, 0, &seq), 0);
      ASSERT_EQ(seq, -1);
      ASSERT_EQ(s->payload.len, MIB);
      muk_msg_free(s);
      r->sync_done = 1;
      ASSERT_EQ(muk_service_stats_get(r->k, 0, &st), 0);
      ASSERT_EQ(st.backlog, N - W);
    }
  }
}

static void run_burst(const muk_service_def *def, int order) {
  muk_options o = {NULL, 0, W};
  run_state r = {NULL, 0, 0, 0, 0, 0, 0};
  muk_service_stats st;
  int64_t j;
  reset(order);
  r.k = muk_kernel_new(&o);
  ASSERT(muk_register(r.k, def) >= 0);
  for (j = 0; j < N; j++) /* all in one turn, before the loop runs */
    muk_send(r.k, big_msg(r.k, j), big_cb, &r);
  ASSERT_EQ(muk_inflight(r.k), N);
  muk_kernel_run(r.k);
  ASSERT_EQ(r.ok, N);
  ASSERT_EQ(r.canceled + r.other, 0);
  ASSERT(r.blocked);
  ASSERT_EQ(r.sync_done, order);
  /* never more than W handed out and not delivered back ... */
  ASSERT(atomic_load(&max_held) <= W);
  ASSERT(atomic_load(&max_held) >= 1);
  /* ... so never more than W replies' payloads alive (the sync one is
   * made after the first delivered reply was freed: W - 1 slots used) */
  ASSERT(atomic_load(&peak_bytes) <= (long)W * MIB);
  ASSERT_EQ(atomic_load(&live_bytes), 0);
  ASSERT_EQ(atomic_load(&order_errors), 0);
  ASSERT_EQ(muk_service_stats_get(r.k, 0, &st), 0);
  ASSERT_EQ(st.in_window, 0);
  ASSERT_EQ(st.backlog, 0);
  ASSERT_EQ(st.requests, N + order);
  ASSERT_EQ(st.replies, N + order);
  muk_kernel_free(r.k);
}

/* 10,000 requests for 1 MiB each, sent at once to four workers, with the
 * loop thread stalled in the first callback: W are handed out, W MiB made. */
TEST_IMPL(window_bound) {
  run_burst(&big4_def, 0);
  return 0;
}

/* One worker: requests are handled and delivered in send order across the
 * backlog, and a sync request made while the backlog is full completes. */
TEST_IMPL(window_order_sync) {
  run_burst(&big1_def, 1);
  return 0;
}

/* The default window, and none for services that are not POOL. */
static void inl_handle(muk_service *svc, muk_msg *m) {
  (void)svc;
  muk_reply(m, 0);
}
static const char *const inl_ops[] = {"x"};
static const muk_service_def inl_def = {
    .abi = MUK_SERVICE_ABI,
    .name = "inl",
    .backend = "test",
    .exec = MUK_EXEC_INLINE,
    .nops = 1,
    .op_names = inl_ops,
    .handle = inl_handle,
};
static const muk_service_def tiny_def = {
    .abi = MUK_SERVICE_ABI,
    .name = "tiny",
    .backend = "test",
    .exec = MUK_EXEC_POOL,
    .threads = 8,
    .nops = 1,
    .op_names = big_ops,
    .handle = big_handle,
};

TEST_IMPL(window_default) {
  muk_kernel *k = muk_kernel_new(NULL);
  muk_options o = {NULL, 0, 2};
  muk_service_stats st;
  ASSERT_EQ(muk_register(k, &muk_sys_service), 0);
  ASSERT_EQ(muk_register(k, &inl_def), 1);
  ASSERT_EQ(muk_service_stats_get(k, 0, &st), 0);
  ASSERT_EQ(st.window, 1024);
  ASSERT_EQ(muk_service_stats_get(k, 1, &st), 0);
  ASSERT_EQ(st.window, 0);
  muk_kernel_free(k);
  /* never below the thread count */
  k = muk_kernel_new(&o);
  ASSERT_EQ(muk_register(k, &tiny_def), 0);
  ASSERT_EQ(muk_service_stats_get(k, 0, &st), 0);
  ASSERT_EQ(st.window, 8);
  muk_kernel_free(k);
  return 0;
}

/* Freed with a full backlog: every callback runs, the W handed out with
 * status 0 or MUK_ECANCELED, the backlog with MUK_ECANCELED; nothing
 * leaks (ASan). */
static void count_cb(muk_msg *m, void *ud) {
  run_state *r = ud;
  if (m->status == 0)
    r->ok++;
  else if (m->status == MUK_ECANCELED)
    r->canceled++;
  else
    r->other++;
  muk_msg_free(m);
  atomic_fetch_add(&delivered, 1);
}

TEST_IMPL(window_shutdown) {
  muk_options o = {NULL, 0, W};
  run_state r = {NULL, 0, 0, 0, 0, 0, 0};
  muk_service_stats st;
  int64_t j;
  reset(0);
  r.k = muk_kernel_new(&o);
  ASSERT(muk_register(r.k, &big4_def) >= 0);
  for (j = 0; j < N; j++)
    muk_send(r.k, big_msg(r.k, j), count_cb, &r);
  /* hand out the first W (the prepare handle dispatches), no delivery */
  uv_run(muk_kernel_loop(r.k), UV_RUN_NOWAIT);
  ASSERT_EQ(muk_service_stats_get(r.k, 0, &st), 0);
  ASSERT(st.in_window >= 1);
  ASSERT(st.backlog > 0);
  muk_kernel_free(r.k);
  ASSERT_EQ(r.ok + r.canceled, N);
  ASSERT_EQ(r.other, 0);
  ASSERT(r.canceled >= (long)st.backlog);
  ASSERT(atomic_load(&max_held) <= W);
  ASSERT_EQ(atomic_load(&live_bytes), 0);
  return 0;
}
