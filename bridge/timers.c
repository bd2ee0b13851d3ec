/* timers.c — setTimeout/setInterval/setImmediate and their clear* as native
 * functions (Node's design, in C):
 *
 * - A Timeout or Immediate is a userdata object over a C struct (`mtimer`)
 *   taken from chunked storage with a free list: no malloc per timer. The
 *   objects share one prototype each (ref/unref/hasRef/refresh/close/valueOf).
 * - JS values live in one flat JS array in the registry, three entries per
 *   struct index: [object (only while queued), callback, args]. Integer
 *   indexes, never js_ref (which keys by address).
 * - Timeouts are grouped in lists by duration, one uv_timer per list: within
 *   a list, start times only grow, so a list is ordered by expiry and only its
 *   head needs a heap entry (libuv's heap then orders lists by expiry, then
 *   by the order they were armed).
 * - Immediates are a ring of struct indexes; the check phase runs the ones
 *   queued before it started, each followed by the nextTick/microtask drain.
 *
 * A struct is recycled only when its object is collected: the finalizer
 * (which must not enter JS) queues the index, and the next allocation clears
 * the three JS entries and frees the index. So `refresh()` may revive a
 * timer that already fired, as in Node. A timer that is done keeps its
 * callback and arguments on its object, not in the entries, so that they
 * are collected with it (park_entries).
 *
 * Struct indexes are handed out in blocks of BLK, one open block per timer
 * list (a timer never changes lists: refresh() and setInterval keep its
 * duration) and one for immediates: timers that fire together sit side by
 * side, in firing order, both in the struct storage and in the JS array
 * (a 100k fan-out over 11 durations otherwise touches a new cache line per
 * timer). A block returns to the free pool once its owner closed it (it is
 * full, or its list was dropped) and all its structs were collected. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "binding.h"
#include "runtime.h"

#define TIMEOUT_MAX 2147483647.0
#define CHUNK_BITS 8
#define CHUNK (1u << CHUNK_BITS)

#define BLK_BITS 5
#define BLK (1u << BLK_BITS)

/* Short keys, distinct at their first byte: the registry is looked up on
 * every setTimeout. */
#define REG_SLOTS "\x01T"
#define REG_KNOWN "muk.timers.known"
/* struct index 0 is never a timer: its entries hold these */
#define SLOT_TPROTO 0
#define SLOT_IPROTO 1
#define SLOT_HOOKS 2

static const char TAG_T[] = "Timeout";
static const char TAG_I[] = "Immediate";

enum {
  F_REFED = 1,      /* hasRef() */
  F_REPEAT = 2,     /* setInterval */
  F_LINKED = 4,     /* in a timer list (Timeout) */
  F_DESTROYED = 8,  /* fired (not repeating) or cleared */
  F_CLEARED = 16,   /* clear*() called: _idleTimeout -1, refresh() does nothing */
  F_KNOWN = 32,     /* converted to a primitive: in the id table */
  F_ARGS = 64,      /* extra arguments at entry 3i+2 */
  F_IMM = 128,      /* an Immediate */
  F_QUEUED = 256,   /* in the immediate ring */
  F_PARKED = 512,   /* done: callback and arguments moved onto its object */
};

typedef struct tlist tlist;

/* The block a list (or the immediate queue) allocates from. */
typedef struct balloc {
  uint32_t blk; /* 0: none yet */
  uint32_t pos; /* next free index in it */
} balloc;

typedef struct mtimer {
  struct mtimer *next, *prev; /* in its list */
  tlist *list;
  double start; /* loop time (ms) when (re)started */
  double after; /* _idleTimeout */
  uint32_t idx; /* struct index = JS entries 3*idx .. 3*idx+2 */
  uint32_t id;  /* the number valueOf() returns */
  uint32_t flags;
} mtimer;

struct tlist {
  uv_timer_t h;
  mtimer head; /* sentinel */
  double msecs;
  int count, refs;
  int busy; /* its timers are running: don't arm or drop it */
  balloc ba;
  struct timers_state *s;
};

typedef struct timers_state {
  js_State *J;
  uv_loop_t *loop;
  /* struct storage */
  mtimer **chunks;
  uint32_t nchunks, nblocks, cap; /* cap = nchunks * CHUNK */
  uint16_t *blive; /* per block: structs not yet freed, +1 while open */
  uint32_t *bfree, nbfree; /* free blocks */
  uint32_t *pending, npending; /* collected by GC, JS entries not cleared yet */
  uint32_t next_id;
  /* timer lists by duration: open addressing, power-of-two size */
  tlist **ltab;
  uint32_t lcap, nlists, nempty;
  /* immediates */
  uint32_t *ring, rcap, rhead, rlen;
  balloc imm_ba;
  int imm_count, imm_refs;
  uv_check_t check;
  uv_idle_t idle;
} timers_state;

