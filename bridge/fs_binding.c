/* fs_binding.c — internalBinding('fs'): what js/fs.js needs besides the
 * kernel binding's async send.
 *
 *   callSync: the kernel binding's callSync (call.h), so the *Sync forms go
 *     through the same service (and backend) as the async ones.
 *   constants: fs.constants (O_*, S_IF*, F_OK..., COPYFILE_*, UV_FS_*)
 *
 * Fast paths for the hot callback forms (no request object, no closure,
 * no JS frame, the reply converted here):
 *   fastInit(Stats.prototype, onError)
 *       onError(cb, status, results[], syscall, path) builds the error.
 *   route(kind, slow) -> the function js/fs.js exports as fs.stat (0),
 *       lstat (1), fstat (2), readFile (3): stat(path, cb), fstat(fd, cb),
 *       readFile(path[, 'enc' | {encoding}], cb) are sent from here, any
 *       other shape goes to slow(path, options[, cb]) (the general path).
 *     stat: cb(null, Stats), the Stats built here: Node 20's 18 own
 *       properties (Dates eager), see push_stats.
 *     readFile: cb(null, data), the reply's bytes as an adopting Buffer, or
 *       decoded in C. */
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "binding.h"
#include "buffer.h"
#include "call.h"
#include "engine_internals.h"
#include "fs/fs.h"
#include "runtime.h"
#include "service_ids.h"

/* ---- fast paths ----------------------------------------------------------*/
enum { FAST_STAT, FAST_LSTAT, FAST_FSTAT, FAST_READFILE };
static const char *const fast_syscall[] = {"stat", "lstat", "fstat", "open"};
static const int fast_op[] = {FS_STAT, FS_LSTAT, FS_FSTAT, FS_READFILE};

/* The fs service's ids in this kernel (service_ids.h). */
static const char fs_op_names[] = FS_OPS(MUKJS_OP_NAME);
static int fs_op_ids[FS_NOPS];
static mukjs_service fs_svc = MUKJS_SERVICE("fs", fs_op_names, fs_op_ids);

/* A path the fast path takes: a non-empty string whose internal bytes are
 * already the UTF-8 the service wants, i.e. without U+0000 (C0 80 inside
 * mujs) and without surrogates (astral characters are CESU-8 inside mujs:
 * ED A0..BF ...); other strings take the general path, which converts. */
static const char *fast_path(js_State *J, int idx, size_t *len) {
  const unsigned char *p, *q, *end;
  if (!js_isstring(J, idx))
    return NULL;
  p = (const unsigned char *)js_tostring(J, idx);
  *len = strlen((const char *)p);
  end = p + *len;
  for (q = p; end - q >= 8; q += 8) { /* ASCII 8 bytes at a time */
    uint64_t w;
    memcpy(&w, q, sizeof w);
    if (w & 0x8080808080808080ull)
      break;
  }
  for (; q < end; q++)
    if ((*q == 0xC0 && q[1] == 0x80) || (*q == 0xED && q[1] >= 0xA0))
      return NULL;
  return *len ? (const char *)p : NULL;
}

/* What a request remembers besides its callback (m->tag = kind | encoding
 * << 2 | callback slot << 8): the path, for the error. */
typedef struct fast_req {
  js_State *J;
  size_t len;
  struct fast_req *next; /* on the free list */
  char path[];
} fast_req;

/* Requests for paths up to REQ_PATH bytes are REQ_SIZE blocks kept on a
 * free list (glibc malloc + free of a small block from a threaded process
 * cost ~170 instructions per request); longer ones are malloc'd. The list
 * belongs to the first JS state that uses it (its loop thread); requests
 * of any other state are malloc'd and freed. */
#define REQ_SIZE 256
#define REQ_PATH (REQ_SIZE - sizeof(fast_req))
#define REQ_KEEP 1024
static struct {
  js_State *J;
  fast_req *free;
  int n;
} reqs;

static fast_req *req_new(js_State *J, size_t len) {
  fast_req *r;
  if (len > REQ_PATH)
    return malloc(sizeof *r + len);
  if (!reqs.J)
    reqs.J = J;
  if (reqs.J == J && (r = reqs.free) != NULL) {
    reqs.free = r->next;
    reqs.n--;
    return r;
  }
  return malloc(REQ_SIZE);
}

