/* process.c — native facts and actions behind the `process` object. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "binding.h"
#include "buffer.h"
#include "runtime.h"
#include "utf8.h"

extern char **environ;

static void push_string_array(js_State *J, int n, char **v) {
  js_newarray(J);
  for (int i = 0; i < n; i++) {
    js_pushstring(J, v[i]);
    js_setindex(J, -2, i);
  }
}

static void p_argv(js_State *J) {
  mukjs_rt *rt = mukjs_rt_of(J);
  push_string_array(J, rt->argc, rt->argv);
}

/* process.env stores strings, as Node's: the object's put hook turns the
 * value on the stack into its string before mujs stores it, and passes the
 * change on to the real environment (so what the process starts sees it);
 * delete removes the variable. While p_env fills the object the hooks
 * stay quiet. */
static int env_loading;

static void env_set(const char *name, const char *value) {
  char *n = mukjs_utf8_dup(name), *v = value ? mukjs_utf8_dup(value) : NULL;
  if (n && !value)
    unsetenv(n);
  else if (n && v && *n && !strchr(n, '='))
    setenv(n, v, 1);
  free(n);
  free(v);
}

static int env_put(js_State *J, void *p, const char *name) {
  (void)p;
  if (env_loading)
    return 0;
  js_pushstring(J, js_tostring(J, -1));
  js_replace(J, -2);
  env_set(name, js_tostring(J, -1));
  return 0; /* mujs stores the (now string) value */
}

static int env_delete(js_State *J, void *p, const char *name) {
  (void)J;
  (void)p;
  env_set(name, NULL);
  return 0;
}

static void p_env(js_State *J) {
  js_getglobal(J, "Object");
  js_getproperty(J, -1, "prototype");
  js_rot2pop1(J);
  js_newuserdatax(J, "muk.env", NULL, NULL, env_put, env_delete, NULL);
  env_loading = 1;
  for (char **e = environ; *e; e++) {
    const char *eq = strchr(*e, '=');
    if (!eq)
      continue;
    char name[4096];
    size_t n = (size_t)(eq - *e);
    if (n >= sizeof name)
      continue;
    memcpy(name, *e, n);
    name[n] = 0;
    js_pushstring(J, name); /* the key in mujs's form (astral: pairs) */
    js_pushstring(J, eq + 1);
    js_setproperty(J, -3, js_tostring(J, -2));
    js_pop(J, 1);
  }
  env_loading = 0;
}

/* The environment holds UTF-8, mujs strings its own form (see utf8.h). */
static void p_setenv(js_State *J) {
  char *name = mukjs_utf8_dup(js_tostring(J, 1)), *value = NULL;
  int ok = name != NULL;
  if (ok && js_isundefined(J, 2))
    unsetenv(name);
  else if (ok && (ok = (value = mukjs_utf8_dup(js_tostring(J, 2))) != NULL))
    setenv(name, value, 1);
  free(name);
  free(value);
  if (!ok)
    js_error(J, "out of memory");
  js_pushundefined(J);
}

static void p_cwd(js_State *J) {
  char buf[PATH_MAX];
  if (!getcwd(buf, sizeof buf))
    js_error(J, "process.cwd failed: %s", strerror(errno));
  js_pushstring(J, buf);
}

/* chdir(dir) -> 0 or -errno */
static void p_chdir(js_State *J) {
  char *dir = mukjs_utf8_dup(js_tostring(J, 1));
  int r = !dir ? -ENOMEM : chdir(dir) == 0 ? 0 : -errno;
  free(dir);
  js_pushnumber(J, r);
}

static void p_hrtime_ns(js_State *J) {
  js_pushnumber(J, (double)uv_hrtime());
}

/* hrtime() -> [seconds, nanoseconds] */
static void p_hrtime(js_State *J) {
  uint64_t t = uv_hrtime();
  js_newarray(J);
  js_pushnumber(J, (double)(t / 1000000000u));
  js_setindex(J, -2, 0);
  js_pushnumber(J, (double)(t % 1000000000u));
  js_setindex(J, -2, 1);
}

static void p_uptime(js_State *J) {
  mukjs_rt *rt = mukjs_rt_of(J);
  js_pushnumber(J, (double)(uv_hrtime() - rt->start_ns) / 1e9);
}

static void p_is_buffer(js_State *J) { js_pushboolean(J, mukjs_isbuffer(J, 1)); }

static void p_external(js_State *J) {
  js_pushnumber(J, (double)mukjs_buffer_external_bytes());
}

static void p_rss(js_State *J) {
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  js_pushnumber(J, (double)rss);
}

