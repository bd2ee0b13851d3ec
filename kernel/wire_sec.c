/* wire_sec.c — envelope, handshake frames and per-connection protection of
 * the muk wire, version 2 (wire_sec.h, docs/wire.md). */
#include "wire_sec.h"
#include "wire_bytes.h"

#include <errno.h>
#include <string.h>
#include <sys/random.h>

#include <openssl/core_names.h>

#include "muk.h"
#include "ossl_dl.h"

#define O (muk__ossl())
#define GCM_IV 12

static const uint8_t MAGIC[4] = {'M', 'U', 'K', 'W'};


/* ---- envelope -------------------------------------------------------------*/
int muk_wire_env_read(const uint8_t *buf, size_t len, muk_wire_env *e) {
  if (!buf || len < 5 || memcmp(buf, MAGIC, 4)) return MUK_EBADMSG;
  if (buf[4] != MUK_WIRE_SEC_VERSION) return MUK_EWIREVERSION;
  if (len < MUK_WIRE_ENV_SIZE || buf[7] != 0) return MUK_EBADMSG;
  e->kind = buf[5];
  e->sec = buf[6];
  if (e->kind < MUK_WK_HELLO || e->kind > MUK_WK_BATCH) return MUK_EBADMSG;
  if (e->sec & ~(MUK_WS_TAG | MUK_WS_ENC)) return MUK_EBADMSG;
  if ((e->sec & MUK_WS_ENC) && !(e->sec & MUK_WS_TAG)) return MUK_EBADMSG;
  if ((e->sec & MUK_WS_TAG) && len < MUK_WIRE_ENV_SIZE + MUK_WIRE_TAG_SIZE)
    return MUK_EBADMSG;
  e->conn = get64(buf + 8);
  e->seq = get64(buf + 16);
  return 0;
}

void muk_wire_env_write(uint8_t *buf, uint8_t kind, uint8_t sec, uint64_t conn,
                        uint64_t seq) {
  memcpy(buf, MAGIC, 4);
  buf[4] = MUK_WIRE_SEC_VERSION;
  buf[5] = kind;
  buf[6] = sec;
  buf[7] = 0;
  put64(buf + 8, conn);
  put64(buf + 16, seq);
}

int muk_wire_random(void *buf, size_t n) {
  uint8_t *p = buf;
  while (n) {
    ssize_t r = getrandom(p, n, 0);
    if (r < 0) {
      if (errno == EINTR) continue;
      return UV_EIO;
    }
    p += r;
    n -= (size_t)r;
  }
  return 0;
}

/* ---- HMAC -----------------------------------------------------------------
 * HMAC-SHA-256 (RFC 2104) with both padded keys hashed once per key: a tag
 * is then two SHA-256 runs from saved states. Through EVP_MAC the same tag
 * cost twice as much (parameter parsing, context copies, cleanup on every
 * call: measured at ~15% of a keyed no-op round trip's CPU). The bytes are
 * HMAC's own, so any HMAC implementation checks them (tests/transport's
 * wire_peer.py uses Python's hmac). */
typedef struct mac_key {
  SHA256_CTX inner, outer;
} mac_key;

static mac_key *mac_new(const uint8_t *key, size_t klen) {
  const muk_ossl_api *o = O;
  if (!o) return NULL;
  mac_key *m = malloc(sizeof *m);
  if (!m) return NULL;
  uint8_t k0[64] = {0}, pad[64];
  if (klen > sizeof k0) { /* a long key is hashed first */
    SHA256_CTX c;
    o->SHA256_Init(&c);
    o->SHA256_Update(&c, key, klen);
    o->SHA256_Final(k0, &c);
  } else {
    memcpy(k0, key, klen);
  }
  for (int i = 0; i < 64; i++) pad[i] = k0[i] ^ 0x36;
  o->SHA256_Init(&m->inner);
  o->SHA256_Update(&m->inner, pad, sizeof pad);
  for (int i = 0; i < 64; i++) pad[i] = k0[i] ^ 0x5c;
  o->SHA256_Init(&m->outer);
  o->SHA256_Update(&m->outer, pad, sizeof pad);
  o->OPENSSL_cleanse(k0, sizeof k0);
  o->OPENSSL_cleanse(pad, sizeof pad);
  return m;
}

