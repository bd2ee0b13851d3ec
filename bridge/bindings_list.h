/* bindings_list.h — every internalBinding, exactly once: X(name) stands for
 * the table mukjs_binding_<name> (binding.h) and internalBinding('name').
 * Order matters only for the per-runtime init/free hooks, which run in
 * this order (timers before kernel, as before). */
#ifndef MUK_BRIDGE_BINDINGS_LIST_H
#define MUK_BRIDGE_BINDINGS_LIST_H

#define MUKJS_BINDINGS(X)                                                    \
  X(process)  /* process.c */                                                \
  X(loader)   /* loader.c */                                                 \
  X(os)       /* os.c */                                                     \
  X(util)     /* boot.c */                                                   \
  X(timers)   /* timers.c */                                                 \
  X(kernel)   /* call.c */                                                   \
  X(fs)       /* fs_binding.c */                                             \
  X(net)      /* net_binding.c */                                            \
  X(buffer)   /* buffer.c */                                                 \
  X(crypto)   /* crypto_binding.c */                                         \
  X(permission) /* permission.c */                                     \
  X(signals)  /* signals.c */                                               \
  X(stdio)    /* stdio.c */                                              \
  X(events)   /* events.c */                                              \
  X(readline) /* readline.c */

#endif
