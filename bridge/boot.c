/* boot.c — bring a runtime up (bindings, Promise, timers, calls), run
 * js/internal/bootstrap.js and the main script, then the event loop until
 * nothing referenced is left, with Node's 'beforeExit'/'exit' sequence. */
#include <stdio.h>
#include <string.h>

#include "runtime.h"

void mukjs_promise_binding_state(js_State *J);

void mukjs_util_binding(js_State *J) {
  js_newcfunction(J, mukjs_promise_binding_state, "promiseState", 1);
  js_setproperty(J, -2, "promiseState");
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
