/* test_ioloop.c — IOLOOP services: own thread, own loop, events. */
#include <stdatomic.h>

#include "test.h"

static uv_thread_t main_tid;

static int on_main_thread(void) {
  uv_thread_t self = uv_thread_self();
  return uv_thread_equal(&self, &main_tid);
}

/* "ticker": op tick(N) emits N events from a repeating timer on the
 * service's loop, then replies N; op burst(N) emits N events at once. */
typedef struct {
  uv_timer_t timer;
  muk_service *svc;
  muk_msg *req; /* the tick request being served */
  int64_t n, sent;
} ticker;

static void emit_one(muk_service *svc, int64_t v) {
  muk_msg *e = muk_service_msg_new(svc);
  ASSERT(e != NULL);
  ASSERT_EQ(muk_msg_add_i64(e, v), 0);
  muk_emit(svc, e);
}

static void tick_cb(uv_timer_t *h) {
  ticker *t = h->data;
  ASSERT(!on_main_thread());
  emit_one(t->svc, t->sent++);
  if (t->sent == t->n) {
    muk_msg *m = t->req;
    uv_timer_stop(&t->timer);
    t->req = NULL;
    muk_msg_reset_args(m);
    muk_msg_add_i64(m, t->n);
    muk_reply(m, 0);
  }
}

static int ticker_init(muk_service *svc, void **state) {
  ticker *t = calloc(1, sizeof(*t));
  ASSERT(!on_main_thread()); /* init runs on the service's thread */
  t->svc = svc;
  uv_timer_init(muk_service_loop(svc), &t->timer);
  t->timer.data = t;
  *state = t;
  return 0;
}

static void ticker_closed(uv_handle_t *h) { free(h->data); }

static void ticker_fini(muk_service *svc, void *state) {
  ticker *t = state;
  ASSERT(!on_main_thread());
  if (t->req)
    muk_reply(t->req, MUK_ECANCELED);
  uv_close((uv_handle_t *)&t->timer, ticker_closed);
}

static void ticker_handle(muk_service *svc, muk_msg *m) {
  ticker *t = muk_service_state(svc);
  int64_t n, i;
  ASSERT(!on_main_thread());
  ASSERT_EQ(muk_msg_i64(m, 0, &n), 0);
  if (m->op == 1) { /* burst */
    for (i = 0; i < n; i++)
      emit_one(svc, i);
    muk_reply(m, 0);
    return;
  }
  ASSERT(t->req == NULL);
  t->req = m;
  t->n = n;
  t->sent = 0;
  uv_timer_start(&t->timer, tick_cb, 1, 1);
}

static const char *const ticker_ops[] = {"tick", "burst"};
static const muk_service_def ticker_def = {
    .abi = MUK_SERVICE_ABI,
    .name = "ticker",
    .backend = "test",
    .exec = MUK_EXEC_IOLOOP,
    .nops = 2,
    .op_names = ticker_ops,
    .init = ticker_init,
    .handle = ticker_handle,
    .fini = ticker_fini,
};

typedef struct {
  muk_kernel *k;
  int64_t events, replies;
  int64_t expect; /* events before the current reply */
} ev_state;

static void on_event(muk_msg *m, void *ud) {
  ev_state *s = ud;
  int64_t v;
  ASSERT(on_main_thread());
  ASSERT(m->flags & MUK_F_EVENT);
  ASSERT_EQ(m->service, muk_service_id(s->k, "ticker"));
  ASSERT_EQ(muk_msg_i64(m, 0, &v), 0);
  ASSERT_EQ(v, s->events); /* in order */
  s->events++;
  muk_msg_free(m);
}

static void tick_reply(muk_msg *m, void *ud) {
  ev_state *s = ud;
  int64_t v;
  ASSERT(on_main_thread());
  ASSERT_EQ(m->status, 0);
  ASSERT(!(m->flags & MUK_F_EVENT));
  ASSERT_EQ(muk_msg_i64(m, 0, &v), 0);
  ASSERT_EQ(v, 25);
  ASSERT_EQ(s->events, 25); /* every event arrived before the reply */
  s->replies++;
  s->events = 0;
  /* then a burst of 1000 events emitted at once */
  muk_msg_reset_args(m);
  m->op = 1;
  muk_msg_add_i64(m, 1000);
  muk_send(s->k, m, NULL, NULL); /* no callback: the kernel frees it */
}

