/* loader.c — native half of require(): the embedded module table, reading
 * files, and compiling a module body into a function. Resolution rules live
 * in js/internal/loader.js. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "binding.h"
#include "js_modules.h"
#include "module_wrap.h"
#include "runtime.h"

static int cmp_module(const void *key, const void *elem) {
  return strcmp(key, ((const muk_js_module *)elem)->name);
}

const muk_js_module *muk_js_module_find(const char *name) {
  return bsearch(name, muk_js_modules, muk_js_nmodules, sizeof muk_js_modules[0],
                 cmp_module);
}

/* Compile source (a JS string) into the module wrapper function. */
static void compile_module(js_State *J, const char *src, size_t len,
                           const char *filename) {
  char *buf = muk_module_wrap(src, len);
  if (!buf)
    js_error(J, "out of memory compiling %s", filename);
  if (js_try(J)) {
    free(buf);
    js_throw(J);
  }
  js_loadstring(J, filename, buf);
  js_endtry(J);
  free(buf);
  /* The script evaluates to the wrapper function. */
  js_pushundefined(J);
  js_call(J, 0);
}

/* compile(source, filename) -> function */
static void l_compile(js_State *J) {
  const char *filename = js_tostring(J, 2);
  const char *src = js_tostring(J, 1);
  compile_module(J, src, strlen(src), filename);
}

/* Push the wrapper function of built-in module NAME and return 1, or push
 * nothing and return 0 when there is no such module. Used by boot.c. */
int mukjs_loader_push_builtin(js_State *J, const char *name) {
  const muk_js_module *m = muk_js_module_find(name);
  if (!m)
    return 0;
  const muk_js_bytecode *bc = &muk_js_bytecodes[m - muk_js_modules];
  if (bc->len) {
    /* compiled when muk was built (tools/gen_bytecode.c) */
    js_loadbytecode(J, bc->bytes, bc->len);
    js_pushundefined(J);
    js_call(J, 0);
    return 1;
  }
  char filename[256];
  snprintf(filename, sizeof filename, "node:%s", name);
  compile_module(J, m->source, (size_t)m->len, filename);
  return 1;
}

/* Compile SRC (a module body) as FILENAME into the wrapper function. */
void mukjs_loader_compile(js_State *J, const char *src, const char *filename) {
  compile_module(J, src, strlen(src), filename);
}

/* compileBuiltin(name) -> function | undefined */
static void l_compile_builtin(js_State *J) {
  if (!mukjs_loader_push_builtin(J, js_tostring(J, 1)))
    js_pushundefined(J);
}

/* hasBuiltin(name) -> whether the module is embedded (compiles nothing) */
static void l_has_builtin(js_State *J) {
  js_pushboolean(J, muk_js_module_find(js_tostring(J, 1)) != NULL);
}

/* Lexically normalise an absolute path in place, as path.resolve does:
 * no empty or '.' segments, '..' removed with its parent, no trailing '/'. */
static void normalize_abs(char *p) {
  char *out = p; /* p[0] == '/' */
  const char *in = p;
  while (*in) {
    while (*in == '/')
      in++;
    const char *seg = in;
    while (*in && *in != '/')
      in++;
    size_t n = (size_t)(in - seg);
    if (n == 0 || (n == 1 && seg[0] == '.'))
      continue;
    if (n == 2 && seg[0] == '.' && seg[1] == '.') {
      while (out > p && *--out != '/')
        ;
      continue;
    }
    *out++ = '/';
    memmove(out, seg, n);
    out += n;
  }
  if (out == p)
    *out++ = '/';
  *out = 0;
}

/* Node's Module._nodeModulePaths(dir) for an absolute, normalised dir. */
static void push_node_module_paths(js_State *J, const char *dir) {
  size_t len = strlen(dir);
  char buf[PATH_MAX + 16];
  int n = 0;
  js_newarray(J);
  while (len > 1) {
    const char *seg = dir + len;
    while (seg > dir && seg[-1] != '/')
      seg--;
    if (!((size_t)(dir + len - seg) == 12 && memcmp(seg, "node_modules", 12) == 0)) {
      memcpy(buf, dir, len); /* len < PATH_MAX: dir came from realpath */
      memcpy(buf + len, "/node_modules", sizeof "/node_modules");
      js_pushstring(J, buf);
      js_setindex(J, -2, n++);
    }
    len = (size_t)(seg - dir) - 1; /* drop "/seg" */
  }
  js_pushliteral(J, "/node_modules");
  js_setindex(J, -2, n);
}