static timers_state *state(js_State *J) {
  return *mukjs_slot(J, MUKJS_SLOT_TIMERS);
}

static mtimer *at(timers_state *s, uint32_t i) {
  return &s->chunks[i >> CHUNK_BITS][i & (CHUNK - 1)];
}

/* ---- struct storage and JS entries ------------------------------------*/

static void finalize(js_State *J, void *p) {
  timers_state *s = state(J);
  mtimer *t = p;
  if (!s || !t) /* the runtime is going away: storage already released */
    return;
  s->pending[s->npending++] = t->idx;
}

/* Push the array of JS entries; returns its (absolute) stack index. Every
 * function below that takes `slots` wants that index. */
static int push_slots(js_State *J) {
  js_getregistry(J, REG_SLOTS);
  return js_gettop(J) - 1;
}

/* Clear the entries of structs whose objects were collected; free them. */
static void drain_pending(js_State *J, timers_state *s, int slots) {
  while (s->npending) {
    uint32_t i = s->pending[--s->npending];
    js_pushundefined(J);
    js_setindex(J, slots, 3 * i + 1);
    js_pushundefined(J);
    js_setindex(J, slots, 3 * i + 2);
    at(s, i)->flags = 0;
    if (--s->blive[i >> BLK_BITS] == 0)
      s->bfree[s->nbfree++] = i >> BLK_BITS;
  }
}

/* The owner stops allocating from its block. */
static void block_close(timers_state *s, balloc *a) {
  if (a->blk && --s->blive[a->blk] == 0)
    s->bfree[s->nbfree++] = a->blk;
  a->blk = 0;
}

static int grow_storage(timers_state *s) {
  uint32_t ncap = s->cap + CHUNK;
  mtimer **nc = realloc(s->chunks, (s->nchunks + 1) * sizeof *nc);
  if (!nc)
    return -1;
  s->chunks = nc;
  uint16_t *nl = realloc(s->blive, (ncap / BLK) * sizeof *nl);
  if (!nl)
    return -1;
  s->blive = nl;
  uint32_t *nf = realloc(s->bfree, (ncap / BLK) * sizeof *nf);
  if (!nf)
    return -1;
  s->bfree = nf;
  uint32_t *np = realloc(s->pending, ncap * sizeof *np);
  if (!np)
    return -1;
  s->pending = np;
  mtimer *chunk = calloc(CHUNK, sizeof *chunk);
  if (!chunk)
    return -1;
  s->chunks[s->nchunks++] = chunk;
  s->cap = ncap;
  return 0;
}

/* A fresh block for `a`. */
static void block_open(js_State *J, timers_state *s, balloc *a, int slots) {
  uint32_t b;
  block_close(s, a);
  if (s->nbfree) {
    b = s->bfree[--s->nbfree];
  } else {
    if (s->nblocks * BLK >= s->cap && grow_storage(s) < 0)
      js_error(J, "out of memory creating a timer");
    b = s->nblocks;
    /* Append its entries in order: the array stays flat (dense). The
     * first block also pads block 0. */
    for (uint32_t k = js_getlength(J, slots); k < 3 * (b + 1) * BLK; k++) {
      js_pushundefined(J);
      js_setindex(J, slots, (int)k);
    }
    s->nblocks++;
  }
  s->blive[b] = 1;
  a->blk = b;
  a->pos = 0;
}

/* A fresh struct from a's block; its JS entries are undefined. */
static mtimer *alloc_timer(js_State *J, timers_state *s, balloc *a, int slots) {
  uint32_t i;
  if (s->npending)
    drain_pending(J, s, slots);
  if (!a->blk || a->pos == BLK)
    block_open(J, s, a, slots);
  i = a->blk * BLK + a->pos++;
  s->blive[a->blk]++;
  mtimer *t = at(s, i);
  memset(t, 0, sizeof *t);
  t->idx = i;
  t->id = ++s->next_id;
  return t;
}

/* The object is no longer needed by the queues (the user may still hold it). */
static void release_object(js_State *J, mtimer *t, int slots) {
  js_pushundefined(J);
  js_setindex(J, slots, 3 * t->idx);
}

/* Hidden keys on a done timer's object (see park_entries). */
#define KEY_CB "@@muk.callback"
#define KEY_ARGS "@@muk.args"

