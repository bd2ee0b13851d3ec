/* test_dispatch.c — registry, muk_send routing and errors, the sys
 * service's ops, stats, in-flight accounting, many round trips. */
#include "test.h"

static void noop_handle(muk_service *svc, muk_msg *m) { muk_reply(m, 0); }
static const char *const one_op[] = {"go"};

TEST_IMPL(registry) {
  muk_kernel *k = muk_kernel_new(NULL);
  muk_service_def bad = muk_sys_service;
  int id;

  ASSERT(muk_builtin_service("sys") == &muk_sys_service);
  ASSERT(muk_builtin_service("nope") == NULL);
  ASSERT(muk_builtin_backend("sys", "default") == &muk_sys_service);
  ASSERT(muk_builtin_backend("sys", NULL) == &muk_sys_service);
  ASSERT(muk_builtin_backend("sys", "other") == NULL);

  ASSERT_EQ(muk_service_id(k, "sys"), MUK_ENOSERVICE);
  id = muk_register(k, &muk_sys_service);
  ASSERT_EQ(id, 0);
  ASSERT_EQ(muk_register(k, &muk_sys_service), UV_EEXIST);
  ASSERT_EQ(muk_service_id(k, "sys"), 0);
  ASSERT_EQ(muk_op_id(k, 0, "echo"), 0);
  ASSERT_EQ(muk_op_id(k, 0, "info"), 5);
  ASSERT_EQ(muk_op_id(k, 0, "nope"), MUK_ENOOP);
  ASSERT_EQ(muk_op_id(k, 9, "echo"), MUK_ENOSERVICE);
  ASSERT(muk_service_def_of(muk_service_get(k, 0)) == &muk_sys_service);
  ASSERT(muk_service_kernel(muk_service_get(k, 0)) == k);
  ASSERT(muk_service_get(k, 1) == NULL);
  ASSERT(muk_service_loop(muk_service_get(k, 0)) == NULL); /* POOL */

  bad.abi = MUK_SERVICE_ABI + 1;
  bad.name = "bad";
  ASSERT_EQ(muk_register(k, &bad), MUK_EABI);
  bad.abi = MUK_SERVICE_ABI;
  bad.handle = NULL;
  ASSERT_EQ(muk_register(k, &bad), UV_EINVAL);
  ASSERT_EQ(muk_service_id(k, "bad"), MUK_ENOSERVICE);

  /* a def built at run time, owned by the caller (as remote proxies do) */
  {
    muk_service_def *d = calloc(1, sizeof(*d));
    d->abi = MUK_SERVICE_ABI;
    d->name = "runtime";
    d->backend = "x";
    d->exec = MUK_EXEC_INLINE;
    d->nops = 1;
    d->op_names = one_op;
    d->handle = noop_handle;
    ASSERT_EQ(muk_register(k, d), 1);
    ASSERT(muk_service_loop(muk_service_get(k, 1)) == muk_kernel_loop(k));
    muk_kernel_free(k);
    free(d);
  }
  return 0;
}

static int calls;
static int last_status;
static int in_send;

static void record_cb(muk_msg *m, void *ud) {
  ASSERT(!in_send); /* never synchronously inside muk_send */
  ASSERT(m->flags & MUK_F_REPLY);
  calls++;
  last_status = m->status;
  ASSERT(ud == &calls);
  muk_msg_free(m);
}

TEST_IMPL(bad_service) {
  muk_kernel *k = muk_kernel_new(NULL);
  muk_msg *m = muk_msg_new(k);
  calls = 0;
  m->service = 77;
  in_send = 1;
  muk_send(k, m, record_cb, &calls);
  in_send = 0;
  ASSERT_EQ(calls, 0);
  ASSERT_EQ(muk_inflight(k), 1);
  muk_kernel_run(k);
  ASSERT_EQ(calls, 1);
  ASSERT_EQ(last_status, MUK_ENOSERVICE);
  ASSERT_EQ(muk_inflight(k), 0);
  muk_kernel_free(k);
  return 0;
}

TEST_IMPL(bad_op) {
  muk_kernel *k = muk_kernel_new(NULL);
  muk_msg *m;
  muk_service_stats st;
  ASSERT_EQ(muk_register(k, &muk_sys_service), 0);
  m = muk_msg_new(k);
  calls = 0;
  m->service = 0;
  m->op = 1000;
  in_send = 1;
  muk_send(k, m, record_cb, &calls);
  in_send = 0;
  ASSERT_EQ(calls, 0);
  muk_kernel_run(k);
  ASSERT_EQ(calls, 1);
  ASSERT_EQ(last_status, MUK_ENOOP);
  ASSERT_EQ(muk_service_stats_get(k, 0, &st), 0);
  ASSERT_EQ(st.requests, 0);
  ASSERT_EQ(st.errors, 1);
  muk_kernel_free(k);
  return 0;
}