TEST_IMPL(ioloop_emit) {
  ev_state s = {muk_kernel_new(NULL), 0, 0, 0};
  muk_service *svc;
  muk_msg *m;
  main_tid = uv_thread_self();
  ASSERT_EQ(muk_register(s.k, &ticker_def), 0);
  svc = muk_service_get(s.k, 0);
  ASSERT(muk_service_loop(svc) != NULL);
  ASSERT(muk_service_loop(svc) != muk_kernel_loop(s.k));
  muk_set_event_handler(s.k, on_event, &s);
  m = test_msg(s.k, "ticker", "tick");
  muk_msg_add_i64(m, 25);
  muk_send(s.k, m, tick_reply, &s);
  muk_kernel_run(s.k);
  ASSERT_EQ(s.replies, 1);
  ASSERT_EQ(s.events, 1000);
  ASSERT_EQ(muk_inflight(s.k), 0);
  muk_kernel_free(s.k);
  return 0;
}

static int failing_init(muk_service *svc, void **state) { return UV_EIO; }

TEST_IMPL(ioloop_init_error) {
  muk_kernel *k = muk_kernel_new(NULL);
  muk_service_def d = ticker_def;
  main_tid = uv_thread_self();
  d.init = failing_init;
  ASSERT_EQ(muk_register(k, &d), UV_EIO);
  ASSERT_EQ(muk_service_id(k, "ticker"), MUK_ENOSERVICE);
  ASSERT_EQ(muk_register(k, &ticker_def), 0);
  muk_kernel_free(k);
  return 0;
}

/* ---- muk_kernel_ref: events keep the loop alive ----
 * "watch" replies at once, but first takes a kernel reference from the
 * service's thread; a timer on the service's loop then emits N events with
 * no request in flight and drops the reference after the last one. The
 * loop must run until every event arrived, then return. */
typedef struct {
  uv_timer_t timer;
  muk_service *svc;
  int64_t n, sent;
} watcher;

static void watch_tick(uv_timer_t *h) {
  watcher *w = h->data;
  emit_one(w->svc, w->sent++);
  if (w->sent == w->n) {
    uv_timer_stop(&w->timer);
    muk_kernel_unref(muk_service_kernel(w->svc));
  }
}

static int watcher_init(muk_service *svc, void **state) {
  watcher *w = calloc(1, sizeof(*w));
  w->svc = svc;
  uv_timer_init(muk_service_loop(svc), &w->timer);
  w->timer.data = w;
  *state = w;
  return 0;
}

static void watcher_fini(muk_service *svc, void *state) {
  watcher *w = state;
  uv_close((uv_handle_t *)&w->timer, ticker_closed);
}

static void watcher_handle(muk_service *svc, muk_msg *m) {
  watcher *w = muk_service_state(svc);
  ASSERT_EQ(muk_msg_i64(m, 0, &w->n), 0);
  w->sent = 0;
  muk_kernel_ref(muk_service_kernel(svc)); /* before the reply */
  uv_timer_start(&w->timer, watch_tick, 5, 5);
  muk_msg_reset_args(m);
  muk_reply(m, 0);
}

static const char *const watcher_ops[] = {"watch"};
static const muk_service_def watcher_def = {
    .abi = MUK_SERVICE_ABI,
    .name = "ticker", /* on_event checks the service by this name */
    .backend = "test",
    .exec = MUK_EXEC_IOLOOP,
    .nops = 1,
    .op_names = watcher_ops,
    .init = watcher_init,
    .handle = watcher_handle,
    .fini = watcher_fini,
};

static void watch_reply(muk_msg *m, void *ud) {
  ev_state *s = ud;
  ASSERT_EQ(m->status, 0);
  s->replies++;
  muk_msg_free(m);
}

static void unref_timer(uv_timer_t *t) {
  muk_kernel *k = t->data;
  muk_kernel_unref(k);
  uv_close((uv_handle_t *)t, NULL);
}

TEST_IMPL(kernel_ref) {
  ev_state s = {muk_kernel_new(NULL), 0, 0, 0};
  uv_timer_t t;
  muk_msg *m;
  main_tid = uv_thread_self();
  ASSERT_EQ(muk_register(s.k, &watcher_def), 0);
  muk_set_event_handler(s.k, on_event, &s);
  m = test_msg(s.k, "ticker", "watch");
  muk_msg_add_i64(m, 5);
  muk_send(s.k, m, watch_reply, &s);
  muk_kernel_run(s.k); /* returns only after the 5th event */
  ASSERT_EQ(s.replies, 1);
  ASSERT_EQ(s.events, 5);
  ASSERT_EQ(muk_inflight(s.k), 0);

  /* Without a reference the loop returns with nothing in flight... */
  ASSERT_EQ(muk_kernel_run(s.k), 0);
  /* ...and a reference taken on the loop thread holds it (an unref'd timer
   * drops it). Unbalanced unrefs are ignored. */
  muk_kernel_ref(s.k);
  uv_timer_init(muk_kernel_loop(s.k), &t);
  t.data = s.k;
  uv_unref((uv_handle_t *)&t);
  uv_timer_start(&t, unref_timer, 10, 0);
  muk_kernel_run(s.k);
  ASSERT(uv_is_closing((uv_handle_t *)&t));
  muk_kernel_unref(s.k);
  ASSERT_EQ(muk_kernel_run(s.k), 0);
  muk_kernel_free(s.k);
  return 0;
}