/* t is done (fired or cleared): move its callback and arguments from the
 * JS entries onto its object, at stack index obj (an Immediate's callback
 * is dropped, as Node sets _onImmediate to null), so they die in the same
 * collection as the object. Left in the entries until the object's finalizer ran, they
 * outlived it by one collection: a chain of timers each allocating in its
 * callback kept everything allocated since the previous collection, and
 * mujs collects after 5x the live count, so the heap grew 5x per cycle
 * (300 immediates making 5000 objects each: 260 MB, minutes under ASan). */
static void park_entries(js_State *J, mtimer *t, int obj, int slots) {
  obj = obj < 0 ? js_gettop(J) + obj : obj;
  if (!(t->flags & F_IMM)) {
    js_getindex(J, slots, 3 * t->idx + 1);
    js_defproperty(J, obj, KEY_CB, JS_DONTENUM);
  }
  if (t->flags & F_ARGS) {
    js_getindex(J, slots, 3 * t->idx + 2);
    js_defproperty(J, obj, KEY_ARGS, JS_DONTENUM);
  }
  js_pushundefined(J);
  js_setindex(J, slots, 3 * t->idx + 1);
  js_pushundefined(J);
  js_setindex(J, slots, 3 * t->idx + 2);
  t->flags |= F_PARKED;
}

/* The same with the object still in t's first entry (taken out of it). */
static void park_and_release(js_State *J, mtimer *t, int slots) {
  js_getindex(J, slots, 3 * t->idx);
  if (js_isuserdata(J, -1, (t->flags & F_IMM) ? TAG_I : TAG_T))
    park_entries(J, t, -1, slots);
  js_pop(J, 1);
  release_object(J, t, slots);
}

/* refresh() revives a done Timeout (its object at obj): entries back. */
static void unpark_entries(js_State *J, mtimer *t, int obj, int slots) {
  if (!(t->flags & F_PARKED))
    return;
  t->flags &= ~F_PARKED;
  js_getproperty(J, obj, KEY_CB);
  js_setindex(J, slots, 3 * t->idx + 1);
  js_delproperty(J, obj, KEY_CB);
  if (t->flags & F_ARGS) {
    js_getproperty(J, obj, KEY_ARGS);
    js_setindex(J, slots, 3 * t->idx + 2);
    js_delproperty(J, obj, KEY_ARGS);
  }
}

static void forget_id(js_State *J, mtimer *t) {
  if (!(t->flags & F_KNOWN))
    return;
  t->flags &= ~F_KNOWN;
  js_getregistry(J, REG_KNOWN);
  char buf[16];
  snprintf(buf, sizeof buf, "%u", t->id);
  js_delproperty(J, -1, buf);
  js_pop(J, 1);
}

/* Create the object for t (at the top of the JS stack afterwards) and store
 * it, the callback at `cb` and the arguments at [argi, argend). */
static void push_object(js_State *J, mtimer *t, int cb, int argi, int argend,
                        int slots) {
  js_getindex(J, slots, (t->flags & F_IMM) ? SLOT_IPROTO : SLOT_TPROTO);
  js_newuserdatax(J, (t->flags & F_IMM) ? TAG_I : TAG_T, t, NULL, NULL, NULL,
                  finalize);
  js_copy(J, -1);
  js_setindex(J, slots, 3 * t->idx);
  js_copy(J, cb);
  js_setindex(J, slots, 3 * t->idx + 1);
  if (argi < argend) {
    js_newarray(J);
    for (int k = argi; k < argend; k++) {
      js_copy(J, k);
      js_setindex(J, -2, k - argi);
    }
    js_setindex(J, slots, 3 * t->idx + 2);
    t->flags |= F_ARGS;
  }
}

/* With t's object on top of the stack (kept there as a GC root), push its
 * callback, `this` and arguments; returns the argument count. */
static int push_call(js_State *J, mtimer *t, int slots) {
  js_getindex(J, slots, 3 * t->idx + 1);
  js_copy(J, -2);
  if (!(t->flags & F_ARGS))
    return 0;
  js_getindex(J, slots, 3 * t->idx + 2);
  int n = js_getlength(J, -1);
  for (int k = 0; k < n; k++)
    js_getindex(J, -1 - k, k);
  js_remove(J, -1 - n);
  return n;
}

/* ---- timer lists --------------------------------------------------------*/

static void on_list(uv_timer_t *h);

static uint32_t list_hash(double msecs, uint32_t mask) {
  uint64_t b;
  memcpy(&b, &msecs, sizeof b);
  b ^= b >> 29;
  b *= 0x9e3779b97f4a7c15ull;
  return (uint32_t)(b >> 32) & mask;
}

