/* boot.c — bring a runtime up (bindings, Promise, timers, calls, the
 * native bootstrap: globals, built-in modules, hooks), run the main script, then the event loop until
 * nothing referenced is left, with Node's 'beforeExit'/'exit' sequence. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "binding.h"
#include "buffer.h"
#include "js_modules.h"
#include "runtime.h"

void mukjs_promise_binding_state(js_State *J);

static const mukjs_fn util_fns[] = {
    {"promiseState", mukjs_promise_binding_state, 1},
    {NULL},
};

const mukjs_binding mukjs_binding_util = {.name = "util", .fns = util_fns};

static void require_builtin(js_State *J, const char *name);

/* With Error.prepareStackTrace set, `stack` is what it returns for the
 * error and its CallSites (internal/callsites), as in V8; inside it (it
 * may read a stack itself) stacks take the default shape. Pushes the
 * result and returns 1, or returns 0 with the stack as it was. */
static _Thread_local int in_prepare;
static int prepared_stack(js_State *J) {
  if (in_prepare)
    return 0;
  int base = js_gettop(J);
  js_getglobal(J, "Error");
  js_getproperty(J, -1, "prepareStackTrace");
  if (!js_iscallable(J, -1)) {
    js_pop(J, 2);
    return 0;
  }
  require_builtin(J, "internal/callsites");
  js_getproperty(J, -1, "prepare");
  js_pushundefined(J);
  js_copy(J, base + 1); /* prepareStackTrace */
  js_copy(J, 0);        /* the error */
  js_getproperty(J, 0, "stackTrace");
  in_prepare = 1;
  if (js_try(J)) {
    in_prepare = 0;
    js_throw(J);
  }
  js_call(J, 3);
  js_endtry(J);
  in_prepare = 0;
  js_replace(J, base); /* the result where Error was */
  js_pop(J, 2);
  return 1;
}

/* Error.prototype.stack in Node's shape: mujs records `stackTrace`
 * ("\n\tat fn (file:line)"); Node scripts read `err.stack` ("Name:
 * message\n    at fn (file:line)"). Native, so bootstrap.js stays small. */
