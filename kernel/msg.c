/* msg.c — the message: typed arguments in an inline arena (spilling to the
 * heap when it is full), the payload and its ownership, and the kernel's
 * free list that keeps muk_msg_new/muk_msg_free off malloc. */
#include <stdlib.h>
#include <string.h>

#include "kernel_internal.h"

/* A spilled argument block: header, then the bytes. Blocks form a list
 * headed by m->heap_args and are freed with the message or on reset. */
typedef struct muk__spill {
  struct muk__spill *next;
  max_align_t align[];
} muk__spill;

void muk__msg_init(muk_msg *m, muk_kernel *k) {
  m->service = 0;
  m->op = 0;
  m->id = 0;
  m->status = 0;
  m->flags = 0;
  m->nargs = 0;
  m->payload.data = NULL;
  m->payload.len = 0;
  m->payload.free = NULL;
  m->payload.ud = NULL;
  m->cb = NULL;
  m->ud = NULL;
  m->tag = 0;
  m->done_count = NULL;
  m->done_add = 0;
  m->reply_max = 0;
  m->k = k;
  m->next = NULL;
  m->deadline_ms = 0;
  m->arena_used = 0;
  m->heap_args = NULL;
}

uint64_t muk_msg_reply_max(const muk_msg *m) {
  return m->reply_max ? m->reply_max : MUK_REPLY_MAX_DEFAULT;
}

static void spill_free(muk_msg *m) {
  muk__spill *s = m->heap_args, *next;
  for (; s; s = next) {
    next = s->next;
    free(s);
  }
  m->heap_args = NULL;
}

static void payload_release(muk_msg *m) {
  if (m->payload.free)
    m->payload.free(m->payload.data, m->payload.ud);
  m->payload.data = NULL;
  m->payload.len = 0;
  m->payload.free = NULL;
  m->payload.ud = NULL;
}

void muk__msg_release(muk_msg *m) {
  payload_release(m);
  if (m->heap_args)
    spill_free(m);
  m->nargs = 0;
  m->arena_used = 0;
}

muk_msg *muk_msg_new(muk_kernel *k) {
  muk_msg *m = k->free;
  if (m) {
    k->free = m->next;
    k->nfree--;
  } else {
    m = malloc(sizeof(*m));
    if (!m)
      return NULL;
  }
  muk__msg_init(m, k);
  return m;
}

muk_msg *muk_service_msg_new(muk_service *svc) {
  /* An INLINE service's events (a socket's data) come from the loop
   * thread: from the free list, where the loop thread returns them. Off
   * the loop thread from the thread's own cache (below) or malloc; the
   * message joins the kernel's free list when the loop thread frees it. */
  muk_msg *m;
  if (muk__on_loop_thread(svc->k)) {
    if ((m = muk_msg_new(svc->k)))
      m->service = svc->id;
    return m;
  }
  if ((m = muk__tls_msgs) != NULL) { /* an I/O thread's own cache */
    muk__tls_msgs = m->next;
    muk__tls_nmsgs--;
  } else if (!(m = malloc(sizeof(*m)))) {
    return NULL;
  }
  muk__msg_init(m, svc->k);
  m->service = svc->id;
  return m;
}

/* Messages freed on a thread that opted in (muk__tls_cache_on: an IOLOOP
 * service's thread) wait here for its next muk_service_msg_new: a quiet
 * request freed after its work becomes the next event without a trip
 * through malloc. */
_Thread_local muk_msg *muk__tls_msgs;
_Thread_local uint32_t muk__tls_nmsgs;
_Thread_local int muk__tls_cache_on;

void muk__tls_cache_drain(void) {
  muk_msg *m, *next;
  for (m = muk__tls_msgs; m; m = next) {
    next = m->next;
    free(m);
  }
  muk__tls_msgs = NULL;
  muk__tls_nmsgs = 0;
  muk__tls_cache_on = 0;
}

void muk_msg_free(muk_msg *m) {
  muk_kernel *k;
  if (!m)
    return;
  muk__msg_release(m);
  k = m->k;
  if (k && muk__on_loop_thread(k) && k->nfree < MUK__FREELIST_MAX) {
    m->next = k->free;
    k->free = m;
    k->nfree++;
    return;
  }
  if (muk__tls_cache_on && muk__tls_nmsgs < MUK__TLS_MSGS_MAX) {
    m->next = muk__tls_msgs;
    muk__tls_msgs = m;
    muk__tls_nmsgs++;
    return;
  }
  free(m);
}