static void list_closed(uv_handle_t *h) { free(h->data); }

static void list_table_put(timers_state *s, tlist *L) {
  uint32_t mask = s->lcap - 1, i = list_hash(L->msecs, mask);
  while (s->ltab[i])
    i = (i + 1) & mask;
  s->ltab[i] = L;
}

/* Drop empty lists once they outnumber the busy ones (durations that come
 * and go, e.g. computed delays), so the table stays small. */
static void sweep_lists(timers_state *s) {
  uint32_t cap = s->lcap;
  tlist **old = s->ltab;
  tlist **keep = calloc(cap, sizeof *keep);
  if (!keep)
    return;
  s->ltab = keep;
  s->nlists = s->nempty = 0;
  for (uint32_t i = 0; i < cap; i++) {
    tlist *L = old[i];
    if (!L)
      continue;
    if (L->count == 0 && !L->busy) {
      block_close(s, &L->ba);
      uv_close((uv_handle_t *)&L->h, list_closed);
    } else {
      list_table_put(s, L);
      s->nlists++;
      if (L->count == 0)
        s->nempty++;
    }
  }
  free(old);
}

static tlist *get_list(js_State *J, timers_state *s, double msecs) {
  uint32_t mask = s->lcap - 1, i = list_hash(msecs, mask);
  tlist *L;
  while ((L = s->ltab[i])) {
    if (L->msecs == msecs)
      return L;
    i = (i + 1) & mask;
  }
  if (s->nempty > 32 && s->nempty * 2 > s->nlists)
    sweep_lists(s);
  if ((s->nlists + 1) * 2 > s->lcap) {
    uint32_t cap = s->lcap * 2;
    tlist **nt = calloc(cap, sizeof *nt), **old = s->ltab;
    if (!nt)
      js_error(J, "out of memory creating a timer");
    s->ltab = nt;
    s->lcap = cap;
    for (uint32_t k = 0; k < cap / 2; k++)
      if (old[k])
        list_table_put(s, old[k]);
    free(old);
  }
  L = calloc(1, sizeof *L);
  if (!L)
    js_error(J, "out of memory creating a timer");
  uv_timer_init(s->loop, &L->h);
  uv_unref((uv_handle_t *)&L->h);
  L->h.data = L;
  L->head.next = L->head.prev = &L->head;
  L->msecs = msecs;
  L->s = s;
  list_table_put(s, L);
  s->nlists++;
  s->nempty++;
  return L;
}

static void list_update_ref(tlist *L) {
  if (L->refs > 0)
    uv_ref((uv_handle_t *)&L->h);
  else
    uv_unref((uv_handle_t *)&L->h);
}

/* Arm the list's uv_timer for its head (the earliest expiry in the list). */
static void list_arm(timers_state *s, tlist *L) {
  mtimer *t = L->head.next;
  double d = t->start + L->msecs - (double)uv_now(s->loop);
  uint64_t ms = d > 0 ? (uint64_t)ceil(d) : 0;
  uv_timer_start(&L->h, on_list, ms, 0);
}

static void unlink_timer(timers_state *s, mtimer *t) {
  tlist *L = t->list;
  t->prev->next = t->next;
  t->next->prev = t->prev;
  t->next = t->prev = NULL;
  t->flags &= ~F_LINKED;
  if (t->flags & F_REFED && --L->refs == 0)
    list_update_ref(L);
  if (--L->count == 0) {
    s->nempty++;
    if (!L->busy)
      uv_timer_stop(&L->h);
  }
}

/* (Re)start t at `now` in the list of its duration (at the tail). */
static void link_timer(js_State *J, timers_state *s, mtimer *t, double now) {
  if (t->flags & F_LINKED)
    unlink_timer(s, t);
  tlist *L = get_list(J, s, t->after);
  t->start = now;
  t->list = L;
  t->prev = L->head.prev;
  t->next = &L->head;
  L->head.prev->next = t;
  L->head.prev = t;
  t->flags |= F_LINKED;
  if (t->flags & F_REFED && L->refs++ == 0)
    list_update_ref(L);
  if (L->count++ == 0) {
    s->nempty--;
    if (!L->busy)
      list_arm(s, L);
  }
}

/* Node reads a fresh clock for a timer's start (Environment::GetNow), not
 * the time cached when this loop iteration began. */
static double fresh_now(timers_state *s) {
  uv_update_time(s->loop);
  return (double)uv_now(s->loop);
}

/* The timer is done (fired without repeating, or cleared). */
static void destroy_timer(js_State *J, timers_state *s, mtimer *t, int slots) {
  if (t->flags & F_DESTROYED)
    return;
  t->flags |= F_DESTROYED;
  if (t->flags & F_LINKED)
    unlink_timer(s, t);
  park_and_release(J, t, slots);
  forget_id(J, t);
}

