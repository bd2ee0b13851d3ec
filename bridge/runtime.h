/* runtime.h — the bridge runtime object and its lifecycle (bridge-private). */
#ifndef MUK_BRIDGE_RUNTIME_H
#define MUK_BRIDGE_RUNTIME_H

#include "bridge.h"

struct mukjs_heap;

struct mukjs_rt {
  js_State *J;
  struct mukjs_heap *heap; /* mujs's allocator (js_alloc.h); NULL: malloc */
  uv_loop_t *loop;
  muk_kernel *kernel;
  void *slots[MUKJS_SLOT_MAX];
  int exiting;
  int argc;
  char **argv;
  const char *exec_path;
  const char *argv0; /* argv[0] as the process was started (process.argv0) */
  uint64_t start_ns;
  unsigned ticks_pending; /* process.nextTick callbacks queued in JS */
  void (*on_exit)(mukjs_rt *rt, int code);
};

mukjs_rt *mukjs_rt_new(uv_loop_t *loop, muk_kernel *k);
void mukjs_rt_free(mukjs_rt *rt);
/* mukjs_rt_free for a process about to exit: closes the runtime's loop
 * handles but leaves the JS heap to the OS unless a leak checker is watching
 * (ASan/LSan builds, valgrind) or MUK_FREE_AT_EXIT is set in the environment. */
int mukjs_rt_free_at_exit(mukjs_rt *rt); /* 1 if the heap was freed */
/* Once the JS heap is being freed at exit (leak-checked builds; the kernel
 * is freed after it and still delivers the replies of requests in flight):
 * reply and event callbacks must then only free what they hold. */
extern int mukjs_js_gone;
/* fflush(stdout) when C code left bytes in its buffer (cheap otherwise). */
void mukjs_flush_stdout(void);

/* Run 'exit' listeners (once) and leave the process with `code` (or
 * process.exitCode if a listener set it). */
JS_NORETURN void mukjs_exit(js_State *J, int code);
/* Run 'exit' listeners once; returns the final exit status. */
int mukjs_emit_exit(js_State *J, int code);
void mukjs_es_extras_init(js_State *J);
/* stdio.c: write through fd's asynchronous writer (a pipe stdout/stderr):
 * 0 written or queued, a negative code, or 1 when fd has no writer (write
 * it synchronously). */
int mukjs_stdio_write(int fd, const char *s, size_t len);
/* stdio.c: bytes fd's writer holds queued (0 without a writer). */
size_t mukjs_stdio_queued(int fd);
/* stdio.c: before the process exits: write what the writers hold
 * (blocking), restore the fds' flags and a raw-mode terminal. */
void mukjs_stdio_at_exit(void);
/* permission.c: throw Node's ERR_ACCESS_DENIED (code, permission,
 * resource); and whether the local policy lets the bridge read PATH (the
 * module loader's reads). */
JS_NORETURN void mukjs_throw_access_denied(js_State *J, muk_cap cap, const char *resource);
int mukjs_may_read(js_State *J, const char *path);

/* Subsystems (the bindings' own: binding.h) */
void mukjs_next_tick(js_State *J); /* process.nextTick, native (ticks.c) */
void mukjs_ticks_free(js_State *J);

/* Load and run bootstrap, then the main script (argv[1] or -e code). */
int mukjs_run_main(mukjs_rt *rt, const char *file, const char *code);

#endif