/* Push [filename, dirname, node_modules paths] and return 1 when FILE
 * (resolved against the cwd) is an existing non-directory, else push
 * nothing and return 0: the fast path for the main script, before
 * internal/loader is loaded. */
int mukjs_loader_push_main_info(js_State *J, const char *file) {
  char abs[PATH_MAX], real[PATH_MAX];
  size_t flen = strlen(file);
  if (file[0] == '/') {
    if (flen >= sizeof abs)
      goto none;
    memcpy(abs, file, flen + 1);
  } else {
    if (!getcwd(abs, sizeof abs))
      goto none;
    size_t clen = strlen(abs);
    if (clen + 1 + flen >= sizeof abs)
      goto none;
    abs[clen] = '/';
    memcpy(abs + clen + 1, file, flen + 1);
  }
  normalize_abs(abs);
  struct stat st;
  if (stat(abs, &st) < 0 || S_ISDIR(st.st_mode) || !realpath(abs, real))
    goto none;
  js_newarray(J);
  js_pushstring(J, real);
  js_setindex(J, -2, 0);
  char *slash = strrchr(real, '/');
  if (slash == real)
    slash[1] = 0;
  else
    *slash = 0;
  js_pushstring(J, real);
  js_setindex(J, -2, 1);
  push_node_module_paths(J, real);
  js_setindex(J, -2, 2);
  return 1;
none:
  return 0;
}

/* resolveMain(file) -> mukjs_loader_push_main_info's array | undefined */
static void l_resolve_main(js_State *J) {
  if (!mukjs_loader_push_main_info(J, js_tostring(J, 1)))
    js_pushundefined(J);
}

/* builtinNames() -> [names] (public ones, without internal/) */
static void l_builtin_names(js_State *J) {
  js_newarray(J);
  int n = 0;
  for (unsigned i = 0; i < muk_js_nmodules; i++) {
    if (strncmp(muk_js_modules[i].name, "internal/", 9) == 0)
      continue;
    js_pushstring(J, muk_js_modules[i].name);
    js_setindex(J, -2, n++);
  }
}

/* Push the text of file PATH (without a UTF-8 BOM) and return 1, or push
 * nothing and return 0 when it is missing or not a regular file. */
int mukjs_loader_push_file(js_State *J, const char *path) {
  /* As Node: a module (or the main script) outside --allow-fs-read throws
   * ERR_ACCESS_DENIED naming the resolved file. */
  struct stat pst;
  if (!mukjs_may_read(J, path)) {
    if (stat(path, &pst) != 0) /* a probe for a file that is not there */
      return 0;
    mukjs_throw_access_denied(J, MUK_CAP_FS_READ, path);
  }
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return 0;
  struct stat st;
  if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    return 0;
  }
  size_t cap = (size_t)st.st_size + 1, len = 0;
  char *buf = malloc(cap);
  if (!buf) {
    close(fd);
    js_error(J, "out of memory reading %s", path);
  }
  for (;;) {
    if (len + 1 >= cap) {
      char *nb = realloc(buf, cap * 2);
      if (!nb) {
        free(buf);
        close(fd);
        js_error(J, "out of memory reading %s", path);
      }
      buf = nb;
      cap *= 2;
    }
    ssize_t r = read(fd, buf + len, cap - len - 1);
    if (r < 0 && errno == EINTR)
      continue;
    if (r <= 0)
      break;
    len += (size_t)r;
  }
  close(fd);
  buf[len] = 0;
  /* Skip a UTF-8 BOM as Node does. */
  const char *s = buf;
  if (len >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBB &&
      (unsigned char)s[2] == 0xBF)
    s += 3;
  if (js_try(J)) {
    free(buf);
    js_throw(J);
  }
  js_pushstring(J, s);
  js_endtry(J);
  free(buf);
  return 1;
}