static void mac_free(mac_key *m) {
  if (!m) return;
  O->OPENSSL_cleanse(m, sizeof *m);
  free(m);
}

/* The tag of buf[0..len): HMAC-SHA-256 truncated to MUK_WIRE_TAG_SIZE. */
static int mac_tag(const mac_key *m, const uint8_t *buf, size_t len,
                   uint8_t tag[MUK_WIRE_TAG_SIZE]) {
  const muk_ossl_api *o = O;
  SHA256_CTX c = m->inner;
  uint8_t h[32];
  if (!o->SHA256_Update(&c, buf, len) || !o->SHA256_Final(h, &c)) return -1;
  c = m->outer;
  if (!o->SHA256_Update(&c, h, sizeof h) || !o->SHA256_Final(h, &c)) return -1;
  memcpy(tag, h, MUK_WIRE_TAG_SIZE);
  return 0;
}

static int tag_oneshot(const uint8_t *buf, size_t len, const uint8_t *key, size_t klen,
                       uint8_t tag[MUK_WIRE_TAG_SIZE]) {
  mac_key *m = mac_new(key, klen);
  if (!m) return -1;
  int rc = mac_tag(m, buf, len, tag);
  mac_free(m);
  return rc;
}

int muk_wire_tag_ok(const uint8_t *buf, size_t len, const uint8_t *key, size_t klen) {
  uint8_t tag[MUK_WIRE_TAG_SIZE];
  if (len < MUK_WIRE_TAG_SIZE || !key) return 0;
  len -= MUK_WIRE_TAG_SIZE;
  if (tag_oneshot(buf, len, key, klen, tag)) return 0;
  return O->CRYPTO_memcmp(tag, buf + len, MUK_WIRE_TAG_SIZE) == 0;
}

/* ---- handshake frames -----------------------------------------------------*/
static size_t finish_hs(uint8_t *out, size_t len, const uint8_t *key, size_t klen) {
  if (!key) return len;
  if (tag_oneshot(out, len, key, klen, out + len)) return 0;
  return len + MUK_WIRE_TAG_SIZE;
}

size_t muk_wire_hello_build(uint8_t *out, const muk_wire_hello *h, const uint8_t *key,
                            size_t klen) {
  muk_wire_env_write(out, MUK_WK_HELLO, key ? MUK_WS_TAG : 0, 0, 0);
  uint8_t *b = out + MUK_WIRE_ENV_SIZE;
  memcpy(b, h->nonce, MUK_WIRE_NONCE_SIZE);
  b[32] = h->flags;
  memset(b + 33, 0, 7);
  put64(b + 40, h->join);
  return finish_hs(out, MUK_WIRE_ENV_SIZE + MUK_WIRE_HELLO_BODY, key, klen);
}

size_t muk_wire_welcome_build(uint8_t *out, uint64_t conn, const muk_wire_welcome *w,
                              const uint8_t *key, size_t klen) {
  muk_wire_env_write(out, MUK_WK_WELCOME, key ? MUK_WS_TAG : 0, conn, 0);
  uint8_t *b = out + MUK_WIRE_ENV_SIZE;
  memcpy(b, w->cnonce, 32);
  memcpy(b + 32, w->snonce, 32);
  put64(b + 64, w->token);
  b[72] = w->flags;
  memset(b + 73, 0, 3);
  put32(b + 76, w->lease_ms);
  return finish_hs(out, MUK_WIRE_ENV_SIZE + MUK_WIRE_WELCOME_BODY, key, klen);
}

