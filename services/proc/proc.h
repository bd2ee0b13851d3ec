/* proc.h — the "proc" service's message schema: child processes.
 *
 * The service spawns children on its own I/O thread, with posix_spawn
 * (vfork) when the options allow it (proc_vfork.c), else uv_spawn. A
 * child's output, its stdin and its exit are requests the sender leaves
 * pending until there is something to answer (a "pull" model), not events:
 * the wire carries requests and replies only, so this is what lets
 * `muk-serviced --service proc` run a script's children on another host.
 * Backpressure needs no acknowledgements: the service reads a child's pipe
 * ahead only up to PROC_WINDOW bytes not yet taken by a read request, then
 * stops reading it, and the child blocks on its full pipe (as net's read
 * window does, with the window's bytes held by the service).
 *
 * Common spawn arguments (spawn and run):
 *   0 str   file     the program (looked up in PATH by execvp when it has
 *                    no '/')
 *   1 bytes argv     NUL-terminated strings, argv[0] first (argv0)
 *   2 bytes env      NUL-terminated "NAME=VALUE" strings; used only with
 *                    PROC_F_ENV, otherwise the child inherits the
 *                    service's own environment
 *   3 str   cwd      "" = the service's
 *   4 str   stdio    comma-separated, one entry per child fd from 0:
 *                    "pipe", "ignore", "inherit" (the service process's
 *                    own fd of that number) or a decimal fd of the service
 *                    process; at most PROC_MAX_STDIO entries
 *   5 str   options  decimal integers separated by spaces, in the order
 *                    of PROC_OPTIONS (missing ones are 0)
 *
 * Requests (args; reply args):
 *   spawn   (the six above) -> i64 handle, i64 pid. Errors: the spawn's
 *           (UV_ENOENT, UV_EACCES, ..., as uv_spawn's), UV_EINVAL for a malformed
 *           request, MUK_EACCESSDENIED (permission "ChildProcess") when
 *           the kernel's policy does not allow child processes.
 *   read    (i64 handle, i64 fd) -> i64 eof (1: end of the pipe, no
 *           payload) + payload: everything read ahead so far (at most
 *           PROC_WINDOW bytes). Pending until there are bytes or the end;
 *           one read per pipe at a time (another: UV_EBUSY). A read error
 *           is the reply's status. UV_EBADF: no such pipe.
 *   write   (i64 handle, i64 fd) + payload -> i64 bytes, when the bytes
 *           were handed to the OS (writes complete in order). UV_EPIPE
 *           when the child closed its end.
 *   end     (i64 handle, i64 fd) -> after the writes before it: the pipe
 *           is closed (the child reads EOF).
 *   wait    (i64 handle) -> i64 exit status, i64 terminating signal (0:
 *           none), i64 ended (bit fd: the pipes whose end the service has
 *           read, or will: the child's side is closed), when the child has
 *           exited (at once if it has); after the read answers of the same
 *           loop turn, so a pipe's end read with the exit is answered
 *           first.
 *   kill    (i64 handle, i64 signal) -> 0, or UV_ESRCH once it exited,
 *           UV_EINVAL for a signal number outside PROC_SIGNALS.
 *   release (i64 handle) -> 0. Closes the service's handles of the child
 *           (its pipes and its libuv process handle) without killing it;
 *           pending reads and a pending wait are answered MUK_ECANCELED.
 *   run     (the six above) + payload (the child's stdin when fd 0 is a
 *           pipe) -> i64 exit status, i64 signal, bytes stdout, bytes
 *           stderr, i64 pid, i64 error: spawnSync. The reply comes when
 *           the child exited and its pipes reached their end. error is 0,
 *           UV_ETIMEDOUT (options' timeout passed: the child got the kill
 *           signal) or UV_ENOBUFS (a pipe passed max_buffer bytes: killed
 *           too, output cut at max_buffer). Spawn failures are the reply's
 *           status, as for spawn.
 *   channel () -> i64 handle, i64 fd: the IPC channel this process's parent
 *           gave it (child_process.fork: the fd named by the service
 *           process's NODE_CHANNEL_FD), opened once as a pipe that read,
 *           write and end use with that fd (wait and kill: UV_EINVAL).
 *           UV_ENOENT when the service's process has no channel, UV_EBUSY
 *           the second time. It takes no fd argument, so a client of
 *           muk-serviced cannot open the host's other descriptors.
 *
 * A stdio entry "pipe" is a socketpair, so any fd (fork's "ipc" channel
 * too) is both readable and writable.
 *
 * Shutdown closes every handle without killing the children, as Node
 * leaves its children running when it exits.
 */
