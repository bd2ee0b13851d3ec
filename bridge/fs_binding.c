/* fs_binding.c — internalBinding('fs'): what js/fs.js needs besides the
 * kernel binding's async send.
 *
 *   callSync(serviceId, op, args[], payload: Buffer|string|undefined)
 *       -> [status, results[], payload: Buffer|undefined]
 *     muk_call_sync: the loop thread waits for the service's reply, so the
 *     *Sync forms go through the same service (and backend) as the async
 *     ones. Arguments convert as in the kernel binding's send.
 *   constants: fs.constants (O_*, S_IF*, F_OK..., COPYFILE_*, UV_FS_*)
 *
 * Fast paths for the hot callback forms (no request object, no closure,
 * the reply converted here): each returns false, sending nothing, when its
 * arguments are not the plain shape (js/fs.js then takes the general path).
 *   fastInit(Stats.prototype, onError)
 *       onError(cb, status, results[], syscall, path) builds the error.
 *   stat(path, cb) / lstat(path, cb) / fstat(fd, cb)   cb(null, Stats)
 *     The Stats is built here: Node 20's 18 own properties (Dates eager).
 *   readFile(path, cb, encoding|undefined)              cb(null, data)
 *     data: the reply's bytes as an adopting Buffer, or decoded in C.
 */
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buffer.h"
#include "call.h"
#include "runtime.h"

static void fs_call_sync(js_State *J) {
  muk_kernel *k = mukjs_kernel(J);
  muk_msg *m = muk_msg_new(k);
  int status;
  if (!m)
    js_error(J, "out of memory");
  m->service = (uint32_t)js_tointeger(J, 1);
  m->op = (uint32_t)js_tointeger(J, 2);
  if (js_try(J)) {
    muk_msg_free(m);
    js_throw(J);
  }
  mukjs_msg_add_args(J, m, 3);
  mukjs_msg_set_payload(J, m, 4); /* a Buffer rides in place, no copy */
  status = muk_call_sync(k, m);
  js_newarray(J);
  js_pushnumber(J, status);
  js_setindex(J, -2, 0);
  mukjs_push_msg_results(J, m);
  js_setindex(J, -2, 1);
  if (m->payload.data) { /* the reply's bytes become a Buffer, no copy */
    size_t len;
    muk_free_fn fn;
    void *ud;
    uint8_t *p = muk_msg_take_payload(m, &len, &fn, &ud);
    mukjs_pushbuffer(J, p, len, fn, ud);
  } else {
    js_pushundefined(J);
  }
  js_setindex(J, -2, 2);
  js_endtry(J);
  muk_msg_free(m);
}


/* ---- fast paths ----------------------------------------------------------*/
enum { FAST_STAT, FAST_LSTAT, FAST_FSTAT, FAST_READFILE };
static const char *const fast_syscall[] = {"stat", "lstat", "fstat", "open"};

/* The fs service's ids, per kernel (looked up once). */
static struct {
  muk_kernel *k;
  int sid, op[4];
} ids;

static int fast_ids(js_State *J) {
  muk_kernel *k = mukjs_kernel(J);
  static const char *const names[] = {"stat", "lstat", "fstat", "readFile"};
  int i, sid;
  if (ids.k == k)
    return 0;
  if ((sid = muk_service_id(k, "fs")) < 0)
    return -1;
  for (i = 0; i < 4; i++)
    if ((ids.op[i] = muk_op_id(k, (uint32_t)sid, names[i])) < 0)
      return -1;
  ids.sid = sid;
  ids.k = k;
  return 0;
}

/* A path the fast path takes: a string without NUL (modified UTF-8 holds
 * U+0000 as C0 80). */
static const char *fast_path(js_State *J, int idx, size_t *len) {
  const char *p;
  if (!js_isstring(J, idx))
    return NULL;
  p = js_tostring(J, idx);
  *len = strlen(p);
  if (*len == 0 || strstr(p, "\xC0\x80"))
    return NULL;
  return p;
}

/* m->tag: kind | encoding << 2 | cb slot << 8 | path slot << 36 */
#define FAST_TAG(kind, enc, cbs, ps)                                        \
  ((uint64_t)(kind) | (uint64_t)(enc) << 2 | (uint64_t)(cbs) << 8 |         \
   (uint64_t)(ps) << 36)

static uint64_t parse_u64(const char **p) {
  uint64_t v = 0;
  const char *s = *p;
  while (*s >= '0' && *s <= '9')
    v = v * 10 + (uint64_t)(*s++ - '0');
  if (*s == ',')
    s++;
  *p = s;
  return v;
}

static int64_t parse_i64(const char **p) {
  int neg = **p == '-';
  int64_t v;
  if (neg)
    (*p)++;
  v = (int64_t)parse_u64(p);
  return neg ? -v : v;
}

