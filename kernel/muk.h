/* muk.h — the public C API of the muk kernel.
 *
 * A kernel owns one libuv loop (the "loop thread"), a registry of services
 * and the machinery that moves messages between a sender on the loop thread
 * and a service wherever it runs (a worker pool, its own I/O thread, inline
 * on the loop, or another process over nanomsg).
 *
 * Threading contract: every function here must be called on the loop thread
 * unless its comment says otherwise. A service's handler runs on the thread
 * its execution model gives it and finishes a request with muk_reply(), which
 * is safe from any thread.
 */
#ifndef MUK_H
#define MUK_H

#include <stddef.h>
#include <stdint.h>
#include <uv.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MUK_VERSION_MAJOR 0
#define MUK_VERSION_MINOR 1
#define MUK_VERSION_PATCH 0
#define MUK_VERSION_STRING "0.1.0"

/* Service ABI version: a service built against another ABI is refused. */
#define MUK_SERVICE_ABI 1

#define MUK_MAX_ARGS 8
/* Bytes of argument storage kept inside every message; longer strings and
 * byte arguments spill to the heap and are freed with the message. */
#define MUK_INLINE_ARGBYTES 240

typedef struct muk_kernel muk_kernel;
typedef struct muk_service muk_service;
typedef struct muk_msg muk_msg;

/* ---- errors ------------------------------------------------------------
 * Every status is 0 or a negative errno-style code. System errors use libuv's
 * codes (UV_ENOENT ...), so uv_err_name()/uv_strerror() name them. The kernel
 * adds its own codes below libuv's range. */
#define MUK_ERRNO_MAP(XX)                                                    \
  XX(ENOSERVICE, -5001, "no such service")                                   \
  XX(ENOOP, -5002, "no such operation")                                      \
  XX(ETIMEDOUT, -5003, "remote request timed out")                           \
  XX(EPEERGONE, -5004, "remote service unreachable")                         \
  XX(EBADMSG, -5005, "malformed message")                                    \
  XX(ETOOBIG, -5006, "message too large")                                    \
  XX(ECANCELED, -5007, "request canceled by shutdown")                       \
  XX(EABI, -5008, "service built against another ABI")                      \
  XX(ENOTRANSPORT, -5009, "remote transport unavailable")                   \
  XX(ENOTREMOTE, -5010,                                                      \
     "the operation acts on the serving process: it cannot be done remotely") \
  XX(ENOMODULE, -5011, "the service's module cannot be loaded")            \
  XX(EQUOTA, -5012, "client quota exceeded")                                 \
  XX(EACCESSDENIED, -5013, "access to this resource is not allowed")         \
  XX(EWIREVERSION, -5014,                                                    \
     "the remote peer speaks another version of the muk wire protocol")     \
  XX(EAUTH, -5015, "authentication with the remote service failed")
/* MUK_ENOSERVICE: no service registered under that name/id; ENOOP: the
 * service has no such op; ETIMEDOUT: a remote request passed its deadline;
 * EPEERGONE: remote service unreachable or died mid-request; EBADMSG:
 * malformed message (bad args, bad wire data); ETOOBIG: message larger than
 * the transport allows; ECANCELED: kernel shut down before the request
 * finished; EABI: service built against another ABI; ENOTRANSPORT: remote
 * transport library cannot be loaded; ENOTREMOTE: the op acts on the
 * serving process itself (muk_service_def.host_ops), a host refuses it; ENOMODULE: a service whose code is a
 * loadable module (crypto) cannot open it (the reply's str argument says
 * why); EQUOTA: a host (muk-serviced) refused the request because its
 * client is over a quota or the host's memory budget is spent (the reply's
 * str argument names the quota); EACCESSDENIED: the capability policy
 * denies the request (the reply's args are str permission name, str
 * resource: muk_deny); EWIREVERSION: the remote peer speaks another wire
 * version (an old muk-serviced or client); EAUTH: the remote link's
 * handshake failed (wrong key, a key on one side only, encryption
 * refused). */
#define MUK_ERRNO_ENUM(name, code, msg) MUK_##name = code,
enum { MUK_ERRNO_MAP(MUK_ERRNO_ENUM) };
/* Name ("ENOSERVICE", "ENOENT", ...) and message for any status. */
const char *muk_strerror(int status);
const char *muk_errname(int status);

/* ---- the message -------------------------------------------------------
 * One type crosses every boundary. In the process it moves by pointer: the
 * sender fills it, the service reads the arguments and writes its result into
 * the same message (status, result args, payload), and the sender's callback
 * receives it back on the loop thread. */
typedef enum muk_type {
  MUK_T_NONE = 0,
  MUK_T_I64 = 1,
  MUK_T_F64 = 2,
  MUK_T_STR = 3,   /* UTF-8 bytes, len excludes the NUL the kernel appends */
  MUK_T_BYTES = 4, /* opaque bytes */
} muk_type;