/* ---- sys ops: chained so the checks run in a fixed order ---- */

typedef struct {
  int step;
  muk_kernel *k;
} chain;

static void sys_next(chain *c);

static void sys_cb(muk_msg *m, void *ud) {
  chain *c = ud;
  int64_t v;
  const char *s;
  const uint8_t *b;
  size_t len;

  switch (c->step) {
  case 0: /* echo: args and payload unchanged */
    ASSERT_EQ(m->status, 0);
    ASSERT_EQ(m->nargs, 3);
    ASSERT_EQ(muk_msg_i64(m, 0, &v), 0);
    ASSERT_EQ(v, 5);
    ASSERT_EQ(muk_msg_str(m, 1, &s, &len), 0);
    ASSERT_STR(s, "hi");
    ASSERT_EQ(muk_msg_bytes(m, 2, &b, &len), 0);
    ASSERT_EQ(len, 300);
    ASSERT(b[299] == 7);
    ASSERT_EQ(m->payload.len, 4);
    ASSERT(memcmp(m->payload.data, "data", 4) == 0);
    ASSERT_EQ(m->tag, 1234); /* the sender's tag survives */
    break;
  case 1: /* add */
    ASSERT_EQ(m->status, 0);
    ASSERT_EQ(m->nargs, 1);
    ASSERT_EQ(muk_msg_i64(m, 0, &v), 0);
    ASSERT_EQ(v, 1 + 2 + 3 - 10);
    break;
  case 2: /* fail */
    ASSERT_EQ(m->status, UV_ENOENT);
    break;
  case 3: /* info */
    ASSERT_EQ(m->status, 0);
    ASSERT_EQ(muk_msg_i64(m, 0, &v), 0);
    ASSERT_EQ(v, uv_os_getpid());
    ASSERT_EQ(muk_msg_str(m, 1, &s, &len), 0);
    ASSERT_STR(s, "default");
    break;
  case 4: /* noop */
    ASSERT_EQ(m->status, 0);
    ASSERT_EQ(m->nargs, 0);
    break;
  case 5: /* sleep */
    ASSERT_EQ(m->status, 0);
    break;
  case 6: /* sleep without its argument */
    ASSERT_EQ(m->status, UV_EINVAL);
    break;
  }
  muk_msg_free(m);
  c->step++;
  sys_next(c);
}

static void sys_next(chain *c) {
  muk_msg *m;
  uint8_t bytes[300];
  switch (c->step) {
  case 0:
    m = test_msg(c->k, "sys", "echo");
    memset(bytes, 7, sizeof(bytes));
    muk_msg_add_i64(m, 5);
    muk_msg_add_str(m, "hi", 2);
    muk_msg_add_bytes(m, bytes, sizeof(bytes));
    muk_msg_set_payload(m, (void *)"data", 4, NULL, NULL);
    m->tag = 1234;
    break;
  case 1:
    m = test_msg(c->k, "sys", "add");
    muk_msg_add_i64(m, 1);
    muk_msg_add_i64(m, 2);
    muk_msg_add_i64(m, 3);
    muk_msg_add_i64(m, -10);
    break;
  case 2:
    m = test_msg(c->k, "sys", "fail");
    muk_msg_add_i64(m, UV_ENOENT);
    break;
  case 3:
    m = test_msg(c->k, "sys", "info");
    break;
  case 4:
    m = test_msg(c->k, "sys", "noop");
    muk_msg_add_i64(m, 1);
    break;
  case 5:
    m = test_msg(c->k, "sys", "sleep");
    muk_msg_add_i64(m, 1);
    break;
  case 6:
    m = test_msg(c->k, "sys", "sleep");
    break;
  default:
    return;
  }
  muk_send(c->k, m, sys_cb, c);
}

TEST_IMPL(sys_ops) {
  chain c = {0, muk_kernel_new(NULL)};
  ASSERT_EQ(muk_register(c.k, &muk_sys_service), 0);
  sys_next(&c);
  muk_kernel_run(c.k);
  ASSERT_EQ(c.step, 7);
  muk_kernel_free(c.k);
  return 0;
}

static void free_cb(muk_msg *m, void *ud) {
  (*(int *)ud)++;
  muk_msg_free(m);
}

