/* driver.c — test driver for bridge/promise.c.
 *
 *   promise-test            run the built-in unit tests (C API + snippets)
 *   promise-test FILE.js    run a script like `muk FILE.js` would, with a
 *                           minimal console, process (EventEmitter-ish,
 *                           nextTick, exit), setTimeout and setImmediate
 *
 * It links only mujs and promise.c: the lead's bridge functions that
 * promise.c calls (mukjs_slot, mukjs_fatal_exception, mukjs_print_error) are
 * stubbed here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bridge.h"

void mukjs_promise_binding_state(js_State *J);

static void *slots[MUKJS_SLOT_MAX];
static int exiting;

void **mukjs_slot(js_State *J, int slot) {
  (void)J;
  return &slots[slot];
}

/* err.stack if it is a string, else String(err) */
static void print_error(js_State *J, int idx);
void mukjs_print_error(js_State *J, int idx) {
  if (idx < 0)
    idx = js_gettop(J) + idx;
  print_error(J, idx);
}

static void print_error(js_State *J, int idx) {
  if (js_try(J)) {
    js_pop(J, 1);
    fprintf(stderr, "(error while printing an error)\n");
    return;
  }
  if (js_isobject(J, idx)) {
    js_getproperty(J, idx, "stack");
    if (js_isstring(J, -1)) {
      fprintf(stderr, "%s\n", js_tostring(J, -1));
      js_pop(J, 1);
      js_getproperty(J, idx, "code");
      if (js_isstring(J, -1))
        fprintf(stderr, "{\n  code: '%s'\n}\n", js_tostring(J, -1));
      js_pop(J, 1);
      js_endtry(J);
      return;
    }
    js_pop(J, 1);
  }
  fprintf(stderr, "%s\n", js_tostring(J, idx));
  js_endtry(J);
}

static void do_exit(js_State *J, int code) {
  if (!exiting) {
    exiting = 1;
    js_getglobal(J, "process");
    js_getproperty(J, -1, "emit");
    js_rot2(J);
    js_pushliteral(J, "exit");
    js_pushnumber(J, code);
    js_pcall(J, 2);
    js_pop(J, 1);
  }
  fflush(stdout);
  exit(code);
}

void mukjs_fatal_exception(js_State *J) {
  int n = 0;
  js_getglobal(J, "process");
  js_getproperty(J, -1, "listenerCount");
  js_rot2(J);
  js_pushliteral(J, "uncaughtException");
  if (!js_pcall(J, 1))
    n = js_tointeger(J, -1);
  js_pop(J, 1);
  if (n > 0) {
    js_getglobal(J, "process");
    js_getproperty(J, -1, "emit");
    js_rot2(J);
    js_pushliteral(J, "uncaughtException");
    js_copy(J, -4);
    if (js_pcall(J, 2)) {
      mukjs_print_error(J, -1);
      do_exit(J, 7);
    }
    js_pop(J, 2);
    return;
  }
  fprintf(stderr, "Uncaught ");
  mukjs_print_error(J, -1);
  js_pop(J, 1);
  do_exit(J, 1);
}