/* Push a Stats (prototype in the registry) from the service's string. */
static void push_stats(js_State *J, const char *s) {
  static const char *const names[10] = {"dev",  "mode",    "nlink", "uid",
                                        "gid",  "rdev",    "blksize", "ino",
                                        "size", "blocks"};
  static const char *const ms[4] = {"atimeMs", "mtimeMs", "ctimeMs",
                                    "birthtimeMs"};
  static const char *const dates[4] = {"atime", "mtime", "ctime", "birthtime"};
  double t[4];
  int i;
  js_getregistry(J, "fs.statsProto");
  js_newobjectx(J);
  for (i = 0; i < 10; i++) {
    js_pushnumber(J, (double)parse_u64(&s));
    js_defproperty(J, -2, names[i], 0);
  }
  for (i = 0; i < 4; i++) {
    int64_t sec = parse_i64(&s), nsec = parse_i64(&s);
    t[i] = (double)sec * 1e3 + (double)nsec / 1e6;
    js_pushnumber(J, t[i]);
    js_defproperty(J, -2, ms[i], 0);
  }
  for (i = 0; i < 4; i++) {
    js_getregistry(J, "fs.Date");
    js_pushnumber(J, round(t[i]));
    js_construct(J, 1);
    js_defproperty(J, -2, dates[i], 0);
  }
}

static void on_fast_reply(muk_msg *m, void *ud) {
  js_State *J = ud;
  int kind = (int)(m->tag & 3), enc = (int)(m->tag >> 2 & 63) - 1;
  int cbs = (int)(m->tag >> 8 & 0xfffffff), ps = (int)(m->tag >> 36);
  int status = m->status;
  mukjs_call_take(J, cbs); /* cb */
  if (status < 0) { /* onError(cb, status, results, syscall, path) */
    if (ps)
      mukjs_call_take(J, ps);
    else
      js_pushundefined(J);
    js_getregistry(J, "fs.fastError");
    js_pushundefined(J);
    js_copy(J, -4); /* cb */
    js_pushnumber(J, status);
    js_newarray(J);
    for (uint32_t i = 0; i < m->nargs; i++) {
      muk_arg *a = &m->args[i];
      if (a->type == MUK_T_I64)
        js_pushnumber(J, (double)a->v.i);
      else if (a->type == MUK_T_STR)
        js_pushlstring(J, a->v.s, (int)a->len);
      else
        js_pushundefined(J);
      js_setindex(J, -2, (int)i);
    }
    js_pushstring(J, fast_syscall[kind]);
    js_copy(J, -7); /* path */
    muk_msg_free(m);
    mukjs_call_protected(J, 5);
    js_pop(J, 2);
    mukjs_run_ticks(J);
    return;
  }
  if (ps) {
    mukjs_call_take(J, ps);
    js_pop(J, 1);
  }
  js_pushundefined(J);
  js_pushnull(J);
  if (kind != FAST_READFILE) {
    const char *s = "";
    size_t len;
    if (m->nargs > 0 && m->args[0].type == MUK_T_STR)
      muk_msg_str(m, 0, &s, &len);
    push_stats(J, s);
  } else if (enc >= 0) {
    mukjs_push_decoded(J, m->payload.data ? m->payload.data : (const uint8_t *)"",
                       m->payload.data ? m->payload.len : 0, enc);
  } else if (m->payload.data) {
    size_t len;
    muk_free_fn fn;
    void *fud;
    uint8_t *p = muk_msg_take_payload(m, &len, &fn, &fud);
    mukjs_pushbuffer(J, p, len, fn, fud);
  } else {
    mukjs_newbuffer(J, 0);
  }
  muk_msg_free(m);
  mukjs_call_protected(J, 2);
  mukjs_run_ticks(J);
}

static void fast_send(js_State *J, int kind, int enc) {
  muk_kernel *k = mukjs_kernel(J);
  muk_msg *m;
  const char *path = NULL;
  size_t len = 0;
  double fd = 0;
  int cbs, ps = 0;
  if (kind == FAST_FSTAT) {
    fd = js_isnumber(J, 1) ? js_tonumber(J, 1) : -1;
    if (fd != floor(fd) || fd < 0 || fd > 2147483647.0) {
      js_pushboolean(J, 0);
      return;
    }
  } else if (!(path = fast_path(J, 1, &len))) {
    js_pushboolean(J, 0);
    return;
  }
  if (!js_iscallable(J, 2) || fast_ids(J) < 0) {
    js_pushboolean(J, 0);
    return;
  }
  if (!(m = muk_msg_new(k)))
    js_error(J, "out of memory");
  m->service = (uint32_t)ids.sid;
  m->op = (uint32_t)ids.op[kind];
  if ((kind == FAST_FSTAT ? muk_msg_add_i64(m, (int64_t)fd)
                          : muk_msg_add_str(m, path, len)) < 0 ||
      (kind == FAST_READFILE && muk_msg_add_i64(m, O_RDONLY) < 0)) {
    muk_msg_free(m);
    js_error(J, "cannot add message argument");
  }
  cbs = mukjs_call_hold(J, 2);
  if (kind != FAST_FSTAT)
    ps = mukjs_call_hold(J, 1);
  m->tag = FAST_TAG(kind, enc + 1, cbs, ps);
  muk_send(k, m, on_fast_reply, J);
  js_pushboolean(J, 1);
}

