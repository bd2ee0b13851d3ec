/* os.c — internalBinding('os'): facts about the machine for js/os.js. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "binding.h"
#include "runtime.h"

static void o_hostname(js_State *J) {
  char buf[UV_MAXHOSTNAMESIZE];
  size_t n = sizeof buf;
  if (uv_os_gethostname(buf, &n) != 0)
    js_pushstring(J, "localhost");
  else
    js_pushstring(J, buf);
}

static void o_cpu_count(js_State *J) {
  js_pushnumber(J, uv_available_parallelism());
}

/* cpus() -> [[model, speed, user, nice, sys, idle, irq], ...] */
static void o_cpus(js_State *J) {
  uv_cpu_info_t *info;
  int n;
  js_newarray(J);
  if (uv_cpu_info(&info, &n) != 0)
    return;
  for (int i = 0; i < n; i++) {
    js_newarray(J);
    js_pushstring(J, info[i].model ? info[i].model : "");
    js_setindex(J, -2, 0);
    js_pushnumber(J, info[i].speed);
    js_setindex(J, -2, 1);
    js_pushnumber(J, (double)info[i].cpu_times.user);
    js_setindex(J, -2, 2);
    js_pushnumber(J, (double)info[i].cpu_times.nice);
    js_setindex(J, -2, 3);
    js_pushnumber(J, (double)info[i].cpu_times.sys);
    js_setindex(J, -2, 4);
    js_pushnumber(J, (double)info[i].cpu_times.idle);
    js_setindex(J, -2, 5);
    js_pushnumber(J, (double)info[i].cpu_times.irq);
    js_setindex(J, -2, 6);
    js_setindex(J, -2, i);
  }
  uv_free_cpu_info(info, n);
}

static void o_homedir(js_State *J) {
  char buf[4096];
  size_t n = sizeof buf;
  if (uv_os_homedir(buf, &n) != 0)
    js_pushstring(J, "/");
  else
    js_pushstring(J, buf);
}

static void o_tmpdir(js_State *J) {
  char buf[4096];
  size_t n = sizeof buf;
  if (uv_os_tmpdir(buf, &n) != 0)
    js_pushstring(J, "/tmp");
  else
    js_pushstring(J, buf);
}

/* uname() -> [sysname, release, machine, version] */
static void o_uname(js_State *J) {
  uv_utsname_t u;
  js_newarray(J);
  if (uv_os_uname(&u) != 0)
    return;
  js_pushstring(J, u.sysname);
  js_setindex(J, -2, 0);
  js_pushstring(J, u.release);
  js_setindex(J, -2, 1);
  js_pushstring(J, u.machine);
  js_setindex(J, -2, 2);
  js_pushstring(J, u.version);
  js_setindex(J, -2, 3);
}

static void o_totalmem(js_State *J) { js_pushnumber(J, (double)uv_get_total_memory()); }
static void o_freemem(js_State *J) { js_pushnumber(J, (double)uv_get_free_memory()); }

static void o_uptime(js_State *J) {
  double up = 0;
  uv_uptime(&up);
  js_pushnumber(J, up);
}

static void o_loadavg(js_State *J) {
  double avg[3];
  uv_loadavg(avg);
  js_newarray(J);
  for (int i = 0; i < 3; i++) {
    js_pushnumber(J, avg[i]);
    js_setindex(J, -2, i);
  }
}

/* userInfo() -> {uid, gid, username, homedir, shell} */
static void o_user_info(js_State *J) {
  uv_passwd_t pw;
  if (uv_os_get_passwd(&pw) != 0) {
    js_pushundefined(J);
    return;
  }
  js_newobject(J);
  js_pushnumber(J, (double)pw.uid);
  js_setproperty(J, -2, "uid");
  js_pushnumber(J, (double)pw.gid);
  js_setproperty(J, -2, "gid");
  js_pushstring(J, pw.username ? pw.username : "");
  js_setproperty(J, -2, "username");
  js_pushstring(J, pw.homedir ? pw.homedir : "");
  js_setproperty(J, -2, "homedir");
  if (pw.shell)
    js_pushstring(J, pw.shell);
  else
    js_pushnull(J);
  js_setproperty(J, -2, "shell");
  uv_os_free_passwd(&pw);
}

static const mukjs_fn os_fns[] = {
    {"hostname", o_hostname, 0}, {"cpuCount", o_cpu_count, 0}, {"cpus", o_cpus, 0},
    {"homedir", o_homedir, 0},   {"tmpdir", o_tmpdir, 0},      {"uname", o_uname, 0},
    {"totalmem", o_totalmem, 0}, {"freemem", o_freemem, 0},    {"uptime", o_uptime, 0},
    {"loadavg", o_loadavg, 0},   {"userInfo", o_user_info, 0}, {NULL},
};

const mukjs_binding mukjs_binding_os = {.name = "os", .fns = os_fns};
