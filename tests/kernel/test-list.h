/* test-list.h — every kernel test, in the order `kernel-tests` runs them. */
#define TEST_LIST(X)                                                         \
  X(msg_args)                                                                \
  X(msg_spill)                                                               \
  X(msg_limits)                                                              \
  X(msg_payload)                                                             \
  X(msg_freelist)                                                            \
  X(errors)                                                                  \
  X(registry)                                                                \
  X(bad_service)                                                             \
  X(bad_op)                                                                  \
  X(sys_ops)                                                                 \
  X(stats)                                                                   \
  X(loop_exits)                                                              \
  X(many_inflight)                                                           \
  X(pool_isolation)                                                          \
  X(pool_isolation_sleep)                                                    \
  X(pool_limit)                                                              \
  X(pool_thread_state)                                                       \
  X(ioloop_emit)                                                             \
  X(ioloop_init_error)                                                       \
  X(ioloop_lazy_start)                                                       \
  X(kernel_ref)                                                              \
  X(inline_deferred)                                                         \
  X(inline_later)                                                            \
  X(shutdown_queued)                                                         \
  X(shutdown_unsent)                                                         \
  X(shutdown_ioloop)                                                         \
  X(quiet_ioloop)                                                            \
  X(quiet_inline)                                                            \
  X(quiet_bad_op)                                                            \
  X(sync_call)                                                               \
  X(sync_inline_refused)                                                     \
  X(sync_caller_thread)                                                      \
  X(window_default)                                                          \
  X(window_bound)                                                            \
  X(window_order_sync)                                                       \
  X(window_shutdown)
