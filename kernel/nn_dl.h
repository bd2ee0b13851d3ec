/* nn_dl.h — libnanomsg, loaded on first use.
 *
 * The kernel touches nanomsg only when a remote transport is configured, so
 * it does not link libnanomsg: a process without remote services never maps
 * it nor has ld.so bind its ~600 symbols at startup (BIND_NOW). The first
 * muk__nn() dlopen()s libnanomsg.so.5 (or $MUK_NANOMSG_LIB when set) and
 * resolves the functions the transport calls; later calls return the same
 * table. Thread-safe. Programs that call nanomsg directly (muk-serviced,
 * muk-call) may keep linking it: dlopen then finds the loaded copy. */
#ifndef MUK_NN_DL_H
#define MUK_NN_DL_H

#include <stddef.h>
#include <nanomsg/nn.h>

#ifndef MUK_NN_SONAME
#define MUK_NN_SONAME "libnanomsg.so.5"
#endif

typedef struct muk_nn_api {
  int (*socket)(int domain, int protocol);
  int (*close)(int s);
  int (*setsockopt)(int s, int level, int option, const void *optval, size_t optvallen);
  int (*getsockopt)(int s, int level, int option, void *optval, size_t *optvallen);
  int (*bind)(int s, const char *addr);
  int (*connect)(int s, const char *addr);
  int (*send)(int s, const void *buf, size_t len, int flags);
  int (*recv)(int s, void *buf, size_t len, int flags);
  int (*freemsg)(void *msg);
  const char *(*strerror)(int errnum);
} muk_nn_api;

/* The table, or NULL when libnanomsg cannot be loaded (muk__nn_error() then
 * says why: "remote transport unavailable: cannot load libnanomsg.so.5: ..."). */
const muk_nn_api *muk__nn(void);
/* The same table, valid once muk__nn() returned it. */
extern muk_nn_api muk__nn_fns;
const char *muk__nn_error(void);

#endif
