/* kernel_internal.h — the kernel's private structures, shared by the files
 * in kernel/. Nothing outside kernel/ may include it.
 *
 *   msg.c       message arguments, payload, free list
 *   errors.c    muk_strerror / muk_errname
 *   registry.c  services by name and id, ops, stats, built-in defs
 *   kernel.c    kernel lifecycle, muk_send, completion delivery (the drain)
 *   pool.c      MUK_EXEC_POOL: own queue + N worker threads per service
 *   ioloop.c    MUK_EXEC_IOLOOP: own thread + own uv loop per service
 *   inline.c    MUK_EXEC_INLINE: handle() on the kernel's loop thread
 */
#ifndef MUK_KERNEL_INTERNAL_H
#define MUK_KERNEL_INTERNAL_H

#include <stdint.h>

#include "muk.h"
#include "queue_internal.h"

/* Messages kept on a kernel's free list at most; beyond that they go back
 * to malloc. */
#define MUK__FREELIST_MAX 4096

/* Requests a POOL service is handed at once, from local async senders,
 * when muk_options.pool_window is 0 (see dispatch() in kernel.c). */
#define MUK__POOL_WINDOW_DEFAULT 1024

/* Kernel-private message flag (bits 16..31 are the kernel's, see muk.h):
 * the request holds a slot of its service's window until its reply is
 * delivered. Set by dispatch(), cleared by deliver() and muk_send(). */
#define MUK__F_WINDOW (1u << 16)

/* How an execution model runs a service. One table per model, chosen at
 * muk_register() time (the nng "ops table" shape). */
typedef struct muk__exec_ops {
  /* Start the service: run def->init where the model says, start threads.
   * Returns 0 or an error (the service is then not registered). */
  int (*start)(muk_service *svc);
  /* Hand over a batch of requests (a NULL-terminated FIFO chain of n
   * messages). Loop thread. */
  void (*submit)(muk_service *svc, muk_msg *first, muk_msg *last, uint32_t n);
  /* Stop: cancel queued requests (muk_reply(m, MUK_ECANCELED)), let running
   * handlers finish, run def->fini, join threads, free the model's state.
   * Loop thread, during muk_kernel_free. */
  void (*stop)(muk_service *svc);
  /* Requests queued and not yet handed to handle(). Any thread. */
  uint64_t (*queued)(muk_service *svc);
  /* The uv loop handle() runs on, or NULL (POOL). */
  uv_loop_t *(*loop)(muk_service *svc);
} muk__exec_ops;

extern const muk__exec_ops muk__pool_ops;
extern const muk__exec_ops muk__ioloop_ops;
extern const muk__exec_ops muk__inline_ops;

/* MUK_SVC_CALLER_SYNC: run m's handler on the calling (loop) thread, with
 * the caller's worker state (pool.c). m carries MUK_F_SYNC and no waiter;
 * returns m's status once the handler replied. */
int muk__pool_call_here(muk_service *svc, muk_msg *m);

/* A remote binding's link, kept by its transport (loop thread). */
typedef struct muk__link_stats {
  uint32_t remote, connected;
  uint64_t connects, disconnects, bytes_sent, bytes_received;
} muk__link_stats;

struct muk_service {
  muk_kernel *k;
  const muk_service_def *def; /* owned by whoever registered it */
  const muk__exec_ops *ops;
  uint32_t id;
  void *state;   /* def->init's result, muk_service_state() */
  void *impl;    /* the execution model's private state */

  /* loop thread only */
  muk__fifo pending;       /* sent, not yet handed to the model: this
                              turn's sends and the window's backlog */
  uint32_t npending;
  /* The window (POOL only; 0: none): at most `window` requests handed to
   * the model and not yet delivered back; `inwin` of them are now. */
  uint32_t window, inwin;
  muk_service *next_dirty; /* in k->dirty while pending is non-empty */
  int dirty;
  uint64_t requests, replies, errors;
  _Atomic uint64_t dropped;
  /* loop thread only (stats.c) */
  uint64_t in_flight;
  uint64_t lat[MUK_STATS_LAT_BUCKETS], lat_count, lat_sum_us;
  uint64_t lat_ms;     /* the loop's ms the budget below is for */
  uint32_t lat_budget; /* requests that may still be timed in it */
  int32_t err_code[MUK_STATS_CODES];
  uint64_t err_count[MUK_STATS_CODES], err_other;
  muk__link_stats link; /* a remote binding's (transport_nn.c) */
  /* several endpoints (transport_multi.c): the balancer's state, and on
   * each endpoint's proxy the balancer its events go to */
  void *multi;
  muk_service *parent;
};

