/* fs_binding.c — internalBinding('fs'): what js/fs.js needs besides the
 * kernel binding's async send.
 *
 *   callSync(serviceId, op, args[], payload: Buffer|string|undefined)
 *       -> [status, results[], payload: Buffer|undefined]
 *     muk_call_sync: the loop thread waits for the service's reply, so the
 *     *Sync forms go through the same service (and backend) as the async
 *     ones. Arguments convert as in the kernel binding's send.
 *   constants: fs.constants (O_*, S_IF*, F_OK..., COPYFILE_*, UV_FS_*)
 */
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buffer.h"
#include "runtime.h"

static void free_payload(void *data, void *ud) {
  (void)ud;
  free(data);
}

static void add_args(js_State *J, muk_msg *m, int idx) {
  int n, i, r;
  if (!js_isarray(J, idx))
    return;
  n = js_getlength(J, idx);
  if (n > MUK_MAX_ARGS)
    js_rangeerror(J, "too many message arguments (%d > %d)", n, MUK_MAX_ARGS);
  for (i = 0; i < n; i++) {
    js_getindex(J, idx, i);
    if (js_isnumber(J, -1)) {
      double d = js_tonumber(J, -1);
      if (d == floor(d) && fabs(d) < 9007199254740992.0)
        r = muk_msg_add_i64(m, (int64_t)d);
      else
        r = muk_msg_add_f64(m, d);
    } else {
      const char *s = js_tostring(J, -1);
      r = muk_msg_add_str(m, s, strlen(s));
    }
    js_pop(J, 1);
    if (r < 0)
      js_error(J, "cannot add message argument: %s", muk_strerror(r));
  }
}

static void push_results(js_State *J, muk_msg *m) {
  uint32_t i;
  js_newarray(J);
  for (i = 0; i < m->nargs; i++) {
    muk_arg *a = &m->args[i];
    switch (a->type) {
    case MUK_T_I64: js_pushnumber(J, (double)a->v.i); break;
    case MUK_T_F64: js_pushnumber(J, a->v.f); break;
    case MUK_T_STR: js_pushlstring(J, a->v.s, (int)a->len); break;
    case MUK_T_BYTES: js_pushlstring(J, (const char *)a->v.b, (int)a->len); break;
    default: js_pushundefined(J);
    }
    js_setindex(J, -2, (int)i);
  }
}

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
  add_args(J, m, 3);
  if (mukjs_isbuffer(J, 4)) { /* the bytes ride in place, no copy */
    size_t len;
    uint8_t *p = mukjs_tobuffer(J, 4, &len);
    mukjs_buffer_store *st = mukjs_buffer_store_ref(J, 4);
    muk_msg_set_payload(m, p, len, mukjs_buffer_store_free, st);
  } else if (js_isstring(J, 4)) {
    const char *p = js_tostring(J, 4);
    size_t len = strlen(p);
    void *copy = malloc(len ? len : 1);
    if (!copy)
      js_error(J, "out of memory");
    memcpy(copy, p, len);
    muk_msg_set_payload(m, copy, len, free_payload, NULL);
  }
  status = muk_call_sync(k, m);
  js_newarray(J);
  js_pushnumber(J, status);
  js_setindex(J, -2, 0);
  push_results(J, m);
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