TEST_IMPL(stats) {
  muk_kernel *k = muk_kernel_new(NULL);
  muk_service_stats st;
  int n = 0, j;
  ASSERT_EQ(muk_register(k, &muk_sys_service), 0);
  for (j = 0; j < 10; j++) {
    muk_msg *m = test_msg(k, "sys", j < 7 ? "noop" : "fail");
    muk_msg_add_i64(m, UV_EIO);
    muk_send(k, m, free_cb, &n);
  }
  ASSERT_EQ(muk_service_stats_get(k, 0, &st), 0);
  ASSERT_EQ(st.requests, 10);
  ASSERT_EQ(st.queued, 10); /* none handed over yet */
  ASSERT_EQ(st.replies, 0);
  muk_kernel_run(k);
  ASSERT_EQ(n, 10);
  ASSERT_EQ(muk_service_stats_get(k, 0, &st), 0);
  ASSERT_EQ(st.requests, 10);
  ASSERT_EQ(st.replies, 10);
  ASSERT_EQ(st.errors, 3);
  ASSERT_EQ(st.dropped, 0);
  ASSERT_EQ(st.queued, 0);
  ASSERT_EQ(muk_service_stats_get(k, 5, &st), MUK_ENOSERVICE);
  muk_kernel_free(k);
  return 0;
}

/* The loop lives exactly as long as requests are in flight. */
static void loop_exits_cb(muk_msg *m, void *ud) {
  muk_kernel *k = ud;
  ASSERT_EQ(muk_inflight(k), 0);
  muk_msg_free(m);
}

TEST_IMPL(loop_exits) {
  muk_kernel *k = muk_kernel_new(NULL);
  muk_msg *m;
  ASSERT_EQ(muk_kernel_run(k), 0); /* nothing in flight: returns at once */
  ASSERT_EQ(muk_register(k, &muk_sys_service), 0);
  ASSERT_EQ(muk_kernel_run(k), 0); /* registering keeps nothing alive */
  m = test_msg(k, "sys", "sleep");
  muk_msg_add_i64(m, 20);
  muk_send(k, m, loop_exits_cb, k);
  ASSERT_EQ(muk_inflight(k), 1);
  ASSERT_EQ(muk_kernel_run(k), 0);
  ASSERT_EQ(muk_inflight(k), 0);
  ASSERT_EQ(muk_kernel_run(k), 0);
  muk_kernel_free(k);
  return 0;
}

/* ---- 100k echo round trips, 1000 in flight, each accounted once ---- */

#define MANY_TOTAL 100000
#define MANY_INFLIGHT 1000

typedef struct {
  muk_kernel *k;
  int sent, done;
  uint8_t *seen;
  uint64_t last_id;
} many;

static void many_send(many *s);

static void many_cb(muk_msg *m, void *ud) {
  many *s = ud;
  int64_t v;
  const char *str;
  size_t len;
  ASSERT_EQ(m->status, 0);
  ASSERT_EQ(muk_msg_i64(m, 0, &v), 0);
  ASSERT(v >= 0 && v < MANY_TOTAL);
  ASSERT_EQ(s->seen[v], 0);
  s->seen[v] = 1;
  ASSERT_EQ((int64_t)m->tag, v);
  ASSERT_EQ(muk_msg_str(m, 1, &str, &len), 0);
  ASSERT_EQ(atoi(str), v);
  s->done++;
  muk_msg_free(m);
  if (s->sent < MANY_TOTAL)
    many_send(s);
}

static void many_send(many *s) {
  muk_msg *m = test_msg(s->k, "sys", "echo");
  char buf[32];
  int n = snprintf(buf, sizeof(buf), "%d", s->sent);
  muk_msg_add_i64(m, s->sent);
  muk_msg_add_str(m, buf, (size_t)n);
  m->tag = (uint64_t)s->sent;
  s->sent++;
  muk_send(s->k, m, many_cb, s);
  ASSERT(m->id > s->last_id); /* ids are unique and increasing */
  s->last_id = m->id;
}

TEST_IMPL(many_inflight) {
  many s = {muk_kernel_new(NULL), 0, 0, calloc(MANY_TOTAL, 1), 0};
  int j;
  muk_service_stats st;
  ASSERT_EQ(muk_register(s.k, &muk_sys_service), 0);
  for (j = 0; j < MANY_INFLIGHT; j++)
    many_send(&s);
  ASSERT_EQ(muk_inflight(s.k), MANY_INFLIGHT);
  muk_kernel_run(s.k);
  ASSERT_EQ(s.sent, MANY_TOTAL);
  ASSERT_EQ(s.done, MANY_TOTAL);
  for (j = 0; j < MANY_TOTAL; j++)
    ASSERT_EQ(s.seen[j], 1);
  ASSERT_EQ(muk_inflight(s.k), 0);
  ASSERT_EQ(muk_service_stats_get(s.k, 0, &st), 0);
  ASSERT_EQ(st.requests, MANY_TOTAL);
  ASSERT_EQ(st.replies, MANY_TOTAL);
  ASSERT_EQ(st.errors, 0);
  free(s.seen);
  muk_kernel_free(s.k);
  return 0;
}