/* r->J and r->len set */
static void req_free(fast_req *r) {
  if (r->len > REQ_PATH || r->J != reqs.J || reqs.n >= REQ_KEEP) {
    free(r);
    return;
  }
  r->next = reqs.free;
  reqs.free = r;
  reqs.n++;
}

/* Stats' own properties in Node 20's order: 10 integers, 4 *Ms numbers, 4
 * Dates. */
#define NSTAT 18
static const char *const stat_names[NSTAT] = {
    "dev",     "mode",    "nlink",   "uid",         "gid",   "rdev",
    "blksize", "ino",     "size",    "blocks",      "atimeMs", "mtimeMs",
    "ctimeMs", "birthtimeMs", "atime", "mtime",     "ctime", "birthtime"};

static double get_f64le(const uint8_t *p) {
  double d;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  memcpy(&d, p, sizeof(d)); /* one load (the byte loop below was ~24 instructions) */
#else
  uint64_t u = 0;
  int i;
  for (i = 7; i >= 0; i--)
    u = u << 8 | p[i];
  memcpy(&d, &u, sizeof(d));
#endif
  return d;
}

/* The service's stats (fs/fs.h: FS_STATS_N little-endian doubles, the 10
 * integers in Stats' order, then sec, nsec of the four times in Stats'
 * order). v[0..13] become the numeric properties, v[14..17] the Dates' time
 * values (Math.round of the *Ms, TimeClip'ed as new Date). A reply of
 * another shape gives NaNs. */
_Static_assert(FS_STAT_DEV == 0 && FS_STAT_BLOCKS == 9 &&
                   FS_STAT_ATIME_SEC == 10 && FS_STAT_ATIME_NSEC == 11 &&
                   FS_STAT_MTIME_SEC == 12 && FS_STAT_CTIME_SEC == 14 &&
                   FS_STAT_BIRTHTIME_SEC == 16 && FS_STATS_N == 18,
               "fs.h's stats layout changed: update parse_stats and stat_names");
static void parse_stats(const muk_msg *m, double v[NSTAT]) {
  const uint8_t *b;
  size_t len;
  int i;
  if (muk_msg_bytes(m, 0, &b, &len) != 0 || len != FS_STATS_LEN) {
    for (i = 0; i < NSTAT; i++)
      v[i] = NAN;
    return;
  }
  for (i = 0; i <= FS_STAT_BLOCKS; i++)
    v[i] = get_f64le(b + 8 * i);
  for (i = 0; i < 4; i++) {
    double sec = get_f64le(b + 8 * (FS_STAT_ATIME_SEC + 2 * i));
    double nsec = get_f64le(b + 8 * (FS_STAT_ATIME_NSEC + 2 * i));
    double t = sec * 1e3 + nsec / 1e6, d = floor(t + 0.5);
    v[10 + i] = t;
    v[14 + i] = isfinite(d) && fabs(d) <= 8.64e15 ? d + 0.0 : NAN;
  }
}

/* The general way: js_defproperty per property, Dates through the
 * constructor. */
static void push_stats_api(js_State *J, const double v[NSTAT]) {
  int i;
  js_getregistry(J, "fs.statsProto");
  js_newobjectx(J);
  for (i = 0; i < NSTAT; i++) {
    if (i < 14) {
      js_pushnumber(J, v[i]);
    } else {
      js_getregistry(J, "fs.Date");
      js_pushnumber(J, v[i]);
      js_construct(J, 1);
    }
    js_defproperty(J, -2, stat_names[i], 0);
  }
}

/* Push a Stats (prototype in the registry) from the service's reply. */
/* The first Stats of a runtime is built through the API and its shape
 * recorded, later ones are stamped from the record (engine_internals.h:
 * ~8 k instructions less per Stats). */
static mukjs_shape *stats_shape;

static void push_stats(js_State *J, const muk_msg *m) {
  double v[NSTAT];
  parse_stats(m, v);
  if (mukjs_shape_push(J, stats_shape, v))
    return;
  push_stats_api(J, v);
  if (!stats_shape && !(stats_shape = mukjs_shape_new(stat_names, NSTAT, 14)))
    return; /* out of memory: the API way every time */
  js_getregistry(J, "fs.Date");
  mukjs_shape_record(J, stats_shape, -2, -1);
  js_pop(J, 1);
}