/* After t's callback ran (or threw): repeat it, or it is done. */
static void after_timer(js_State *J, timers_state *s, mtimer *t, double start,
                        int slots) {
  if ((t->flags & (F_REPEAT | F_CLEARED)) == F_REPEAT)
    link_timer(J, s, t, start);
  else if (!(t->flags & F_LINKED)) /* not refresh()ed by its callback */
    destroy_timer(J, s, t, slots);
}

/* A list's uv_timer fired: run its due timers in order (Node's
 * listOnTimeout). One js_try covers the whole run rather than a js_pcall
 * per callback: a callback that throws goes to mukjs_fatal_exception and
 * the run goes on with the next timer. */
static void on_list(uv_timer_t *h) {
  tlist *L = h->data;
  timers_state *s = L->s;
  js_State *J = s->J;
  double now = (double)uv_now(s->loop);
  mtimer *volatile cur = NULL;
  volatile double cur_start = 0;
  int slots = push_slots(J);
  L->busy = 1;
  for (;;) {
    if (js_try(J)) {
      /* the stack is back at `slots` + the error */
      mukjs_fatal_exception(J);
      mtimer *t = cur;
      cur = NULL;
      if (t) {
        mukjs_run_ticks(J);
        after_timer(J, s, t, cur_start, slots);
      }
      continue;
    }
    mtimer *t;
    while ((t = L->head.next) != &L->head) {
      if (now - t->start < L->msecs)
        break;
      unlink_timer(s, t);
      cur_start = (t->flags & F_REPEAT) ? fresh_now(s) : 0;
      js_getindex(J, slots, 3 * t->idx); /* keeps t's object alive */
      int n = push_call(J, t, slots);
      cur = t;
      js_call(J, n);
      js_pop(J, 2); /* result, object */
      mukjs_run_ticks(J);
      cur = NULL;
      after_timer(J, s, t, cur_start, slots);
    }
    js_endtry(J);
    break;
  }
  js_pop(J, 1);
  L->busy = 0;
  if (L->count)
    list_arm(s, L);
}

/* ---- argument handling ---------------------------------------------------*/

/* Call hooks.NAME(value at idx) (set by internal/timers.js); exceptions
 * propagate. */
static void call_hook(js_State *J, const char *name, int idx) {
  idx = idx < 0 ? js_gettop(J) + idx : idx;
  js_getregistry(J, REG_SLOTS);
  js_getindex(J, -1, SLOT_HOOKS);
  js_remove(J, -2);
  js_getproperty(J, -1, name);
  js_rot2(J);
  js_copy(J, idx);
  js_call(J, 1);
  js_pop(J, 1);
}

static void check_callback(js_State *J) {
  if (!js_iscallable(J, 1)) {
    call_hook(J, "invalidCallback", 1); /* throws ERR_INVALID_ARG_TYPE */
    js_typeerror(J, "The \"callback\" argument must be of type function");
  }
}

/* ---- setTimeout / setInterval / clearTimeout ------------------------------*/

static void set_timer(js_State *J, int repeat) {
  timers_state *s = state(J);
  check_callback(J);
  double after = js_tonumber(J, 2); /* after *= 1 */
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      js_pushnumber(J, after);
      call_hook(J, "overflowWarning", -1);
      js_pop(J, 1);
    }
    after = 1;
  }
  int argend = js_gettop(J);
  int slots = push_slots(J);
  mtimer *t = alloc_timer(J, s, &get_list(J, s, after)->ba, slots);
  t->after = after;
  t->flags = F_REFED | (repeat ? F_REPEAT : 0);
  push_object(J, t, 1, 3, argend, slots);
  link_timer(J, s, t, fresh_now(s));
}

static void t_setTimeout(js_State *J) { set_timer(J, 0); }
static void t_setInterval(js_State *J) { set_timer(J, 1); }

static mtimer *this_timer(js_State *J, const char *tag) {
  if (!js_isuserdata(J, 0, tag))
    js_typeerror(J, "Illegal invocation (not a %s)", tag);
  return js_touserdata(J, 0, tag);
}

/* A number or string from valueOf(): the known timer, pushed, or NULL. */
static mtimer *known_timer(js_State *J, int idx, const char *tag) {
  js_getregistry(J, REG_KNOWN);
  js_getproperty(J, -1, js_tostring(J, idx));
  js_remove(J, -2);
  if (js_isuserdata(J, -1, tag))
    return js_touserdata(J, -1, tag);
  js_pop(J, 1);
  return NULL;
}