#ifndef MUK_SERVICES_PROC_H
#define MUK_SERVICES_PROC_H

#define PROC_OPS(X)                                                          \
  X(SPAWN, "spawn")                                                          \
  X(READ, "read")                                                            \
  X(WRITE, "write")                                                          \
  X(END, "end")                                                              \
  X(WAIT, "wait")                                                            \
  X(KILL, "kill")                                                            \
  X(RELEASE, "release")                                                      \
  X(RUN, "run")                                                              \
  X(CHANNEL, "channel")

/* The options string's fields, in order. */
#define PROC_OPTIONS(X)                                                      \
  X(FLAGS, "flags")                                                          \
  X(UID, "uid")                                                              \
  X(GID, "gid")                                                              \
  X(TIMEOUT_MS, "timeoutMs")     /* run: 0 = none */                         \
  X(MAX_BUFFER, "maxBuffer")     /* run: per pipe, 0 = no limit */           \
  X(KILL_SIGNAL, "killSignal")   /* run: signal number, 0 = SIGTERM */

/* options' flags */
#define PROC_FLAGS(X)                                                        \
  X(ENV, 1)      /* argument 2 is the child's environment */                 \
  X(DETACHED, 2) /* a new session (setsid) */                                \
  X(UID, 4)      /* setuid(options' uid) */                                  \
  X(GID, 8)      /* setgid(options' gid) */

#define PROC_CONSTANTS(X)                                                    \
  X(WINDOW, 262144) /* bytes read ahead per pipe */                          \
  X(MAX_STDIO, 8)

/* Signals by the numbers a Node script sees (Linux's): the wire carries
 * these, and the service maps them to its own. */
#define PROC_SIGNALS(X)                                                      \
  X(SIGHUP, 1)                                                               \
  X(SIGINT, 2)                                                               \
  X(SIGQUIT, 3)                                                              \
  X(SIGILL, 4)                                                               \
  X(SIGTRAP, 5)                                                              \
  X(SIGABRT, 6)                                                              \
  X(SIGBUS, 7)                                                               \
  X(SIGFPE, 8)                                                               \
  X(SIGKILL, 9)                                                              \
  X(SIGUSR1, 10)                                                             \
  X(SIGSEGV, 11)                                                             \
  X(SIGUSR2, 12)                                                             \
  X(SIGPIPE, 13)                                                             \
  X(SIGALRM, 14)                                                             \
  X(SIGTERM, 15)                                                             \
  X(SIGCHLD, 17)                                                             \
  X(SIGCONT, 18)                                                             \
  X(SIGSTOP, 19)                                                             \
  X(SIGTSTP, 20)                                                             \
  X(SIGTTIN, 21)                                                             \
  X(SIGTTOU, 22)                                                             \
  X(SIGURG, 23)                                                              \
  X(SIGXCPU, 24)                                                             \
  X(SIGXFSZ, 25)                                                             \
  X(SIGVTALRM, 26)                                                           \
  X(SIGPROF, 27)                                                             \
  X(SIGWINCH, 28)                                                            \
  X(SIGIO, 29)                                                               \
  X(SIGPWR, 30)                                                              \
  X(SIGSYS, 31)

/* Handles (muk_op_handles: bit i = arg/result i): op, used, created,
 * released. muk-serviced gives each client its own child handles from it
 * and releases what a client leaves with PROC_RELEASE. */
#define PROC_HANDLES(X)                                                      \
  X(SPAWN, 0, 1, 0)                                                          \
  X(READ, 1, 0, 0)                                                           \
  X(WRITE, 1, 0, 0)                                                          \
  X(END, 1, 0, 0)                                                            \
  X(WAIT, 1, 0, 0)                                                           \
  X(KILL, 1, 0, 0)                                                           \
  X(RELEASE, 1, 0, 1)                                                        \
  X(CHANNEL, 0, 1, 0)

#define PROC_OP_ENUM(id, name) PROC_##id,
enum { PROC_OPS(PROC_OP_ENUM) PROC_NOPS };
#define PROC_OPT_ENUM(id, name) PROC_OPT_##id,
enum { PROC_OPTIONS(PROC_OPT_ENUM) PROC_NOPTIONS };
#define PROC_FLAG_ENUM(id, v) PROC_F_##id = v,
enum { PROC_FLAGS(PROC_FLAG_ENUM) };
#define PROC_CONST_ENUM(id, v) PROC_##id = v,
enum { PROC_CONSTANTS(PROC_CONST_ENUM) };

#endif