typedef struct muk_arg {
  uint8_t type; /* muk_type */
  uint32_t len; /* STR/BYTES length */
  union {
    int64_t i;
    double f;
    const char *s;  /* STR: NUL-terminated, owned by the message */
    const uint8_t *b; /* BYTES: owned by the message */
  } v;
} muk_arg;

/* Payload: bulk bytes with explicit ownership. When `free` is set the
 * message calls free(data, ud) when it is released or the payload replaced;
 * when NULL the memory belongs to someone else and must outlive the message. */
typedef void (*muk_free_fn)(void *data, void *ud);
typedef struct muk_payload {
  uint8_t *data;
  size_t len;
  muk_free_fn free;
  void *ud;
} muk_payload;

/* Called on the loop thread when the reply (or an error) arrives. The
 * callback owns the message and must muk_msg_free() it (or reuse it). */
typedef void (*muk_reply_cb)(muk_msg *m, void *ud);

/* flags */
enum {
  MUK_F_REPLY = 1u << 0, /* set by muk_reply */
  MUK_F_EVENT = 1u << 1, /* unsolicited message from a service (muk_emit) */
  MUK_F_SYNC = 1u << 2,  /* muk_call_sync: the reply wakes a blocked caller */
  /* Set by the sender before muk_send: answer failures only. A reply with
   * status >= 0 is not delivered: muk_reply frees the message (and its
   * payload) on the replying thread and, when m->done_count is set, adds
   * m->done_add to *m->done_count (atomically, release order: read it with
   * __atomic_load_n(p, __ATOMIC_ACQUIRE)). A failure reaches cb as usual.
   * A quiet request is not counted in muk_inflight and does not keep the
   * loop alive: the sender keeps it alive while it cares (muk_kernel_ref),
   * and the counter must outlive every quiet request that names it. Local
   * only (never crosses a wire; a remote proxy applies it when the peer
   * answers). */
  MUK_F_QUIET = 1u << 3,
  MUK_F_WIRE_ZSTD = 1u << 8, /* wire only: payload is zstd-compressed */
  /* Bits 16..31 are the kernel's own; a sender leaves them clear. */
};

struct muk_msg {
  /* header */
  uint32_t service; /* service id in this kernel (muk_service_id) */
  uint32_t op;      /* op number in the service's schema */
  uint64_t id;      /* request id, unique per kernel */
  int32_t status;   /* 0 or negative error code (set by the service) */
  uint32_t flags;
  /* arguments: args[0..nargs) are the request; a service that replies
   * clears them with muk_msg_reset_args() and writes its results. */
  uint32_t nargs;
  muk_arg args[MUK_MAX_ARGS];
  muk_payload payload;

  /* sender side */
  muk_reply_cb cb;
  void *ud;
  uint64_t tag; /* free for the sender; the kernel and services never touch it */
  /* MUK_F_QUIET: what a successful completion adds, and where (or NULL) */
  uint64_t *done_count;
  uint64_t done_add;
  /* Largest reply payload the sender can take (0: MUK_REPLY_MAX_DEFAULT).
   * Read it with muk_msg_reply_max(); a handler that produces a payload
   * (fs readFile, read) fails or shortens rather than build a bigger one.
   * muk-serviced sets it to the wire's maximum. */
  uint64_t reply_max;

  /* kernel-private from here on */
  muk_kernel *k;
  muk_msg *next;
  uint64_t deadline_ms; /* absolute uv_now() ms; muk_send sets now + default
                          when the sender left it 0 (remote requests) */
  uint64_t sent_ns;     /* uv_hrtime() at muk_send: the latency stats */
  uint32_t arena_used;
  void *heap_args; /* spilled argument storage */
  uint8_t arena[MUK_INLINE_ARGBYTES];
};

/* Take a message from the kernel's free list (loop thread). Never NULL
 * unless the process is out of memory. */
muk_msg *muk_msg_new(muk_kernel *k);
/* Release a message and everything it owns (loop thread). */
void muk_msg_free(muk_msg *m);

/* Argument setters append to args[]; they return 0 or MUK_EBADMSG when
 * MUK_MAX_ARGS is exceeded (or UV_ENOMEM). Strings and bytes are copied into
 * the message. Safe from any thread that currently owns the message. */
int muk_msg_add_i64(muk_msg *m, int64_t v);
int muk_msg_add_f64(muk_msg *m, double v);
int muk_msg_add_str(muk_msg *m, const char *s, size_t len);
int muk_msg_add_bytes(muk_msg *m, const void *b, size_t len);
/* Drop all arguments (and their storage) so the message can carry results. */
void muk_msg_reset_args(muk_msg *m);
/* Replace the payload (the old one is released). */
void muk_msg_set_payload(muk_msg *m, void *data, size_t len, muk_free_fn fn,
                         void *ud);