static void fast_stat(js_State *J) { fast_send(J, FAST_STAT, -1); }
static void fast_lstat(js_State *J) { fast_send(J, FAST_LSTAT, -1); }
static void fast_fstat(js_State *J) { fast_send(J, FAST_FSTAT, -1); }

static void fast_readfile(js_State *J) {
  int enc = -1;
  if (js_isstring(J, 3)) {
    if ((enc = mukjs_encoding(js_tostring(J, 3))) < 0) {
      js_pushboolean(J, 0);
      return;
    }
  } else if (!js_isundefined(J, 3)) {
    js_pushboolean(J, 0);
    return;
  }
  fast_send(J, FAST_READFILE, enc);
}

static void fast_init(js_State *J) {
  js_copy(J, 1);
  js_setregistry(J, "fs.statsProto");
  js_copy(J, 2);
  js_setregistry(J, "fs.fastError");
  js_getglobal(J, "Date");
  js_setregistry(J, "fs.Date");
  js_pushundefined(J);
}

#define C(name) {#name, name}
static const struct {
  const char *name;
  double value;
} fs_constants[] = {
    {"UV_FS_SYMLINK_DIR", UV_FS_SYMLINK_DIR},
    {"UV_FS_SYMLINK_JUNCTION", UV_FS_SYMLINK_JUNCTION},
    C(O_RDONLY), C(O_WRONLY), C(O_RDWR),
    {"UV_DIRENT_UNKNOWN", UV_DIRENT_UNKNOWN}, {"UV_DIRENT_FILE", UV_DIRENT_FILE},
    {"UV_DIRENT_DIR", UV_DIRENT_DIR}, {"UV_DIRENT_LINK", UV_DIRENT_LINK},
    {"UV_DIRENT_FIFO", UV_DIRENT_FIFO}, {"UV_DIRENT_SOCKET", UV_DIRENT_SOCKET},
    {"UV_DIRENT_CHAR", UV_DIRENT_CHAR}, {"UV_DIRENT_BLOCK", UV_DIRENT_BLOCK},
    {"EXTENSIONLESS_FORMAT_JAVASCRIPT", 0}, {"EXTENSIONLESS_FORMAT_WASM", 1},
    C(S_IFMT), C(S_IFREG), C(S_IFDIR), C(S_IFCHR), C(S_IFBLK), C(S_IFIFO),
    C(S_IFLNK), C(S_IFSOCK),
    C(O_CREAT), C(O_EXCL),
    {"UV_FS_O_FILEMAP", UV_FS_O_FILEMAP},
    C(O_NOCTTY), C(O_TRUNC), C(O_APPEND), C(O_DIRECTORY), C(O_NOATIME),
    C(O_NOFOLLOW), C(O_SYNC), C(O_DSYNC), C(O_DIRECT), C(O_NONBLOCK),
    C(S_IRWXU), C(S_IRUSR), C(S_IWUSR), C(S_IXUSR), C(S_IRWXG), C(S_IRGRP),
    C(S_IWGRP), C(S_IXGRP), C(S_IRWXO), C(S_IROTH), C(S_IWOTH), C(S_IXOTH),
    C(F_OK), C(R_OK), C(W_OK), C(X_OK),
    {"UV_FS_COPYFILE_EXCL", UV_FS_COPYFILE_EXCL},
    {"COPYFILE_EXCL", UV_FS_COPYFILE_EXCL},
    {"UV_FS_COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE},
    {"COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE},
    {"UV_FS_COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE},
    {"COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE},
};
#undef C

/* fs.constants in Node's key order: a flat [name, value, ...] array, since
 * mujs enumerates object keys sorted. */
static void fs_binding(js_State *J) {
  size_t i;
  js_newcfunction(J, fs_call_sync, "callSync", 4);
  js_setproperty(J, -2, "callSync");
  js_newcfunction(J, fast_init, "fastInit", 2);
  js_setproperty(J, -2, "fastInit");
  js_newcfunction(J, fast_stat, "stat", 2);
  js_setproperty(J, -2, "stat");
  js_newcfunction(J, fast_lstat, "lstat", 2);
  js_setproperty(J, -2, "lstat");
  js_newcfunction(J, fast_fstat, "fstat", 2);
  js_setproperty(J, -2, "fstat");
  js_newcfunction(J, fast_readfile, "readFile", 3);
  js_setproperty(J, -2, "readFile");
  js_newarray(J);
  for (i = 0; i < sizeof fs_constants / sizeof fs_constants[0]; i++) {
    js_pushstring(J, fs_constants[i].name);
    js_setindex(J, -2, (int)(2 * i));
    js_pushnumber(J, fs_constants[i].value);
    js_setindex(J, -2, (int)(2 * i + 1));
  }
  js_setproperty(J, -2, "constants");
}

void mukjs_fs_binding_init(js_State *J) {
  (void)J;
  mukjs_register_binding("fs", fs_binding);
}
