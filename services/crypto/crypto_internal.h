/* crypto_internal.h — what the crypto service's files share (service-
 * private): the handle table, the error reply, and one handler per op,
 * named crypto_op_<ID> after the op's entry in crypto.h. */
#ifndef MUK_SERVICES_CRYPTO_INTERNAL_H
#define MUK_SERVICES_CRYPTO_INTERNAL_H

#include <stdint.h>

#include "crypto.h"
#include "muk.h"

/* Every op's handler (defined in the file crypto.h names for its family).
 * A POOL handler: it may block, and replies before it returns. */
#define CRYPTO_HANDLER_DECL(id, name) void crypto_op_##id(muk_service *svc, muk_msg *m);
CRYPTO_OPS(CRYPTO_HANDLER_DECL)
#undef CRYPTO_HANDLER_DECL

/* ---- handles (crypto_handles.c) ----------------------------------------
 * A table of service-side objects, safe from any thread. An object is
 * freed with its free function once FREE (or the table's teardown) has
 * dropped it and the last crypto_handle_release() has run, so a worker
 * using a key while the script's token frees it never sees it vanish. */
typedef void (*crypto_free_fn)(void *obj);
typedef struct crypto_handles crypto_handles;

crypto_handles *crypto_handles_new(void);
void crypto_handles_free(crypto_handles *t); /* frees every object left */
/* Store obj of kind (CRYPTO_H_*): the handle (> 0), or UV_ENOMEM /
 * UV_EMFILE (CRYPTO_MAX_HANDLES live); on failure obj is NOT freed. */
int64_t crypto_handle_put(crypto_handles *t, int kind, void *obj, crypto_free_fn fn);
/* The object of handle h if it is live and of that kind, held until
 * crypto_handle_release(t, h); NULL otherwise. */
void *crypto_handle_use(crypto_handles *t, int64_t h, int kind);
void crypto_handle_release(crypto_handles *t, int64_t h);
/* Drop h (its object goes when the last user releases it): 0, or UV_EBADF
 * for a handle that is not live. */
int crypto_handle_drop(crypto_handles *t, int64_t h);

/* The module's state (muk_module_state): the handle table, made when the
 * module starts (module.c). */
static inline crypto_handles *crypto_handles_of(muk_service *svc) {
  return muk_module_state(svc);
}

/* ---- replies (module.c) ------------------------------------------------*/
/* Reply with OpenSSL's latest error (CRYPTO_E_OPENSSL; args: str reason,
 * str library, i64 OpenSSL's packed code, str what: the operation that
 * failed), clearing the thread's error queue; with no queued error the
 * reason is `what`. */
void crypto_fail_openssl(muk_msg *m, const char *what);
/* The same with the queue's earliest error: what node reports for a key or
 * certificate it cannot parse. */
void crypto_fail_openssl_first(muk_msg *m, const char *what);
/* Payload free functions for crypto_reply_bytes / muk_msg_set_payload. */
void crypto_free_plain(void *data, void *ud);   /* free() */
void crypto_free_openssl(void *data, void *ud); /* OPENSSL_free() */

/* A '\n'-separated list of names (getHashes, getCiphers, getCurves),
 * grown as names are added; crypto_names_reply answers it as one str
 * argument (UV_ENOMEM if a name could not be added) and frees it. */
typedef struct crypto_names {
  char *buf;
  size_t len, cap;
  int failed;
} crypto_names;
void crypto_names_add(crypto_names *ns, const char *name);
void crypto_names_reply(muk_msg *m, crypto_names *ns);

/* Reply with the payload set to the n bytes at p (taken: freed with
 * OPENSSL_free / free as fn says) and no arguments. */
void crypto_reply_bytes(muk_msg *m, void *p, size_t n, muk_free_fn fn);

#endif
