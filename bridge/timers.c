/* timers.c — native half of timers: one uv_timer per active Timeout (libuv
 * keeps them in a heap ordered by expiry, then by start order, which is
 * Node's order), and the check phase that runs setImmediate callbacks.
 * The Timeout/Immediate objects and their queues live in js/internal/timers.js;
 * C only sees integer ids. */
#include <stdlib.h>
#include <string.h>

#include "runtime.h"

typedef struct timer {
  uv_timer_t h;
  js_State *J;
  int id;
  int closing;
} timer;

typedef struct timers_state {
  timer **tab; /* id -> timer */
  int cap;
  int *free_ids;
  int nfree;
  int next_id;
  uv_check_t check;
  uv_idle_t idle;
  int immediates;      /* queued immediates (ref'ed or not) */
  int immediates_ref;  /* ref'ed ones keep the loop alive */
} timers_state;

static timers_state *state(js_State *J) {
  return *mukjs_slot(J, MUKJS_SLOT_TIMERS);
}

static void call_registry_fn(js_State *J, const char *key, int id) {
  js_getregistry(J, key);
  js_pushundefined(J);
  int n = 0;
  if (id >= 0) {
    js_pushnumber(J, id);
    n = 1;
  }
  mukjs_call_protected(J, n);
  mukjs_run_ticks(J);
}

static void on_timer(uv_timer_t *h) {
  timer *t = h->data;
  call_registry_fn(t->J, "muk.timers.onTimeout", t->id);
}

static void on_check(uv_check_t *h) {
  js_State *J = h->data;
  timers_state *s = state(J);
  if (s->immediates > 0)
    call_registry_fn(J, "muk.timers.onImmediate", -1);
}

static void on_idle(uv_idle_t *h) { (void)h; }

static void update_immediate_handles(timers_state *s) {
  if (s->immediates > 0)
    uv_idle_start(&s->idle, on_idle); /* don't block in poll */
  else
    uv_idle_stop(&s->idle);
  if (s->immediates_ref > 0)
    uv_ref((uv_handle_t *)&s->check);
  else
    uv_unref((uv_handle_t *)&s->check);
  uv_unref((uv_handle_t *)&s->idle);
}

static timer *get_timer(js_State *J, int id) {
  timers_state *s = state(J);
  if (id < 0 || id >= s->cap || !s->tab[id])
    js_error(J, "internal: bad timer id %d", id);
  return s->tab[id];
}

/* create() -> id */
static void t_create(js_State *J) {
  timers_state *s = state(J);
  int id;
  if (s->nfree > 0) {
    id = s->free_ids[--s->nfree];
  } else {
    if (s->next_id == s->cap) {
      int ncap = s->cap ? s->cap * 2 : 64;
      timer **nt = realloc(s->tab, ncap * sizeof *nt);
      int *nf = realloc(s->free_ids, ncap * sizeof *nf);
      if (nt)
        s->tab = nt;
      if (nf)
        s->free_ids = nf;
      if (!nt || !nf)
        js_error(J, "out of memory creating a timer");
      memset(s->tab + s->cap, 0, (ncap - s->cap) * sizeof *nt);
      s->cap = ncap;
    }
    id = s->next_id++;
  }
  timer *t = calloc(1, sizeof *t);
  if (!t) {
    s->free_ids[s->nfree++] = id;
    js_error(J, "out of memory creating a timer");
  }
  uv_timer_init(mukjs_loop(J), &t->h);
  t->h.data = t;
  t->J = J;
  t->id = id;
  s->tab[id] = t;
  js_pushnumber(J, id);
}

/* start(id, ms) */
static void t_start(js_State *J) {
  timer *t = get_timer(J, js_tointeger(J, 1));
  double ms = js_tonumber(J, 2);
  if (!(ms >= 1))
    ms = 1;
  /* Node reads a fresh clock for a timer's start (Environment::GetNow), not
   * the time cached when this loop iteration began. */
  uv_update_time(mukjs_loop(J));
  uv_timer_start(&t->h, on_timer, (uint64_t)ms, 0);
  js_pushundefined(J);
}