/* Take ownership of the payload out of the message: returns data, stores len.
 * The caller becomes responsible for freeing it with the returned fn/ud. */
uint8_t *muk_msg_take_payload(muk_msg *m, size_t *len, muk_free_fn *fn,
                              void **ud);

/* In process a reply may be as big as one Buffer (Node's kIoMaxLength). */
#define MUK_REPLY_MAX_DEFAULT 2147483647ull
/* The largest reply payload this request's sender takes (m->reply_max, or
 * MUK_REPLY_MAX_DEFAULT when it is 0). Any thread that owns m. */
uint64_t muk_msg_reply_max(const muk_msg *m);

/* Typed getters: return 0 and store the value, or MUK_EBADMSG when the
 * argument is missing or of another type. */
int muk_msg_i64(const muk_msg *m, uint32_t i, int64_t *out);
int muk_msg_f64(const muk_msg *m, uint32_t i, double *out);
int muk_msg_str(const muk_msg *m, uint32_t i, const char **s, size_t *len);
int muk_msg_bytes(const muk_msg *m, uint32_t i, const uint8_t **b,
                  size_t *len);

/* ---- services ----------------------------------------------------------
 * A service is a schema (name + op names) plus an ops table. A backend is
 * another ops table behind the same schema; `backend` names it. */
typedef enum muk_exec {
  MUK_EXEC_POOL = 0,   /* handle() runs on the service's own worker threads
                          and may block; reply before returning */
  MUK_EXEC_IOLOOP = 1, /* handle() runs on the service's own I/O thread with
                          its own uv loop (muk_service_loop); never blocks,
                          replies whenever the work completes */
  MUK_EXEC_INLINE = 2, /* handle() runs on the kernel's loop thread; same
                          rules as IOLOOP with the kernel's loop */
} muk_exec;

typedef struct muk_service_def {
  uint32_t abi;        /* MUK_SERVICE_ABI */
  const char *name;    /* schema name: "fs", "sys", ... */
  const char *backend; /* backend name: "posix", "default", ... */
  muk_exec exec;
  uint32_t threads;    /* POOL: worker threads = concurrency limit (0: 4) */
  uint32_t nops;
  const char *const *op_names; /* nops names, index = op number */
  /* Optional: runs once on the service's thread (POOL: on the loop thread
   * before workers start). Returns 0 or an error; *state is passed to every
   * call through muk_service_state(). */
  int (*init)(muk_service *svc, void **state);
  /* Required: handle one request. The message belongs to the service until
   * muk_reply(). */
  void (*handle)(muk_service *svc, muk_msg *m);
  /* Optional: per-worker-thread setup/teardown (POOL), e.g. reusable
   * EVP/ZSTD contexts. The returned pointer is muk_worker_state(). */
  void *(*thread_init)(muk_service *svc);
  void (*thread_fini)(muk_service *svc, void *tstate);
  /* Optional: runs on the service's thread at shutdown. */
  void (*fini)(muk_service *svc, void *state);
  /* MUK_SVC_* bits (added at the end: older definitions leave it 0). */
  uint32_t flags;
  /* Optional: which arguments and results of each op are handles (an fd,
   * a crypto context), nops entries; NULL: the service has none. A host
   * that serves several clients (muk-serviced) reads only this to give
   * each client its own handle space, and sends `release_op` (arg 0: the
   * handle) for every handle a client still holds when it ends. */
  const struct muk_op_handles *op_handles;
  uint32_t release_op;
  /* Optional (added at the end: older definitions leave it NULL): what the
   * generic functions this definition points at need to find. The kernel
   * itself never reads it; the functions of muk_module_service_* (a
   * service whose code is a loadable module) take their
   * muk_module_loader from here. */
  const void *impl;
  /* Optional (MUK_SVC_EVENTS; added at the end: older definitions leave
   * them NULL/0): which arguments of each event are handles, indexed by
   * the event type (m->op), nevents entries: `used` ones name a handle the
   * event is about, `created` ones a new handle (net's CONNECTION: the
   * accepted socket). A host that serves several clients sends each event
   * to the client that holds its handle, translated to that client's
   * numbers. */
  const struct muk_op_handles *event_handles;
  uint32_t nevents;
  /* Ops that act on the serving process itself (net's `open` of an fd the
   * process holds): bit i = op i. A host that serves other processes
   * refuses them with MUK_ENOTREMOTE. */
  uint64_t host_ops;
  /* Ops safe to run twice (reads, stat): bit i = op i. A binding to
   * several endpoints sends such a request once more, to another endpoint,
   * when the first one died under it (MUK_EPEERGONE) and the request names
   * no handle; any other request reports the EPEERGONE (added at the end:
   * older definitions leave it 0, nothing retried). */
  uint64_t idempotent_ops;
} muk_service_def;

