/* test_shutdown.c — muk_kernel_free with requests queued, unsent, running
 * and held by services: every sender hears back, nothing leaks. */
#include <stdatomic.h>

#include "test.h"

typedef struct {
  muk_kernel *k;
  int ok, canceled, other, resend_canceled;
} tally;

static void resend_cb(muk_msg *m, void *ud) {
  tally *t = ud;
  ASSERT_EQ(m->status, MUK_ECANCELED);
  t->resend_canceled++;
  muk_msg_free(m);
}

static void tally_cb(muk_msg *m, void *ud) {
  tally *t = ud;
  if (m->status == 0)
    t->ok++;
  else if (m->status == MUK_ECANCELED)
    t->canceled++;
  else
    t->other++;
  /* sending during shutdown fails (asynchronously) with ECANCELED */
  if (t->ok + t->canceled == 1) {
    muk_send(t->k, m, resend_cb, t);
    return;
  }
  muk_msg_free(m);
}

TEST_IMPL(shutdown_queued) {
  tally t = {muk_kernel_new(NULL), 0, 0, 0, 0};
  muk_service_stats st;
  int j;
  ASSERT_EQ(muk_register(t.k, &muk_sys_service), 0);
  for (j = 0; j < 10; j++) {
    muk_msg *m = test_msg(t.k, "sys", "sleep");
    muk_msg_add_i64(m, 300);
    muk_send(t.k, m, tally_cb, &t);
  }
  for (;;) { /* until 4 workers sleep and 6 requests wait */
    uv_run(muk_kernel_loop(t.k), UV_RUN_NOWAIT);
    ASSERT_EQ(muk_service_stats_get(t.k, 0, &st), 0);
    if (st.queued == 6)
      break;
    uv_sleep(1);
  }
  muk_kernel_free(t.k); /* joins the 4 sleepers, cancels the 6 */
  ASSERT_EQ(t.ok, 4);
  ASSERT_EQ(t.canceled, 6);
  ASSERT_EQ(t.other, 0);
  ASSERT_EQ(t.resend_canceled, 1);
  return 0;
}

TEST_IMPL(shutdown_unsent) {
  tally t = {muk_kernel_new(NULL), 0, 0, 0, 0};
  int j;
  ASSERT_EQ(muk_register(t.k, &muk_sys_service), 0);
  for (j = 0; j < 5; j++)
    muk_send(t.k, test_msg(t.k, "sys", "noop"), tally_cb, &t);
  muk_kernel_free(t.k); /* the loop never ran */
  ASSERT_EQ(t.canceled, 5);
  ASSERT_EQ(t.ok + t.other, 0);
  ASSERT_EQ(t.resend_canceled, 1);
  return 0;
}

/* An IOLOOP service that holds every request until fini; it emits an
 * event per request that nobody reads before shutdown. */
typedef struct {
  muk_msg *held[16];
  int n;
} holder;

static atomic_int held_count;

static void free_payload(void *data, void *ud) { free(data); }

static int hold_init(muk_service *svc, void **state) {
  *state = calloc(1, sizeof(holder));
  return 0;
}

static void hold_handle(muk_service *svc, muk_msg *m) {
  holder *h = muk_service_state(svc);
  muk_msg *e = muk_service_msg_new(svc);
  static const char note[] = "an event nobody reads before shutdown";
  muk_msg_add_str(e, note, sizeof(note) - 1);
  muk_msg_set_payload(e, malloc(64), 64, free_payload, NULL);
  muk_emit(svc, e);
  h->held[h->n++] = m;
  atomic_fetch_add(&held_count, 1);
}

static void hold_fini(muk_service *svc, void *state) {
  holder *h = state;
  int i;
  for (i = 0; i < h->n; i++)
    muk_reply(h->held[i], MUK_ECANCELED);
  free(h);
}

static const char *const hold_ops[] = {"hold"};
static const muk_service_def hold_def = {
    .abi = MUK_SERVICE_ABI,
    .name = "hold",
    .backend = "test",
    .exec = MUK_EXEC_IOLOOP,
    .nops = 1,
    .op_names = hold_ops,
    .init = hold_init,
    .handle = hold_handle,
    .fini = hold_fini,
};

static void never_event(muk_msg *m, void *ud) {
  (*(int *)ud)++;
  muk_msg_free(m);
}

TEST_IMPL(shutdown_ioloop) {
  tally t = {muk_kernel_new(NULL), 0, 0, 0, 0};
  int j, events = 0, before;
  ASSERT_EQ(muk_register(t.k, &hold_def), 0);
  ASSERT_EQ(muk_register(t.k, &muk_sys_service), 1);
  muk_set_event_handler(t.k, never_event, &events);
  for (j = 0; j < 3; j++)
    muk_send(t.k, test_msg(t.k, "hold", "hold"), tally_cb, &t);
  uv_run(muk_kernel_loop(t.k), UV_RUN_NOWAIT); /* hand them over */
  while (atomic_load(&held_count) < 3)
    uv_sleep(1);
  /* more requests: still unsent when the kernel goes */
  for (j = 0; j < 2; j++)
    muk_send(t.k, test_msg(t.k, "hold", "hold"), tally_cb, &t);
  /* The one uv_run above may already have delivered events the I/O thread
   * emitted at once; the others wait on `done` until the shutdown. */
  before = events;
  muk_kernel_free(t.k);
  ASSERT_EQ(t.canceled, 5);
  ASSERT_EQ(t.ok + t.other, 0);
  ASSERT_EQ(t.resend_canceled, 1);
  ASSERT_EQ(events, before); /* events left at shutdown are freed, not handled */
  return 0;
}
