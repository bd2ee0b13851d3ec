/* test_inline.c — INLINE services: handle() on the loop thread, from the
 * drain, never inside muk_send; replies now or later. */
#include "test.h"

static uv_thread_t main_tid;
static int in_send, handled;
static muk_kernel *the_k;

static void now_handle(muk_service *svc, muk_msg *m) {
  uv_thread_t self = uv_thread_self();
  ASSERT(uv_thread_equal(&self, &main_tid));
  ASSERT(!in_send);
  ASSERT(muk_service_loop(svc) == muk_kernel_loop(the_k));
  handled++;
  muk_reply(m, 0); /* on the loop thread: delivered in the same drain */
}

/* "later": replies from an unreferenced timer on the kernel's loop; only
 * the request in flight keeps the loop alive meanwhile. */
static void later_fire(uv_timer_t *t) {
  muk_msg *m = t->data;
  muk_reply(m, UV_ETIMEDOUT);
  uv_close((uv_handle_t *)t, (uv_close_cb)free);
}

static void later_handle(muk_service *svc, muk_msg *m) {
  uv_timer_t *t = malloc(sizeof(*t));
  ASSERT(!in_send);
  uv_timer_init(muk_service_loop(svc), t);
  t->data = m;
  uv_timer_start(t, later_fire, 5, 0);
  uv_unref((uv_handle_t *)t);
}

static const char *const ops[] = {"now", "later"};
static void inline_handle(muk_service *svc, muk_msg *m) {
  if (m->op == 0)
    now_handle(svc, m);
  else
    later_handle(svc, m);
}

static const muk_service_def inline_def = {
    .abi = MUK_SERVICE_ABI,
    .name = "in",
    .backend = "test",
    .exec = MUK_EXEC_INLINE,
    .nops = 2,
    .op_names = ops,
    .handle = inline_handle,
};

#define CHAIN 1000
static int replies;

static void chain_cb(muk_msg *m, void *ud) {
  ASSERT(!in_send);
  ASSERT_EQ(m->status, 0);
  ASSERT_EQ(m->tag, (uint64_t)replies);
  replies++;
  if (replies < CHAIN) { /* reuse the message for the next request */
    m->tag = (uint64_t)replies;
    in_send = 1;
    muk_send(the_k, m, chain_cb, ud);
    in_send = 0;
  } else {
    muk_msg_free(m);
  }
}

TEST_IMPL(inline_deferred) {
  muk_msg *m;
  the_k = muk_kernel_new(NULL);
  main_tid = uv_thread_self();
  ASSERT_EQ(muk_register(the_k, &inline_def), 0);
  m = test_msg(the_k, "in", "now");
  in_send = 1;
  muk_send(the_k, m, chain_cb, NULL);
  in_send = 0;
  ASSERT_EQ(handled, 0); /* not even handled yet */
  muk_kernel_run(the_k);
  ASSERT_EQ(handled, CHAIN);
  ASSERT_EQ(replies, CHAIN);
  muk_kernel_free(the_k);
  return 0;
}

static void later_cb(muk_msg *m, void *ud) {
  ASSERT_EQ(m->status, UV_ETIMEDOUT);
  (*(int *)ud)++;
  muk_msg_free(m);
}

TEST_IMPL(inline_later) {
  int n = 0, j;
  the_k = muk_kernel_new(NULL);
  main_tid = uv_thread_self();
  ASSERT_EQ(muk_register(the_k, &inline_def), 0);
  for (j = 0; j < 3; j++)
    muk_send(the_k, test_msg(the_k, "in", "later"), later_cb, &n);
  muk_kernel_run(the_k);
  ASSERT_EQ(n, 3);
  muk_kernel_free(the_k);
  return 0;
}
