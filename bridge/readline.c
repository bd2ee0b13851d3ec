/* readline.c — internalBinding('readline'): the line loop of readline's
 * Interface (js/readline.js _normalWrite) for input that is not a terminal.
 *
 *   emitLines(iface, pending, string)  pending is the partial line before
 *       string (a string or null). Without a line ending (\n, \r\n, or a \r
 *       not followed by \n) in string, iface._lineBuffer becomes pending +
 *       string. With one, _sawReturnAt is cleared unless string ends with
 *       \r (the caller stamped it), _lineBuffer becomes what follows the
 *       last ending, and then each line (pending joined to the first) goes
 *       to iface as _onLine would: to a pending question's callback
 *       (through iface._onLine), else as iface.emit('line', line); the loop
 *       stops once iface.closed.
 *
 * In JS this was a split into an array of every line and a call of
 * _onLine per line, each line's string made twice as many times; here the
 * lines are cut from the chunk as they are emitted. */
#include <string.h>

#include "binding.h"
#include "events.h"

static _Thread_local js_State *interned_for;
static _Thread_local const char *k_emit, *k_closed, *k_question, *k_online,
    *k_buffer, *k_saw_return, *k_line;

static void intern(js_State *J) {
  if (interned_for == J)
    return;
  k_emit = js_intern(J, "emit");
  k_closed = js_intern(J, "closed");
  k_question = js_intern(J, "_questionCallback");
  k_online = js_intern(J, "_onLine");
  k_buffer = js_intern(J, "_lineBuffer");
  k_saw_return = js_intern(J, "_sawReturnAt");
  k_line = js_intern(J, "line");
  interned_for = J;
}

/* Whether iface[name] is truthy (the stack as it was). */
static int truthy(js_State *J, const char *name) {
  int r;
  js_getpropertyI(J, 1, name);
  r = js_toboolean(J, -1);
  js_pop(J, 1);
  return r;
}

/* Push the line s[0..n), after pending (stack index 2) when first. */
static void push_line(js_State *J, const char *s, size_t n, int first) {
  if (first && js_isstring(J, 2)) {
    js_copy(J, 2);
    js_pushlstring(J, s, (int)n);
    js_concat(J);
  } else {
    js_pushlstring(J, s, (int)n);
  }
}

/* The line s[0..n) to iface, as _onLine does. */
static void on_line(js_State *J, const char *s, size_t n, int first) {
  if (truthy(J, k_question)) {
    js_getpropertyI(J, 1, k_online);
    js_copy(J, 1);
    push_line(J, s, n, first);
    js_call(J, 1);
    js_pop(J, 1);
    return;
  }
  js_getpropertyI(J, 1, k_emit);
  if (mukjs_events_is_emit(J, -1)) { /* EventEmitter's: no call into it */
    js_pop(J, 1);
    push_line(J, s, n, first);
    mukjs_events_emit1(J, 1, "line", k_line);
    return;
  }
  js_copy(J, 1);
  js_pushliteral(J, "line");
  push_line(J, s, n, first);
  js_call(J, 2);
  js_pop(J, 1);
}

static void rl_emit_lines(js_State *J) {
  const char *s;
  size_t n, end, at = 0;
  int cr;
  if (!js_isobject(J, 1) || !js_isstring(J, 3))
    js_typeerror(J, "emitLines(iface, pending, string)");
  intern(J);
  s = js_tostring(J, 3); /* stays on the stack: the bytes stay put */
  n = strlen(s);         /* mujs keeps U+0000 as C0 80: no NUL inside */
  end = n;
  while (end > 0 && s[end - 1] != '\n' && s[end - 1] != '\r')
    end--;
  if (end == 0) { /* no line ending: the partial line grows */
    if (n > 0) {
      push_line(J, s, n, 1);
      js_setproperty(J, 1, k_buffer);
    }
    js_pushundefined(J);
    return;
  }
  if (s[n - 1] != '\r') {
    js_pushnumber(J, 0);
    js_setproperty(J, 1, k_saw_return);
  }
  js_pushlstring(J, s + end, (int)(n - end));
  js_setproperty(J, 1, k_buffer);
  cr = memchr(s, '\r', end) != NULL; /* else each line ends at a \n */
  while (at < end) {
    size_t len = cr ? strcspn(s + at, "\r\n")
                    : (size_t)((const char *)memchr(s + at, '\n', end - at) - (s + at));
    size_t next = at + len + 1;
    if (s[at + len] == '\r' && s[next] == '\n')
      next++;
    on_line(J, s + at, len, at == 0);
    if (truthy(J, k_closed))
      break;
    at = next;
  }
  js_pushundefined(J);
}

static const mukjs_fn readline_fns[] = {
    {"emitLines", rl_emit_lines, 3},
    {NULL},
};

/* A runtime made where a freed one was must not see its interned names. */
static void rl_init(js_State *J) {
  (void)J;
  interned_for = NULL;
}

const mukjs_binding mukjs_binding_readline = {
    .name = "readline",
    .fns = readline_fns,
    .init = rl_init,
};
