/* zlib_service.c — the zlib service as libmuk holds it: its definition and
 * where its module is. The codecs (zlib, brotli, zstd) live in a module of
 * their own, muk-zlib.so (module.c and the codec_*.c files), opened on the
 * service's first request by the kernel's loader
 * (kernel/service_module.c), as for crypto: a program that never
 * compresses does not load libz and libbrotli* at startup. (It also keeps
 * zlib's <zlib.h> apart from this folder's schema header, zlib.h: the
 * module is compiled without this folder on its include path.)
 *
 * The module is looked for at $MUK_ZLIB_MODULE, then where `meson install`
 * puts it, then in the build tree. When it cannot be opened every request
 * fails with MUK_ENOMODULE and the loader's reason as its str argument. */
#include "muk.h"
#include "zlib.h"
#include "zlib_module.h"
#include "zlib_module_path.h" /* generated: ZLIB_MODULE_INSTALLED, _BUILT */

#define ZLIB_OP_NAME(id, name) [ZLIB_##id] = name,
static const char *const zlib_op_names[ZLIB_NOPS] = {ZLIB_OPS(ZLIB_OP_NAME)};

/* Writable: the kernel keeps the process's load in it. */
static muk_module_loader zlib_loader = {
    .what = "zlib module",
    .env = "MUK_ZLIB_MODULE",
    .installed = ZLIB_MODULE_INSTALLED,
    .built = ZLIB_MODULE_BUILT,
    .symbol = "muk_zlib_module",
    .abi = ZLIB_MODULE_ABI,
    .nops = ZLIB_NOPS,
};

#define ZLIB_HANDLE_ROW(id, used, created, released, released_ok)            \
  [ZLIB_##id] = {used, created, released, released_ok},
static const muk_op_handles zlib_op_handles[ZLIB_NOPS] = {ZLIB_HANDLE_OPS(ZLIB_HANDLE_ROW)};

/* POOL, computing (no MUK_SVC_BLOCKING: a batch wakes one worker per CPU);
 * CALLER_SYNC: the handlers are thread-safe, so a *Sync call runs on the
 * calling thread, with that thread's own reusable contexts (the module's
 * per-thread state, hence thread_init/thread_fini). */
const muk_service_def muk_zlib_service = {
    .abi = MUK_SERVICE_ABI,
    .name = "zlib",
    .backend = "zlib-brotli-zstd",
    .exec = MUK_EXEC_POOL,
    .threads = 4,
    .nops = ZLIB_NOPS,
    .op_names = zlib_op_names,
    .init = muk_module_service_init,
    .handle = muk_module_service_handle,
    .thread_init = muk_module_service_thread_init,
    .thread_fini = muk_module_service_thread_fini,
    .fini = muk_module_service_fini,
    .flags = MUK_SVC_CALLER_SYNC,
    .op_handles = zlib_op_handles,
    .release_op = ZLIB_FREE,
    .impl = &zlib_loader,
};
