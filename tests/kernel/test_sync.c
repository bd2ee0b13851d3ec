/* test_sync.c — muk_call_sync: the loop thread blocks until the reply,
 * which bypasses the completion queue; async traffic around it is intact. */
#include "test.h"

static void never_handle(muk_service *svc, muk_msg *m) {
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
    .handle = never_handle,
};

static void count_cb(muk_msg *m, void *ud) {
  ASSERT_EQ(m->status, 0);
  (*(int *)ud)++;
  muk_msg_free(m);
}

TEST_IMPL(sync_call) {
  muk_kernel *k = muk_kernel_new(NULL);
  muk_service_stats st;
  muk_msg *m;
  int64_t v;
  int n = 0, j;
  ASSERT_EQ(muk_register(k, &muk_sys_service), 0);

  m = test_msg(k, "sys", "add");
  muk_msg_add_i64(m, 40);
  muk_msg_add_i64(m, 2);
  ASSERT_EQ(muk_call_sync(k, m), 0);
  ASSERT(m->flags & MUK_F_REPLY);
  ASSERT(!(m->flags & MUK_F_SYNC));
  ASSERT_EQ(muk_msg_i64(m, 0, &v), 0);
  ASSERT_EQ(v, 42);
  /* the message stays the caller's: reuse it */
  m->op = (uint32_t)muk_op_id(k, 0, "fail");
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, UV_ENOENT);
  ASSERT_EQ(muk_call_sync(k, m), UV_ENOENT);
  ASSERT_EQ(m->status, UV_ENOENT);
  m->op = 99;
  ASSERT_EQ(muk_call_sync(k, m), MUK_ENOOP);
  m->service = 77;
  ASSERT_EQ(muk_call_sync(k, m), MUK_ENOSERVICE);
  muk_msg_free(m);

  /* async sends queued before and after a sync call all complete */
  for (j = 0; j < 50; j++)
    muk_send(k, test_msg(k, "sys", "noop"), count_cb, &n);
  m = test_msg(k, "sys", "sleep");
  muk_msg_add_i64(m, 20);
  ASSERT_EQ(muk_call_sync(k, m), 0);
  muk_msg_free(m);
  for (j = 0; j < 50; j++)
    muk_send(k, test_msg(k, "sys", "noop"), count_cb, &n);
  ASSERT_EQ(muk_inflight(k), 100);
  muk_kernel_run(k);
  ASSERT_EQ(n, 100);
  ASSERT_EQ(muk_inflight(k), 0);
  ASSERT_EQ(muk_service_stats_get(k, 0, &st), 0);
  ASSERT_EQ(st.requests, 103); /* ENOOP/ENOSERVICE never reach it */
  ASSERT_EQ(st.replies, 103);
  ASSERT_EQ(st.errors, 1);

  /* many sync calls in a row, each on a possibly different worker */
  for (j = 0; j < 2000; j++) {
    m = test_msg(k, "sys", "add");
    muk_msg_add_i64(m, j);
    ASSERT_EQ(muk_call_sync(k, m), 0);
    ASSERT_EQ(muk_msg_i64(m, 0, &v), 0);
    ASSERT_EQ(v, j);
    muk_msg_free(m);
  }
  muk_kernel_free(k);
  return 0;
}

TEST_IMPL(sync_inline_refused) {
  muk_kernel *k = muk_kernel_new(NULL);
  muk_msg *m;
  ASSERT(muk_register(k, &inl_def) >= 0);
  m = test_msg(k, "inl", "x");
  ASSERT_EQ(muk_call_sync(k, m), UV_ENOTSUP);
  muk_msg_free(m);
  muk_kernel_run(k);
  muk_kernel_free(k);
  return 0;
}

/* MUK_SVC_CALLER_SYNC: a sync request runs on the calling thread with the
 * caller's own worker state; async requests still go to the workers. */
static int here_inits, here_finis;
static uv_thread_t here_caller;

static void *here_thread_init(muk_service *svc) {
  int *id = malloc(sizeof *id);
  (void)svc;
  *id = __atomic_add_fetch(&here_inits, 1, __ATOMIC_SEQ_CST);
  return id;
}

static void here_thread_fini(muk_service *svc, void *ts) {
  (void)svc;
  __atomic_add_fetch(&here_finis, 1, __ATOMIC_SEQ_CST);
  free(ts);
}

/* replies (i64 on the calling thread?, i64 worker state id) */
static void here_handle(muk_service *svc, muk_msg *m) {
  uv_thread_t self = uv_thread_self();
  int *id = muk_worker_state(svc);
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, uv_thread_equal(&self, &here_caller));
  muk_msg_add_i64(m, id ? *id : -1);
  muk_reply(m, 0);
}

static const char *const here_ops[] = {"where"};
static const muk_service_def here_def = {
    .abi = MUK_SERVICE_ABI,
    .name = "here",
    .backend = "test",
    .exec = MUK_EXEC_POOL,
    .threads = 2,
    .nops = 1,
    .op_names = here_ops,
    .handle = here_handle,
    .thread_init = here_thread_init,
    .thread_fini = here_thread_fini,
    .flags = MUK_SVC_CALLER_SYNC,
};

static void where_cb(muk_msg *m, void *ud) {
  int64_t on_caller;
  ASSERT_EQ(m->status, 0);
  ASSERT_EQ(muk_msg_i64(m, 0, &on_caller), 0);
  if (!on_caller)
    (*(int *)ud)++;
  muk_msg_free(m);
}

TEST_IMPL(sync_caller_thread) {
  muk_kernel *k;
  muk_service_stats st;
  muk_msg *m;
  int64_t on_caller, id, first_id = 0;
  int on_workers = 0, j;
  here_inits = here_finis = 0;
  here_caller = uv_thread_self();
  k = muk_kernel_new(NULL);
  ASSERT(muk_register(k, &here_def) >= 0);
  for (j = 0; j < 100; j++) {
    m = test_msg(k, "here", "where");
    ASSERT_EQ(muk_call_sync(k, m), 0);
    ASSERT(m->flags & MUK_F_REPLY);
    ASSERT(!(m->flags & MUK_F_SYNC));
    ASSERT_EQ(muk_msg_i64(m, 0, &on_caller), 0);
    ASSERT_EQ(muk_msg_i64(m, 1, &id), 0);
    ASSERT_EQ(on_caller, 1);
    if (j == 0)
      first_id = id;
    ASSERT_EQ(id, first_id); /* one state for the caller, made once */
    muk_msg_free(m);
  }
  for (j = 0; j < 20; j++)
    muk_send(k, test_msg(k, "here", "where"), where_cb, &on_workers);
  muk_kernel_run(k);
  ASSERT_EQ(on_workers, 20);
  ASSERT_EQ(muk_service_stats_get(k, 0, &st), 0);
  ASSERT_EQ(st.requests, 120);
  ASSERT_EQ(st.replies, 120);
  muk_kernel_free(k);
  /* every thread_init (workers' and the caller's) has its thread_fini */
  ASSERT(here_inits >= 2);
  ASSERT_EQ(here_finis, here_inits);
  return 0;
}
