/* test_quiet.c — MUK_F_QUIET: a successful reply is freed where the service
 * answers (the sender's counter bumped instead), a failure still reaches the
 * callback, and quiet requests are not in flight for the loop. */
#include <stdatomic.h>

#include "test.h"

/* "q": ok -> 0; fail (i64 status) -> status; emit (i64 n) -> n events then
 * 0. The same handler runs on its own I/O thread (IOLOOP) or inline. */
static void q_handle(muk_service *svc, muk_msg *m) {
  int64_t v = 0;
  if (m->op == 1) {
    ASSERT_EQ(muk_msg_i64(m, 0, &v), 0);
    muk_msg_reset_args(m);
    muk_reply(m, (int)v);
    return;
  }
  if (m->op == 2) {
    ASSERT_EQ(muk_msg_i64(m, 0, &v), 0);
    for (int64_t i = 0; i < v; i++) {
      muk_msg *e = muk_service_msg_new(svc);
      ASSERT(e != NULL);
      ASSERT_EQ(e->flags, 0); /* a recycled quiet request starts clean */
      ASSERT(e->done_count == NULL);
      muk_msg_add_i64(e, i);
      muk_emit(svc, e);
    }
  }
  muk_msg_reset_args(m);
  muk_reply(m, 0);
}

static const char *const q_ops[] = {"ok", "fail", "emit"};
static const muk_service_def q_io_def = {
    .abi = MUK_SERVICE_ABI, .name = "q", .backend = "io",
    .exec = MUK_EXEC_IOLOOP, .nops = 3, .op_names = q_ops,
    .handle = q_handle,
};
static const muk_service_def q_inline_def = {
    .abi = MUK_SERVICE_ABI, .name = "q", .backend = "inline",
    .exec = MUK_EXEC_INLINE, .nops = 3, .op_names = q_ops,
    .handle = q_handle,
};

typedef struct {
  muk_kernel *k;
  uint64_t done;       /* the quiet requests' counter */
  atomic_int freed;    /* payloads released */
  int fails, barriers, events, step;
} qstate;

static void payload_free(void *data, void *ud) {
  qstate *s = ud;
  (void)data;
  atomic_fetch_add(&s->freed, 1);
}

static void fail_cb(muk_msg *m, void *ud) {
  qstate *s = ud;
  ASSERT_EQ(m->status, UV_EIO);
  ASSERT(m->flags & MUK_F_QUIET);
  s->fails++;
  muk_msg_free(m);
}

static void quiet(qstate *s, const char *op, int64_t arg, muk_reply_cb cb) {
  static uint8_t bytes[4];
  muk_msg *m = test_msg(s->k, "q", op);
  if (!strcmp(op, "ok")) {
    muk_msg_set_payload(m, bytes, sizeof bytes, payload_free, s);
  } else {
    muk_msg_add_i64(m, arg);
  }
  m->flags |= MUK_F_QUIET;
  m->done_count = &s->done;
  m->done_add = 3;
  muk_send(s->k, m, cb, s);
  ASSERT_EQ(muk_inflight(s->k), 0); /* quiet: not in flight */
}

static void on_event(muk_msg *m, void *ud) {
  qstate *s = ud;
  int64_t v;
  ASSERT_EQ(muk_msg_i64(m, 0, &v), 0);
  ASSERT_EQ(v, s->events % 50);
  s->events++;
  muk_msg_free(m);
  if (s->events == 4 * 50)
    muk_kernel_unref(s->k);
}

static void barrier_cb(muk_msg *m, void *ud) {
  qstate *s = ud;
  ASSERT_EQ(m->status, 0);
  ASSERT(!(m->flags & MUK_F_QUIET));
  muk_msg_free(m);
  s->barriers++;
  /* everything sent before the barrier is done, in order */
  ASSERT_EQ(__atomic_load_n(&s->done, __ATOMIC_ACQUIRE), 100 * 3);
  ASSERT_EQ(atomic_load(&s->freed), 100);
  ASSERT_EQ(s->fails, 2);
  /* quiet requests freed on the service's thread become its events */
  muk_kernel_ref(s->k);
  for (int i = 0; i < 4; i++)
    quiet(s, "emit", 50, fail_cb);
}

static void run_quiet(const muk_service_def *def) {
  qstate s;
  memset(&s, 0, sizeof s);
  atomic_init(&s.freed, 0);
  s.k = muk_kernel_new(NULL);
  ASSERT_EQ(muk_register(s.k, def), 0);
  muk_set_event_handler(s.k, on_event, &s);
  for (int i = 0; i < 100; i++) {
    quiet(&s, "ok", 0, fail_cb);
    if (i == 40 || i == 80)
      quiet(&s, "fail", UV_EIO, fail_cb);
  }
  muk_send(s.k, test_msg(s.k, "q", "ok"), barrier_cb, &s); /* counted */
  ASSERT_EQ(muk_inflight(s.k), 1);
  muk_kernel_run(s.k);
  ASSERT_EQ(s.barriers, 1);
  ASSERT_EQ(s.events, 4 * 50);
  ASSERT_EQ(s.fails, 2);
  ASSERT_EQ(__atomic_load_n(&s.done, __ATOMIC_ACQUIRE), (100 + 4) * 3);
  ASSERT_EQ(muk_inflight(s.k), 0);
  muk_kernel_free(s.k);
}

TEST_IMPL(quiet_ioloop) {
  run_quiet(&q_io_def);
  return 0;
}

TEST_IMPL(quiet_inline) {
  run_quiet(&q_inline_def);
  return 0;
}

static void enoop_cb(muk_msg *m, void *ud) {
  ASSERT_EQ(m->status, MUK_ENOOP);
  (*(int *)ud)++;
  muk_msg_free(m);
}

/* A quiet request that cannot be sent fails through its callback, and
 * delivering it leaves the in-flight count alone. */
TEST_IMPL(quiet_bad_op) {
  muk_kernel *k = muk_kernel_new(NULL);
  muk_msg *m;
  int n = 0;
  ASSERT_EQ(muk_register(k, &q_inline_def), 0);
  m = test_msg(k, "q", "ok");
  m->op = 99;
  m->flags |= MUK_F_QUIET;
  muk_send(k, m, enoop_cb, &n);
  ASSERT_EQ(muk_inflight(k), 0);
  m = test_msg(k, "q", "ok");
  muk_send(k, m, NULL, NULL); /* counted: keeps the loop running */
  ASSERT_EQ(muk_inflight(k), 1);
  muk_kernel_run(k);
  ASSERT_EQ(n, 1);
  ASSERT_EQ(muk_inflight(k), 0);
  muk_kernel_free(k);
  return 0;
}
