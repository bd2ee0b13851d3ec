/* crypto.c — the crypto service, backend "openssl" (OpenSSL 3's default
 * provider): the service definition, its state, the op dispatch and the
 * replies every family shares. The families' handlers live in hash.c,
 * random.c, kdf.c, cipher.c, keys.c and sign.c; the schema in crypto.h. */
#include <stdlib.h>
#include <string.h>

#include <openssl/err.h>

#include "crypto_internal.h"

#define CRYPTO_OP_NAME(id, name) [CRYPTO_##id] = name,
static const char *const crypto_op_names[CRYPTO_NOPS] = {CRYPTO_OPS(CRYPTO_OP_NAME)};

typedef void (*crypto_handler)(muk_service *svc, muk_msg *m);
#define CRYPTO_OP_HANDLER(id, name) [CRYPTO_##id] = crypto_op_##id,
static const crypto_handler handlers[CRYPTO_NOPS] = {CRYPTO_OPS(CRYPTO_OP_HANDLER)};

void crypto_fail_openssl(muk_msg *m, const char *what) {
  unsigned long e = ERR_peek_last_error();
  const char *reason = e ? ERR_reason_error_string(e) : NULL;
  const char *lib = e ? ERR_lib_error_string(e) : NULL;
  ERR_clear_error();
  muk_msg_reset_args(m);
  reason = reason ? reason : what;
  lib = lib ? lib : "";
  muk_msg_add_str(m, reason, strlen(reason));
  muk_msg_add_str(m, lib, strlen(lib));
  muk_msg_add_i64(m, (int64_t)e);
  muk_msg_add_str(m, what, strlen(what));
  muk_reply(m, CRYPTO_E_OPENSSL);
}

void crypto_reply_bytes(muk_msg *m, void *p, size_t n, muk_free_fn fn) {
  muk_msg_reset_args(m);
  muk_msg_set_payload(m, p, n, fn, NULL);
  muk_reply(m, 0);
}

/* FREE (i64 h): any handle. */
void crypto_op_FREE(muk_service *svc, muk_msg *m) {
  int64_t h;
  if (muk_msg_i64(m, 0, &h) != 0) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  int r = crypto_handle_drop(crypto_handles_of(svc), h);
  muk_msg_reset_args(m);
  muk_reply(m, r);
}

static void crypto_handle(muk_service *svc, muk_msg *m) {
  if (m->op >= CRYPTO_NOPS) {
    muk_reply(m, MUK_ENOOP);
    return;
  }
  handlers[m->op](svc, m);
}

static int crypto_init(muk_service *svc, void **state) {
  crypto_state *st = calloc(1, sizeof *st);
  if (!st || !(st->handles = crypto_handles_new())) {
    free(st);
    return UV_ENOMEM;
  }
  *state = st;
  return 0;
}

static void crypto_fini(muk_service *svc, void *state) {
  crypto_state *st = state;
  crypto_handles_free(st->handles);
  free(st);
}

const muk_service_def muk_crypto_service = {
    .abi = MUK_SERVICE_ABI,
    .name = "crypto",
    .backend = "openssl",
    .exec = MUK_EXEC_POOL,
    .threads = 4,
    .nops = CRYPTO_NOPS,
    .op_names = crypto_op_names,
    .init = crypto_init,
    .handle = crypto_handle,
    .fini = crypto_fini,
    .flags = MUK_SVC_CALLER_SYNC,
};