/* readFile(path) -> string | undefined (missing/unreadable) */
static void l_read_file(js_State *J) {
  if (!mukjs_loader_push_file(J, js_tostring(J, 1)))
    js_pushundefined(J);
}

/* stat(path) -> 0 missing, 1 file, 2 directory */
static void l_stat(js_State *J) {
  struct stat st;
  const char *path = js_tostring(J, 1);
  if (stat(path, &st) < 0)
    js_pushnumber(J, 0);
  else
    js_pushnumber(J, S_ISDIR(st.st_mode) ? 2 : 1);
}

static void l_realpath(js_State *J) {
  char out[PATH_MAX];
  const char *path = js_tostring(J, 1);
  if (!realpath(path, out))
    js_copy(J, 1);
  else
    js_pushstring(J, out);
}

/* runScript(source, filename): -e code, evaluated as a script (global this). */
static void l_run_script(js_State *J) {
  const char *src = js_tostring(J, 1);
  const char *filename = js_tostring(J, 2);
  js_loadstring(J, filename, src);
  js_pushundefined(J);
  js_call(J, 0);
}

/* compileScript(source, filename[, scope]) -> the compiled script, to be
 * called with no arguments (vm.Script). With a scope object: compiled as
 * global eval code whose scope chain starts with that object (vm contexts:
 * its declarations land there, its closures keep seeing it). */
static void l_compile_script(js_State *J) {
  const char *src = js_tostring(J, 1);
  const char *filename = js_tostring(J, 2);
  if (js_isobject(J, 3)) {
    js_copy(J, 3);
    js_loadevalwith(J, filename, src);
  } else {
    js_loadstring(J, filename, src);
  }
}

/* Push a new Module as Node's constructor makes it, in one place for both
 * the main module's fast path (boot.c) and internal/loader's Module():
 * Object.create(Module.prototype) with id, path, exports {}, filename
 * null, loaded false, children [], paths [], and a non-enumerable parent,
 * added to the parent's children. id, path and parent are stack indexes
 * (parent may hold undefined or null). */
void mukjs_module_push_new(js_State *J, int id, int path, int parent) {
  js_getglobal(J, "Object");
  js_getproperty(J, -1, "create");
  js_rot2(J);
  js_getregistry(J, "muk.shared");
  js_getproperty(J, -1, "proto");
  js_rot2(J);
  js_pop(J, 1);
  js_call(J, 1);
  int mod = js_gettop(J) - 1;
  js_copy(J, id);
  js_setproperty(J, mod, "id");
  js_copy(J, path);
  js_setproperty(J, mod, "path");
  js_newobject(J);
  js_setproperty(J, mod, "exports");
  js_pushnull(J);
  js_setproperty(J, mod, "filename");
  js_pushboolean(J, 0);
  js_setproperty(J, mod, "loaded");
  js_newarray(J);
  js_setproperty(J, mod, "children");
  js_newarray(J);
  js_setproperty(J, mod, "paths");
  if (js_isundefined(J, parent))
    js_pushundefined(J);
  else
    js_copy(J, parent);
  js_defproperty(J, mod, "parent", JS_DONTENUM);
  if (js_isobject(J, parent)) {
    js_getproperty(J, parent, "children");
    if (js_isarray(J, -1)) {
      js_getproperty(J, -1, "push");
      js_rot2(J);
      js_copy(J, mod);
      js_call(J, 1);
    }
    js_pop(J, 1);
  }
}

/* newModule(id, path, parent) -> the Module (mukjs_module_push_new). */
static void l_new_module(js_State *J) { mukjs_module_push_new(J, 1, 2, 3); }

static const mukjs_fn loader_fns[] = {
    {"newModule", l_new_module, 3},
    {"compile", l_compile, 2},
    {"compileBuiltin", l_compile_builtin, 1},
    {"hasBuiltin", l_has_builtin, 1},
    {"resolveMain", l_resolve_main, 1},
    {"builtinNames", l_builtin_names, 0},
    {"readFile", l_read_file, 1},
    {"stat", l_stat, 1},
    {"realpath", l_realpath, 1},
    {"runScript", l_run_script, 2},
    {"compileScript", l_compile_script, 3},
    {NULL},
};

const mukjs_binding mukjs_binding_loader = {.name = "loader", .fns = loader_fns};