static const char prelude[] =
    "var console = (function () {\n"
    "  function fmt(args) { var a = []; for (var i = 0; i < args.length; i++) a.push(String(args[i])); return a.join(' '); }\n"
    "  return { log: function () { __print(fmt(arguments), 1); }, error: function () { __print(fmt(arguments), 2); } };\n"
    "})();\n"
    "var process = (function () {\n"
    "  var L = {}, ticks = [], timers = [], seq = 0, now = 0;\n"
    "  var p = {\n"
    "    exitCode: undefined,\n"
    "    on: function (n, f) { (L[n] = L[n] || []).push(f); return p; },\n"
    "    removeListener: function (n, f) { var l = L[n] || []; for (var i = 0; i < l.length; i++) if (l[i] === f) { l.splice(i, 1); break; } return p; },\n"
    "    listenerCount: function (n) { return (L[n] || []).length; },\n"
    "    emit: function (n) { var l = L[n]; if (!l || !l.length) return false; var a = Array.prototype.slice.call(arguments, 1); l = l.slice(); for (var i = 0; i < l.length; i++) l[i].apply(p, a); return true; },\n"
    "    exit: function (c) { __exit(c === undefined ? (p.exitCode || 0) : c); },\n"
    "    nextTick: function (f) { ticks.push([f, Array.prototype.slice.call(arguments, 1)]); },\n"
    "    _runTicks: function () { var n = 0; while (ticks.length) { var t = ticks.shift(); n++; t[0].apply(undefined, t[1]); } return n; },\n"
    "    _hasTicks: function () { return ticks.length > 0; },\n"
    "    _nextTimer: function () {\n"
    "      if (!timers.length) return false;\n"
    "      var b = 0; for (var i = 1; i < timers.length; i++) if (timers[i].t < timers[b].t || (timers[i].t === timers[b].t && timers[i].s < timers[b].s)) b = i;\n"
    "      var t = timers.splice(b, 1)[0]; if (t.t > now) now = t.t; t.f.apply(undefined, t.a); return true; },\n"
    "    _addTimer: function (f, ms, a) { var t = { f: f, t: now + (ms > 0 ? ms : 1), s: seq++, a: a }; timers.push(t); return t; },\n"
    "    _clearTimer: function (t) { for (var i = 0; i < timers.length; i++) if (timers[i] === t) { timers.splice(i, 1); return; } }\n"
    "  };\n"
    "  return p;\n"
    "})();\n"
    "function setTimeout(f, ms) { return process._addTimer(f, ms, Array.prototype.slice.call(arguments, 2)); }\n"
    "function setImmediate(f) { return process._addTimer(f, 0, Array.prototype.slice.call(arguments, 1)); }\n"
    "function clearTimeout(t) { process._clearTimer(t); }\n"
    "var clearImmediate = clearTimeout;\n";

static void js_print(js_State *J) {
  FILE *f = js_tointeger(J, 2) == 2 ? stderr : stdout;
  fprintf(f, "%s\n", js_tostring(J, 1));
  js_pushundefined(J);
}

static void js_exit_fn(js_State *J) { do_exit(J, js_tointeger(J, 1)); }

static int call_process(js_State *J, const char *method) {
  int r = 0;
  js_getglobal(J, "process");
  js_getproperty(J, -1, method);
  js_rot2(J);
  if (js_pcall(J, 0)) {
    mukjs_fatal_exception(J);
    return 1;
  }
  r = js_toboolean(J, -1);
  js_pop(J, 1);
  return r;
}

static void run_ticks(js_State *J) {
  do {
    do {
      call_process(J, "_runTicks");
      mukjs_microtasks_run(J);
    } while (call_process(J, "_hasTicks"));
    mukjs_promise_process_rejections(J);
  } while (call_process(J, "_hasTicks") || mukjs_microtasks_pending(J));
}

static js_State *new_state(void) {
  js_State *J = js_newstate(NULL, NULL, 0);
  memset(slots, 0, sizeof slots);
  js_newcfunction(J, js_print, "__print", 2);
  js_setglobal(J, "__print");
  js_newcfunction(J, js_exit_fn, "__exit", 1);
  js_setglobal(J, "__exit");
  js_newcfunction(J, mukjs_promise_binding_state, "promiseState", 1);
  js_setglobal(J, "__promiseState");
  mukjs_promise_init(J);
  if (js_dostring(J, prelude))
    abort();
  return J;
}

static int run_file(const char *path) {
  js_State *J = new_state();
  if (js_ploadfile(J, path)) {
    fprintf(stderr, "%s\n", js_trystring(J, -1, "load error"));
    return 1;
  }
  js_pushundefined(J);
  if (js_pcall(J, 0))
    mukjs_fatal_exception(J);
  else
    js_pop(J, 1);
  run_ticks(J);
  while (call_process(J, "_nextTimer"))
    run_ticks(J);
  {
    int code = 0;
    js_getglobal(J, "process");
    js_getproperty(J, -1, "exitCode");
    if (js_isnumber(J, -1))
      code = js_tointeger(J, -1);
    js_pop(J, 2);
    do_exit(J, code);
  }
  return 0;
}

/* ---- unit tests ---------------------------------------------------------*/

static int failures, checks;

#define CHECK(c)                                                          \
  do {                                                                    \
    checks++;                                                             \
    if (!(c)) {                                                           \
      failures++;                                                         \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c); \
    }                                                                     \
  } while (0)