static void clear_timeout(js_State *J, mtimer *t) {
  t->flags |= F_CLEARED;
  if (t->flags & F_DESTROYED)
    return;
  destroy_timer(J, state(J), t, push_slots(J));
  js_pop(J, 1);
}

static void t_clearTimeout(js_State *J) {
  if (js_isuserdata(J, 1, TAG_T)) {
    clear_timeout(J, js_touserdata(J, 1, TAG_T));
  } else if (js_isnumber(J, 1) || js_isstring(J, 1)) {
    mtimer *t = known_timer(J, 1, TAG_T);
    if (t)
      clear_timeout(J, t);
  }
  js_pushundefined(J);
}

static void tp_ref(js_State *J) {
  mtimer *t = this_timer(J, TAG_T);
  if (!(t->flags & F_REFED)) {
    t->flags |= F_REFED;
    if (t->flags & F_LINKED && t->list->refs++ == 0)
      list_update_ref(t->list);
  }
  js_copy(J, 0);
}

static void tp_unref(js_State *J) {
  mtimer *t = this_timer(J, TAG_T);
  if (t->flags & F_REFED) {
    t->flags &= ~F_REFED;
    if (t->flags & F_LINKED && --t->list->refs == 0)
      list_update_ref(t->list);
  }
  js_copy(J, 0);
}

static void tp_hasRef(js_State *J) {
  js_pushboolean(J, this_timer(J, TAG_T)->flags & F_REFED);
}

/* Restart from now with the same duration; revives a timer that fired. */
static void tp_refresh(js_State *J) {
  timers_state *s = state(J);
  mtimer *t = this_timer(J, TAG_T);
  if (!(t->flags & F_CLEARED)) {
    if (t->flags & F_DESTROYED) {
      t->flags &= ~F_DESTROYED;
      int slots = push_slots(J);
      js_copy(J, 0);
      js_setindex(J, slots, 3 * t->idx);
      unpark_entries(J, t, 0, slots);
      js_pop(J, 1);
    }
    link_timer(J, s, t, fresh_now(s));
  }
  js_copy(J, 0);
}

static void tp_close(js_State *J) {
  clear_timeout(J, this_timer(J, TAG_T));
  js_copy(J, 0);
}

/* Node's [Symbol.toPrimitive]: the id, which clearTimeout() accepts. */
static void tp_valueOf(js_State *J) {
  mtimer *t = this_timer(J, TAG_T);
  if (!(t->flags & (F_KNOWN | F_DESTROYED))) {
    char buf[16];
    snprintf(buf, sizeof buf, "%u", t->id);
    js_getregistry(J, REG_KNOWN);
    js_copy(J, 0);
    js_setproperty(J, -2, buf);
    js_pop(J, 1);
    t->flags |= F_KNOWN;
  }
  js_pushnumber(J, t->id);
}

/* ---- setImmediate / clearImmediate ---------------------------------------*/

static void on_idle(uv_idle_t *h) { (void)h; }

/* While immediates are queued the idle handle keeps poll from blocking; the
 * check handle keeps the loop alive while a ref'ed one is queued. */
static void update_immediate_handles(timers_state *s) {
  if (s->imm_count > 0)
    uv_idle_start(&s->idle, on_idle);
  else
    uv_idle_stop(&s->idle);
  if (s->imm_refs > 0)
    uv_ref((uv_handle_t *)&s->check);
  else
    uv_unref((uv_handle_t *)&s->check);
}

/* Room for one more entry in the immediate ring. */
static int ring_reserve(timers_state *s) {
  if (s->rlen == s->rcap) {
    uint32_t ncap = s->rcap ? s->rcap * 2 : 64;
    uint32_t *nr = malloc(ncap * sizeof *nr);
    if (!nr)
      return -1;
    for (uint32_t k = 0; k < s->rlen; k++)
      nr[k] = s->ring[(s->rhead + k) & (s->rcap - 1)];
    free(s->ring);
    s->ring = nr;
    s->rcap = ncap;
    s->rhead = 0;
  }
  return 0;
}

static void t_setImmediate(js_State *J) {
  timers_state *s = state(J);
  check_callback(J);
  if (ring_reserve(s) < 0)
    js_error(J, "out of memory creating an immediate");
  int argend = js_gettop(J);
  int slots = push_slots(J);
  mtimer *t = alloc_timer(J, s, &s->imm_ba, slots);
  t->flags = F_IMM | F_REFED | F_QUEUED;
  push_object(J, t, 1, 2, argend, slots);
  s->ring[(s->rhead + s->rlen++) & (s->rcap - 1)] = t->idx;
  s->imm_count++;
  s->imm_refs++;
  if (s->imm_count == 1 || s->imm_refs == 1)
    update_immediate_handles(s);
}