size_t muk_wire_refuse_build(uint8_t *out, uint64_t conn, int32_t status, uint64_t echo,
                             const char *msg) {
  size_t n = msg ? strlen(msg) : 0;
  size_t max = MUK_WIRE_HS_MAX - MUK_WIRE_ENV_SIZE - 18;
  if (n > max) n = max;
  muk_wire_env_write(out, MUK_WK_REFUSE, 0, conn, 0);
  uint8_t *b = out + MUK_WIRE_ENV_SIZE;
  put32(b, (uint32_t)status);
  put32(b + 4, 0);
  put64(b + 8, echo);
  b[16] = (uint8_t)n;
  b[17] = (uint8_t)(n >> 8);
  if (n) memcpy(b + 18, msg, n);
  return MUK_WIRE_ENV_SIZE + 18 + n;
}

size_t muk_wire_v2_refusal(uint8_t *out, const uint8_t *buf, size_t len, int32_t status,
                           const char *msg) {
  if (len < MUK_WIRE_ENV_SIZE || memcmp(buf, MAGIC, 4) || (buf[4] != 2 && buf[4] != 3))
    return 0;
  uint64_t conn = get64(buf + 8), echo = get64(buf + 16);
  if (buf[5] == MUK_WK_HELLO) {
    if (len < MUK_WIRE_ENV_SIZE + 8) return 0;
    conn = 0;
    echo = get64(buf + MUK_WIRE_ENV_SIZE); /* the nonce's first 8 bytes */
  } else if (buf[5] != MUK_WK_DATA && buf[5] != MUK_WK_BYE) {
    return 0;
  }
  size_t n = muk_wire_refuse_build(out, conn, status, echo, msg);
  out[4] = buf[4]; /* the REFUSE's layout is the same in 2, 3 and 4 */
  return n;
}

void muk_wire_credit_put(uint8_t *body, uint64_t read) { put64(body, read); }

int muk_wire_credit_get(const uint8_t *frame, size_t end, uint64_t *read) {
  if (end != MUK_WIRE_ENV_SIZE + MUK_WIRE_CREDIT_BODY) return MUK_EBADMSG;
  *read = get64(frame + MUK_WIRE_ENV_SIZE);
  return 0;
}

/* The body's length for a handshake frame: its envelope says whether a tag
 * follows. */
static size_t body_len(size_t len, const muk_wire_env *e) {
  size_t t = (e->sec & MUK_WS_TAG) ? MUK_WIRE_TAG_SIZE : 0;
  return len - MUK_WIRE_ENV_SIZE - t; /* env_read checked len >= env + t */
}

int muk_wire_hello_read(const uint8_t *buf, size_t len, const muk_wire_env *e,
                        muk_wire_hello *h) {
  if (e->kind != MUK_WK_HELLO || (e->sec & MUK_WS_ENC) || e->conn || e->seq ||
      body_len(len, e) != MUK_WIRE_HELLO_BODY)
    return MUK_EBADMSG;
  const uint8_t *b = buf + MUK_WIRE_ENV_SIZE;
  memcpy(h->nonce, b, 32);
  h->flags = b[32];
  for (int i = 33; i < 40; i++)
    if (b[i]) return MUK_EBADMSG;
  if (h->flags & ~(MUK_WH_KEYED | MUK_WH_ENC | MUK_WH_EVENTS)) return MUK_EBADMSG;
  if (!(h->flags & MUK_WH_KEYED) != !(e->sec & MUK_WS_TAG)) return MUK_EBADMSG;
  h->join = get64(b + 40);
  return 0;
}

int muk_wire_welcome_read(const uint8_t *buf, size_t len, const muk_wire_env *e,
                          muk_wire_welcome *w) {
  if (e->kind != MUK_WK_WELCOME || (e->sec & MUK_WS_ENC) || !e->conn || e->seq ||
      body_len(len, e) != MUK_WIRE_WELCOME_BODY)
    return MUK_EBADMSG;
  const uint8_t *b = buf + MUK_WIRE_ENV_SIZE;
  memcpy(w->cnonce, b, 32);
  memcpy(w->snonce, b + 32, 32);
  w->token = get64(b + 64);
  w->flags = b[72];
  w->lease_ms = get32(b + 76);
  if (w->flags & ~(MUK_WH_KEYED | MUK_WH_ENC | MUK_WH_EVENTS) || !w->token || b[73] || b[74] || b[75])
    return MUK_EBADMSG;
  if (!(w->flags & MUK_WH_KEYED) != !(e->sec & MUK_WS_TAG)) return MUK_EBADMSG;
  return 0;
}