/* The event a remote proxy of a service with events emits (m->op; args:
 * i64 status, str reason) when the link to its host is lost (the host
 * died, restarted or forgot the session): every handle the service gave
 * is gone and no event of them will come. */
#define MUK_EV_GONE 0xFFFFFFFFu

/* muk_service_def.op_handles[op]: bit i set = argument/result i. An
 * argument counts as a handle only when it is I64 (fs readFile's arg 0 is
 * a path or an fd). `created`: results that are new handles (on success);
 * `used`: arguments that must be handles the client holds; `released`:
 * arguments whose handle the op releases whatever its status (fs close:
 * the fd is gone even on EIO); `released_ok`: released when it succeeds
 * (crypto hashFinal). */
typedef struct muk_op_handles {
  uint8_t used;
  uint8_t created;
  uint8_t released;
  uint8_t released_ok;
} muk_op_handles;

/* muk_service_def.flags */
enum {
  /* POOL: handlers block in syscalls (fs) rather than compute: wake a
   * worker for every queued request up to `threads` at once, instead of at
   * most one per CPU with the rest joining only after a stall. */
  MUK_SVC_BLOCKING = 1u << 0,
  /* IOLOOP: start the service's thread, and run its init there, on its
   * first request instead of in muk_register, so a program that never uses
   * the service pays no thread. muk_register cannot report init's error
   * then: the requests fail with it instead. fini runs only if init did. */
  MUK_SVC_LAZY_START = 1u << 1,
  /* The service posts events (muk_emit). Remote, they travel to the
   * client that holds the handle they are about (event_handles), and a
   * proxy whose link is lost emits MUK_EV_GONE. */
  MUK_SVC_EVENTS = 1u << 2,
  /* POOL: the handlers are thread-safe and reply before they return, so a
   * synchronous request may run on the thread that makes it: muk_call_sync
   * calls handle() right there, with no hand-off to a worker and no wakeup
   * (a 64-byte digest costs less than waking a thread). muk_worker_state()
   * then returns a state thread_init made for the calling thread on its
   * first such call (thread_fini releases it when the service stops).
   * Asynchronous requests still run on the workers, and a remote binding of
   * the service sends sync requests over the wire as always. */
  MUK_SVC_CALLER_SYNC = 1u << 3,
  /* The release op (release_op) ends the handle's requests still running
   * (net's close fails a write stuck behind a full socket), so a host that
   * serves several clients sends it at once; without this flag a host
   * holds a release until the handle's requests are done (fs's close, so
   * that an fd is never reused under a read). */
  MUK_SVC_RELEASE_CANCELS = 1u << 4,
};

/* Finish a request: marks it a reply and queues it for delivery to the
 * sender's callback on the loop thread. Any thread. */
void muk_reply(muk_msg *m, int status);
/* Post an unsolicited message (e.g. socket data) to the kernel; it reaches
 * the event handler installed with muk_set_event_handler(). Any thread that
 * runs the service. The message must come from muk_service_msg_new(). */
void muk_emit(muk_service *svc, muk_msg *m);
/* Allocate a message off the loop thread for muk_emit (thread-safe). */
muk_msg *muk_service_msg_new(muk_service *svc);

void *muk_service_state(muk_service *svc);
void *muk_worker_state(muk_service *svc); /* POOL: the calling worker's */
uv_loop_t *muk_service_loop(muk_service *svc); /* IOLOOP/INLINE */
const muk_service_def *muk_service_def_of(muk_service *svc);
muk_kernel *muk_service_kernel(muk_service *svc);

/* ---- services whose code is a loadable module ---------------------------
 * A service with a heavy library (crypto's OpenSSL, zlib's codecs) keeps
 * only its definition in libmuk; its handlers live in a shared module
 * opened on its first request, so a program that never uses the service
 * never loads the library. The module exports a muk_module under a symbol
 * of its own; the service's definition points its init, handle, fini (and,
 * for per-thread state, thread_init and thread_fini) at the
 * muk_module_service_* functions below, and its `impl` at a
 * muk_module_loader that says where the module is.
 *
 * The module is opened once per process (a kernel may be made again; the
 * module stays), from the loader's env variable when set (then only that
 * path), else its installed path, else its build-tree path. A module whose
 * abi or nops differ from the loader's is refused. When it cannot be
 * opened every request fails with MUK_ENOMODULE and the reason (one str
 * argument: "crypto module: ..."). It starts once per kernel, on the
 * service's first request. */
