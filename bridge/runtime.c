/* runtime.c — the js_State, its per-subsystem slots, protected calls and
 * what happens to an exception nobody caught. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "js_alloc.h"
#include "binding.h"
#include "bridge.h"
#include "runtime.h"
#include "utf8.h"

mukjs_rt *mukjs_rt_of(js_State *J) { return js_getcontext(J); }
js_State *mukjs_rt_js(mukjs_rt *rt) { return rt->J; }
uv_loop_t *mukjs_loop(js_State *J) { return mukjs_rt_of(J)->loop; }
muk_kernel *mukjs_kernel(js_State *J) { return mukjs_rt_of(J)->kernel; }
void **mukjs_slot(js_State *J, int slot) { return &mukjs_rt_of(J)->slots[slot]; }

/* mujs reports warnings (and panics) through this. */
static void report(js_State *J, const char *message) {
  fprintf(stderr, "muk: %s\n", message);
}

static void panic(js_State *J) {
  fprintf(stderr, "muk: fatal: uncaught exception outside any protected call\n");
  abort();
}

int mukjs_call_protected(js_State *J, int nargs) {
  if (js_pcall(J, nargs)) {
    mukjs_fatal_exception(J);
    return -1;
  }
  js_pop(J, 1);
  return 0;
}

/* Calls a function from the hidden internal object (set up by bootstrap.js)
 * with the value at the top of the stack as its only argument, replacing
 * the argument with the result; returns 0, or -1 (argument popped) when
 * there is no such function or it threw. */
static int call_internal(js_State *J, const char *name) {
  js_getregistry(J, "muk.internal");
  if (!js_isobject(J, -1)) {
    js_pop(J, 2);
    return -1;
  }
  js_getproperty(J, -1, name);
  if (!js_iscallable(J, -1)) {
    js_pop(J, 3);
    return -1;
  }
  js_rot3(J); /* arg internal fn -> fn arg internal */
  js_rot2(J); /* -> fn internal arg */
  if (js_pcall(J, 1)) {
    js_pop(J, 1);
    return -1;
  }
  return 0;
}

/* call_internal, returning its boolean result, or -1 when it threw. Pops
 * the argument. */
static int call_internal1(js_State *J, const char *name) {
  if (call_internal(J, name) < 0)
    return -1;
  int r = js_toboolean(J, -1);
  js_pop(J, 1);
  return r;
}

/* Like call_internal1, but stores the numeric result (process.exitCode,
 * or the argument when the result is no number) in *out. */
static int call_internal1n(js_State *J, const char *name, double *out) {
  *out = js_tonumber(J, -1);
  if (call_internal(J, name) < 0)
    return -1;
  if (js_isnumber(J, -1))
    *out = js_tointeger(J, -1);
  js_pop(J, 1);
  return 0;
}

static void print_error_at(js_State *J, int idx);

void mukjs_print_error(js_State *J, int idx) {
  print_error_at(J, idx < 0 ? js_gettop(J) + idx : idx);
}

/* idx is absolute and never assigned, so js_try's longjmp can't clobber it. */
static void print_error_at(js_State *J, const int idx) {
  mukjs_rt *rt = mukjs_rt_of(J);
  if (js_try(J)) {
    js_pop(J, 1);
    fputs("Uncaught exception (cannot be printed)\n", stderr);
    return;
  }
  /* Prefer the JS-side formatter (util.inspect-like, Node's layout). */
  js_getregistry(J, "muk.internal");
  if (js_isobject(J, -1)) {
    js_getproperty(J, -1, "formatError");
    if (js_iscallable(J, -1)) {
      js_rot2(J);
      js_copy(J, idx);
      if (!js_pcall(J, 1) && js_isstring(J, -1)) {
        const char *s = js_tostring(J, -1);
        mukjs_fputs(s, stderr);
        if (*s && s[strlen(s) - 1] != '\n')
          fputc('\n', stderr);
        js_pop(J, 1);
        js_endtry(J);
        return;
      }
      js_pop(J, 1);
    } else {
      js_pop(J, 2);
    }
  } else {
    js_pop(J, 1);
  }
  if (js_isobject(J, idx)) {
    js_getproperty(J, idx, "stack");
    if (js_isstring(J, -1)) {
      mukjs_fputs(js_tostring(J, -1), stderr);
      fputc('\n', stderr);
      js_pop(J, 1);
      js_endtry(J);
      return;
    }
    js_pop(J, 1);
  }
  fputs("Uncaught ", stderr);
  mukjs_fputs(js_trystring(J, idx, "exception"), stderr);
  fputc('\n', stderr);
  (void)rt;
  js_endtry(J);
}

