/* supervise.h — muk-serviced --supervise: a parent process that restarts
 * the serving process when it dies (docs/wire.md, "Supervision"). */
#ifndef MUK_SERVICED_SUPERVISE_H
#define MUK_SERVICED_SUPERVISE_H

/* Fork the serving process and watch it; returns only in that child (0),
 * which then goes on to serve. The parent exits with the child's status
 * when it exits by itself with 0 (SIGTERM/SIGINT, which the parent passes
 * on) or 2 (bad arguments); when it dies otherwise (a signal, status 1)
 * the parent starts another after a backoff: 100 ms, doubling up to 30 s
 * while the process keeps dying within 10 s of its start. Call it before
 * any nanomsg socket exists (nanomsg is not fork-safe). */
int supervise(void);
#endif
