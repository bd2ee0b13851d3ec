/* crypto.c — the crypto service as libmuk holds it: its definition and
 * where its module is. OpenSSL's code lives in a module of its own
 * (muk-crypto.so, module.c and the families' files), opened on the
 * service's first request by the kernel's loader (kernel/service_module.c):
 * linked into muk, libcrypto cost every start ~2.5 M instructions
 * (libcrypto.so's relocations and symbol binding) or, linked statically,
 * ~240 k and 17 k relocated pointers, crypto used or not.
 *
 * The module is looked for at $MUK_CRYPTO_MODULE, then where `meson
 * install` puts it, then in the build tree. When it cannot be opened every
 * request fails with MUK_ENOMODULE and the loader's reason as its str
 * argument. */
#include "crypto.h"
#include "crypto_module.h"
#include "crypto_module_path.h" /* generated: CRYPTO_MODULE_INSTALLED, _BUILT */

#define CRYPTO_OP_NAME(id, name) [CRYPTO_##id] = name,
static const char *const crypto_op_names[CRYPTO_NOPS] = {CRYPTO_OPS(CRYPTO_OP_NAME)};

/* Writable: the kernel keeps the process's load in it. */
static muk_module_loader crypto_loader = {
    .what = "crypto module",
    .env = "MUK_CRYPTO_MODULE",
    .installed = CRYPTO_MODULE_INSTALLED,
    .built = CRYPTO_MODULE_BUILT,
    .symbol = "muk_crypto_module",
    .abi = CRYPTO_MODULE_ABI,
    .nops = CRYPTO_NOPS,
};

#define CRYPTO_HANDLE_ROW(id, used, created, released, released_ok)          \
  [CRYPTO_##id] = {used, created, released, released_ok},
static const muk_op_handles crypto_op_handles[CRYPTO_NOPS] = {
    CRYPTO_HANDLE_OPS(CRYPTO_HANDLE_ROW)};

const muk_service_def muk_crypto_service = {
    .abi = MUK_SERVICE_ABI,
    .name = "crypto",
    .backend = "openssl",
    .exec = MUK_EXEC_POOL,
    .threads = 4,
    .nops = CRYPTO_NOPS,
    .op_names = crypto_op_names,
    .init = muk_module_service_init,
    .handle = muk_module_service_handle,
    .fini = muk_module_service_fini,
    .flags = MUK_SVC_CALLER_SYNC,
    .op_handles = crypto_op_handles,
    .release_op = CRYPTO_FREE,
    .impl = &crypto_loader,
};
