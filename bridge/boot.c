/* boot.c — bring a runtime up (bindings, Promise, timers, calls), run
 * js/internal/bootstrap.js and the main script, then the event loop until
 * nothing referenced is left, with Node's 'beforeExit'/'exit' sequence. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime.h"

void mukjs_promise_binding_state(js_State *J);

void mukjs_util_binding(js_State *J) {
  js_newcfunction(J, mukjs_promise_binding_state, "promiseState", 1);
  js_setproperty(J, -2, "promiseState");
}

/* Error.prototype.stack in Node's shape: mujs records `stackTrace`
 * ("\n\tat fn (file:line)"); Node scripts read `err.stack` ("Name:
 * message\n    at fn (file:line)"). Native, so bootstrap.js stays small. */
static void error_stack_get(js_State *J) {
  /* head: Error.prototype.toString.call(this), or 'Error' if it throws */
  if (js_try(J)) {
    js_pop(J, 1);
    js_pushliteral(J, "Error");
  } else {
    js_getglobal(J, "Error");
    js_getproperty(J, -1, "prototype");
    js_getproperty(J, -1, "toString");
    js_copy(J, 0);
    js_call(J, 0);
    js_rot3pop2(J);
    js_endtry(J);
  }
  js_getproperty(J, 0, "stackTrace");
  if (!js_isstring(J, -1)) {
    js_pop(J, 1);
    return;
  }
  const char *t = js_tostring(J, -1);
  size_t n = 0;
  for (const char *p = strstr(t, "\n\tat "); p; p = strstr(p + 5, "\n\tat "))
    n++;
  size_t len = strlen(t) + n * 3 + 1;
  char *buf = malloc(len);
  if (!buf)
    js_error(J, "out of memory");
  char *o = buf;
  while (*t) {
    if (t[0] == '\n' && strncmp(t, "\n\tat ", 5) == 0) {
      memcpy(o, "\n    at ", 8);
      o += 8;
      t += 5;
    } else {
      *o++ = *t++;
    }
  }
  *o = 0;
  js_pop(J, 1);
  if (js_try(J)) {
    free(buf);
    js_throw(J);
  }
  js_pushstring(J, buf);
  js_endtry(J);
  free(buf);
  js_concat(J);
}

static void error_stack_set(js_State *J) {
  if (js_isobject(J, 0)) {
    js_copy(J, 1);
    js_defproperty(J, 0, "stack", JS_DONTENUM);
  }
  js_pushundefined(J);
}

static void install_error_stack(js_State *J) {
  js_getglobal(J, "Error");
  js_getproperty(J, -1, "prototype");
  js_newcfunction(J, error_stack_get, "get stack", 0);
  js_newcfunction(J, error_stack_set, "set stack", 1);
  js_defaccessor(J, -3, "stack", JS_DONTENUM);
  js_pop(J, 2);
}

/* Push internal.NAME and internal (as `this`); the caller pushes the
 * arguments and calls mukjs_call_protected. */
static void push_internal(js_State *J, const char *name) {
  js_getregistry(J, "muk.internal");
  js_getproperty(J, -1, name);
  js_rot2(J);
}

int mukjs_run_main(mukjs_rt *rt, const char *file, const char *code) {
  js_State *J = rt->J;
  if (!rt->start_ns)
    rt->start_ns = uv_hrtime();
  mukjs_es_extras_init(J);
  mukjs_bindings_init(J);
  mukjs_register_binding("process", mukjs_process_binding);
  mukjs_register_binding("loader", mukjs_loader_binding);
  mukjs_register_binding("os", mukjs_os_binding);
  mukjs_register_binding("util", mukjs_util_binding);
  mukjs_promise_init(J);
  mukjs_timers_init(J);
  mukjs_call_init(J);
  mukjs_fs_binding_init(J);
  install_error_stack(J);

  if (js_try(J)) {
    fputs("muk: bootstrap failed: ", stderr);
    mukjs_print_error(J, -1);
    js_pop(J, 1);
    return 70;
  }
  js_getregistry(J, "muk.internalBinding");
  js_pushundefined(J);
  js_pushliteral(J, "loader");
  js_call(J, 1);
  js_getproperty(J, -1, "compileBuiltin");
  js_rot2(J);
  js_pushliteral(J, "internal/bootstrap");
  js_call(J, 1); /* the wrapper function */
  js_pushglobal(J);                        /* this: the global object */
  js_newobject(J);                         /* exports */
  js_pushundefined(J);                     /* require */
  js_newobject(J);                         /* module */
  js_pushliteral(J, "node:internal/bootstrap");
  js_pushliteral(J, "");
  js_getregistry(J, "muk.internalBinding");
  js_call(J, 6);
  js_setregistry(J, "muk.internal");
  js_endtry(J);

  /* The main script. */
  push_internal(J, "runMain");
  if (file)
    js_pushstring(J, file);
  else
    js_pushundefined(J);
  if (code)
    js_pushstring(J, code);
  else
    js_pushundefined(J);
  mukjs_call_protected(J, 2);
  mukjs_run_ticks(J);

  uv_loop_t *loop = rt->loop;
  for (;;) {
    uv_run(loop, UV_RUN_DEFAULT);
    /* 'beforeExit' may schedule more work. */
    push_internal(J, "emitBeforeExit");
    mukjs_call_protected(J, 0);
    mukjs_run_ticks(J);
    if (!uv_loop_alive(loop))
      break;
  }
  /* emitExit takes process.exitCode when a script set it (reading it here
   * would materialise the lazy `process` global). */
  int status = mukjs_emit_exit(J, 0);
  fflush(stdout);
  return status;
}