static void error_stack_get(js_State *J) {
  if (prepared_stack(J))
    return;
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

/* ---- the native bootstrap ----------------------------------------------
 * mujs compiles ~365 instructions per byte of source, so startup runs no
 * JS of its own: the built-in module table, the lazily materialised
 * globals (process, the timer functions, console, Buffer), the main module
 * and the hooks C calls live here. Everything an empty script doesn't use
 * loads on first use; the full CommonJS loader (js/internal/loader.js)
 * only for the first require of a file. Registry:
 *   muk.builtins        name -> {exports, id, loaded} of built-in modules
 *   muk.requireBuiltin  the `require` built-in modules get
 *   muk.shared          {cache, extensions, proto, main}: what the main
 *                       module made here shares with internal/loader
 *                       (as require('internal/boot_state'))
 *   muk.process         the process object once materialised
 *   muk.internal        the hooks (fatalException, emitExit, ...) */

int mukjs_loader_push_builtin(js_State *J, const char *name);
int mukjs_loader_push_main_info(js_State *J, const char *file);
int mukjs_loader_push_file(js_State *J, const char *path);
void mukjs_loader_compile(js_State *J, const char *src, const char *filename);
void mukjs_module_push_new(js_State *J, int id, int path, int parent);

/* Push the exports of built-in module NAME, running it on first use. */
static void require_builtin(js_State *J, const char *name) {
  int top = js_gettop(J);
  js_getregistry(J, "muk.builtins"); /* top */
  if (js_hasproperty(J, top, name)) { /* top+1: the record */
    js_getproperty(J, -1, "exports");
    js_rot3pop2(J);
    return;
  }
  if (!mukjs_loader_push_builtin(J, name)) {
    char msg[320];
    snprintf(msg, sizeof msg, "Cannot find module '%s'", name);
    js_newerror(J, msg);
    js_pushliteral(J, "MODULE_NOT_FOUND");
    js_setproperty(J, -2, "code");
    js_throw(J);
  }
  /* top+1: fn */
  js_newobject(J); /* top+2: module record */
  js_newobject(J); /* top+3: exports */
  js_copy(J, top + 3);
  js_setproperty(J, top + 2, "exports");
  js_pushstring(J, name);
  js_setproperty(J, top + 2, "id");
  js_pushboolean(J, 0);
  js_setproperty(J, top + 2, "loaded");
  js_copy(J, top + 2);
  js_setproperty(J, top, name); /* cached before it runs: cycles see partial exports */
  /* fn.call(exports, exports, require, module, 'node:' + name, '', internalBinding) */
  js_copy(J, top + 1);
  js_copy(J, top + 3);
  js_copy(J, top + 3);
  js_getregistry(J, "muk.requireBuiltin");
  js_copy(J, top + 2);
  js_pushliteral(J, "node:");
  js_pushstring(J, name);
  js_concat(J);
  js_pushliteral(J, "");
  js_getregistry(J, "muk.internalBinding");
  js_call(J, 6);
  js_pop(J, 1);
  js_pushboolean(J, 1);
  js_setproperty(J, top + 2, "loaded");
  js_getproperty(J, top + 2, "exports");
  js_replace(J, top);
  js_pop(J, 3);
}

static void b_require_builtin(js_State *J) {
  require_builtin(J, js_tostring(J, 1));
}

static int is_public_builtin(const char *name) {
  return strncmp(name, "internal/", 9) != 0 && muk_js_module_find(name) != NULL;
}

/* Push the process object, building it on first use. */
static void push_process(js_State *J) {
  js_getregistry(J, "muk.process");
  if (js_isobject(J, -1))
    return;
  js_pop(J, 1);
  require_builtin(J, "internal/process"); /* makeProcess(P, requireBuiltin) */
  js_pushundefined(J);
  js_getregistry(J, "muk.internalBinding");
  js_pushundefined(J);
  js_pushliteral(J, "process");
  js_call(J, 1);
  js_getregistry(J, "muk.requireBuiltin");
  js_call(J, 2);
  js_copy(J, -1);
  js_setregistry(J, "muk.process");
  js_getregistry(J, "muk.shared");
  js_getproperty(J, -1, "main");
  if (js_isobject(J, -1))
    js_setproperty(J, -3, "mainModule");
  else
    js_pop(J, 1);
  js_pop(J, 1);
}

/* Lazily materialised properties: an accessor until first use, then (for
 * globals) a plain data property. mujs checks the old attributes when a
 * property is redefined, so the accessor is deleted first. */
enum { LZ_PROCESS, LZ_EXPORT, LZ_CTOR, LZ_EXTENSIONS };
typedef struct lazy_def {
  const char *name;
  int kind;
  const char *module, *export; /* LZ_EXPORT: module[export], or the module */
  int atts;
} lazy_def;

static const lazy_def LAZY_GLOBALS[] = {
    {"process", LZ_PROCESS, NULL, NULL, JS_DONTENUM},
    {"setTimeout", LZ_EXPORT, "internal/timers", "setTimeout", 0},
    {"clearTimeout", LZ_EXPORT, "internal/timers", "clearTimeout", 0},
    {"setInterval", LZ_EXPORT, "internal/timers", "setInterval", 0},
    {"clearInterval", LZ_EXPORT, "internal/timers", "clearInterval", 0},
    {"setImmediate", LZ_EXPORT, "internal/timers", "setImmediate", 0},
    {"clearImmediate", LZ_EXPORT, "internal/timers", "clearImmediate", 0},
    {"console", LZ_EXPORT, "console", NULL, JS_DONTENUM},
    {"Buffer", LZ_EXPORT, "buffer", "Buffer", JS_DONTENUM},
    {"URL", LZ_EXPORT, "internal/url_whatwg", "URL", JS_DONTENUM},
    {"URLSearchParams", LZ_EXPORT, "internal/url_search_params", "URLSearchParams", JS_DONTENUM},
    {"TextEncoder", LZ_EXPORT, "internal/encoding", "TextEncoder", JS_DONTENUM},
    {"TextDecoder", LZ_EXPORT, "internal/encoding", "TextDecoder", JS_DONTENUM},
    {"escape", LZ_EXPORT, "internal/annex_b", "escape", JS_DONTENUM},
    {"unescape", LZ_EXPORT, "internal/annex_b", "unescape", JS_DONTENUM},
    {"performance", LZ_EXPORT, "perf_hooks", "performance", 0},
    {"EventTarget", LZ_EXPORT, "internal/event_target", "EventTarget", JS_DONTENUM},
    {"Event", LZ_EXPORT, "internal/event_target", "Event", JS_DONTENUM},
    {"CustomEvent", LZ_EXPORT, "internal/event_target", "CustomEvent", JS_DONTENUM},
    {"AbortController", LZ_EXPORT, "internal/abort_controller", "AbortController", JS_DONTENUM},
    {"AbortSignal", LZ_EXPORT, "internal/abort_controller", "AbortSignal", JS_DONTENUM},
    {"DOMException", LZ_EXPORT, "internal/dom_exception", NULL, JS_DONTENUM},
    {"atob", LZ_EXPORT, "internal/atob", "atob", 0},
    {"btoa", LZ_EXPORT, "internal/atob", "btoa", 0},
    {"structuredClone", LZ_EXPORT, "internal/structured_clone", NULL, 0},
};
/* Module.prototype.constructor and the main require's .extensions. */
static const lazy_def LAZY_CTOR = {"constructor", LZ_CTOR, NULL, NULL, JS_DONTENUM};
static const lazy_def LAZY_EXTENSIONS = {"extensions", LZ_EXTENSIONS, NULL, NULL, 0};

static void load_loader(js_State *J) {
  require_builtin(J, "internal/loader");
  js_pop(J, 1);
}

/* Replace the accessor with the value on top of the stack (popped). On a
 * frozen or sealed object the accessor can't go: it stays, and keeps
 * answering (the module is cached, so it answers the same value). */
static void define_data(js_State *J, int obj, const char *name, int atts) {
  if (js_try(J)) {
    js_pop(J, 2); /* the error, the value */
    return;
  }
  js_delproperty(J, obj, name);
  js_defproperty(J, obj, name, atts);
  js_endtry(J);
}

static void lazy_get(js_State *J) {
  const lazy_def *d = js_currentfunctiondata(J);
  switch (d->kind) {
  case LZ_PROCESS:
    push_process(J);
    break;
  case LZ_EXPORT:
    require_builtin(J, d->module);
    if (d->export) {
      js_getproperty(J, -1, d->export);
      js_rot2pop1(J);
    }
    break;
  case LZ_CTOR: /* internal/loader redefines constructor as a data property */
    load_loader(J);
    js_getregistry(J, "muk.shared");
    js_getproperty(J, -1, "proto");
    js_getproperty(J, -1, "constructor");
    js_rot3pop2(J);
    return;
  case LZ_EXTENSIONS:
    load_loader(J);
    js_getregistry(J, "muk.shared");
    js_getproperty(J, -1, "extensions");
    js_rot2pop1(J);
    break;
  }
  if (js_isobject(J, 0)) {
    js_copy(J, -1);
    define_data(J, 0, d->name, d->atts);
  }
}

static void lazy_set(js_State *J) {
  const lazy_def *d = js_currentfunctiondata(J);
  if (js_isobject(J, 0)) {
    js_copy(J, 1);
    define_data(J, 0, d->name, d->atts);
  }
  js_pushundefined(J);
}

/* One function is both the getter and the setter (a setter is called with
 * one argument): one function object per lazy property, not two, which
 * keeps startup's cost flat as lazy globals are added. */
static void lazy_access(js_State *J) {
  if (js_gettop(J) > 1)
    lazy_set(J);
  else
    lazy_get(J);
}

static void def_lazy(js_State *J, int obj, const lazy_def *d) {
  js_newcfunctionx(J, lazy_access, d->name, 0, (void *)d, NULL);
  js_copy(J, -1);
  js_defaccessor(J, obj, d->name, d->atts);
}

/* Module.prototype.{require,load,_compile} until internal/loader replaces
 * them: load it, then call the real method. */
static void proto_stub(js_State *J) {
  const char *name = js_currentfunctiondata(J);
  int argc = js_gettop(J) - 1;
  load_loader(J);
  js_getregistry(J, "muk.shared");
  js_getproperty(J, -1, "proto");
  js_getproperty(J, -1, name);
  js_rot3pop2(J);
  js_copy(J, 0);
  for (int i = 1; i <= argc; i++)
    js_copy(J, i);
  js_call(J, argc);
}

static void push_main(js_State *J) {
  js_getregistry(J, "muk.shared");
  js_getproperty(J, -1, "main");
  js_rot2pop1(J);
}

/* The main module's require: built-ins straight from the table, anything
 * else through module.require (internal/loader). */
static void main_require(js_State *J) {
  if (js_isstring(J, 1)) {
    const char *id = js_tostring(J, 1);
    const char *b = strncmp(id, "node:", 5) == 0 ? id + 5 : id;
    if (is_public_builtin(b)) {
      require_builtin(J, b);
      return;
    }
  }
  push_main(J);
  js_getproperty(J, -1, "require");
  js_rot2(J);
  js_copy(J, 1);
  js_call(J, 1);
}

/* require.resolve(request) and require.resolve.paths(request) of the main
 * module: internal/loader's makeRequire(main).resolve[.paths](request). */
static void main_resolve_common(js_State *J, int paths) {
  require_builtin(J, "internal/loader");
  js_getproperty(J, -1, "makeRequire");
  js_rot2(J);
  push_main(J);
  js_call(J, 1); /* req */
  js_getproperty(J, -1, "resolve");
  if (paths) {
    js_getproperty(J, -1, "paths");
    js_rot2(J); /* paths resolve */
  } else {
    js_rot2(J); /* resolve req */
  }
  js_copy(J, 1);
  js_call(J, 1);
}
static void main_resolve(js_State *J) { main_resolve_common(J, 0); }
static void main_resolve_paths(js_State *J) { main_resolve_common(J, 1); }

/* Run FILE as the main module without internal/loader. Returns 0 when it
 * can't (no such file, a directory, .json): the full loader takes over. */
static int run_main_fast(js_State *J, const char *file) {
  if (!mukjs_loader_push_main_info(J, file))
    return 0;
  int info = js_gettop(J) - 1;
  js_getindex(J, info, 0); /* info+1: filename */
  const char *filename = js_tostring(J, info + 1);
  size_t flen = strlen(filename);
  if (flen >= 5 && strcmp(filename + flen - 5, ".json") == 0) {
    js_pop(J, 2);
    return 0;
  }
  if (!mukjs_loader_push_file(J, filename)) { /* info+2: source */
    js_pop(J, 2);
    return 0;
  }
  /* the module, as internal/loader's Module makes one (loader.c) */
  js_getregistry(J, "muk.shared"); /* info+3 */
  js_pushliteral(J, ".");
  js_getindex(J, info, 1);
  js_pushnull(J);
  mukjs_module_push_new(J, info + 4, info + 5, info + 6); /* info+7 */
  js_rot4(J);
  js_pop(J, 3);
  int mod = info + 4;
  js_copy(J, info + 1);
  js_setproperty(J, mod, "filename");
  js_getindex(J, info, 2);
  js_setproperty(J, mod, "paths");
  js_copy(J, mod);
  js_setproperty(J, info + 3, "main");
  js_getproperty(J, info + 3, "cache");
  js_copy(J, mod);
  js_setproperty(J, -2, filename);
  js_pop(J, 1);
  js_getregistry(J, "muk.process");
  if (js_isobject(J, -1)) {
    js_copy(J, mod);
    js_setproperty(J, -2, "mainModule");
  }
  js_pop(J, 1);
  /* its require */
  js_newcfunction(J, main_require, "require", 1); /* info+5 */
  int req = info + 5;
  js_newcfunction(J, main_resolve, "resolve", 1);
  js_newcfunction(J, main_resolve_paths, "paths", 1);
  js_setproperty(J, -2, "paths");
  js_setproperty(J, req, "resolve");
  js_copy(J, mod);
  js_setproperty(J, req, "main");
  js_getproperty(J, info + 3, "cache");
  js_setproperty(J, req, "cache");
  def_lazy(J, req, &LAZY_EXTENSIONS);
  /* fn.call(exports, exports, require, module, __filename, __dirname) */
  mukjs_loader_compile(J, js_tostring(J, info + 2), filename);
  js_getproperty(J, mod, "exports");
  js_copy(J, -1);
  js_copy(J, req);
  js_copy(J, mod);
  js_copy(J, info + 1);
  js_getindex(J, info, 1);
  js_pushundefined(J);
  js_call(J, 6);
  js_pop(J, 1);
  js_pushboolean(J, 1);
  js_setproperty(J, mod, "loaded");
  js_pop(J, 6);
  return 1;
}

/* Call internal/loader's exports[name](arg). */
static void call_loader(js_State *J, const char *name, int arg) {
  require_builtin(J, "internal/loader");
  js_getproperty(J, -1, name);
  js_rot2(J);
  js_copy(J, arg);
  js_call(J, 1);
}

/* ---- the hooks C calls (muk.internal) ---- */

static void h_run_main(js_State *J) {
  /* Started by child_process.fork: give process its IPC channel
   * (internal/child_process_ipc) before the main module runs. */
  if (getenv("NODE_CHANNEL_FD")) {
    require_builtin(J, "internal/child_process_ipc");
    js_getproperty(J, -1, "setupChild");
    js_rot2(J);
    js_call(J, 0);
    js_pop(J, 1);
  }
  if (!js_isstring(J, 1))
    call_loader(J, "runEval", 2);
  else if (!run_main_fast(J, js_tostring(J, 1)))
    call_loader(J, "runMain", 1);
  else
    js_pushundefined(J);
}

/* Push process (when materialised) and return 1, else push nothing. */
static int have_process(js_State *J) {
  js_getregistry(J, "muk.process");
  if (js_isobject(J, -1))
    return 1;
  js_pop(J, 1);
  return 0;
}

/* process.emit(event, <value at idx>[, origin]) */
static void emit(js_State *J, int proc, const char *event, int idx, const char *extra) {
  if (idx < 0)
    idx += js_gettop(J);
  js_getproperty(J, proc, "emit");
  js_copy(J, proc);
  js_pushstring(J, event);
  js_copy(J, idx);
  if (extra)
    js_pushstring(J, extra);
  js_call(J, extra ? 3 : 2);
  js_pop(J, 1);
}

/* fatalException(err) -> whether 'uncaughtException' listeners took it.
 * Without a materialised process nobody can have listened. */
static void h_fatal_exception(js_State *J) {
  if (!have_process(J)) {
    js_pushboolean(J, 0);
    return;
  }
  int proc = js_gettop(J) - 1;
  js_getproperty(J, proc, "listenerCount");
  js_copy(J, proc);
  js_pushliteral(J, "uncaughtException");
  js_call(J, 1);
  int n = js_tointeger(J, -1);
  js_pop(J, 1);
  if (n > 0)
    emit(J, proc, "uncaughtException", 1, "uncaughtException");
  js_pushboolean(J, n > 0);
}

/* emitExit(code) -> the exit status: process.exitCode, set to code first
 * unless the script set a number, after the 'exit' listeners ran. */
static void h_emit_exit(js_State *J) {
  if (!have_process(J)) {
    js_copy(J, 1);
    return;
  }
  int proc = js_gettop(J) - 1;
  js_getproperty(J, proc, "exitCode");
  int isnum = js_isnumber(J, -1);
  js_pop(J, 1);
  if (!isnum) {
    js_copy(J, 1);
    js_setproperty(J, proc, "exitCode");
  }
  js_pushboolean(J, 1);
  js_setproperty(J, proc, "_exiting");
  js_getproperty(J, proc, "exitCode");
  emit(J, proc, "exit", -1, NULL);
  js_getproperty(J, proc, "exitCode");
}

static void h_emit_before_exit(js_State *J) {
  if (have_process(J)) {
    int proc = js_gettop(J) - 1;
    js_getproperty(J, proc, "exitCode");
    if (!js_isnumber(J, -1)) {
      js_pop(J, 1);
      js_pushnumber(J, 0);
    }
    emit(J, proc, "beforeExit", -1, NULL);
  }
  js_pushundefined(J);
}

static void h_format_error(js_State *J) {
  require_builtin(J, "internal/errors");
  js_getproperty(J, -1, "formatUncaught");
  js_rot2(J);
  js_copy(J, 1);
  js_call(J, 1);
}

/* Where the frames after the topmost call of a function named `name`
 * start in a recorded trace (V8's constructorOpt: frames are matched by
 * name, as mujs records no function objects), or NULL when no frame has
 * that name. */
static const char *frames_after(const char *t, const char *name) {
  size_t n = strlen(name);
  for (const char *p = strstr(t, "\n\tat "); p; p = strstr(p + 5, "\n\tat ")) {
    if (strncmp(p + 5, name, n) == 0 && strncmp(p + 5 + n, " (", 2) == 0) {
      const char *next = strstr(p + 5, "\n\tat ");
      return next ? next : "";
    }
  }
  return NULL;
}

/* Error.captureStackTrace(obj[, fn]): obj.stackTrace from here, without
 * this function's own frame (nor fn's and those above it), and an own
 * `stack` on obj as V8 defines one (so a plain object gets one too). */
static void capture_stack_trace(js_State *J) {
  if (!js_isobject(J, 1) || js_iscallable(J, 1)) {
    js_pushundefined(J);
    return;
  }
  js_getglobal(J, "Error");
  js_construct(J, 0);
  js_getproperty(J, -1, "stackTrace");
  if (js_isstring(J, -1)) {
    const char *t = js_tostring(J, -1);
    const char *p = strstr(t + 1, "\n\tat ");
    p = p ? p : t;
    if (js_iscallable(J, 2)) {
      js_getproperty(J, 2, "name");
      const char *name = js_isstring(J, -1) ? js_tostring(J, -1) : "";
      const char *after = *name ? frames_after(p, name) : NULL;
      js_pop(J, 1);
      if (after)
        p = after;
    }
    js_pushstring(J, p);
    js_defproperty(J, 1, "stackTrace", JS_DONTENUM);
  }
  js_newcfunction(J, error_stack_get, "get stack", 0);
  js_newcfunction(J, error_stack_set, "set stack", 1);
  js_defaccessor(J, 1, "stack", JS_DONTENUM);
  js_pushundefined(J);
}

static void boot_native(js_State *J) {
  js_newobject(J);
  js_setregistry(J, "muk.builtins");
  js_newcfunction(J, b_require_builtin, "require", 1);
  js_setregistry(J, "muk.requireBuiltin");

  js_pushglobal(J);
  int g = js_gettop(J) - 1;
  js_pushglobal(J);
  js_defproperty(J, g, "global", JS_DONTENUM);
  js_pushglobal(J);
  js_defproperty(J, g, "globalThis", JS_DONTENUM);
  for (size_t i = 0; i < sizeof LAZY_GLOBALS / sizeof LAZY_GLOBALS[0]; i++)
    if (!LAZY_GLOBALS[i].module || muk_js_module_find(LAZY_GLOBALS[i].module))
      def_lazy(J, g, &LAZY_GLOBALS[i]);
  js_getproperty(J, g, "Error");
  js_newcfunction(J, capture_stack_trace, "captureStackTrace", 1);
  js_defproperty(J, -2, "captureStackTrace", JS_DONTENUM);
  js_pushnumber(J, 10);
  js_setproperty(J, -2, "stackTraceLimit");
  js_pop(J, 2);

  /* shared with internal/loader */
  js_newobject(J);
  int sh = js_gettop(J) - 1;
  js_newobject(J);
  js_setproperty(J, sh, "cache");
  js_newobject(J);
  js_setproperty(J, sh, "extensions");
  js_newobject(J); /* becomes Module.prototype */
  static const char *const methods[] = {"require", "load", "_compile"};
  for (int i = 0; i < 3; i++) {
    js_newcfunctionx(J, proto_stub, methods[i], 0, (void *)methods[i], NULL);
    js_setproperty(J, -2, methods[i]);
  }
  def_lazy(J, js_gettop(J) - 1, &LAZY_CTOR);
  js_setproperty(J, sh, "proto");
  js_copy(J, sh);
  js_setregistry(J, "muk.shared");
  js_getregistry(J, "muk.builtins");
  js_newobject(J);
  js_copy(J, sh);
  js_setproperty(J, -2, "exports");
  js_pushliteral(J, "internal/boot_state");
  js_setproperty(J, -2, "id");
  js_pushboolean(J, 1);
  js_setproperty(J, -2, "loaded");
  js_setproperty(J, -2, "internal/boot_state");
  js_pop(J, 2);

  static const struct {
    const char *name;
    js_CFunction fn;
    int n;
  } hooks[] = {
      {"runMain", h_run_main, 2},
      {"fatalException", h_fatal_exception, 1},
      {"emitExit", h_emit_exit, 1},
      {"emitBeforeExit", h_emit_before_exit, 0},
      {"formatError", h_format_error, 1},
  };
  js_newobject(J);
  for (size_t i = 0; i < sizeof hooks / sizeof hooks[0]; i++) {
    js_newcfunction(J, hooks[i].fn, hooks[i].name, hooks[i].n);
    js_setproperty(J, -2, hooks[i].name);
  }
  js_setregistry(J, "muk.internal");
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
  mukjs_promise_init(J);
  mukjs_bindings_init(J); /* internalBinding, and the bindings' state */
  install_error_stack(J);

  if (js_try(J)) {
    fputs("muk: bootstrap failed: ", stderr);
    mukjs_print_error(J, -1);
    js_pop(J, 1);
    return 70;
  }
  boot_native(J);
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
  mukjs_flush_stdout();
  return status;
}
