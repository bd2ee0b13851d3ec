/* sync.c — muk_call_sync: send one request and block the calling thread
 * until its reply. The message carries MUK_F_SYNC and points at a waiter on
 * the caller's stack; muk_reply (kernel.c) sees the flag and hands the reply
 * to muk__sync_complete instead of queueing it for the loop, so the reply
 * never touches the completion queue and no callback runs.
 *
 * Only POOL and IOLOOP services can answer while the loop thread is blocked:
 * an INLINE service needs the very loop we would block. The remote proxy is
 * the exception: transport_nn.c answers sync calls on a socket of their own
 * (muk__remote_call_sync), and so does a balancer over several of them
 * (muk__multi_call_sync); other INLINE services get UV_ENOTSUP.
 *
 * A POOL service with MUK_SVC_CALLER_SYNC declares its handlers safe to run
 * anywhere: its sync requests run right here (muk__pool_call_here).
 *
 * A sync request is submitted directly, past the service's window and its
 * backlog (kernel.c): the backlog moves only as replies are delivered on
 * the loop thread this call blocks. It takes no slot, and waits in the
 * pool's queue behind at most `window` requests the workers can finish
 * without the loop. */
#include "kernel_internal.h"

typedef struct muk__sync_waiter {
  uv_mutex_t mu;
  uv_cond_t cond;
  int done;
} muk__sync_waiter;

void muk__sync_complete(muk_msg *m) {
  muk__sync_waiter *w = m->ud;
  if (!w) /* answered on the caller's own thread (muk__pool_call_here) */
    return;
  uv_mutex_lock(&w->mu);
  w->done = 1;
  uv_cond_signal(&w->cond);
  /* The waiter may return (and its stack frame vanish) as soon as we
   * unlock: touch nothing of it afterwards. */
  uv_mutex_unlock(&w->mu);
}

int muk_call_sync(muk_kernel *k, muk_msg *m) {
  muk__sync_waiter w;
  muk_service *svc = muk_service_get(k, m->service);
  int r;

  m->k = k;
  m->id = ++k->next_id;
  m->status = 0;
  m->flags &= ~(uint32_t)(MUK_F_REPLY | MUK_F_EVENT | MUK__F_WINDOW);
  m->next = NULL;
  if (!svc)
    return m->status = MUK_ENOSERVICE;
  if (k->closing)
    return m->status = MUK_ECANCELED;
  if (m->op >= svc->def->nops)
    return m->status = MUK_ENOOP;
  if (m->deadline_ms == 0)
    m->deadline_ms = uv_now(k->loop) + k->default_deadline_ms;
  uint64_t t0 = muk__stats_clock(svc, k->loop);
  if (svc->def->exec == MUK_EXEC_INLINE) { /* see the comment at the top */
    r = svc->multi ? muk__multi_call_sync(svc, m) : muk__remote_call_sync(svc, m);
    if (r == UV_ENOTSUP)
      return m->status = r;
    svc->requests++;
    svc->replies++;
    if (r < 0)
      svc->errors++;
    muk__stats_done(svc, r, t0);
    return m->status = r;
  }
  if (svc->def->exec == MUK_EXEC_POOL && (svc->def->flags & MUK_SVC_CALLER_SYNC)) {
    m->cb = NULL;
    m->ud = NULL;
    m->flags |= MUK_F_SYNC;
    svc->requests++;
    r = muk__pool_call_here(svc, m);
    m->flags &= ~(uint32_t)MUK_F_SYNC;
    svc->replies++;
    if (r < 0)
      svc->errors++;
    muk__stats_done(svc, r, t0);
    return m->status = r;
  }
  if ((r = uv_mutex_init(&w.mu)) != 0)
    return m->status = r;
  if ((r = uv_cond_init(&w.cond)) != 0) {
    uv_mutex_destroy(&w.mu);
    return m->status = r;
  }
  w.done = 0;
  m->cb = NULL;
  m->ud = &w;
  m->flags |= MUK_F_SYNC;
  svc->requests++;
  svc->ops->submit(svc, m, m, 1);
  uv_mutex_lock(&w.mu);
  while (!w.done)
    uv_cond_wait(&w.cond, &w.mu);
  uv_mutex_unlock(&w.mu);
  uv_cond_destroy(&w.cond);
  uv_mutex_destroy(&w.mu);
  m->flags &= ~(uint32_t)MUK_F_SYNC;
  m->ud = NULL;
  svc->replies++;
  if (m->status < 0)
    svc->errors++;
  muk__stats_done(svc, m->status, t0);
  return m->status;
}
