/* proc_internal.h — what proc.c (spawn, pipes, the handle table) and
 * proc_run.c (run: spawnSync) share. Everything here lives on the
 * service's I/O thread only. */
#ifndef MUK_SERVICES_PROC_INTERNAL_H
#define MUK_SERVICES_PROC_INTERNAL_H

#include <stdint.h>
#include <uv.h>

#include "muk.h"
#include "proc.h"

typedef struct proc_state proc_state;
typedef struct proc_child proc_child;

typedef struct proc_pipe {
  uv_pipe_t p;
  proc_child *c;
  uint8_t fd;
  uint8_t reading; /* uv_read_start'ed */
  uint8_t want;    /* someone reads this pipe: keep reading ahead */
  uint8_t eof;     /* the end (or an error) was read */
  uint8_t closing;
  int err;         /* a read error, answered to the next read */
  uint8_t *buf;    /* read ahead, not yet taken */
  size_t len, cap;
  muk_msg *rd;     /* the pending read */
  muk_msg *end;    /* the pending end: close once `writes` is 0 */
  uint32_t writes; /* writes handed to libuv, not yet completed */
  uint8_t queued;  /* on the state's ready list */
  struct proc_pipe *next_ready;
} proc_pipe;

struct proc_child {
  uv_process_t proc; /* only its pid when vforked */
  uv_poll_t pidpoll; /* vforked: the pidfd, readable once the child exited */
  int pidfd;
  uint8_t vforked;   /* spawned by proc_vfork.c, not uv_spawn */
  proc_state *st;
  uint32_t id;
  uint32_t handles; /* libuv handles still open (process, pipes, timer) */
  uint8_t exited;
  uint8_t released;
  uint8_t channel; /* the parent's IPC channel: pipes only, no process */
  int64_t status, sig; /* exit status; terminating signal (wire number) */
  muk_msg *wait;
  uint8_t exit_queued; /* on the state's exited list */
  struct proc_child *next_exited;
  proc_pipe *pipes[PROC_MAX_STDIO];
  /* run (spawnSync) */
  muk_msg *run;
  uint64_t max_buffer;
  uint64_t timeout_ms;
  int kill_sig; /* native */
  int run_err;
  uv_timer_t timer;
  uint8_t has_timer;
};

struct proc_state {
  muk_service *svc;
  uv_loop_t *loop;
  proc_child **tab;
  uint32_t *freeids;
  uint32_t cap, next, nfree, live;
  int stopping;
  int channel_opened;
  /* Pipes with bytes for a pending read, answered once per loop iteration
   * (a check handle), so bytes and the end read in one wakeup go in one
   * reply. */
  proc_pipe *ready;
  /* Children whose wait is answered after the reads of the same wakeup,
   * so an end read together with the exit goes out before it. */
  proc_child *exited;
  uv_check_t check;
  char rbuf[65536];
};

/* The spawn arguments of `m` (spawn and run) parsed and checked, the
 * child made and spawned, its pipes open. 0, or an error the caller
 * answers (the child is then being freed), or MUK_EACCESSDENIED, already
 * answered (muk_deny). */
int muk__proc_spawn(proc_state *st, muk_msg *m, proc_child **out);
/* Spawn c by posix_spawn when po allows it (proc_vfork.c): 0, a libuv
 * error, or 1 when po needs uv_spawn (nothing was done). */
int muk__proc_vfork_spawn(proc_state *st, proc_child *c, const uv_process_options_t *po);
/* c exited (status, native signal): what uv_spawn's exit_cb does. */
void muk__proc_exited(proc_child *c, int64_t status, int sig);
/* Close every handle of c; c is freed when the last one closed. */
void muk__proc_release(proc_child *c);
/* Start reading a pipe ahead (spawn: up to PROC_WINDOW; run: all). */
void muk__proc_read_start(proc_pipe *pp);
/* Close a pipe (pending read canceled, pending end answered). */
void muk__proc_pipe_close(proc_pipe *pp);
/* Wire signal number <-> native (0 both ways for none; -1 unknown). */
int muk__proc_native_signal(int64_t wire);
int64_t muk__proc_wire_signal(int native);
/* run: the request. Called by proc.c's dispatch. */
void muk__proc_run(proc_state *st, muk_msg *m);
/* run: proc.c's hooks into a run child's life. */
void muk__proc_run_read(proc_pipe *pp, const char *data, size_t n);
void muk__proc_run_check(proc_child *c);

#endif
