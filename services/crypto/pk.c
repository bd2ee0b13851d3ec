/* pk.c — the crypto service's public-key encryption and key agreement ops
 * (in CRYPTO_SIGN_OPS, crypto.h): RSA publicEncrypt / privateDecrypt /
 * privateEncrypt / publicDecrypt, Diffie-Hellman between two PKEY handles,
 * and ECDH on raw curve points (createECDH keeps its key bytes in JS). */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

#include "crypto_internal.h"
#include "keys.h"

#define PK_MAX_POINT 256

/* PK_CRYPT (i64 h, i64 mode, i64 padding, str oaepHash, bytes label)
 * + payload -> payload. mode: 0 publicEncrypt, 1 privateDecrypt,
 * 2 privateEncrypt, 3 publicDecrypt. */
void crypto_op_PK_CRYPT(muk_service *svc, muk_msg *m) {
  int64_t h, mode, padding;
  const char *md;
  size_t ml, labellen;
  const uint8_t *label;
  if (muk_msg_i64(m, 0, &h) || muk_msg_i64(m, 1, &mode) || muk_msg_i64(m, 2, &padding) ||
      muk_msg_str(m, 3, &md, &ml) || muk_msg_bytes(m, 4, &label, &labellen)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  if (mode < 0 || mode > 3 || padding < 0 || padding > INT_MAX || labellen > INT_MAX) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  crypto_handles *t = crypto_handles_of(svc);
  crypto_pkey *k = crypto_handle_use(t, h, CRYPTO_H_PKEY);
  if (!k) {
    muk_reply(m, UV_EBADF);
    return;
  }
  ERR_clear_error();
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_pkey(NULL, k->pk, NULL);
  unsigned char *out = NULL;
  size_t outlen = 0;
  const unsigned char *in = m->payload.data;
  size_t inlen = m->payload.len;
  int ok = ctx != NULL;
  if (ok) {
    switch (mode) {
    case 0: ok = EVP_PKEY_encrypt_init(ctx) > 0; break;
    case 1: ok = EVP_PKEY_decrypt_init(ctx) > 0; break;
    case 2: ok = EVP_PKEY_sign_init(ctx) > 0; break;
    default: ok = EVP_PKEY_verify_recover_init(ctx) > 0; break;
    }
  }
  if (ok)
    ok = EVP_PKEY_CTX_set_rsa_padding(ctx, (int)padding) > 0;
  if (ok && padding == RSA_PKCS1_OAEP_PADDING) {
    EVP_MD *oaep = ml ? EVP_MD_fetch(NULL, md, NULL) : NULL;
    if (ml && !oaep) {
      ok = 0;
      EVP_PKEY_CTX_free(ctx);
      crypto_handle_release(t, h);
      muk_msg_reset_args(m);
      muk_msg_add_str(m, "Invalid digest", 14);
      muk_msg_add_str(m, "", 0);
      muk_msg_add_i64(m, 0);
      muk_msg_add_str(m, "oaepHash", 8);
      muk_reply(m, CRYPTO_E_OPENSSL);
      return;
    }
    if (oaep)
      ok = EVP_PKEY_CTX_set_rsa_oaep_md(ctx, oaep) > 0 && EVP_PKEY_CTX_set_rsa_mgf1_md(ctx, oaep) > 0;
    EVP_MD_free(oaep);
    if (ok && labellen) {
      unsigned char *l = OPENSSL_memdup(label, labellen);
      ok = l && EVP_PKEY_CTX_set0_rsa_oaep_label(ctx, l, (int)labellen) > 0;
      if (!ok)
        OPENSSL_free(l);
    }
  }
#define PK_RUN(buf, len)                                                                           \
  (mode == 0   ? EVP_PKEY_encrypt(ctx, buf, len, in, inlen)                                        \
   : mode == 1 ? EVP_PKEY_decrypt(ctx, buf, len, in, inlen)                                        \
   : mode == 2 ? EVP_PKEY_sign(ctx, buf, len, in, inlen)                                           \
               : EVP_PKEY_verify_recover(ctx, buf, len, in, inlen))
  if (ok)
    ok = PK_RUN(NULL, &outlen) > 0 && (out = OPENSSL_malloc(outlen ? outlen : 1)) != NULL &&
         PK_RUN(out, &outlen) > 0;
#undef PK_RUN
  EVP_PKEY_CTX_free(ctx);
  crypto_handle_release(t, h);
  if (!ok) {
    OPENSSL_free(out);
    crypto_fail_openssl_first(m, "public key crypt");
    return;
  }
  crypto_reply_bytes(m, out, outlen, crypto_free_openssl);
}

static int derive(EVP_PKEY *priv, EVP_PKEY *peer, unsigned char **out, size_t *outlen) {
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_pkey(NULL, priv, NULL);
  int ok = ctx && EVP_PKEY_derive_init(ctx) > 0 && EVP_PKEY_derive_set_peer(ctx, peer) > 0 &&
           EVP_PKEY_derive(ctx, NULL, outlen) > 0 &&
           (*out = OPENSSL_malloc(*outlen ? *outlen : 1)) != NULL &&
           EVP_PKEY_derive(ctx, *out, outlen) > 0;
  EVP_PKEY_CTX_free(ctx);
  return ok;
}

/* DERIVE (i64 hpriv, i64 hpub) -> payload the shared secret. */
void crypto_op_DERIVE(muk_service *svc, muk_msg *m) {
  int64_t h1, h2;
  if (muk_msg_i64(m, 0, &h1) || muk_msg_i64(m, 1, &h2)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  crypto_handles *t = crypto_handles_of(svc);
  crypto_pkey *a = crypto_handle_use(t, h1, CRYPTO_H_PKEY);
  crypto_pkey *b = a ? crypto_handle_use(t, h2, CRYPTO_H_PKEY) : NULL;
  if (!b) {
    if (a)
      crypto_handle_release(t, h1);
    muk_reply(m, UV_EBADF);
    return;
  }
  int r = a->priv ? 0 : UV_EINVAL;
  unsigned char *out = NULL;
  size_t outlen = 0;
  int ok = 1;
  ERR_clear_error();
  if (!r)
    ok = derive(a->pk, b->pk, &out, &outlen);
  crypto_handle_release(t, h2);
  crypto_handle_release(t, h1);
  if (r) {
    muk_reply(m, r);
    return;
  }
  if (!ok) {
    OPENSSL_free(out);
    crypto_fail_openssl_first(m, "diffieHellman");
    return;
  }
  crypto_reply_bytes(m, out, outlen, crypto_free_openssl);
}

/* ---- ECDH on raw points ------------------------------------------------ */

static int curve_nid(const char *name) {
  int nid = OBJ_sn2nid(name);
  if (nid == NID_undef)
    nid = OBJ_ln2nid(name);
  if (nid == NID_undef)
    nid = EC_curve_nist2nid(name);
  return nid;
}

static point_conversion_form_t point_form(int64_t f) {
  return f == 2 ? POINT_CONVERSION_COMPRESSED
                : f == 6 ? POINT_CONVERSION_HYBRID : POINT_CONVERSION_UNCOMPRESSED;
}

/* Append point's encoding in form f as bytes. */
static int add_point(muk_msg *m, const EC_GROUP *g, const EC_POINT *p, int64_t f, BN_CTX *bn) {
  unsigned char buf[PK_MAX_POINT];
  size_t n = EC_POINT_point2oct(g, p, point_form(f), buf, sizeof buf, bn);
  if (n == 0)
    return -1;
  return muk_msg_add_bytes(m, buf, n);
}

/* Error replies the facade turns into node's ECDH errors. */
static void ecdh_fail(muk_msg *m, const char *what) {
  ERR_clear_error();
  muk_msg_reset_args(m);
  muk_msg_add_str(m, what, strlen(what));
  muk_msg_add_str(m, "", 0);
  muk_msg_add_i64(m, 0);
  muk_msg_add_str(m, "ecdh", 4);
  muk_reply(m, CRYPTO_E_OPENSSL);
}

/* ECDH_POINT (str curve, bytes point, i64 form 2|4|6) -> bytes the point
 * re-encoded (E_OPENSSL "invalid public key" when it is not on the curve). */
void crypto_op_ECDH_POINT(muk_service *svc, muk_msg *m) {
  (void)svc;
  const char *curve;
  size_t cl, pl;
  const uint8_t *pt;
  int64_t form;
  if (muk_msg_str(m, 0, &curve, &cl) || muk_msg_bytes(m, 1, &pt, &pl) || muk_msg_i64(m, 2, &form)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  int nid = curve_nid(curve);
  if (nid == NID_undef) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  EC_GROUP *g = EC_GROUP_new_by_curve_name(nid);
  EC_POINT *p = g ? EC_POINT_new(g) : NULL;
  BN_CTX *bn = BN_CTX_new();
  int ok = p && bn && EC_POINT_oct2point(g, p, pt, pl, bn) == 1;
  if (ok) {
    muk_msg_reset_args(m);
    ok = add_point(m, g, p, form, bn) == 0;
  }
  EC_POINT_free(p);
  EC_GROUP_free(g);
  BN_CTX_free(bn);
  if (!ok) {
    ecdh_fail(m, "invalid public key");
    return;
  }
  muk_reply(m, 0);
}

/* ECDH_KEYS (str curve, bytes priv|empty) -> bytes priv (BN_num_bytes
 * long, as node's getPrivateKey), bytes public point (uncompressed).
 * An empty priv generates a key. E_OPENSSL "invalid private key" for a
 * private key outside [1, order). */
void crypto_op_ECDH_KEYS(muk_service *svc, muk_msg *m) {
  (void)svc;
  const char *curve;
  size_t cl, kl;
  const uint8_t *kb;
  if (muk_msg_str(m, 0, &curve, &cl) || muk_msg_bytes(m, 1, &kb, &kl)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  int nid = curve_nid(curve);
  if (nid == NID_undef || kl > 128) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  ERR_clear_error();
  EC_GROUP *g = EC_GROUP_new_by_curve_name(nid);
  EC_POINT *p = g ? EC_POINT_new(g) : NULL;
  BN_CTX *bn = BN_CTX_new();
  BIGNUM *d = NULL;
  int ok = p && bn, bad = 0;
  if (ok && kl) {
    d = BN_bin2bn(kb, (int)kl, NULL);
    const BIGNUM *order = EC_GROUP_get0_order(g);
    if (!d || BN_is_zero(d) || BN_cmp(d, order) >= 0)
      bad = 1, ok = 0;
  } else if (ok) {
    d = BN_new();
    const BIGNUM *order = EC_GROUP_get0_order(g);
    ok = d && BN_priv_rand_range(d, order) == 1;
    while (ok && BN_is_zero(d))
      ok = BN_priv_rand_range(d, order) == 1;
  }
  if (ok)
    ok = EC_POINT_mul(g, p, d, NULL, NULL, bn) == 1;
  if (ok) {
    unsigned char buf[PK_MAX_POINT];
    int n = BN_num_bytes(d);
    ok = n <= (int)sizeof buf && BN_bn2bin(d, buf) == n;
    muk_msg_reset_args(m);
    if (ok)
      ok = muk_msg_add_bytes(m, buf, (size_t)n) == 0 && add_point(m, g, p, 4, bn) == 0;
    OPENSSL_cleanse(buf, sizeof buf);
  }
  BN_clear_free(d);
  EC_POINT_free(p);
  EC_GROUP_free(g);
  BN_CTX_free(bn);
  if (!ok) {
    if (bad)
      ecdh_fail(m, "invalid private key");
    else
      crypto_fail_openssl(m, "ecdh keys");
    return;
  }
  muk_reply(m, 0);
}

static EVP_PKEY *ec_pkey(const char *group, const uint8_t *pub, size_t publen, const BIGNUM *priv) {
  OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
  OSSL_PARAM *params = NULL;
  EVP_PKEY *pk = NULL;
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(NULL, "EC", NULL);
  int ok = bld && ctx &&
           OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, group, 0) &&
           OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, pub, publen) &&
           (!priv || OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_PRIV_KEY, priv)) &&
           (params = OSSL_PARAM_BLD_to_param(bld)) != NULL && EVP_PKEY_fromdata_init(ctx) > 0 &&
           EVP_PKEY_fromdata(ctx, &pk, priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, params) > 0;
  if (!ok) {
    EVP_PKEY_free(pk);
    pk = NULL;
  }
  OSSL_PARAM_free(params);
  OSSL_PARAM_BLD_free(bld);
  EVP_PKEY_CTX_free(ctx);
  return pk;
}

/* ECDH_DERIVE (str curve, bytes priv, bytes own public point, bytes peer
 * point) -> payload the shared secret (E_OPENSSL "invalid public key" when
 * the peer's point is not on the curve). */
void crypto_op_ECDH_DERIVE(muk_service *svc, muk_msg *m) {
  (void)svc;
  const char *curve;
  size_t cl, kl, ol, pl;
  const uint8_t *kb, *own, *peer;
  if (muk_msg_str(m, 0, &curve, &cl) || muk_msg_bytes(m, 1, &kb, &kl) ||
      muk_msg_bytes(m, 2, &own, &ol) || muk_msg_bytes(m, 3, &peer, &pl)) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  int nid = curve_nid(curve);
  const char *group = nid != NID_undef ? OBJ_nid2sn(nid) : NULL;
  if (!group || kl == 0 || kl > 128 || ol > PK_MAX_POINT || pl > PK_MAX_POINT) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  ERR_clear_error();
  /* the peer's point must lie on the curve */
  EC_GROUP *g = EC_GROUP_new_by_curve_name(nid);
  EC_POINT *p = g ? EC_POINT_new(g) : NULL;
  int onCurve = p && EC_POINT_oct2point(g, p, peer, pl, NULL) == 1;
  EC_POINT_free(p);
  EC_GROUP_free(g);
  if (!onCurve) {
    ecdh_fail(m, "invalid public key");
    return;
  }
  BIGNUM *d = BN_bin2bn(kb, (int)kl, NULL);
  EVP_PKEY *mine = d ? ec_pkey(group, own, ol, d) : NULL;
  EVP_PKEY *theirs = ec_pkey(group, peer, pl, NULL);
  BN_clear_free(d);
  unsigned char *out = NULL;
  size_t outlen = 0;
  int ok = mine && theirs && derive(mine, theirs, &out, &outlen);
  EVP_PKEY_free(mine);
  EVP_PKEY_free(theirs);
  if (!ok) {
    OPENSSL_free(out);
    crypto_fail_openssl(m, "ecdh");
    return;
  }
  crypto_reply_bytes(m, out, outlen, crypto_free_openssl);
}