typedef struct muk_module {
  uint32_t abi;  /* the service's module ABI, as the module was built */
  uint32_t nops; /* the service's op count, as the module was built */
  /* once per kernel, on the first request, before any handle(): the
   * module's service-wide state in *state (muk_module_state()); 0 or an
   * error, which that request fails with (the next one tries again) */
  int (*start)(muk_service *svc, void **state);
  /* one request, on a worker (or a sync caller's) thread. `worker` is what
   * thread_init made for this thread (NULL without thread_init): it is
   * made on the thread's first request, since a worker may start before
   * the module is loaded. */
  void (*handle)(muk_service *svc, void *state, void *worker, muk_msg *m);
  /* at the service's fini, when start() succeeded */
  void (*stop)(muk_service *svc, void *state);
  /* optional: a thread's state (NULL: out of memory, the request fails with
   * UV_ENOMEM), and its release when the thread ends */
  void *(*thread_init)(muk_service *svc);
  void (*thread_fini)(muk_service *svc, void *worker);
} muk_module;

typedef struct muk_module_loader {
  const char *what;      /* "crypto module": the load error's prefix */
  const char *env;       /* "MUK_CRYPTO_MODULE": a path that overrides */
  const char *installed; /* where `meson install` puts it */
  const char *built;     /* where the build tree has it */
  const char *symbol;    /* "muk_crypto_module": its muk_module */
  uint32_t abi;          /* the muk_module.abi this build expects */
  uint32_t nops;         /* the service's op count */
  /* The kernel's (leave them zero): the process's load and its error. */
  const muk_module *loaded_;
  char error_[512];
} muk_module_loader;

/* The muk_service_def functions of such a service (def->impl: its
 * muk_module_loader, which must be writable: the load is kept in it).
 * thread_init/thread_fini only when the module has per-thread state. */
int muk_module_service_init(muk_service *svc, void **state);
void muk_module_service_handle(muk_service *svc, muk_msg *m);
void muk_module_service_fini(muk_service *svc, void *state);
void *muk_module_service_thread_init(muk_service *svc);
void muk_module_service_thread_fini(muk_service *svc, void *ts);
/* In the module: the state its start() made (NULL before). Any thread
 * that runs the service. */
void *muk_module_state(muk_service *svc);

/* ---- the kernel --------------------------------------------------------*/
typedef struct muk_options {
  uv_loop_t *loop; /* NULL: the kernel creates and owns one */
  uint32_t default_deadline_ms; /* remote requests (0: 30000) */
  /* The window of every POOL service (0: 1024; never below the service's
   * threads): at most this many of its asynchronous requests are handed
   * to it and not yet delivered back; later ones wait in order in the
   * kernel and go on as replies are delivered. So the replies a service
   * makes while the loop thread is busy hold at most window x reply_max
   * payload bytes. Sends never fail for it (muk_send has no such error),
   * they are slowed. Sync requests bypass it; quiet ones wait in order but
   * take no slot. IOLOOP and INLINE services (net, remote proxies, which
   * have windows of their own) have none. */
  uint32_t pool_window;
} muk_options;

/* Create a kernel; NULL on failure. */
muk_kernel *muk_kernel_new(const muk_options *opts);
/* Stop services (in-flight requests complete with MUK_ECANCELED), join their
 * threads, release everything. Loop thread, with the loop not running.
 * Requests still queued (a window's backlog too) are canceled; handlers
 * already running finish. The reply callback of every request in flight
 * runs inside muk_kernel_free
 * (status 0 if it finished, MUK_ECANCELED if not) so senders can release
 * what they hold; a muk_send from such a callback fails with MUK_ECANCELED.
 * Pending events are freed without reaching the event handler. IOLOOP and
 * INLINE services must answer the requests they still hold in fini(). */
void muk_kernel_free(muk_kernel *k);
uv_loop_t *muk_kernel_loop(muk_kernel *k);
/* Run the loop until nothing referenced is left (uv_run DEFAULT). */
int muk_kernel_run(muk_kernel *k);

/* Register a service locally with the given definition. Returns the service
 * id (>= 0) or an error (MUK_EABI, UV_EINVAL, UV_EEXIST, or init's error). A
 * name can be registered once. The kernel keeps a pointer to def (no copy):
 * the caller keeps it alive until muk_kernel_free. def->init runs before
 * muk_register returns. */
int muk_register(muk_kernel *k, const muk_service_def *def);
/* Bind a service name to a remote endpoint ("ipc://...", "tcp://h:p"). The
 * schema (op names) is `schema` when given, else the built-in definition of
 * that name (muk_builtin_service); without either the binding fails with
 * MUK_ENOSERVICE. A schema with MUK_SVC_EVENTS gets its events from the
 * host (and MUK_EV_GONE when the link is lost). Returns the service id or an error. */
int muk_register_remote(muk_kernel *k, const char *name, const char *url,
                        const muk_service_def *schema);