static void t_clearImmediate(js_State *J) {
  timers_state *s = state(J);
  if (js_isuserdata(J, 1, TAG_I)) {
    mtimer *t = js_touserdata(J, 1, TAG_I);
    if (!(t->flags & F_DESTROYED)) {
      /* stays in the ring (skipped there) until the check phase */
      t->flags |= F_DESTROYED | F_CLEARED;
      s->imm_count--;
      if (t->flags & F_REFED)
        s->imm_refs--;
      t->flags &= ~F_REFED;
      update_immediate_handles(s);
    }
  }
  js_pushundefined(J);
}

static void ip_ref(js_State *J) {
  timers_state *s = state(J);
  mtimer *t = this_timer(J, TAG_I);
  if (!(t->flags & (F_REFED | F_DESTROYED))) {
    t->flags |= F_REFED;
    if (s->imm_refs++ == 0)
      update_immediate_handles(s);
  }
  js_copy(J, 0);
}

static void ip_unref(js_State *J) {
  timers_state *s = state(J);
  mtimer *t = this_timer(J, TAG_I);
  if ((t->flags & (F_REFED | F_DESTROYED)) == F_REFED) {
    t->flags &= ~F_REFED;
    if (--s->imm_refs == 0)
      update_immediate_handles(s);
  }
  js_copy(J, 0);
}

static void ip_hasRef(js_State *J) {
  js_pushboolean(J, this_timer(J, TAG_I)->flags & F_REFED);
}

/* Check phase: run the immediates queued before it started (Node's
 * processImmediate); those queued meanwhile wait for the next iteration. */
static void on_check(uv_check_t *h) {
  js_State *J = h->data;
  timers_state *s = state(J);
  uint32_t n = s->rlen;
  if (!n)
    return;
  int slots = push_slots(J);
  while (n--) {
    mtimer *t = at(s, s->ring[s->rhead]);
    s->rhead = (s->rhead + 1) & (s->rcap - 1);
    s->rlen--;
    t->flags &= ~F_QUEUED;
    if (t->flags & F_DESTROYED) {
      park_and_release(J, t, slots);
      continue;
    }
    t->flags |= F_DESTROYED;
    s->imm_count--;
    if (t->flags & F_REFED)
      s->imm_refs--;
    t->flags &= ~F_REFED;
    js_getindex(J, slots, 3 * t->idx); /* keeps the object alive */
    int nargs = push_call(J, t, slots);
    js_pushundefined(J);
    js_setindex(J, slots, 3 * t->idx);
    mukjs_call_protected(J, nargs);
    park_entries(J, t, -1, slots);
    js_pop(J, 1);
    mukjs_run_ticks(J);
  }
  js_pop(J, 1);
  update_immediate_handles(s);
}

/* ---- properties Node code reads (_onTimeout, _idleTimeout, ...) ----------*/

static void t_info(js_State *J) {
  /* info(obj) -> [kind, callback, args, idleTimeout, repeat, destroyed] for
   * the JS side's accessors; undefined for anything else. */
  mtimer *t = NULL;
  if (js_isuserdata(J, 1, TAG_T))
    t = js_touserdata(J, 1, TAG_T);
  else if (js_isuserdata(J, 1, TAG_I))
    t = js_touserdata(J, 1, TAG_I);
  if (!t) {
    js_pushundefined(J);
    return;
  }
  js_newarray(J);
  js_pushstring(J, (t->flags & F_IMM) ? TAG_I : TAG_T);
  js_setindex(J, -2, 0);
  js_getregistry(J, REG_SLOTS);
  if (t->flags & F_CLEARED || (t->flags & (F_IMM | F_PARKED)) == (F_IMM | F_PARKED))
    js_pushnull(J); /* Node's _onImmediate is null once it ran */
  else if (t->flags & F_PARKED)
    js_getproperty(J, 1, KEY_CB);
  else
    js_getindex(J, -1, 3 * t->idx + 1);
  js_setindex(J, -3, 1);
  if (!(t->flags & F_ARGS))
    js_pushundefined(J);
  else if (t->flags & F_PARKED)
    js_getproperty(J, 1, KEY_ARGS);
  else
    js_getindex(J, -1, 3 * t->idx + 2);
  js_setindex(J, -3, 2);
  js_pop(J, 1);
  js_pushnumber(J, (t->flags & F_CLEARED) ? -1 : t->after);
  js_setindex(J, -2, 3);
  if (t->flags & F_REPEAT)
    js_pushnumber(J, t->after);
  else
    js_pushnull(J);
  js_setindex(J, -2, 4);
  js_pushboolean(J, t->flags & F_DESTROYED);
  js_setindex(J, -2, 5);
}