struct muk_kernel {
  uv_loop_t *loop;
  uv_loop_t own_loop;
  int owns_loop;
  uv_thread_t loop_tid; /* the thread that runs the loop */

  /* Completion delivery. `done` receives replies and events from any
   * thread and one uv_async wakes the loop; `local` receives those produced
   * on the loop thread itself (INLINE services, errors found by muk_send),
   * which need no wakeup because the prepare handle drains before the loop
   * blocks. */
  uv_async_t async;
  uv_prepare_t prepare;
  /* Other threads wake the loop for replies and events through their own
   * eventfd (a pipe elsewhere) watched by `wake_poll`, not through `async`:
   * libuv 1.44's async callback spins until the sender has returned from
   * its write(), which on a busy machine cost the loop thread ~10% of a
   * noop round trip. `wake_sent` is 1 from the write until the loop reads
   * it, so a burst of producers writes once. */
  uv_poll_t wake_poll;
  int wake_fd[2]; /* [0] read end, [1] write end (the same fd for eventfd) */
  atomic_int wake_sent;
  muk__mpsc done;
  muk__fifo local;
  muk_service *dirty; /* services with pending sends */
  int in_drain;
  /* 1 while the loop thread is inside the drain and will look at `done`
   * again before it leaves: producers then skip the uv_async_send (an
   * eventfd write and, often, a wakeup of a loop that is awake anyway). */
  atomic_int draining;
  /* References that keep the loop alive besides requests in flight
   * (muk_kernel_ref/unref, e.g. a listening socket on an IOLOOP service
   * whose events the script waits for). Any thread. */
  atomic_uint refs;
  int async_ref;   /* async is ref'd while requests are in flight */
  int closing;     /* muk_kernel_free in progress */
  muk_policy *policy; /* NULL: everything allowed (muk_set_policy) */
  uint64_t inflight;
  uint64_t next_id;

  /* registry */
  muk_service **svcs;
  uint32_t nsvcs, capsvcs;

  /* message free list (loop thread) */
  muk_msg *free;
  uint32_t nfree;

  muk_event_cb event_cb;
  void *event_ud;
  uint32_t default_deadline_ms;
  uint32_t pool_window; /* muk_options.pool_window, defaulted */
};

/* ---- msg.c ---- */
/* Per-thread message cache of an IOLOOP service's thread (msg.c):
 * muk_msg_free off the loop thread keeps up to MUK__TLS_MSGS_MAX messages
 * there when muk__tls_cache_on, muk_service_msg_new takes them back. The
 * thread calls muk__tls_cache_drain() before it exits. */
#define MUK__TLS_MSGS_MAX 256
extern _Thread_local muk_msg *muk__tls_msgs;
extern _Thread_local uint32_t muk__tls_nmsgs;
extern _Thread_local int muk__tls_cache_on;
void muk__tls_cache_drain(void);
/* Initialise the header of a fresh or recycled message. */
void muk__msg_init(muk_msg *m, muk_kernel *k);
/* Release payload and spilled arguments (not the message itself). */
void muk__msg_release(muk_msg *m);
/* Free every message on the kernel's free list. */
void muk__freelist_drain(muk_kernel *k);

/* ---- kernel.c ---- */
static inline int muk__on_loop_thread(const muk_kernel *k) {
  uv_thread_t self = uv_thread_self();
  return uv_thread_equal(&self, &k->loop_tid);
}
/* Deliver everything that is ready: hand pending sends to services and run
 * reply callbacks / the event handler until no work is left (bounded).
 * Loop thread. */
void muk__drain(muk_kernel *k);