/* Run src, drain, then compare String(eval(result_expr)) with want. */
static void snippet(const char *name, const char *src, const char *want) {
  js_State *J = new_state();
  const char *got;
  if (js_ploadstring(J, name, src)) {
    fprintf(stderr, "%s: load: %s\n", name, js_trystring(J, -1, "?"));
    failures++;
    js_freestate(J);
    mukjs_promise_free(J);
    return;
  }
  js_pushundefined(J);
  if (js_pcall(J, 0)) {
    fprintf(stderr, "%s: threw: %s\n", name, js_trystring(J, -1, "?"));
    failures++;
  }
  js_pop(J, 1);
  run_ticks(J);
  while (call_process(J, "_nextTimer"))
    run_ticks(J);
  js_getglobal(J, "out");
  js_getproperty(J, -1, "join");
  js_rot2(J);
  js_pushliteral(J, "|");
  js_call(J, 1);
  got = js_tostring(J, -1);
  checks++;
  if (strcmp(got, want)) {
    failures++;
    fprintf(stderr, "%s:\n  want %s\n  got  %s\n", name, want, got);
  }
  js_pop(J, 1);
  mukjs_promise_free(J);
  js_freestate(J);
}

static void test_c_api(void) {
  js_State *J = new_state();
  int st;
  /* new, state, resolve with a value */
  mukjs_promise_new(J);
  CHECK(mukjs_promise_state(J, -1, 0) == 0);
  js_pushnumber(J, 7);
  mukjs_promise_resolve(J, -2);
  CHECK(mukjs_promise_state(J, -1, 1) == 1);
  CHECK(js_tonumber(J, -1) == 7);
  js_pop(J, 1);
  /* a second resolve is ignored */
  js_pushnumber(J, 8);
  mukjs_promise_reject(J, -2);
  CHECK(mukjs_promise_state(J, -1, 1) == 1);
  CHECK(js_tonumber(J, -1) == 7);
  js_pop(J, 2);
  /* not a promise */
  js_newobject(J);
  CHECK(mukjs_promise_state(J, -1, 1) == -1);
  js_pop(J, 1);
  /* reject, then handle from JS before rejections are processed */
  mukjs_promise_new(J);
  js_copy(J, -1);
  js_setglobal(J, "cp");
  js_pushstring(J, "bad");
  mukjs_promise_reject(J, -2);
  st = mukjs_promise_state(J, -1, 1);
  CHECK(st == 2);
  CHECK(!strcmp(js_tostring(J, -1), "bad"));
  js_pop(J, 2);
  CHECK(js_dostring(J, "var out = []; cp.catch(function (e) { out.push('caught ' + e); });") == 0);
  CHECK(mukjs_microtasks_pending(J) == 1);
  CHECK(mukjs_microtasks_run(J) == 1);
  CHECK(mukjs_microtasks_pending(J) == 0);
  mukjs_promise_process_rejections(J); /* nothing unhandled */
  /* resolve from C with a promise: two extra ticks, as in V8 */
  CHECK(js_dostring(J, "var inner = Promise.resolve(5); var order = [];") == 0);
  mukjs_promise_new(J);
  js_copy(J, -1);
  js_setglobal(J, "outer");
  js_getglobal(J, "inner");
  mukjs_promise_resolve(J, -2);
  CHECK(mukjs_promise_state(J, -1, 0) == 0);
  js_pop(J, 1);
  CHECK(js_dostring(J, "outer.then(function (v) { order.push('outer ' + v); });"
                       "Promise.resolve().then(function () { order.push(1); })"
                       ".then(function () { order.push(2); })"
                       ".then(function () { order.push(3); });") == 0);
  run_ticks(J);
  js_getglobal(J, "order");
  js_getproperty(J, -1, "join");
  js_rot2(J);
  js_pushliteral(J, ",");
  js_call(J, 1);
  CHECK(!strcmp(js_tostring(J, -1), "1,2,outer 5,3"));
  js_pop(J, 1);
  /* binding */
  CHECK(js_dostring(J, "var s = __promiseState(Promise.reject(3).catch(function(){}) ); "
                       "var t = __promiseState(Promise.resolve(4)); var u = __promiseState({});"
                       "out.push(s.length + ':' + s[0], t.join(':'), String(u));") == 0);
  run_ticks(J);
  CHECK(js_dostring(J, "if (out.join('|') !== 'caught bad|1:0|1:4|undefined') throw new Error(out.join('|'));") == 0);
  mukjs_promise_free(J);
  js_freestate(J);
}