/* setup(hooks): hooks.invalidCallback(value) throws Node's
 * ERR_INVALID_ARG_TYPE; hooks.overflowWarning(ms) emits the
 * TimeoutOverflowWarning. */
static void t_setup(js_State *J) {
  js_getregistry(J, REG_SLOTS);
  js_copy(J, 1);
  js_setindex(J, -2, SLOT_HOOKS);
  js_pushundefined(J);
}

static void add_fn(js_State *J, const char *name, js_CFunction fn, int n) {
  js_newcfunction(J, fn, name, n);
  js_setproperty(J, -2, name);
}

static const mukjs_fn timers_fns[] = {
    {"setTimeout", t_setTimeout, 2},
    {"setInterval", t_setInterval, 2},
    {"clearTimeout", t_clearTimeout, 1},
    {"setImmediate", t_setImmediate, 1},
    {"clearImmediate", t_clearImmediate, 1},
    {"setup", t_setup, 1},
    {"info", t_info, 1},
    {NULL},
};

static void timers_props(js_State *J) {
  js_getregistry(J, REG_SLOTS);
  js_getindex(J, -1, SLOT_TPROTO);
  js_setproperty(J, -3, "timeoutPrototype");
  js_getindex(J, -1, SLOT_IPROTO);
  js_setproperty(J, -3, "immediatePrototype");
  js_pop(J, 1);
}

static void timers_init(js_State *J) {
  timers_state *s = calloc(1, sizeof *s);
  if (!s)
    abort();
  s->J = J;
  s->loop = mukjs_loop(J);
  s->lcap = 16;
  s->ltab = calloc(s->lcap, sizeof *s->ltab);
  if (!s->ltab)
    abort();
  *mukjs_slot(J, MUKJS_SLOT_TIMERS) = s;
  uv_check_init(s->loop, &s->check);
  s->check.data = J;
  uv_check_start(&s->check, on_check);
  uv_unref((uv_handle_t *)&s->check);
  uv_idle_init(s->loop, &s->idle);
  uv_unref((uv_handle_t *)&s->idle);

  js_newobject(J);
  js_setregistry(J, REG_KNOWN);

  js_newarray(J);
  js_newobject(J);
  add_fn(J, "ref", tp_ref, 0);
  add_fn(J, "unref", tp_unref, 0);
  add_fn(J, "hasRef", tp_hasRef, 0);
  add_fn(J, "refresh", tp_refresh, 0);
  add_fn(J, "close", tp_close, 0);
  add_fn(J, "valueOf", tp_valueOf, 0);
  js_setindex(J, -2, SLOT_TPROTO);
  js_newobject(J);
  add_fn(J, "ref", ip_ref, 0);
  add_fn(J, "unref", ip_unref, 0);
  add_fn(J, "hasRef", ip_hasRef, 0);
  js_setindex(J, -2, SLOT_IPROTO);
  js_pushundefined(J); /* hooks, from setup() */
  js_setindex(J, -2, SLOT_HOOKS);
  js_setregistry(J, REG_SLOTS);
  s->nblocks = 1; /* block 0 holds the entries above, never timers */
}

static void on_static_closed(uv_handle_t *h) { (void)h; }

static void timers_free(js_State *J) {
  timers_state *s = state(J);
  if (!s)
    return;
  for (uint32_t i = 0; i < s->lcap; i++)
    if (s->ltab[i])
      uv_close((uv_handle_t *)&s->ltab[i]->h, list_closed);
  uv_close((uv_handle_t *)&s->check, on_static_closed);
  uv_close((uv_handle_t *)&s->idle, on_static_closed);
  uv_run(s->loop, UV_RUN_NOWAIT);
  /* The objects are finalized later, by js_freestate: with the slot cleared
   * their finalizer does nothing. */
  *mukjs_slot(J, MUKJS_SLOT_TIMERS) = NULL;
  for (uint32_t c = 0; c < s->nchunks; c++)
    free(s->chunks[c]);
  free(s->chunks);
  free(s->blive);
  free(s->bfree);
  free(s->pending);
  free(s->ltab);
  free(s->ring);
  free(s);
}

const mukjs_binding mukjs_binding_timers = {
    .name = "timers",
    .fns = timers_fns,
    .props = timers_props,
    .init = timers_init,
    .free = timers_free,
};