void mukjs_fatal_exception(js_State *J) {
  mukjs_rt *rt = mukjs_rt_of(J);
  /* process 'uncaughtException' listeners handle it in JS. */
  js_copy(J, -1);
  int handled = rt->exiting ? 0 : call_internal1(J, "fatalException");
  if (handled == 1) {
    js_pop(J, 1);
    return;
  }
  mukjs_print_error(J, -1);
  js_pop(J, 1);
  mukjs_exit(J, handled == -1 ? 7 : 1);
}

int mukjs_emit_exit(js_State *J, int code) {
  mukjs_rt *rt = mukjs_rt_of(J);
  if (rt->exiting)
    return code;
  rt->exiting = 1;
  /* emitExit sets process.exitCode and runs the 'exit' listeners; a listener
   * may change process.exitCode. */
  js_pushnumber(J, code);
  double r;
  if (call_internal1n(J, "emitExit", &r) < 0)
    return 7;
  return (int)r;
}

void mukjs_exit(js_State *J, int code) {
  mukjs_rt *rt = mukjs_rt_of(J);
  code = mukjs_emit_exit(J, code);
  fflush(stdout);
  fflush(stderr);
  mukjs_stdio_at_exit();
  if (rt->on_exit)
    rt->on_exit(rt, code);
  exit(code);
}

mukjs_rt *mukjs_rt_new(uv_loop_t *loop, muk_kernel *k) {
  mukjs_rt *rt = calloc(1, sizeof *rt);
  if (!rt)
    return NULL;
  rt->loop = loop;
  rt->kernel = k;
  rt->heap = mukjs_heap_wanted() ? mukjs_heap_new() : NULL;
  rt->J = rt->heap ? js_newstate(mukjs_heap_allocator(rt->heap), rt->heap, 0)
                   : js_newstate(NULL, NULL, 0);
  if (!rt->J) {
    mukjs_heap_free(rt->heap);
    free(rt);
    return NULL;
  }
  js_setcontext(rt->J, rt);
  js_setreport(rt->J, report);
  js_atpanic(rt->J, panic);
  return rt;
}

int mukjs_js_gone;

static void rt_free(mukjs_rt *rt, int free_heap) {
  if (!rt)
    return;
  if (free_heap)
    mukjs_js_gone = 1;
  mukjs_bindings_free(rt->J); /* timers, then calls */
  mukjs_promise_free(rt->J);
  mukjs_ticks_free(rt->J);
  if (!free_heap)
    return; /* rt and the heap stay reachable (still reachable, not leaked) */
  js_freestate(rt->J);
  mukjs_heap_free(rt->heap);
  free(rt);
}

void mukjs_rt_free(mukjs_rt *rt) { rt_free(rt, 1); }

/* JS output goes out with write(2); only C code printing through stdio
 * leaves bytes in stdout's buffer. Checked without calling into libio when
 * we can: its code is one more 64 KB window of RSS at every exit. */
void mukjs_flush_stdout(void) {
#ifdef __GLIBC__
  if (stdout->_IO_write_ptr == stdout->_IO_write_base)
    return;
#endif
  fflush(stdout);
}

#if defined(__SANITIZE_ADDRESS__)
#define LEAK_CHECKED_BUILD 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(leak_sanitizer)
#define LEAK_CHECKED_BUILD 1
#endif
#endif
#if !defined(LEAK_CHECKED_BUILD) && defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define UNDER_VALGRIND() RUNNING_ON_VALGRIND
#endif
#endif
#ifndef UNDER_VALGRIND
#define UNDER_VALGRIND() 0
#endif

/* js_freestate walks every object, property and string: 0.24 M instructions
 * for an empty script, more with every module loaded, all for memory the
 * OS takes back a moment later (Node doesn't free its heap at exit either).
 * Leak checkers still see a freed heap, so a real leak stays visible. */
int mukjs_rt_free_at_exit(mukjs_rt *rt) {
#ifdef LEAK_CHECKED_BUILD
  int free_heap = 1;
#else
  int free_heap = UNDER_VALGRIND() || getenv("MUK_FREE_AT_EXIT") != NULL;
#endif
  rt_free(rt, free_heap);
  return free_heap;
}
