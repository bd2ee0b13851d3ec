/* test_module.c — a service whose code is a loadable module
 * (kernel/service_module.c) with a module of the tests' own
 * (test_module_lib.c): refused modules answer ENOMODULE with the reason,
 * start runs once per kernel on the first request (a failed start fails
 * that request only), stop at the kernel's end, per-thread state for
 * workers and sync callers with a fini for each. */
#include <dlfcn.h>

#include "test.h"

static const char *const test_op_names[] = {"where", "nothing"};

#define LOADER(env_, abi_)                                                   \
  {                                                                          \
    .what = "test module", .env = env_, .installed = "/nonexistent/a.so",    \
    .built = TEST_MODULE_PATH, .symbol = "muk_test_module", .abi = abi_,     \
    .nops = 2,                                                               \
  }

static muk_module_loader missing = LOADER("MUK_TEST_MODULE_MISSING", 7);
static muk_module_loader wrong_abi = LOADER(NULL, 8);
static muk_module_loader good = LOADER(NULL, 7);

#define DEF(loader)                                                          \
  {                                                                          \
    .abi = MUK_SERVICE_ABI, .name = "modsvc", .backend = "test",             \
    .exec = MUK_EXEC_POOL, .threads = 2, .nops = 2,                          \
    .op_names = test_op_names, .init = muk_module_service_init,              \
    .handle = muk_module_service_handle,                                     \
    .thread_init = muk_module_service_thread_init,                           \
    .thread_fini = muk_module_service_thread_fini,                           \
    .fini = muk_module_service_fini, .flags = MUK_SVC_CALLER_SYNC,           \
    .impl = &loader,                                                         \
  }

static const muk_service_def missing_def = DEF(missing);
static const muk_service_def wrong_abi_def = DEF(wrong_abi);
static const muk_service_def good_def = DEF(good);

/* One sync request of op; its status, and its reply kept in *out. */
static int call(muk_kernel *k, const char *op, muk_msg **out) {
  muk_msg *m = test_msg(k, "modsvc", op);
  int r = muk_call_sync(k, m);
  *out = m;
  return r;
}

static void refused(const muk_service_def *def, const char *reason) {
  muk_kernel *k = muk_kernel_new(NULL);
  muk_msg *m;
  const char *s;
  size_t n;
  ASSERT(muk_register(k, def) >= 0);
  for (int i = 0; i < 2; i++) { /* the reason is kept for every request */
    ASSERT_EQ(call(k, "nothing", &m), MUK_ENOMODULE);
    ASSERT_EQ(muk_msg_str(m, 0, &s, &n), 0);
    if (strncmp(s, reason, strlen(reason)) != 0) {
      fprintf(stderr, "reason: %.*s\n", (int)n, s);
      ASSERT(0);
    }
    muk_msg_free(m);
  }
  muk_kernel_free(k);
}

TEST_IMPL(module_refused) {
  setenv("MUK_TEST_MODULE_MISSING", "/nonexistent/m.so", 1);
  /* the env path is the only one tried, though `built` would load */
  refused(&missing_def, "test module: /nonexistent/m.so: cannot open");
  refused(&wrong_abi_def,
          "test module: " TEST_MODULE_PATH ": not a test module of this build");
  return 0;
}

static void sync_cb(muk_msg *m, void *ud) {
  int64_t v;
  ASSERT_EQ(m->status, 0);
  ASSERT_EQ(muk_msg_i64(m, 1, &v), 0);
  ASSERT_EQ(v, 42);
  (*(int *)ud)++;
  muk_msg_free(m);
}

TEST_IMPL(module_lifecycle) {
  muk_msg *m;
  int64_t caller_id, id, v, same;
  int replies = 0;
  for (int round = 0; round < 2; round++) { /* two kernels, one load */
    muk_kernel *k = muk_kernel_new(NULL);
    ASSERT(muk_register(k, &good_def) >= 0);
    if (round == 0) { /* the module's first start fails: so does its request */
      ASSERT_EQ(call(k, "where", &m), UV_EAGAIN);
      muk_msg_free(m);
    }
    ASSERT_EQ(call(k, "where", &m), 0);
    ASSERT_EQ(muk_msg_i64(m, 0, &caller_id), 0);
    ASSERT_EQ(muk_msg_i64(m, 1, &v), 0);
    ASSERT_EQ(muk_msg_i64(m, 2, &same), 0);
    ASSERT_EQ(v, 42);
    ASSERT_EQ(same, 1);
    muk_msg_free(m);
    ASSERT_EQ(call(k, "where", &m), 0); /* the caller's state, made once */
    ASSERT_EQ(muk_msg_i64(m, 0, &id), 0);
    ASSERT_EQ(id, caller_id);
    muk_msg_free(m);
    for (int j = 0; j < 10; j++)
      muk_send(k, test_msg(k, "modsvc", "where"), sync_cb, &replies);
    muk_kernel_run(k);
    muk_kernel_free(k);
  }
  ASSERT_EQ(replies, 20);
  void *h = dlopen(TEST_MODULE_PATH, RTLD_NOW | RTLD_NOLOAD);
  ASSERT(h != NULL); /* loaded by the kernel, still there */
  struct {
    _Atomic int starts, stops, thread_inits, thread_finis;
  } *c = dlsym(h, "muk_test_module_counts");
  ASSERT(c != NULL);
  ASSERT_EQ(c->starts, 3);
  ASSERT_EQ(c->stops, 2);
  ASSERT(c->thread_inits >= 3); /* two callers' and a worker's at least */
  ASSERT_EQ(c->thread_finis, c->thread_inits);
  dlclose(h);
  return 0;
}
