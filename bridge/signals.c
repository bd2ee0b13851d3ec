/* signals.c — internalBinding('signals'): process.on('SIGINT') and its
 * kind, with one uv_signal_t per watched signal on the kernel's loop.
 *
 *   setHandler(fn)   fn(signum) runs (a macrotask) when a watched signal
 *                    arrives; js/internal/process.js emits the event
 *   watch(signum)    -> 0 or a negative code: start watching (the
 *                    signal's default action is replaced, as a listener
 *                    does in Node)
 *   unwatch(signum)  stop watching: the default action comes back
 *
 * The watchers are unref'd, as Node's: a listener alone does not keep the
 * process alive. Their state is process-wide (one runtime per process); the
 * handles are closed when the runtime is freed. */
#include <signal.h>
#include <stdlib.h>

#include "binding.h"
#include "runtime.h"

#define NSIG_MAX 65
#define REG_HANDLER "muk.signals.handler"

typedef struct sig_state {
  js_State *J;
  uv_signal_t *w[NSIG_MAX];
} sig_state;

static sig_state g_sig;

static void on_signal(uv_signal_t *h, int signum) {
  js_State *J = h->data;
  js_getregistry(J, REG_HANDLER);
  if (!js_iscallable(J, -1)) {
    js_pop(J, 1);
    return;
  }
  js_pushundefined(J);
  js_pushnumber(J, signum);
  mukjs_call_protected(J, 1);
  mukjs_run_ticks(J);
}

static void s_set_handler(js_State *J) {
  js_copy(J, 1);
  js_setregistry(J, REG_HANDLER);
  js_pushundefined(J);
}

static void s_watch(js_State *J) {
  int sig = js_tointeger(J, 1), r = 0;
  if (sig <= 0 || sig >= NSIG_MAX || sig == SIGKILL || sig == SIGSTOP) {
    js_pushnumber(J, UV_EINVAL);
    return;
  }
  if (!g_sig.w[sig]) {
    uv_signal_t *h = malloc(sizeof *h);
    if (!h || (r = uv_signal_init(mukjs_loop(J), h)) != 0) {
      free(h);
      js_pushnumber(J, h ? r : UV_ENOMEM);
      return;
    }
    h->data = J;
    uv_unref((uv_handle_t *)h);
    g_sig.w[sig] = h;
  }
  r = uv_signal_start(g_sig.w[sig], on_signal, sig);
  js_pushnumber(J, r);
}

static void s_unwatch(js_State *J) {
  int sig = js_tointeger(J, 1);
  if (sig > 0 && sig < NSIG_MAX && g_sig.w[sig])
    uv_signal_stop(g_sig.w[sig]);
  js_pushundefined(J);
}

static void on_closed(uv_handle_t *h) { free(h); }

static void signals_free(js_State *J) {
  int closed = 0;
  for (int i = 0; i < NSIG_MAX; i++) {
    if (g_sig.w[i]) {
      uv_close((uv_handle_t *)g_sig.w[i], on_closed);
      closed = 1;
    }
    g_sig.w[i] = NULL;
  }
  if (closed)
    uv_run(mukjs_loop(J), UV_RUN_NOWAIT);
}

static const mukjs_fn signals_fns[] = {
    {"setHandler", s_set_handler, 1},
    {"watch", s_watch, 1},
    {"unwatch", s_unwatch, 1},
    {NULL},
};

const mukjs_binding mukjs_binding_signals = {
    .name = "signals",
    .fns = signals_fns,
    .free = signals_free,
};