/* Replies a pool worker collects while it handles one batch of requests,
 * handed to the kernel with one push (and at most one wakeup). muk_reply
 * appends to the calling thread's batch when one is open for the message's
 * kernel. The chain is kept newest first, the order `done` expects. */
typedef struct muk__reply_batch {
  muk_kernel *k;
  muk_msg *newest, *oldest;
  uint32_t n;
} muk__reply_batch;
extern _Thread_local muk__reply_batch *muk__tls_batch;
/* Push a batch's replies to its kernel and empty it. Any thread. */
void muk__batch_flush(muk__reply_batch *b);

/* ---- sync.c ---- */
/* muk_reply of a MUK_F_SYNC message: wake the thread in muk_call_sync. */
void muk__sync_complete(muk_msg *m);
/* ---- transport_nn.c ---- */
/* muk_call_sync on a remote proxy: blocks on a socket of its own until the
 * reply, the deadline or the peer's death. UV_ENOTSUP when svc is not a
 * remote proxy (or the transport is not built in). */
int muk__remote_call_sync(muk_service *svc, muk_msg *m);

/* ---- transport_multi.c ---- */
/* A comma-separated URL list: the balancer NAME over proxies NAME@1... */
int muk__register_multi(muk_kernel *k, const char *name, const char *urls,
                        const muk_service_def *schema, const muk_remote_opts *o);
/* muk_call_sync on a balancer; UV_ENOTSUP when svc is not one. */
int muk__multi_call_sync(muk_service *svc, muk_msg *m);
/* An event of an endpoint's proxy (child->parent is set) being delivered.
 * Loop thread. */
void muk__multi_event(muk_service *parent, muk_service *child, muk_msg *m);
/* A balancer's link and endpoint fields of its stats. */
void muk__multi_stats(muk_service *svc, muk_service_stats *st);

/* ---- wire.c ---- */
/* A request whose payload is still a zstd frame (MUK_F_WIRE_ZSTD, left by
 * muk_wire_apply_deferred in a host): decompress it in place. The worker
 * that will handle the request calls this right before handle(), so the
 * host's loop never decompresses. 0 or MUK_EBADMSG (the payload is then
 * dropped). Any thread that owns m. */
int muk__wire_inflate(muk_msg *m);
/* Every execution model calls a handler through this. */
static inline void muk__handle(muk_service *svc, muk_msg *m) {
  if (__builtin_expect((m->flags & MUK_F_WIRE_ZSTD) != 0, 0)) {
    int rc = muk__wire_inflate(m);
    if (rc) {
      muk_reply(m, rc);
      return;
    }
  }
  svc->def->handle(svc, m);
}

/* ---- registry.c ---- */
/* Free every service's record (after all have been stopped). */
void muk__registry_free(muk_kernel *k);

/* ---- for transports (kernel/transport_nn.c) ---- */
/* Count n malformed or unauthenticated messages dropped for a service. Any
 * thread. */
static inline void muk__service_dropped(muk_service *svc, uint64_t n) {
  atomic_fetch_add_explicit(&svc->dropped, n, memory_order_relaxed);
}
/* A request of svc sent at t0_ns (uv_hrtime; 0: not timed) is answered
 * with status: latency and errors by code (stats.c). Loop thread. */
void muk__stats_done(muk_service *svc, int32_t status, uint64_t t0_ns);
/* The send time of a request to svc for muk__stats_done, or 0: at most
 * MUK__STATS_TIMED_PER_MS requests per loop millisecond are timed, so a
 * service doing millions a second pays for few clock reads (each costs
 * about a tenth of a no-op round trip). Loop thread. */
#define MUK__STATS_TIMED_PER_MS 64
static inline uint64_t muk__stats_clock(muk_service *svc, uv_loop_t *loop) {
  uint64_t now = uv_now(loop);
  if (svc->lat_ms != now) {
    svc->lat_ms = now;
    svc->lat_budget = MUK__STATS_TIMED_PER_MS;
  }
  if (!svc->lat_budget) return 0;
  svc->lat_budget--;
  return uv_hrtime();
}
/* The deadline a remote request gets when m->deadline_ms is 0. */
static inline uint32_t muk__default_deadline_ms(const muk_kernel *k) {
  return k->default_deadline_ms;
}

#endif