#define COLLECT_AFTER ((size_t)64 << 20)

static void on_fast_reply(muk_msg *m, void *ud) {
  fast_req *req = ud;
  if (mukjs_js_gone) {
    muk_msg_free(m);
    req_free(req);
    return;
  }
  js_State *J = req->J;
  int collect = 0;
  int kind = (int)(m->tag & 3), enc = (int)(m->tag >> 2 & 63) - 1;
  int cbs = (int)(m->tag >> 8);
  int status = m->status;
  mukjs_call_take(J, cbs); /* cb */
  if (status < 0) { /* onError(cb, status, results, syscall, path) */
    if (kind != FAST_FSTAT)
      js_pushlstring(J, req->path, (int)req->len);
    else
      js_pushundefined(J);
    req_free(req);
    js_getregistry(J, "fs.fastError");
    js_pushundefined(J);
    js_copy(J, -4); /* cb */
    js_pushnumber(J, status);
    mukjs_push_msg_results(J, m);
    js_pushstring(J, fast_syscall[kind]);
    js_copy(J, -7); /* path */
    muk_msg_free(m);
    mukjs_call_protected(J, 5);
    js_pop(J, 2);
    mukjs_run_ticks(J);
    return;
  }
  req_free(req);
  js_pushundefined(J);
  js_pushnull(J);
  if (kind == FAST_READFILE && m->payload.len >= COLLECT_AFTER)
    collect = 1;
  if (kind != FAST_READFILE) {
    push_stats(J, m);
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
  /* A callback that got a big file has usually dropped it by now: collect
   * before its next request reaches the service, so that the fs service
   * can read the next big file into this one's memory (pages already
   * faulted in; a fresh 256 MiB costs 65 k page faults and the kernel
   * zeroing it, 0.1-0.4 s here) and two such Buffers are not held at
   * once. One collection per >= 64 MiB read. */
  if (collect)
    js_gc(J, 0);
}

/* Send kind's request for the path (or fd) at pidx with the callback at
 * cbidx; enc: readFile's encoding or -1. Returns 0, sending nothing, when
 * the arguments are not the plain shape. */
static int fast_try(js_State *J, int kind, int pidx, int cbidx, int enc) {
  muk_kernel *k = mukjs_kernel(J);
  muk_msg *m;
  fast_req *req;
  const char *path = NULL;
  size_t len = 0;
  double fd = 0;
  if (kind == FAST_FSTAT) {
    fd = js_isnumber(J, pidx) ? js_tonumber(J, pidx) : -1;
    if (fd != floor(fd) || fd < 0 || fd > 2147483647.0)
      return 0;
  } else if (!(path = fast_path(J, pidx, &len))) {
    return 0;
  }
  if (!js_iscallable(J, cbidx) || mukjs_service_ids(J, &fs_svc) < 0 ||
      fs_svc.op[fast_op[kind]] < 0)
    return 0;
  if (!(req = req_new(J, path ? len : 0)))
    js_error(J, "out of memory");
  req->J = J;
  req->len = path ? len : 0;
  if (!(m = muk_msg_new(k))) {
    req_free(req);
    js_error(J, "out of memory");
  }
  m->service = (uint32_t)fs_svc.sid;
  m->op = (uint32_t)fs_svc.op[fast_op[kind]];
  if ((kind == FAST_FSTAT ? muk_msg_add_i64(m, (int64_t)fd)
                          : muk_msg_add_str(m, path, len)) < 0 ||
      (kind == FAST_READFILE && muk_msg_add_i64(m, O_RDONLY) < 0)) {
    muk_msg_free(m);
    req_free(req);
    js_error(J, "cannot add message argument");
  }
  req->J = J;
  req->len = len;
  if (path)
    memcpy(req->path, path, len);
  m->tag = (uint64_t)kind | (uint64_t)(enc + 1) << 2 |
           (uint64_t)mukjs_call_hold(J, cbidx) << 8;
  muk_send(k, m, on_fast_reply, req);
  return 1;
}

/* readFile's encoding argument: its index, or -1 (none) -> enc; 0 when
 * it is not one the fast path takes. */
static int fast_encoding(js_State *J, int idx, int *enc) {
  *enc = -1;
  if (idx < 0 || js_isundefined(J, idx))
    return 1;
  if (!js_isstring(J, idx))
    return 0;
  return (*enc = mukjs_encoding(js_tostring(J, idx))) >= 0;
}

/* route(kind, slow) -> fs.stat / lstat / fstat / readFile itself: the
 * plain callback forms go straight to fast_try, everything else to
 * slow(path, options[, cb]) exactly as js/fs.js's wrappers did (one JS
 * frame less per call). */
static void slow_call(js_State *J, int kind, int nargs) {
  static const char *const keys[] = {"fs.slow0", "fs.slow1", "fs.slow2",
                                     "fs.slow3"};
  int i, top = js_gettop(J); /* arguments beyond it were not passed */
  js_getregistry(J, keys[kind]);
  js_pushundefined(J);
  for (i = 1; i <= nargs; i++) {
    if (i < top)
      js_copy(J, i);
    else
      js_pushundefined(J);
  }
  js_call(J, nargs);
}

static void fast_routed(js_State *J) {
  int kind = (int)(intptr_t)js_currentfunctiondata(J);
  /* (path, options, cb): cb === undefined means (path, cb) */
  if (js_isundefined(J, 3)) {
    if (!fast_try(J, kind, 1, 2, -1))
      slow_call(J, kind, 2);
    return;
  }
  if (kind == FAST_READFILE) {
    int enc;
    if (js_isstring(J, 2)) {
      if (fast_encoding(J, 2, &enc) && fast_try(J, kind, 1, 3, enc))
        return;
    } else if (js_isobject(J, 2) && !js_iscallable(J, 2)) {
      int plain;
      js_getproperty(J, 2, "flag");
      js_getproperty(J, 2, "signal");
      js_getproperty(J, 2, "encoding");
      plain = js_isundefined(J, -3) && js_isundefined(J, -2) &&
              (js_isundefined(J, -1) || js_isstring(J, -1));
      if (plain && fast_encoding(J, js_gettop(J) - 1, &enc) &&
          fast_try(J, kind, 1, 3, enc)) {
        js_pop(J, 3);
        return;
      }
      js_pop(J, 3);
    }
  }
  slow_call(J, kind, 3);
}

static void fast_route(js_State *J) {
  static const char *const keys[] = {"fs.slow0", "fs.slow1", "fs.slow2",
                                     "fs.slow3"};
  static const char *const names[] = {"stat", "lstat", "fstat", "readFile"};
  int kind = js_tointeger(J, 1);
  if (kind < 0 || kind > FAST_READFILE || !js_iscallable(J, 2))
    js_typeerror(J, "route(kind, slow)");
  js_copy(J, 2);
  js_setregistry(J, keys[kind]);
  /* Node's lengths: stat(path, options = {...}, cb) is 1, readFile 3 (the
   * missing arguments read as undefined either way) */
  js_newcfunctionx(J, fast_routed, names[kind], kind == FAST_READFILE ? 3 : 1,
                   (void *)(intptr_t)kind, NULL);
}

static void fast_init(js_State *J) {
  js_copy(J, 1);
  js_setregistry(J, "fs.statsProto");
  js_copy(J, 2);
  js_setregistry(J, "fs.fastError");
  js_getglobal(J, "Date");
  js_setregistry(J, "fs.Date");
  mukjs_shape_forget(J, stats_shape); /* a new prototype: record again */
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
static const mukjs_fn fs_fns[] = {
    {"callSync", mukjs_call_sync, 4},
    {"fastInit", fast_init, 2},
    {"route", fast_route, 2},
    {NULL},
};

static void fs_props(js_State *J) {
  size_t i;
  js_newarray(J);
  for (i = 0; i < sizeof fs_constants / sizeof fs_constants[0]; i++) {
    js_pushstring(J, fs_constants[i].name);
    js_setindex(J, -2, (int)(2 * i));
    js_pushnumber(J, fs_constants[i].value);
    js_setindex(J, -2, (int)(2 * i + 1));
  }
  js_setproperty(J, -2, "constants");
}

const mukjs_binding mukjs_binding_fs = {.name = "fs", .fns = fs_fns, .props = fs_props};
