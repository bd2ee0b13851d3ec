/* crypto_handles.c — the crypto service's table of service-side objects
 * (contexts, keys, certificates), shared by every thread of the service.
 * A handle is (generation << 32 | slot + 1): a stale handle of a reused
 * slot is refused, not confused with the new object. */
#include <pthread.h>
#include <stdlib.h>

#include "crypto_internal.h"

typedef struct slot {
  void *obj;
  crypto_free_fn fn;
  uint32_t gen;
  uint32_t uses; /* crypto_handle_use()s not yet released */
  int kind;      /* 0: free slot */
  int dropped;   /* FREE came while in use: freed at the last release */
} slot;

struct crypto_handles {
  pthread_mutex_t mu;
  slot *slots;
  uint32_t n, cap, live;
  uint32_t *free_list;
  uint32_t nfree;
};

crypto_handles *crypto_handles_new(void) {
  crypto_handles *t = calloc(1, sizeof *t);
  if (t && pthread_mutex_init(&t->mu, NULL) != 0) {
    free(t);
    t = NULL;
  }
  return t;
}

void crypto_handles_free(crypto_handles *t) {
  if (!t)
    return;
  for (uint32_t i = 0; i < t->n; i++)
    if (t->slots[i].kind && t->slots[i].fn)
      t->slots[i].fn(t->slots[i].obj);
  pthread_mutex_destroy(&t->mu);
  free(t->slots);
  free(t->free_list);
  free(t);
}

static slot *find(crypto_handles *t, int64_t h) {
  uint32_t i = (uint32_t)(h & 0xffffffff);
  if (h <= 0 || i == 0 || i > t->n)
    return NULL;
  slot *s = &t->slots[i - 1];
  return s->kind && !s->dropped && s->gen == (uint32_t)((uint64_t)h >> 32) ? s : NULL;
}

static int grow(crypto_handles *t) {
  uint32_t cap = t->cap ? t->cap * 2 : 64;
  slot *ns = realloc(t->slots, cap * sizeof *ns);
  if (!ns)
    return 0;
  t->slots = ns;
  uint32_t *nf = realloc(t->free_list, cap * sizeof *nf);
  if (!nf)
    return 0;
  t->free_list = nf;
  t->cap = cap;
  return 1;
}

int64_t crypto_handle_put(crypto_handles *t, int kind, void *obj, crypto_free_fn fn) {
  int64_t h;
  uint32_t i;
  pthread_mutex_lock(&t->mu);
  if (t->live >= CRYPTO_MAX_HANDLES) {
    pthread_mutex_unlock(&t->mu);
    return UV_EMFILE;
  }
  if (t->nfree) {
    i = t->free_list[--t->nfree];
  } else {
    if (t->n == t->cap && !grow(t)) {
      pthread_mutex_unlock(&t->mu);
      return UV_ENOMEM;
    }
    i = t->n++;
    t->slots[i].gen = 0;
  }
  slot *s = &t->slots[i];
  /* 20 bits of generation: a handle stays below 2^53, exact as a JS number */
  s->gen = (s->gen + 1) & 0xfffff;
  if (s->gen == 0)
    s->gen = 1;
  s->obj = obj;
  s->fn = fn;
  s->uses = 0;
  s->kind = kind;
  s->dropped = 0;
  t->live++;
  h = (int64_t)((uint64_t)s->gen << 32 | (i + 1));
  pthread_mutex_unlock(&t->mu);
  return h;
}

void *crypto_handle_use(crypto_handles *t, int64_t h, int kind) {
  void *obj = NULL;
  pthread_mutex_lock(&t->mu);
  slot *s = find(t, h);
  if (s && s->kind == kind) {
    s->uses++;
    obj = s->obj;
  }
  pthread_mutex_unlock(&t->mu);
  return obj;
}

/* Free slot s (locked); the object is freed by the caller, unlocked. */
static void vacate(crypto_handles *t, slot *s) {
  s->kind = 0;
  s->obj = NULL;
  t->live--;
  t->free_list[t->nfree++] = (uint32_t)(s - t->slots);
}

void crypto_handle_release(crypto_handles *t, int64_t h) {
  void *obj = NULL;
  crypto_free_fn fn = NULL;
  uint32_t i = (uint32_t)(h & 0xffffffff);
  pthread_mutex_lock(&t->mu);
  if (h > 0 && i >= 1 && i <= t->n) {
    slot *s = &t->slots[i - 1];
    if (s->kind && s->gen == (uint32_t)((uint64_t)h >> 32) && s->uses > 0 &&
        --s->uses == 0 && s->dropped) {
      obj = s->obj;
      fn = s->fn;
      vacate(t, s);
    }
  }
  pthread_mutex_unlock(&t->mu);
  if (fn)
    fn(obj);
}

int crypto_handle_drop(crypto_handles *t, int64_t h) {
  void *obj = NULL;
  crypto_free_fn fn = NULL;
  pthread_mutex_lock(&t->mu);
  slot *s = find(t, h);
  if (!s) {
    pthread_mutex_unlock(&t->mu);
    return UV_EBADF;
  }
  if (s->uses) {
    s->dropped = 1;
  } else {
    obj = s->obj;
    fn = s->fn;
    vacate(t, s);
  }
  pthread_mutex_unlock(&t->mu);
  if (fn)
    fn(obj);
  return 0;
}