static const struct {
  const char *name, *src, *want;
} snippets[] = {
    {"then-order",
     "var out = [];"
     "Promise.resolve(1).then(function (v) { out.push('a' + v); return v + 1; })"
     "  .then(function (v) { out.push('b' + v); });"
     "Promise.resolve(10).then(function (v) { out.push('c' + v); });"
     "out.push('sync');",
     "sync|a1|c10|b2"},
    {"executor-throws",
     "var out = [];"
     "new Promise(function (res) { res(1); throw new Error('x'); }).then(function (v) { out.push(v); });"
     "new Promise(function () { throw new Error('boom'); }).catch(function (e) { out.push(e.message); });",
     "1|boom"},
    {"self-resolution",
     "var out = []; var r; var p = new Promise(function (res) { r = res; }); r(p);"
     "p.catch(function (e) { out.push(e instanceof TypeError, e.message); });",
     "true|Chaining cycle detected for promise #<Promise>"},
    {"thenable-once",
     "var out = [];"
     "Promise.resolve({ then: function (a, b) { a(1); a(2); b(3); throw 4; } })"
     "  .then(function (v) { out.push('f' + v); }, function (e) { out.push('r' + e); });",
     "f1"},
    {"finally",
     "var out = [];"
     "Promise.resolve(3).finally(function () { out.push('fin'); return 9; }).then(function (v) { out.push(v); });"
     "Promise.reject(4).finally(function () {}).catch(function (e) { out.push('e' + e); });",
     "fin|3|e4"},
    {"statics",
     "var out = [];"
     "Promise.all([1, Promise.resolve(2), { then: function (r) { r(3); } }]).then(function (v) { out.push('all ' + v); });"
     "Promise.race([new Promise(function () {}), Promise.resolve('r')]).then(function (v) { out.push('race ' + v); });"
     "Promise.any([Promise.reject(1), Promise.reject(2)]).catch(function (e) { out.push(e.name + ' ' + e.message + ' ' + e.errors); });"
     "Promise.allSettled([Promise.reject(1), 2]).then(function (v) { out.push(v[0].status + v[0].reason + v[1].status + v[1].value); });",
     "race r|AggregateError All promises were rejected 1,2|rejected1fulfilled2|all 1,2,3"},
    {"queueMicrotask",
     "var out = [];"
     "Promise.resolve().then(function () { out.push('p1'); });"
     "queueMicrotask(function () { out.push('q1'); });"
     "process.nextTick(function () { out.push('tick'); });"
     "try { queueMicrotask(1); } catch (e) { out.push(e.code); }",
     "ERR_INVALID_ARG_TYPE|tick|p1|q1"},
    {"ring-wrap-and-grow",
     "var out = [], n = 0;"
     "function spawn(k) { for (var i = 0; i < k; i++) queueMicrotask(function () { n++; }); }"
     "for (var r = 0; r < 10; r++) Promise.resolve(r).then(function (v) { spawn(300 * (v + 1)); out.push(v); });"
     "spawn(200);"
     "setTimeout(function () { out.push(n); }, 1);",
     "0|1|2|3|4|5|6|7|8|9|16700"},
    {"unhandled-listener",
     "var out = [];"
     "process.on('unhandledRejection', function (r, p) { out.push('unhandled ' + r); setTimeout(function () { p.catch(function () {}); }, 1); });"
     "process.on('rejectionHandled', function (p) { out.push('handled later'); });"
     "Promise.reject(5); var q = Promise.reject(6); q.catch(function () {});",
     "unhandled 5|handled later"},
};

int main(int argc, char **argv) {
  size_t i;
  if (argc > 1)
    return run_file(argv[1]);
  test_c_api();
  for (i = 0; i < sizeof snippets / sizeof snippets[0]; i++)
    snippet(snippets[i].name, snippets[i].src, snippets[i].want);
  printf("%d checks, %d failures\n", checks, failures);
  return failures ? 1 : 0;
}
