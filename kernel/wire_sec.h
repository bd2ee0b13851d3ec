/* wire_sec.h — the wire's session layer (docs/wire.md, version 3): the
 * 24-byte envelope every frame starts with, the handshake frames (HELLO,
 * WELCOME, REFUSE), and per-connection protection of DATA/BYE frames:
 * sequence numbers against replay, an HMAC-SHA-256 tag (keyed links) and
 * AES-256-GCM (encrypted links), keys derived with HKDF from the shared key
 * and both sides' nonces. The crypto is OpenSSL's (ossl_dl.h, loaded only
 * when a key is used). Used by the client transport (transport_nn.c) and by
 * muk-serviced; it knows nothing of nanomsg or of sessions' owners. */
#ifndef MUK_WIRE_SEC_H
#define MUK_WIRE_SEC_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* envelope byte 4 (wire.h's MUK_WIRE_VERSION is the same number) */
#define MUK_WIRE_SEC_VERSION 4
#define MUK_WIRE_ENV_SIZE 24u
#define MUK_WIRE_TAG_SIZE 16u
#define MUK_WIRE_NONCE_SIZE 32u
/* A shared key is the key file's contents: at least this many bytes. */
#define MUK_WIRE_KEY_MIN 32u
#define MUK_WIRE_KEY_MAX 4096u

/* envelope byte 5: what the frame is */
enum {
  MUK_WK_HELLO = 1,   /* client -> server: start or join a session */
  MUK_WK_WELCOME = 2, /* server -> client: the connection's id and nonce */
  MUK_WK_REFUSE = 3,  /* server -> client: a handshake or frame refused */
  MUK_WK_DATA = 4,    /* a muk message (wire.h), either way */
  MUK_WK_BYE = 5,     /* client -> server: end the session */
  MUK_WK_CREDIT = 6,  /* client -> server: bytes it has read (credit) */
  MUK_WK_CHUNK = 7,   /* server -> client: a piece of a payload (wire_chunk.h) */
  MUK_WK_BATCH = 8    /* several small DATA frames (wire_batch.h), either way */
};
/* envelope byte 6: how the body is protected */
#define MUK_WS_TAG 0x1u /* a 16-byte tag follows the body */
#define MUK_WS_ENC 0x2u /* the body is encrypted (AES-256-GCM; implies TAG) */
/* HELLO/WELCOME flags */
#define MUK_WH_KEYED 0x1u /* this side has a shared key */
#define MUK_WH_ENC 0x2u   /* HELLO: encryption asked; WELCOME: granted */
/* HELLO: this connection takes the session's events and grants credit
 * (CREDIT frames): the server sends it at most MUK_WIRE_CREDIT bytes the
 * client has not read yet; WELCOME: granted */
#define MUK_WH_EVENTS 0x4u
/* What a CREDIT frame's reader may have unread: frames sent and not yet
 * reported read, each counted as its length plus MUK_WIRE_CREDIT_FRAME
 * (what a small message costs in the socket buffer). One frame bigger than
 * the whole credit goes when nothing else is unread. */
#define MUK_WIRE_CREDIT (128u * 1024u)
#define MUK_WIRE_CREDIT_FRAME 1024u
#define MUK_WIRE_CREDIT_BODY 8u

#define MUK_WIRE_HELLO_BODY 48u
#define MUK_WIRE_WELCOME_BODY 80u
/* Largest handshake frame (room for buffers on the stack). */
#define MUK_WIRE_HS_MAX 512u

typedef struct muk_wire_env {
  uint8_t kind, sec;
  uint64_t conn, seq;
} muk_wire_env;

/* Read the envelope of buf[0..len). 0; MUK_EWIREVERSION when it is a muk
 * wire message of another version (byte 4); MUK_EBADMSG otherwise. */
int muk_wire_env_read(const uint8_t *buf, size_t len, muk_wire_env *e);
/* Write an envelope at buf. */
void muk_wire_env_write(uint8_t *buf, uint8_t kind, uint8_t sec, uint64_t conn,
                        uint64_t seq);

/* Fill buf with n random bytes from the kernel (getrandom). 0 or UV_EIO. */
int muk_wire_random(void *buf, size_t n);

/* ---- handshake -----------------------------------------------------------*/
typedef struct muk_wire_hello {
  uint8_t nonce[MUK_WIRE_NONCE_SIZE];
  uint8_t flags; /* MUK_WH_* */
  uint64_t join; /* session token to join, 0 = a new session */
} muk_wire_hello;

typedef struct muk_wire_welcome {
  uint8_t cnonce[MUK_WIRE_NONCE_SIZE]; /* the HELLO's, echoed */
  uint8_t snonce[MUK_WIRE_NONCE_SIZE];
  uint64_t token;    /* the session's token */
  uint8_t flags;     /* MUK_WH_* */
  uint32_t lease_ms; /* the session ends after this long without a frame */
} muk_wire_welcome;

