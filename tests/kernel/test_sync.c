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