/* How a remote binding authenticates (docs/wire.md, "Security"). */
typedef struct muk_remote_opts {
  const uint8_t *key; /* shared key (>= 32 bytes; copied), NULL: no key */
  size_t key_len;
  int encrypt;        /* ask for an encrypted link (needs a key) */
  int no_compress;    /* send payloads raw, never zstd (replies follow the
                         server's choice: muk-serviced --no-compress) */
} muk_remote_opts;
/* Every remote binding has one op more than its schema, named
 * MUK_REMOTE_STATS_OP: muk-serviced answers it itself (no args) with its
 * metrics as Prometheus text in the reply's payload (docs/wire.md,
 * "Metrics"). A URL may end in ?heartbeat=MS&deadline=MS (either or both):
 * ping the peer after MS of silence, and declare it gone after 6 of them
 * (default 500; also probed while idle when given), and fail a request
 * after at most MS (default: the kernel's). Several URLs joined by ','
 * (at most 8, each with its own options) bind the service to all of them:
 * requests are balanced (fewest outstanding), a handle stays with the
 * endpoint that made it, and an idempotent request whose endpoint dies is
 * retried once on another (muk_service_def.idempotent_ops;
 * docs/architecture.md, "Several endpoints"). */
#define MUK_REMOTE_STATS_OP "$stats"
/* muk_register_remote with options (NULL: as muk_register_remote, no key).
 * UV_EINVAL for a key shorter than 32 bytes or encryption without a key. */
int muk_register_remote_opts(muk_kernel *k, const char *name, const char *url,
                             const muk_service_def *schema, const muk_remote_opts *opts);
/* Read a shared key file: its contents minus trailing whitespace, at least
 * 32 bytes (`openssl rand -hex 32 > key; chmod 600 key` makes one). A file
 * that group or others may read or write is refused, as ssh refuses such a
 * private key. On success *key (free it with muk_key_free) and *len are set
 * and 0 is returned; else an error status and a sentence in err. Any thread. */
int muk_key_file_read(const char *path, uint8_t **key, size_t *len, char *err,
                      size_t errlen);
void muk_key_free(uint8_t *key, size_t len);
/* The process is about to exit without muk_kernel_free (a fast exit): tell
 * the remote services this kernel's sessions end (best effort; their lease
 * ends them otherwise). Remote bindings are not to be used after it. */
void muk_kernel_exiting(muk_kernel *k);
/* Look a service up by name: id >= 0 or MUK_ENOSERVICE. */
int muk_service_id(muk_kernel *k, const char *name);
int muk_op_id(muk_kernel *k, uint32_t service, const char *op);
muk_service *muk_service_get(muk_kernel *k, uint32_t id);

/* Send a request. m->service and m->op must be set; cb/ud receive the reply
 * on the loop thread. Never blocks. On a bad service/op the callback still
 * runs (asynchronously) with the error status, so callers have one path.
 * A POOL service whose window is full (muk_options.pool_window) gets the
 * request later, in order, when replies are delivered; it never fails. */
void muk_send(muk_kernel *k, muk_msg *m, muk_reply_cb cb, void *ud);
/* Hand the requests sent so far to their services now rather than when
 * the loop's current drain ends (which batches them). For a sender about
 * to keep the loop thread busy while the service works: a stream reading
 * ahead of its consumer. Loop thread. */
void muk_flush(muk_kernel *k);

/* Send a request and block the calling (loop) thread until its reply, which
 * muk_reply hands straight to the waiter (MUK_F_SYNC); no callback runs and
 * the message stays the caller's. Returns the reply's status (also in
 * m->status). POOL, IOLOOP and remote services (over a socket of the
 * proxy's own, with the same deadline and liveness rules); any other INLINE
 * service would need the blocked loop, so it gets UV_ENOTSUP. A POOL
 * service with MUK_SVC_CALLER_SYNC runs the request on the calling thread.
 * Loop thread. */
int muk_call_sync(muk_kernel *k, muk_msg *m);

/* Unsolicited messages from services reach this handler on the loop thread.
 * The handler owns the message. */
typedef void (*muk_event_cb)(muk_msg *m, void *ud);
void muk_set_event_handler(muk_kernel *k, muk_event_cb cb, void *ud);

/* Requests in flight (sent, reply not yet delivered). While > 0 the kernel
 * keeps the loop alive. */
uint64_t muk_inflight(muk_kernel *k);

/* Keep the loop alive without a request in flight, like a referenced libuv
 * handle: while the count is above zero muk_kernel_run does not return, so
 * events a service will muk_emit later (a listening socket, a watcher) can
 * still arrive. Every muk_kernel_ref needs one muk_kernel_unref. Any thread;
 * from a service's thread take the reference while a request that started
 * it is still in flight (before muk_reply), so the loop cannot exit in
 * between. */
void muk_kernel_ref(muk_kernel *k);
void muk_kernel_unref(muk_kernel *k);