void muk__freelist_drain(muk_kernel *k) {
  muk_msg *m, *next;
  for (m = k->free; m; m = next) {
    next = m->next;
    free(m);
  }
  k->free = NULL;
  k->nfree = 0;
}

/* ---- arguments ---- */

static void *arg_alloc(muk_msg *m, size_t n) {
  muk__spill *s;
  if (n <= MUK_INLINE_ARGBYTES - m->arena_used) {
    void *p = m->arena + m->arena_used;
    m->arena_used += (uint32_t)n;
    return p;
  }
  s = malloc(sizeof(*s) + n);
  if (!s)
    return NULL;
  s->next = m->heap_args;
  m->heap_args = s;
  return s->align;
}

int muk_msg_add_i64(muk_msg *m, int64_t v) {
  muk_arg *a;
  if (m->nargs >= MUK_MAX_ARGS)
    return MUK_EBADMSG;
  a = &m->args[m->nargs++];
  a->type = MUK_T_I64;
  a->len = 0;
  a->v.i = v;
  return 0;
}

int muk_msg_add_f64(muk_msg *m, double v) {
  muk_arg *a;
  if (m->nargs >= MUK_MAX_ARGS)
    return MUK_EBADMSG;
  a = &m->args[m->nargs++];
  a->type = MUK_T_F64;
  a->len = 0;
  a->v.f = v;
  return 0;
}

static int add_blob(muk_msg *m, uint8_t type, const void *b, size_t len) {
  muk_arg *a;
  uint8_t *p;
  size_t extra = type == MUK_T_STR;
  if (m->nargs >= MUK_MAX_ARGS || len > UINT32_MAX - 1)
    return MUK_EBADMSG;
  if (len && !b)
    return MUK_EBADMSG;
  p = arg_alloc(m, len + extra);
  if (!p)
    return UV_ENOMEM;
  if (len)
    memcpy(p, b, len);
  if (extra)
    p[len] = '\0';
  a = &m->args[m->nargs++];
  a->type = type;
  a->len = (uint32_t)len;
  a->v.b = p;
  return 0;
}

int muk_msg_add_str(muk_msg *m, const char *s, size_t len) {
  return add_blob(m, MUK_T_STR, s, len);
}

int muk_msg_add_bytes(muk_msg *m, const void *b, size_t len) {
  return add_blob(m, MUK_T_BYTES, b, len);
}

void muk_msg_reset_args(muk_msg *m) {
  if (m->heap_args)
    spill_free(m);
  m->nargs = 0;
  m->arena_used = 0;
}

/* ---- payload ---- */

void muk_msg_set_payload(muk_msg *m, void *data, size_t len, muk_free_fn fn,
                         void *ud) {
  payload_release(m);
  m->payload.data = data;
  m->payload.len = len;
  m->payload.free = fn;
  m->payload.ud = ud;
}

uint8_t *muk_msg_take_payload(muk_msg *m, size_t *len, muk_free_fn *fn,
                              void **ud) {
  uint8_t *d = m->payload.data;
  if (len)
    *len = m->payload.len;
  if (fn)
    *fn = m->payload.free;
  if (ud)
    *ud = m->payload.ud;
  m->payload.data = NULL;
  m->payload.len = 0;
  m->payload.free = NULL;
  m->payload.ud = NULL;
  return d;
}

/* ---- getters ---- */

static const muk_arg *arg_of(const muk_msg *m, uint32_t i, uint8_t type) {
  if (i >= m->nargs || m->args[i].type != type)
    return NULL;
  return &m->args[i];
}

int muk_msg_i64(const muk_msg *m, uint32_t i, int64_t *out) {
  const muk_arg *a = arg_of(m, i, MUK_T_I64);
  if (!a)
    return MUK_EBADMSG;
  *out = a->v.i;
  return 0;
}

int muk_msg_f64(const muk_msg *m, uint32_t i, double *out) {
  const muk_arg *a = arg_of(m, i, MUK_T_F64);
  if (!a)
    return MUK_EBADMSG;
  *out = a->v.f;
  return 0;
}

int muk_msg_str(const muk_msg *m, uint32_t i, const char **s, size_t *len) {
  const muk_arg *a = arg_of(m, i, MUK_T_STR);
  if (!a)
    return MUK_EBADMSG;
  *s = a->v.s;
  if (len)
    *len = a->len;
  return 0;
}

int muk_msg_bytes(const muk_msg *m, uint32_t i, const uint8_t **b,
                  size_t *len) {
  const muk_arg *a = arg_of(m, i, MUK_T_BYTES);
  if (!a)
    return MUK_EBADMSG;
  *b = a->v.b;
  if (len)
    *len = a->len;
  return 0;
}