/* Build a frame in out (MUK_WIRE_HS_MAX bytes); the tag is an HMAC with
 * key when key != NULL. Returns the length, 0 on a crypto failure. */
size_t muk_wire_hello_build(uint8_t *out, const muk_wire_hello *h, const uint8_t *key,
                            size_t klen);
size_t muk_wire_welcome_build(uint8_t *out, uint64_t conn, const muk_wire_welcome *w,
                              const uint8_t *key, size_t klen);
/* REFUSE: conn and echo say what is refused (a HELLO: conn 0, echo its
 * nonce's first 8 bytes; a DATA frame: its conn and seq). Never tagged. */
size_t muk_wire_refuse_build(uint8_t *out, uint64_t conn, int32_t status, uint64_t echo,
                             const char *msg);

/* A frame of wire version 2 or 3 (buf[0..len)) answered in its version's
 * words: a REFUSE echoing its HELLO's nonce (or its conn and seq) with
 * status and msg, which such a client reports. Its length, 0 when buf is
 * not one. */
size_t muk_wire_v2_refusal(uint8_t *out, const uint8_t *buf, size_t len, int32_t status,
                           const char *msg);
/* CREDIT: the body (MUK_WIRE_CREDIT_BODY bytes) is the u64 count of frame
 * bytes the client has read on the connection (each counted as its length
 * plus MUK_WIRE_CREDIT_FRAME). get: over an opened frame (end from
 * muk_wire_open); 0 or MUK_EBADMSG. */
void muk_wire_credit_put(uint8_t *body, uint64_t read);
int muk_wire_credit_get(const uint8_t *frame, size_t end, uint64_t *read);

/* Parse the body of a frame whose envelope was read (lengths checked, no
 * tag checked). 0 or MUK_EBADMSG. */
int muk_wire_hello_read(const uint8_t *buf, size_t len, const muk_wire_env *e,
                        muk_wire_hello *h);
int muk_wire_welcome_read(const uint8_t *buf, size_t len, const muk_wire_env *e,
                          muk_wire_welcome *w);
/* msg points into buf, not NUL-terminated. */
int muk_wire_refuse_read(const uint8_t *buf, size_t len, const muk_wire_env *e,
                         int32_t *status, uint64_t *echo, const char **msg,
                         size_t *msglen);
/* 1 when buf's last MUK_WIRE_TAG_SIZE bytes are the HMAC-SHA-256 (cut to
 * 16 bytes) of the rest with key, else 0. Constant time. */
int muk_wire_tag_ok(const uint8_t *buf, size_t len, const uint8_t *key, size_t klen);

/* ---- a protected connection ----------------------------------------------*/
typedef struct muk_wire_link {
  uint64_t conn;
  uint64_t tx_seq; /* last sequence number sent */
  uint64_t rx_seq; /* last one accepted: a frame must carry a greater one */
  uint8_t sec;     /* MUK_WS_* on every DATA/BYE frame, both ways */
  void *tx_mac, *rx_mac;   /* HMAC pad states (wire_sec.c), keyed links */
  void *tx_aead, *rx_aead; /* EVP_CIPHER_CTX, encrypted links */
} muk_wire_link;

/* Set l up for connection conn. Without a key: sequence numbers only.
 * With one: per-direction keys from HKDF-SHA-256(key, cnonce || snonce,
 * "muk wire v2" || conn || token); enc adds AES-256-GCM. join_key (32
 * bytes, may be NULL) receives the key that authenticates later HELLOs
 * joining this session. server: which direction is ours. 0, MUK_EAUTH
 * (libcrypto missing or failing) or UV_ENOMEM. */
int muk_wire_link_init(muk_wire_link *l, int server, uint64_t conn, const uint8_t *key,
                       size_t klen, int enc, const uint8_t *cnonce,
                       const uint8_t *snonce, uint64_t token, uint8_t *join_key);
void muk_wire_link_free(muk_wire_link *l);

/* Protect a frame in place: frame[0..len) is room for the envelope (24
 * bytes, written here) then the body, and MUK_WIRE_TAG_SIZE bytes after len
 * must be writable. Takes the next sequence number. Returns the frame's
 * length, 0 on a crypto failure. */
size_t muk_wire_seal(muk_wire_link *l, uint8_t kind, uint8_t *frame, size_t len);
/* Check a received frame (envelope e already read from it) in place: its
 * conn, protection, tag and sequence number; decrypts the body. On success
 * returns 0 and *end is where the body ends (the tag cut off); the
 * sequence number is then consumed. MUK_EBADMSG otherwise (l unchanged). */
int muk_wire_open(muk_wire_link *l, const muk_wire_env *e, uint8_t *frame, size_t len,
                  size_t *end);

#ifdef __cplusplus
}
#endif
#endif
