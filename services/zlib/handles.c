/* handles.c — the zlib module's table of stream contexts, shared by every
 * thread of the service. A handle is (generation << 32 | slot + 1), so a
 * stale handle of a reused slot is refused. A context serves one request
 * at a time (zh_take fails with UV_EBUSY meanwhile); FREE during a request
 * frees it when that request gives it back. */
#include <pthread.h>
#include <stdlib.h>

#include "handles.h"

typedef struct slot {
  zcodec *c;
  uint32_t gen;
  uint8_t live, busy, dropped;
} slot;

struct zhandles {
  pthread_mutex_t mu;
  slot *slots;
  uint32_t n, cap, live;
  uint32_t *free_list;
  uint32_t nfree;
};

zhandles *zh_new(void) {
  zhandles *t = calloc(1, sizeof *t);
  if (t && pthread_mutex_init(&t->mu, NULL) != 0) {
    free(t);
    t = NULL;
  }
  return t;
}

void zh_free(zhandles *t) {
  for (uint32_t i = 0; i < t->n; i++)
    if (t->slots[i].live)
      t->slots[i].c->ops->destroy(t->slots[i].c);
  pthread_mutex_destroy(&t->mu);
  free(t->slots);
  free(t->free_list);
  free(t);
}

int64_t zh_put(zhandles *t, zcodec *c) {
  int64_t h = UV_ENOMEM;
  pthread_mutex_lock(&t->mu);
  if (t->live >= ZLIB_MAX_HANDLES) {
    h = UV_EMFILE;
    goto out;
  }
  uint32_t i;
  if (t->nfree) {
    i = t->free_list[--t->nfree];
  } else {
    if (t->n == t->cap) {
      uint32_t cap = t->cap ? t->cap * 2 : 64;
      slot *ns = realloc(t->slots, cap * sizeof *ns);
      if (!ns)
        goto out;
      t->slots = ns;
      uint32_t *nf = realloc(t->free_list, cap * sizeof *nf);
      if (!nf)
        goto out;
      t->free_list = nf;
      t->cap = cap;
    }
    i = t->n++;
    t->slots[i].gen = 0;
  }
  slot *s = &t->slots[i];
  /* 20 bits of generation: a handle stays below 2^53, exact in JS */
  s->gen = (s->gen + 1) & 0xfffff;
  if (!s->gen)
    s->gen = 1;
  s->c = c;
  s->live = 1;
  s->busy = s->dropped = 0;
  t->live++;
  h = (int64_t)((uint64_t)s->gen << 32 | (i + 1));
out:
  pthread_mutex_unlock(&t->mu);
  return h;
}

static slot *find(zhandles *t, int64_t h) {
  uint32_t i = (uint32_t)(h & 0xffffffff);
  if (h <= 0 || i == 0 || i > t->n)
    return NULL;
  slot *s = &t->slots[i - 1];
  return s->live && !s->dropped && s->gen == (uint32_t)((uint64_t)h >> 32) ? s : NULL;
}

static void vacate(zhandles *t, slot *s) {
  s->live = 0;
  s->c = NULL;
  t->live--;
  t->free_list[t->nfree++] = (uint32_t)(s - t->slots);
}

int zh_take(zhandles *t, int64_t h, zcodec **out) {
  int r = 0;
  pthread_mutex_lock(&t->mu);
  slot *s = find(t, h);
  if (!s)
    r = UV_EBADF;
  else if (s->busy)
    r = UV_EBUSY;
  else {
    s->busy = 1;
    *out = s->c;
  }
  pthread_mutex_unlock(&t->mu);
  return r;
}

void zh_give(zhandles *t, int64_t h) {
  zcodec *c = NULL;
  pthread_mutex_lock(&t->mu);
  slot *s = &t->slots[(h & 0xffffffff) - 1];
  s->busy = 0;
  if (s->dropped) {
    c = s->c;
    vacate(t, s);
  }
  pthread_mutex_unlock(&t->mu);
  if (c)
    c->ops->destroy(c);
}

int zh_drop(zhandles *t, int64_t h) {
  zcodec *c = NULL;
  pthread_mutex_lock(&t->mu);
  slot *s = find(t, h);
  if (!s) {
    pthread_mutex_unlock(&t->mu);
    return UV_EBADF;
  }
  if (s->busy) {
    s->dropped = 1;
  } else {
    c = s->c;
    vacate(t, s);
  }
  pthread_mutex_unlock(&t->mu);
  if (c)
    c->ops->destroy(c);
  return 0;
}