/* ---- capabilities ------------------------------------------------------
 * What requests may reach is decided by the service that serves them,
 * against the policy of the kernel it runs in (muk: its --allow-* flags;
 * muk-serviced: its own), so it holds for a remote service too. Without a
 * policy (the default) everything is allowed; with one, everything it does
 * not allow is denied. A policy is read-only once handed to the kernel, so
 * any thread may consult it. MUK_CAPS(X): X(ID, permission name as Node's
 * ERR_ACCESS_DENIED names it, scope as process.permission.has takes it). */
#define MUK_CAPS(X)                                                          \
  X(FS_READ, "FileSystemRead", "fs.read")                                    \
  X(FS_WRITE, "FileSystemWrite", "fs.write")                                 \
  X(NET, "Net", "net")                                                       \
  X(CHILD, "ChildProcess", "child")                                          \
  X(WORKER, "WorkerThreads", "worker")                                       \
  X(ENV, "Environment", "env")
#define MUK_CAP_ENUM(id, perm, scope) MUK_CAP_##id,
typedef enum muk_cap { MUK_CAPS(MUK_CAP_ENUM) MUK_CAP_N } muk_cap;
/* OR'd into an FS_* cap for muk_policy_has/check/deny: a last component
 * that is a symlink is checked as the link itself, not its target (for
 * the calls that do not follow it: lstat, readlink, unlink, rename, rm,
 * link's source, lchown, lutimes). */
#define MUK_CAP_NOFOLLOW 0x100

typedef struct muk_policy muk_policy;
/* A policy that allows nothing; NULL when out of memory. Any thread. */
muk_policy *muk_policy_new(void);
void muk_policy_free(muk_policy *p);
/* Allow `cap` for the comma-separated resources in `list` (NULL: every
 * resource of cap). FS_*: paths, resolved now (absolute against the
 * current directory, `..` collapsed, symlinks followed); "DIR" allows DIR
 * and everything below it, a trailing '*' any path that starts with what
 * precedes it, "*" everything. NET: HOST, HOST:PORT or [IPV6]:PORT (no
 * port: any); a host name also allows the addresses it resolves to now.
 * CHILD, WORKER, ENV take no list. Returns 0, UV_EINVAL (a bad entry) or
 * UV_ENOMEM. */
int muk_policy_allow(muk_policy *p, muk_cap cap, const char *list);
/* 1 if the policy allows `cap` on `resource` (FS_*: a path, resolved as
 * above at each call; NET: "HOST:PORT", "[IPV6]:PORT", or a bare HOST for
 * a name lookup, allowed when some entry names that host or all hosts;
 * NULL: "is every resource of cap allowed"), else 0. A NULL policy allows
 * everything. Any thread. */
int muk_policy_has(const muk_policy *p, muk_cap cap, const char *resource);
/* The kernel's policy: set it before registering services (the kernel
 * owns it from then on and frees it; NULL: everything allowed). Loop
 * thread, before any request. muk_kernel_policy reads it from any thread. */
void muk_set_policy(muk_kernel *k, muk_policy *p);
const muk_policy *muk_kernel_policy(muk_kernel *k);
/* A service's check: 0 when its kernel's policy allows `cap` on
 * `resource`, else MUK_EACCESSDENIED. Any thread that runs the service. */
int muk_policy_check(muk_service *svc, muk_cap cap, const char *resource);
/* Answer a denied request: its args become (str permission name, str
 * resource) and it is replied with MUK_EACCESSDENIED. `resource` may point
 * into the message's own arguments. */
void muk_deny(muk_msg *m, muk_cap cap, const char *resource);
/* Apply one command-line flag of Node's and Deno's permission model to
 * *p (created on the first one): --experimental-permission,
 * --allow-fs-read=LIST, --allow-fs-write=LIST (repeatable; LIST as in
 * muk_policy_allow), --allow-net[=LIST], --allow-child-process,
 * --allow-worker, --allow-env. Returns 1 when `arg` was such a flag, 0
 * when it is not one, or an error (UV_EINVAL: a value missing or bad;
 * UV_ENOMEM), for which *why (if not NULL) says what was wrong. muk and
 * muk-serviced share it. */
int muk_policy_flag(muk_policy **p, const char *arg, const char **why);
/* "FileSystemRead", ... and "fs.read", ... (NULL for a bad cap). */
const char *muk_cap_name(muk_cap cap);
const char *muk_cap_scope(muk_cap cap);

/* ---- metrics -----------------------------------------------------------*/
/* Latency buckets: upper bounds in microseconds, then +Inf (docs/wire.md,
 * "Metrics"). Error codes: the first MUK_STATS_CODES distinct ones seen. */