static void p_exit(js_State *J) {
  mukjs_exit(J, js_isundefined(J, 1) ? 0 : js_tointeger(J, 1));
}

/* reallyExit(code): leave at once ('exit' listeners already ran). */
static void p_really_exit(js_State *J) {
  fflush(stdout);
  fflush(stderr);
  mukjs_stdio_at_exit();
  mukjs_rt *rt = mukjs_rt_of(J);
  int code = js_tointeger(J, 1);
  if (rt->on_exit)
    rt->on_exit(rt, code);
  exit(code);
}

/* write(fd, string | Buffer): synchronous, whole data, as Node does for
 * files, pipes and TTYs on POSIX. Strings leave as real UTF-8 (mujs keeps
 * NUL and astral characters in a modified form). Returns bytes written or
 * -errno. */
static void p_write(js_State *J) {
  int fd = js_tointeger(J, 1);
  const char *s;
  size_t len, off = 0;
  char *conv = NULL;
  if (mukjs_isbuffer(J, 2)) {
    s = (const char *)mukjs_tobuffer(J, 2, &len);
  } else {
    s = js_tostring(J, 2);
    len = strlen(s);
    if ((s = mukjs_as_utf8(s, &len, &conv)) == NULL)
      js_error(J, "out of memory");
  }
  if (fd == 1)
    fflush(stdout);
  int r = mukjs_stdio_write(fd, s, len);
  if (r <= 0) { /* a pipe's writer took it (or failed) */
    free(conv);
    js_pushnumber(J, r < 0 ? r : (double)len);
    return;
  }
  while (off < len) {
    ssize_t w = write(fd, s + off, len - off);
    if (w < 0) {
      if (errno == EINTR)
        continue;
      if (errno == EAGAIN) {
        /* non-blocking stdio inherited from a parent: wait until writable */
        usleep(1000);
        continue;
      }
      js_pushnumber(J, -errno);
      free(conv);
      return;
    }
    off += (size_t)w;
  }
  free(conv);
  js_pushnumber(J, (double)len);
}

static void p_kill(js_State *J) {
  int r = uv_kill(js_tointeger(J, 1), js_tointeger(J, 2));
  js_pushnumber(J, r);
}

static void p_cpu_usage(js_State *J) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  js_newarray(J);
  js_pushnumber(J, (double)ru.ru_utime.tv_sec * 1e6 + ru.ru_utime.tv_usec);
  js_setindex(J, -2, 0);
  js_pushnumber(J, (double)ru.ru_stime.tv_sec * 1e6 + ru.ru_stime.tv_usec);
  js_setindex(J, -2, 1);
}

static void p_errname(js_State *J) {
  js_pushstring(J, muk_errname(js_tointeger(J, 1)));
}

static void p_strerror(js_State *J) {
  js_pushstring(J, muk_strerror(js_tointeger(J, 1)));
}

static const mukjs_fn process_fns[] = {
    {"argv", p_argv, 0},          {"env", p_env, 0},
    {"setenv", p_setenv, 2},      {"cwd", p_cwd, 0},
    {"chdir", p_chdir, 1},        {"hrtime", p_hrtime, 0},
    {"hrtimeNs", p_hrtime_ns, 0}, {"uptime", p_uptime, 0},
    {"rss", p_rss, 0},            {"external", p_external, 0},
    {"isBuffer", p_is_buffer, 1},            {"exit", p_exit, 1},
    {"reallyExit", p_really_exit, 1},
    {"write", p_write, 2},        {"nextTick", mukjs_next_tick, 1},
    {"kill", p_kill, 2},          {"cpuUsage", p_cpu_usage, 0},
    {"errname", p_errname, 1},    {"strerror", p_strerror, 1},
    {NULL},
};

static void process_props(js_State *J) {
  mukjs_rt *rt = mukjs_rt_of(J);
  js_pushnumber(J, (double)getpid());
  js_setproperty(J, -2, "pid");
  js_pushnumber(J, (double)getppid());
  js_setproperty(J, -2, "ppid");
  js_pushstring(J, rt->exec_path ? rt->exec_path : "muk");
  js_setproperty(J, -2, "execPath");
  js_pushstring(J, rt->argv0 ? rt->argv0 : "muk");
  js_setproperty(J, -2, "argv0");
  js_pushstring(J, MUK_VERSION_STRING);
  js_setproperty(J, -2, "version");
  js_pushstring(J, uv_version_string());
  js_setproperty(J, -2, "uvVersion");
}

const mukjs_binding mukjs_binding_process = {
    .name = "process",
    .fns = process_fns,
    .props = process_props,
};
