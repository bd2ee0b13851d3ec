/* inline.c — MUK_EXEC_INLINE: handle() runs on the kernel's loop thread,
 * from the drain (never inside muk_send), with the kernel's loop as its
 * service loop. Remote services are INLINE proxies that forward the message
 * and reply when the peer answers. */
#include "kernel_internal.h"

static int inline_start(muk_service *svc) {
  const muk_service_def *def = svc->def;
  return def->init ? def->init(svc, &svc->state) : 0;
}

static void inline_submit(muk_service *svc, muk_msg *first, muk_msg *last,
                          uint32_t n) {
  muk_msg *m, *next;
  (void)last;
  (void)n;
  for (m = first; m; m = next) {
    next = m->next;
    m->next = NULL;
    muk__handle(svc, m);
  }
}

static void inline_stop(muk_service *svc) {
  /* fini answers the requests the service still holds. */
  if (svc->def->fini)
    svc->def->fini(svc, svc->state);
}

static uint64_t inline_queued(muk_service *svc) { return 0; }

static uv_loop_t *inline_loop(muk_service *svc) { return svc->k->loop; }

const muk__exec_ops muk__inline_ops = {
    .start = inline_start,
    .submit = inline_submit,
    .stop = inline_stop,
    .queued = inline_queued,
    .loop = inline_loop,
};