/* ---- MUK_SVC_LAZY_START: the thread and init come with the first request */
static atomic_int lazy_inits, lazy_finis;

static int lazy_init(muk_service *svc, void **state) {
  atomic_fetch_add(&lazy_inits, 1);
  return ticker_init(svc, state);
}

static void lazy_fini(muk_service *svc, void *state) {
  atomic_fetch_add(&lazy_finis, 1);
  ticker_fini(svc, state);
}

static int lazy_failing_init(muk_service *svc, void **state) {
  atomic_fetch_add(&lazy_inits, 1);
  ASSERT(!on_main_thread());
  return UV_EIO;
}

static void lazy_reply(muk_msg *m, void *ud) {
  int *status = ud;
  *status = m->status;
  muk_msg_free(m);
}

TEST_IMPL(ioloop_lazy_start) {
  muk_service_def d = ticker_def;
  muk_kernel *k;
  muk_msg *m;
  int status = 1;
  main_tid = uv_thread_self();
  d.flags = MUK_SVC_LAZY_START;
  d.init = lazy_init;
  d.fini = lazy_fini;

  /* registered, never used: no init, no thread, no fini */
  atomic_store(&lazy_inits, 0);
  atomic_store(&lazy_finis, 0);
  k = muk_kernel_new(NULL);
  ASSERT_EQ(muk_register(k, &d), 0);
  ASSERT(muk_service_loop(muk_service_get(k, 0)) == NULL);
  muk_kernel_free(k);
  ASSERT_EQ(atomic_load(&lazy_inits), 0);
  ASSERT_EQ(atomic_load(&lazy_finis), 0);

  /* the first request starts it; init runs once, on its thread */
  k = muk_kernel_new(NULL);
  ASSERT_EQ(muk_register(k, &d), 0);
  ASSERT_EQ(atomic_load(&lazy_inits), 0);
  m = test_msg(k, "ticker", "tick");
  muk_msg_add_i64(m, 3);
  muk_send(k, m, lazy_reply, &status);
  m = test_msg(k, "ticker", "burst");
  muk_msg_add_i64(m, 2);
  muk_send(k, m, NULL, NULL);
  muk_kernel_run(k);
  ASSERT_EQ(status, 0);
  ASSERT_EQ(atomic_load(&lazy_inits), 1);
  ASSERT(muk_service_loop(muk_service_get(k, 0)) != NULL);
  m = test_msg(k, "ticker", "burst"); /* a sync call to the running thread */
  muk_msg_add_i64(m, 0);
  ASSERT_EQ(muk_call_sync(k, m), 0);
  muk_msg_free(m);
  muk_kernel_free(k);
  ASSERT_EQ(atomic_load(&lazy_inits), 1);
  ASSERT_EQ(atomic_load(&lazy_finis), 1);

  /* init fails: muk_register cannot tell; every request gets the error */
  atomic_store(&lazy_inits, 0);
  atomic_store(&lazy_finis, 0);
  d.init = lazy_failing_init;
  k = muk_kernel_new(NULL);
  ASSERT_EQ(muk_register(k, &d), 0);
  m = test_msg(k, "ticker", "tick");
  muk_msg_add_i64(m, 3);
  muk_send(k, m, lazy_reply, &status);
  muk_kernel_run(k);
  ASSERT_EQ(status, UV_EIO);
  m = test_msg(k, "ticker", "burst");
  muk_msg_add_i64(m, 1);
  ASSERT_EQ(muk_call_sync(k, m), UV_EIO);
  muk_msg_free(m);
  m = test_msg(k, "ticker", "burst");
  muk_msg_add_i64(m, 1);
  status = 1;
  muk_send(k, m, lazy_reply, &status);
  muk_kernel_run(k);
  ASSERT_EQ(status, UV_EIO);
  ASSERT(muk_service_loop(muk_service_get(k, 0)) == NULL);
  muk_kernel_free(k);
  ASSERT_EQ(atomic_load(&lazy_inits), 1); /* tried once */
  ASSERT_EQ(atomic_load(&lazy_finis), 0);
  return 0;
}
