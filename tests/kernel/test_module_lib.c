/* test_module_lib.c — a loadable module for test_module.c
 * (muk-test-module.so): the muk_module `muk_test_module`, ABI 7, two ops.
 * It counts what the kernel calls in `muk_test_module_counts`, which the
 * test reads with dlsym. Its first start() fails, once per process. */
#include <stdatomic.h>
#include <stdlib.h>

#include "muk.h"

typedef struct test_counts {
  _Atomic int starts, stops, thread_inits, thread_finis;
} test_counts;

test_counts muk_test_module_counts;

typedef struct test_worker {
  int64_t id;
} test_worker;

static _Atomic int64_t next_worker_id = 1;

static int start(muk_service *svc, void **state) {
  (void)svc;
  if (atomic_fetch_add(&muk_test_module_counts.starts, 1) == 0)
    return UV_EAGAIN; /* the first start fails: its request gets this */
  *state = malloc(sizeof(int64_t));
  if (!*state)
    return UV_ENOMEM;
  *(int64_t *)*state = 42;
  return 0;
}

/* op 0 "where": i64 the thread's worker id, i64 the service state's value,
 * i64 muk_module_state(svc) == state; op 1 "nothing" */
static void handle(muk_service *svc, void *state, void *worker, muk_msg *m) {
  muk_msg_reset_args(m);
  if (m->op == 0) {
    muk_msg_add_i64(m, ((test_worker *)worker)->id);
    muk_msg_add_i64(m, *(int64_t *)state);
    muk_msg_add_i64(m, muk_module_state(svc) == state);
  }
  muk_reply(m, 0);
}

static void stop(muk_service *svc, void *state) {
  (void)svc;
  atomic_fetch_add(&muk_test_module_counts.stops, 1);
  free(state);
}

static void *thread_init(muk_service *svc) {
  test_worker *w = malloc(sizeof *w);
  (void)svc;
  atomic_fetch_add(&muk_test_module_counts.thread_inits, 1);
  if (w)
    w->id = atomic_fetch_add(&next_worker_id, 1);
  return w;
}

static void thread_fini(muk_service *svc, void *worker) {
  (void)svc;
  atomic_fetch_add(&muk_test_module_counts.thread_finis, 1);
  free(worker);
}

const muk_module muk_test_module = {
    .abi = 7,
    .nops = 2,
    .start = start,
    .handle = handle,
    .stop = stop,
    .thread_init = thread_init,
    .thread_fini = thread_fini,
};