#define MUK_STATS_LAT_BUCKETS 12
#define MUK_STATS_CODES 8
extern const uint64_t muk_stats_latency_le_us[MUK_STATS_LAT_BUCKETS - 1];
typedef struct muk_service_stats {
  uint64_t requests;  /* accepted for processing */
  uint64_t replies;   /* delivered back */
  uint64_t errors;    /* replies with status < 0 */
  uint64_t dropped;   /* malformed or unauthenticated messages dropped */
  uint64_t queued;    /* waiting for a worker right now (with backlog) */
  /* The kernel's window (muk_options.pool_window; 0: the service has
   * none), the requests holding a slot of it (handed to the service, reply
   * not yet delivered), and those of `queued` still held by the kernel
   * (sent this turn, or waiting for a slot). */
  uint64_t window;
  uint64_t in_window;
  uint64_t backlog;
  /* ---- appended fields: fields are only ever added here, at the end (the
   * size the caller passes tells muk_service_stats_read how many it has) */
  uint64_t in_flight; /* sent (not quiet), reply not yet delivered */
  /* reply latency, from muk_send (or muk_call_sync) to delivery: counts
   * per bucket (not cumulative; bucket i holds latencies <= the i-th bound
   * and above the one before, the last one everything above), sum in us */
  uint64_t latency[MUK_STATS_LAT_BUCKETS];
  uint64_t latency_count, latency_sum_us;
  /* errors by status: error_code[i] (< 0) was replied error_count[i]
   * times; codes beyond the first MUK_STATS_CODES go to error_other */
  int32_t error_code[MUK_STATS_CODES];
  uint64_t error_count[MUK_STATS_CODES];
  uint64_t error_other;
  /* the link of a remote binding (muk_register_remote; muk-serviced counts
   * its own): remote is 1 for one; connected is 1 while its peer answers;
   * connects counts the times it became connected (reconnects: all but the
   * first), disconnects the times it was declared gone; bytes are whole
   * frames as nanomsg takes and hands them */
  uint32_t remote, connected;
  uint64_t connects, reconnects, disconnects;
  uint64_t bytes_sent, bytes_received;
  /* a binding to several endpoints (URLs joined by ','): how many (0 for
   * any other service; muk_service_endpoint gives each one's own stats),
   * and the requests sent once more to another endpoint. Its link fields
   * above then sum the endpoints' (connected: any of them is). */
  uint32_t endpoints;
  uint64_t retries;
} muk_service_stats;
/* Fill the first `size` bytes of *out (size = sizeof *out; a caller built
 * against an older muk.h passes its smaller struct). 0 or MUK_ENOSERVICE.
 * Loop thread. */
int muk_service_stats_read(muk_kernel *k, uint32_t id, muk_service_stats *out, size_t size);
/* The original call: fills the fields up to `backlog` when called by an
 * older binary, every field through this macro. */
int muk_service_stats_get(muk_kernel *k, uint32_t id, muk_service_stats *out);
#define muk_service_stats_get(k, id, out) muk_service_stats_read((k), (id), (out), sizeof *(out))
/* The service id of endpoint i (0, 1, ...) of binding id when it has
 * several (registered as NAME@1, NAME@2, ...), else MUK_ENOSERVICE. Loop
 * thread. */
int muk_service_endpoint(muk_kernel *k, uint32_t id, uint32_t i);
/* Events a remote binding emits (muk_set_event_handler; m->service is the
 * binding): its link came up (again), or its peer was declared gone. Args:
 * str url, str reason (disconnect only). */
#define MUK_EV_REMOTE_CONNECT 0xfffffff0u
#define MUK_EV_REMOTE_DISCONNECT 0xfffffff1u

/* Built-in services. The service in services/NAME exports its definition as
 * `muk_NAME_service` (and one more `muk_service_def` per extra backend) and
 * declares itself in services/NAME/meson.build; the services a build
 * compiles in (meson option `services`) form the table these read. Any
 * thread. */
/* The default definition of the i-th built-in service (0, 1, ...), or NULL
 * past the last: for (i = 0; (d = muk_builtin_service_at(i)); i++) ... */
const muk_service_def *muk_builtin_service_at(size_t i);
/* The built-in service NAME (its default backend), or NULL when this build
 * does not have it. A remote proxy uses it to learn a schema. */
const muk_service_def *muk_builtin_service(const char *name);
/* The built-in definition of service NAME with backend BACKEND (NULL:
 * the default one), or NULL when this build does not have it. */
const muk_service_def *muk_builtin_backend(const char *name,
                                           const char *backend);

/* "sys" (POOL), the diagnostic service. Ops:
 *   echo  -> the request's args and payload unchanged
 *   sleep (i64 ms) -> blocks the worker for ms milliseconds
 *   noop  -> nothing
 *   add   (i64...) -> i64 sum
 *   fail  (i64 status) -> replies with that status
 *   info  -> i64 pid, str backend name */
extern const muk_service_def muk_sys_service;

#ifdef __cplusplus
}
#endif
#endif
