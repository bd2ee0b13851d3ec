/* module.c — the crypto service's loadable module (muk-crypto.so, linked
 * with libcrypto): the op dispatch and the replies every family shares. The
 * service definition in libmuk (crypto.c) opens it on the first request;
 * the families' handlers live in hash.c, random.c, kdf.c, cipher.c,
 * keys.c and sign.c; the schema in crypto.h. */
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/err.h>

#include "crypto_internal.h"
#include "crypto_module.h"

typedef void (*crypto_handler)(muk_service *svc, muk_msg *m);
#define CRYPTO_OP_HANDLER(id, name) [CRYPTO_##id] = crypto_op_##id,
static const crypto_handler handlers[CRYPTO_NOPS] = {CRYPTO_OPS(CRYPTO_OP_HANDLER)};

/* The reply for an OpenSSL failure, reporting the queue's earliest or
 * latest error (which one node reports depends on the operation). */
static void fail_with(muk_msg *m, const char *what, unsigned long e) {
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

void crypto_fail_openssl(muk_msg *m, const char *what) { fail_with(m, what, ERR_peek_last_error()); }

void crypto_fail_openssl_first(muk_msg *m, const char *what) { fail_with(m, what, ERR_peek_error()); }

void crypto_reply_bytes(muk_msg *m, void *p, size_t n, muk_free_fn fn) {
  muk_msg_reset_args(m);
  muk_msg_set_payload(m, p, n, fn, NULL);
  muk_reply(m, 0);
}

void crypto_free_plain(void *data, void *ud) {
  (void)ud;
  free(data);
}

void crypto_free_openssl(void *data, void *ud) {
  (void)ud;
  OPENSSL_free(data);
}

void crypto_names_add(crypto_names *ns, const char *name) {
  size_t n = strlen(name);
  if (ns->failed)
    return;
  if (ns->len + n + 2 > ns->cap) {
    size_t cap = (ns->cap ? ns->cap * 2 : 4096) + n;
    char *b = realloc(ns->buf, cap);
    if (!b) {
      ns->failed = 1;
      return;
    }
    ns->buf = b;
    ns->cap = cap;
  }
  if (ns->len)
    ns->buf[ns->len++] = '\n';
  memcpy(ns->buf + ns->len, name, n);
  ns->len += n;
}

void crypto_names_reply(muk_msg *m, crypto_names *ns) {
  muk_msg_reset_args(m);
  int r = ns->failed ? UV_ENOMEM : muk_msg_add_str(m, ns->buf ? ns->buf : "", ns->len);
  free(ns->buf);
  ns->buf = NULL;
  muk_reply(m, r);
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

static int module_start(muk_service *svc, void **state) {
  (void)svc;
  return (*state = crypto_handles_new()) ? 0 : UV_ENOMEM;
}

static void module_handle(muk_service *svc, void *state, void *worker, muk_msg *m) {
  (void)state; /* the handlers reach it through crypto_handles_of(svc) */
  (void)worker;
  if (m->op >= CRYPTO_NOPS) {
    muk_reply(m, MUK_ENOOP);
    return;
  }
  handlers[m->op](svc, m);
}

static void module_stop(muk_service *svc, void *state) {
  (void)svc;
  crypto_handles_free(state);
}

const muk_module muk_crypto_module = {
    .abi = CRYPTO_MODULE_ABI,
    .nops = CRYPTO_NOPS,
    .start = module_start,
    .handle = module_handle,
    .stop = module_stop,
};
