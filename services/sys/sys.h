/* sys.h — the "sys" service's message schema: a diagnostic service that
 * exercises the kernel (round trips, blocking workers, errors) without
 * touching the outside world.
 *
 * Requests (args; reply args):
 *   echo  -> the request's args and payload unchanged
 *   sleep (i64 ms) -> nothing, after blocking the worker for ms milliseconds
 *   noop  -> nothing
 *   add   (i64...) -> i64 sum (wrapping as two's complement)
 *   fail  (i64 status) -> replies with that status (<= 0)
 *   info  -> i64 pid, str backend name
 */
#ifndef MUK_SERVICES_SYS_H
#define MUK_SERVICES_SYS_H

/* The schema's list (an X-macro: the C enum and the JS constants generated
 * at build time, tools/gen_schema.py, both come from it). */
#define SYS_OPS(X)                                                           \
  X(ECHO, "echo")                                                            \
  X(SLEEP, "sleep")                                                          \
  X(NOOP, "noop")                                                            \
  X(ADD, "add")                                                              \
  X(FAIL, "fail")                                                            \
  X(INFO, "info")

#define SYS_OP_ENUM(id, name) SYS_##id,
enum { SYS_OPS(SYS_OP_ENUM) SYS_NOPS };

#endif