static void t_stop(js_State *J) {
  timer *t = get_timer(J, js_tointeger(J, 1));
  uv_timer_stop(&t->h);
  js_pushundefined(J);
}

static void on_timer_closed(uv_handle_t *h) { free(h->data); }

/* close(id): the id may be reused at once. */
static void t_close(js_State *J) {
  timers_state *s = state(J);
  int id = js_tointeger(J, 1);
  timer *t = get_timer(J, id);
  s->tab[id] = NULL;
  s->free_ids[s->nfree++] = id;
  uv_close((uv_handle_t *)&t->h, on_timer_closed);
  js_pushundefined(J);
}

static void t_ref(js_State *J) {
  timer *t = get_timer(J, js_tointeger(J, 1));
  if (js_toboolean(J, 2))
    uv_ref((uv_handle_t *)&t->h);
  else
    uv_unref((uv_handle_t *)&t->h);
  js_pushundefined(J);
}

/* immediates(count, refCount): how many immediates are queued in JS. */
static void t_immediates(js_State *J) {
  timers_state *s = state(J);
  s->immediates = js_tointeger(J, 1);
  s->immediates_ref = js_tointeger(J, 2);
  update_immediate_handles(s);
  js_pushundefined(J);
}

/* setCallbacks(onTimeout(id), onImmediate()) */
static void t_set_callbacks(js_State *J) {
  js_copy(J, 1);
  js_setregistry(J, "muk.timers.onTimeout");
  js_copy(J, 2);
  js_setregistry(J, "muk.timers.onImmediate");
  js_pushundefined(J);
}

/* now() -> the loop's cached time in ms (Node's timer clock) */
static void t_now(js_State *J) {
  js_pushnumber(J, (double)uv_now(mukjs_loop(J)));
}

/* runTicks(): drain nextTicks and microtasks (between immediates). */
static void t_run_ticks(js_State *J) {
  mukjs_run_ticks(J);
  js_pushundefined(J);
}

static void timers_binding(js_State *J) {
  static const struct {
    const char *name;
    js_CFunction fn;
    int n;
  } fns[] = {
      {"create", t_create, 0},     {"start", t_start, 2},
      {"stop", t_stop, 1},         {"close", t_close, 1},
      {"ref", t_ref, 2},           {"immediates", t_immediates, 2},
      {"setCallbacks", t_set_callbacks, 2},
      {"now", t_now, 0},           {"runTicks", t_run_ticks, 0},
  };
  for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
    js_newcfunction(J, fns[i].fn, fns[i].name, fns[i].n);
    js_setproperty(J, -2, fns[i].name);
  }
}

void mukjs_timers_init(js_State *J) {
  timers_state *s = calloc(1, sizeof *s);
  if (!s)
    abort();
  *mukjs_slot(J, MUKJS_SLOT_TIMERS) = s;
  uv_check_init(mukjs_loop(J), &s->check);
  s->check.data = J;
  uv_check_start(&s->check, on_check);
  uv_unref((uv_handle_t *)&s->check);
  uv_idle_init(mukjs_loop(J), &s->idle);
  uv_unref((uv_handle_t *)&s->idle);
  mukjs_register_binding("timers", timers_binding);
}

static void on_static_closed(uv_handle_t *h) { (void)h; }

void mukjs_timers_free(js_State *J) {
  timers_state *s = state(J);
  if (!s)
    return;
  for (int i = 0; i < s->cap; i++)
    if (s->tab[i])
      uv_close((uv_handle_t *)&s->tab[i]->h, on_timer_closed);
  uv_close((uv_handle_t *)&s->check, on_static_closed);
  uv_close((uv_handle_t *)&s->idle, on_static_closed);
  uv_run(mukjs_loop(J), UV_RUN_NOWAIT);
  free(s->tab);
  free(s->free_ids);
  free(s);
  *mukjs_slot(J, MUKJS_SLOT_TIMERS) = NULL;
}