int muk_wire_refuse_read(const uint8_t *buf, size_t len, const muk_wire_env *e,
                         int32_t *status, uint64_t *echo, const char **msg,
                         size_t *msglen) {
  if (e->kind != MUK_WK_REFUSE || e->sec || len < MUK_WIRE_ENV_SIZE + 18) return MUK_EBADMSG;
  const uint8_t *b = buf + MUK_WIRE_ENV_SIZE;
  size_t n = (size_t)b[16] | (size_t)b[17] << 8;
  if (MUK_WIRE_ENV_SIZE + 18 + n != len) return MUK_EBADMSG;
  *status = (int32_t)get32(b);
  if (*status >= 0) return MUK_EBADMSG;
  *echo = get64(b + 8);
  *msg = (const char *)b + 18;
  *msglen = n;
  return 0;
}

/* ---- links ----------------------------------------------------------------*/
static EVP_CIPHER_CTX *aead_new(const uint8_t *key, int encrypt) {
  const muk_ossl_api *o = O;
  EVP_CIPHER *ci = o->EVP_CIPHER_fetch(NULL, "AES-256-GCM", NULL);
  if (!ci) return NULL;
  EVP_CIPHER_CTX *c = o->EVP_CIPHER_CTX_new();
  int ok = c && (encrypt ? o->EVP_EncryptInit_ex2(c, ci, key, NULL, NULL)
                         : o->EVP_DecryptInit_ex2(c, ci, key, NULL, NULL));
  o->EVP_CIPHER_free(ci);
  if (!ok) {
    if (c) o->EVP_CIPHER_CTX_free(c);
    return NULL;
  }
  return c;
}

int muk_wire_link_init(muk_wire_link *l, int server, uint64_t conn, const uint8_t *key,
                       size_t klen, int enc, const uint8_t *cnonce,
                       const uint8_t *snonce, uint64_t token, uint8_t *join_key) {
  memset(l, 0, sizeof *l);
  l->conn = conn;
  if (!key) return enc ? MUK_EAUTH : 0;
  const muk_ossl_api *o = O;
  if (!o) return MUK_EAUTH;
  /* c2s mac, s2c mac, c2s enc, s2c enc, join: 32 bytes each */
  uint8_t okm[160], salt[64], info[11 + 16];
  memcpy(salt, cnonce, 32);
  memcpy(salt + 32, snonce, 32);
  memcpy(info, "muk wire v2", 11);
  put64(info + 11, conn);
  put64(info + 19, token);
  EVP_KDF *kdf = o->EVP_KDF_fetch(NULL, "HKDF", NULL);
  EVP_KDF_CTX *kc = kdf ? o->EVP_KDF_CTX_new(kdf) : NULL;
  if (kdf) o->EVP_KDF_free(kdf);
  OSSL_PARAM p[5] = {
      o->OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, (char *)"SHA256", 0),
      o->OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, (void *)key, klen),
      o->OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt, sizeof salt),
      o->OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, info, sizeof info),
      o->OSSL_PARAM_construct_end()};
  int ok = kc && o->EVP_KDF_derive(kc, okm, sizeof okm, p) > 0;
  if (kc) o->EVP_KDF_CTX_free(kc);
  if (!ok) return MUK_EAUTH;
  const uint8_t *c2s = okm, *s2c = okm + 32;
  l->tx_mac = mac_new(server ? s2c : c2s, 32);
  l->rx_mac = mac_new(server ? c2s : s2c, 32);
  l->sec = MUK_WS_TAG;
  if (enc) {
    l->tx_aead = aead_new(server ? okm + 96 : okm + 64, 1);
    l->rx_aead = aead_new(server ? okm + 64 : okm + 96, 0);
    l->sec |= MUK_WS_ENC;
  }
  if (join_key) memcpy(join_key, okm + 128, 32);
  o->OPENSSL_cleanse(okm, sizeof okm);
  if (!l->tx_mac || !l->rx_mac || (enc && (!l->tx_aead || !l->rx_aead))) {
    muk_wire_link_free(l);
    return MUK_EAUTH;
  }
  return 0;
}

void muk_wire_link_free(muk_wire_link *l) {
  if (l->tx_mac || l->rx_mac || l->tx_aead || l->rx_aead) {
    const muk_ossl_api *o = O;
    mac_free(l->tx_mac);
    mac_free(l->rx_mac);
    o->EVP_CIPHER_CTX_free(l->tx_aead);
    o->EVP_CIPHER_CTX_free(l->rx_aead);
  }
  memset(l, 0, sizeof *l);
}

/* AES-256-GCM in place; the envelope is the additional data, the nonce is
 * the sequence number (unique per key: each direction has its own key). */
static int aead(EVP_CIPHER_CTX *c, int encrypt, uint64_t seq, uint8_t *frame,
                size_t body, uint8_t *tag) {
  const muk_ossl_api *o = O;
  uint8_t iv[GCM_IV] = {0};
  put64(iv + 4, seq);
  int n;
  uint8_t *p = frame + MUK_WIRE_ENV_SIZE;
  if (encrypt) {
    if (!o->EVP_EncryptInit_ex2(c, NULL, NULL, iv, NULL) ||
        !o->EVP_EncryptUpdate(c, NULL, &n, frame, MUK_WIRE_ENV_SIZE) ||
        (body && !o->EVP_EncryptUpdate(c, p, &n, p, (int)body)) ||
        !o->EVP_EncryptFinal_ex(c, p + body, &n) ||
        !o->EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_GET_TAG, MUK_WIRE_TAG_SIZE, tag))
      return -1;
    return 0;
  }
  if (!o->EVP_DecryptInit_ex2(c, NULL, NULL, iv, NULL) ||
      !o->EVP_DecryptUpdate(c, NULL, &n, frame, MUK_WIRE_ENV_SIZE) ||
      (body && !o->EVP_DecryptUpdate(c, p, &n, p, (int)body)) ||
      !o->EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_SET_TAG, MUK_WIRE_TAG_SIZE, tag) ||
      o->EVP_DecryptFinal_ex(c, p + body, &n) <= 0)
    return -1;
  return 0;
}

size_t muk_wire_seal(muk_wire_link *l, uint8_t kind, uint8_t *frame, size_t len) {
  uint64_t seq = l->tx_seq + 1;
  muk_wire_env_write(frame, kind, l->sec, l->conn, seq);
  l->tx_seq = seq;
  if (!(l->sec & MUK_WS_TAG)) return len;
  int rc = (l->sec & MUK_WS_ENC)
               ? aead(l->tx_aead, 1, seq, frame, len - MUK_WIRE_ENV_SIZE, frame + len)
               : mac_tag(l->tx_mac, frame, len, frame + len);
  return rc ? 0 : len + MUK_WIRE_TAG_SIZE;
}

int muk_wire_open(muk_wire_link *l, const muk_wire_env *e, uint8_t *frame, size_t len,
                  size_t *end) {
  if (e->conn != l->conn || e->sec != l->sec || e->seq <= l->rx_seq)
    return MUK_EBADMSG;
  if (l->sec & MUK_WS_TAG) {
    size_t n = len - MUK_WIRE_TAG_SIZE; /* env_read checked the length */
    if (l->sec & MUK_WS_ENC) {
      if (n - MUK_WIRE_ENV_SIZE > INT32_MAX ||
          aead(l->rx_aead, 0, e->seq, frame, n - MUK_WIRE_ENV_SIZE, frame + n))
        return MUK_EBADMSG;
    } else {
      uint8_t tag[MUK_WIRE_TAG_SIZE];
      if (mac_tag(l->rx_mac, frame, n, tag) ||
          O->CRYPTO_memcmp(tag, frame + n, MUK_WIRE_TAG_SIZE))
        return MUK_EBADMSG;
    }
    len = n;
  }
  l->rx_seq = e->seq;
  *end = len;
  return 0;
}
