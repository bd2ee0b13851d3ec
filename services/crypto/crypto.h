/* crypto.h — the "crypto" service's message schema (OpenSSL 3, backend
 * "openssl"). Byte strings travel as BYTES arguments or as the payload
 * (bulk data: the bytes to hash, encrypt, sign; a Buffer rides in place).
 * Results that are bytes come back as the payload unless said otherwise.
 *
 * Stateful objects (a hash or cipher context, an asymmetric key, an ECDH
 * key, a certificate) live in the service as handles: i64 ids from the
 * service's handle table (crypto_handles.c). FREE (i64 h) releases any of
 * them; the JS object that stands for one holds a kernel handle token, so
 * a dropped object frees its handle when it is collected. A context handle
 * is used by one request at a time (the facade serializes its calls).
 *
 * The service is POOL with MUK_SVC_CALLER_SYNC: its handlers are
 * thread-safe, so the facade's synchronous calls (update, digest, a small
 * one-shot hash) run on the calling thread; callback forms (pbkdf2,
 * scrypt, randomBytes(n, cb), a large digest) run on the pool.
 *
 * Each family's ops are listed in its own list below (its handlers live
 * in the file named beside it); CRYPTO_OPS splices them into one op
 * numbering. Requests (args; reply args), per family:
 *
 * hash.c — digests and HMACs (algorithm names as Node spells them)
 *   DIGEST      (str alg, i64 outlen|-1, i64 enc, i64 off, i64 len|-1)
 *               + payload (the bytes hashed: payload[off, off + len))
 *               -> payload digest (enc 0) | str hex (1), base64 (2),
 *               base64url (3)
 *   HMAC        (str alg, bytes key, i64 enc, i64 off, i64 len|-1)
 *               + payload -> payload mac | str (as DIGEST)
 *   HASH_INFO   (str alg) -> i64 size, i64 xof (0|1), i64 block size
 *               (an unknown name: UV_ENOENT; one the provider lacks:
 *               CRYPTO_E_OPENSSL; every op naming an alg answers so)
 *   HASH_NEW    (str alg, i64 outlen|-1) -> i64 h
 *   HMAC_NEW    (str alg, bytes key) -> i64 h
 *   HASH_UPDATE (i64 h) + payload            (h: a hash or an HMAC)
 *   HASH_FINAL  (i64 h, i64 enc) [+ payload: a last update]
 *               -> payload digest | str (as DIGEST); the handle is freed
 *   HASH_COPY   (i64 h, i64 outlen|-1) -> i64 h2  (a hash only)
 *   HASHES      -> str names, '\n'-separated
 * random.c — random bytes (RAND_bytes)
 *   RANDOM      (i64 n) -> payload of n random bytes (n <= 2^31-1)
 *   RANDOM_FILL + payload (a Buffer's bytes, in place) -> payload filled
 * kdf.c — key derivation; UV_ENOENT: an unknown digest name
 *   PBKDF2      (str digest, i64 iterations, i64 keylen, bytes salt)
 *               + payload password -> payload key
 *   SCRYPT      (i64 N, i64 r, i64 p, i64 maxmem, i64 keylen, bytes salt)
 *               + payload password -> payload key; keylen -1: only check
 *               the parameters (CRYPTO_E_OPENSSL when OpenSSL refuses)
 *   HKDF        (str digest, i64 keylen, bytes salt, bytes info)
 *               + payload ikm -> payload key; UV_ERANGE: keylen > 255*size
 *   KDF_DIGEST  (str digest) -> i64 the digest's size in bytes
 *   TIMING_SAFE_EQUAL (bytes a) + payload b -> i64 1 equal | 0 (CRYPTO_memcmp);
 *               UV_EINVAL when the lengths differ
 * cipher.c — symmetric ciphers (Node's names; a context is a CIPHER handle)
 *   CIPHER_NEW     (str alg, i64 decrypt, bytes key, bytes iv, i64 has_iv,
 *                  i64 authTagLength|-1) -> i64 h; Node's argument errors
 *                  as UV_EINVAL with (str ERR_* code, i64 detail)
 *   CIPHER_UPDATE  (i64 h) + payload -> payload output
 *   CIPHER_FINAL   (i64 h) -> payload last block [, bytes tag: AEAD
 *                  encryption]; the context is finished
 *   CIPHER_AAD     (i64 h, i64 plaintextLength|-1) + payload aad -> i64 ok
 *   CIPHER_SET_TAG (i64 h, bytes tag) -> i64 ok
 *   CIPHER_PADDING (i64 h, i64 on) -> i64 ok
 *   CIPHERS        -> str names, '\n'-separated (OpenSSL's, with aliases)
 *   CIPHER_INFO    (str name | i64 nid, i64 has_key, i64 keyLength,
 *                  i64 has_iv, i64 ivLength) -> (str mode, str name,
 *                  i64 nid, i64 blockSize|-1, i64 ivLength, i64 keyLength)
 *                  or nothing: unknown
 *   A context is finished by CIPHER_FINAL (its handle stays until FREE);
 *   a second request on a context while one runs answers UV_EBUSY.
 * keys.c — asymmetric keys as PKEY handles (priv: 1 private, 0 public)
 *   KEY_IMPORT   (i64 priv, str "pem"|"der", str ""|pkcs1|spki|pkcs8|sec1,
 *                bytes passphrase | i64 -1) + payload encoding -> i64 h
 *   KEY_INFO     (i64 h) -> str type, i64 priv, i64 bits, bytes pubexp,
 *                str curve, str hash, str mgf1Hash, i64 saltLength|-1
 *   KEY_EXPORT   (i64 h, i64 priv, str "pem"|"der", str type, str cipher|"",
 *                bytes passphrase) -> payload encoding
 *   KEY_JWK      (i64 h, i64 priv) -> bytes members (rsa: n e [d p q dp dq
 *                qi]; ec: x y d|"" str crv; okp: x [d])
 *   KEY_FROM_JWK (str "rsa"|"ec"|"okp", str crv, i64 priv) + payload
 *                (members, each a 4-byte big-endian length + bytes) -> i64 h
 *   KEY_PUBLIC   (i64 h) -> i64 h2 (the public half)
 *   KEY_EQUALS   (i64 h1, i64 h2) -> i64 1|0
 *   KEY_GENERATE (str type, i64 bits, i64 pubexp, str curve, str hash,
 *                str mgf1Hash, i64 saltLength|-1) -> i64 h; type "secret":
 *                bits is a size in bytes -> payload random bytes
 *   CURVES       -> str names, '\n'-separated
 * sign.c — signatures (padding -1: the key's default; p1363 1: ECDSA r||s)
 *   SIGN   (i64 h, str digest|"", i64 padding, i64 saltLength|INT_MIN,
 *          i64 p1363) + payload data -> payload signature
 *   VERIFY (same, bytes signature) + payload data -> i64 1|0
 *   SIGN_DIGEST (str digest) -> i64 size, or E_OPENSSL "Invalid digest"
 * pk.c (its ops are in CRYPTO_SIGN_OPS) — RSA encryption, key agreement
 *   PK_CRYPT    (i64 h, i64 mode 0 publicEncrypt|1 privateDecrypt|
 *               2 privateEncrypt|3 publicDecrypt, i64 padding, str oaepHash
 *               |"", bytes oaepLabel) + payload -> payload
 *   DERIVE      (i64 hpriv, i64 hpub) -> payload shared secret
 *   ECDH_POINT  (str curve, bytes point, i64 form 2|4|6) -> bytes point
 *   ECDH_KEYS   (str curve, bytes priv|"") -> bytes priv, bytes point
 *               (uncompressed; an empty priv generates one)
 *   ECDH_DERIVE (str curve, bytes priv, bytes own point, bytes peer point)
 *               -> payload shared secret
 * x509.c (its ops are in CRYPTO_SIGN_OPS) — X509Certificate (X509 handles)
 *   X509_PARSE       + payload PEM or DER -> i64 h
 *   X509_INFO        (i64 h) -> str subject, str issuer, str serialNumber,
 *                    str validFrom, str validTo, i64 ca, str subjectAltName
 *   X509_RAW         (i64 h, i64 pem) -> payload DER or PEM
 *   X509_FINGERPRINT (i64 h, str sha1|sha256|sha512) -> payload digest
 *   X509_PUBKEY      (i64 h) -> i64 PKEY handle (public)
 *   X509_VERIFY      (i64 h, i64 key h) -> i64 1|0
 *   X509_CHECK       (i64 h, i64 0 host|1 email|2 ip, str name, i64 flags)
 *                    -> i64 result (1, 0, -2), str matched name
 *
 * Errors: UV_EINVAL for bad arguments; OpenSSL's failures as
 * CRYPTO_E_OPENSSL with the reason as str arguments (library, reason
 * string, Node's ERR_OSSL_* code) so the facade can shape Node's error.
 */
#ifndef MUK_SERVICES_CRYPTO_H
#define MUK_SERVICES_CRYPTO_H

#define CRYPTO_COMMON_OPS(X) X(FREE, "free")

#define CRYPTO_HASH_OPS(X)                                                   \
  X(DIGEST, "digest")                                                        \
  X(HMAC, "hmac")                                                            \
  X(HASH_INFO, "hashInfo")                                                   \
  X(HASH_NEW, "hashNew")                                                     \
  X(HMAC_NEW, "hmacNew")                                                     \
  X(HASH_UPDATE, "hashUpdate")                                               \
  X(HASH_FINAL, "hashFinal")                                                 \
  X(HASH_COPY, "hashCopy")                                                   \
  X(HASHES, "hashes")

#define CRYPTO_RANDOM_OPS(X) X(RANDOM, "random") X(RANDOM_FILL, "randomFill")

#define CRYPTO_KDF_OPS(X)                                                    \
  X(PBKDF2, "pbkdf2")                                                        \
  X(SCRYPT, "scrypt")                                                        \
  X(HKDF, "hkdf")                                                            \
  X(KDF_DIGEST, "kdfDigest")                                                 \
  X(TIMING_SAFE_EQUAL, "timingSafeEqual")

#define CRYPTO_CIPHER_OPS(X)                                                 \
  X(CIPHER_NEW, "cipherNew")                                                 \
  X(CIPHER_UPDATE, "cipherUpdate")                                           \
  X(CIPHER_FINAL, "cipherFinal")                                             \
  X(CIPHER_AAD, "cipherAAD")                                                 \
  X(CIPHER_SET_TAG, "cipherSetTag")                                          \
  X(CIPHER_PADDING, "cipherPadding")                                         \
  X(CIPHERS, "ciphers")                                                      \
  X(CIPHER_INFO, "cipherInfo")

#define CRYPTO_KEY_OPS(X)                                                    \
  X(KEY_IMPORT, "keyImport")                                                 \
  X(KEY_INFO, "keyInfo")                                                     \
  X(KEY_EXPORT, "keyExport")                                                 \
  X(KEY_JWK, "keyJwk")                                                       \
  X(KEY_FROM_JWK, "keyFromJwk")                                              \
  X(KEY_PUBLIC, "keyPublic")                                                 \
  X(KEY_EQUALS, "keyEquals")                                                 \
  X(KEY_GENERATE, "keyGenerate")                                             \
  X(CURVES, "curves")

#define CRYPTO_SIGN_OPS(X)                                                   \
  X(SIGN, "sign")                                                            \
  X(VERIFY, "verify")                                                        \
  X(SIGN_DIGEST, "signDigest")                                               \
  X(PK_CRYPT, "pkCrypt")                                                     \
  X(DERIVE, "derive")                                                        \
  X(ECDH_POINT, "ecdhPoint")                                                 \
  X(ECDH_KEYS, "ecdhKeys")                                                   \
  X(ECDH_DERIVE, "ecdhDerive")                                               \
  X(X509_PARSE, "x509Parse")                                                 \
  X(X509_INFO, "x509Info")                                                   \
  X(X509_RAW, "x509Raw")                                                     \
  X(X509_FINGERPRINT, "x509Fingerprint")                                     \
  X(X509_PUBKEY, "x509Pubkey")                                               \
  X(X509_VERIFY, "x509Verify")                                               \
  X(X509_CHECK, "x509Check")

#define CRYPTO_OPS(X)                                                        \
  CRYPTO_COMMON_OPS(X)                                                       \
  CRYPTO_HASH_OPS(X)                                                         \
  CRYPTO_RANDOM_OPS(X)                                                       \
  CRYPTO_KDF_OPS(X)                                                          \
  CRYPTO_CIPHER_OPS(X)                                                       \
  CRYPTO_KEY_OPS(X)                                                          \
  CRYPTO_SIGN_OPS(X)

/* Handle kinds (crypto_handles.c): FREE and every op check a handle's. */
#define CRYPTO_HANDLES(X)                                                    \
  X(HASH, 1)                                                                 \
  X(HMAC, 2)                                                                 \
  X(CIPHER, 3)                                                               \
  X(PKEY, 4)                                                                 \
  X(ECDH, 5)                                                                 \
  X(X509, 6)

/* The ops whose arguments or results are handles (muk_op_handles: bit i
 * = arg/result i, I64 only): op, used, created, released, released_ok.
 * A host serving several clients (muk-serviced) reads it to give each its
 * own handles and frees what a client leaves with FREE. CIPHER_INFO's
 * i64 nid is no handle. */
#define CRYPTO_HANDLE_OPS(X)                                                 \
  X(FREE, 1, 0, 1, 0)                                                        \
  X(HASH_NEW, 0, 1, 0, 0)                                                    \
  X(HMAC_NEW, 0, 1, 0, 0)                                                    \
  X(HASH_UPDATE, 1, 0, 0, 0)                                                 \
  X(HASH_FINAL, 1, 0, 0, 1)                                                  \
  X(HASH_COPY, 1, 1, 0, 0)                                                   \
  X(CIPHER_NEW, 0, 1, 0, 0)                                                  \
  X(CIPHER_UPDATE, 1, 0, 0, 0)                                               \
  X(CIPHER_FINAL, 1, 0, 0, 0)                                                \
  X(CIPHER_AAD, 1, 0, 0, 0)                                                  \
  X(CIPHER_SET_TAG, 1, 0, 0, 0)                                              \
  X(CIPHER_PADDING, 1, 0, 0, 0)                                              \
  X(KEY_IMPORT, 0, 1, 0, 0)                                                  \
  X(KEY_INFO, 1, 0, 0, 0)                                                    \
  X(KEY_EXPORT, 1, 0, 0, 0)                                                  \
  X(KEY_JWK, 1, 0, 0, 0)                                                     \
  X(KEY_FROM_JWK, 0, 1, 0, 0)                                                \
  X(KEY_PUBLIC, 1, 1, 0, 0)                                                  \
  X(KEY_EQUALS, 3, 0, 0, 0)                                                  \
  X(KEY_GENERATE, 0, 1, 0, 0)                                                \
  X(SIGN, 1, 0, 0, 0)                                                        \
  X(VERIFY, 1, 0, 0, 0)                                                      \
  X(PK_CRYPT, 1, 0, 0, 0)                                                    \
  X(DERIVE, 3, 0, 0, 0)                                                      \
  X(X509_PARSE, 0, 1, 0, 0)                                                  \
  X(X509_INFO, 1, 0, 0, 0)                                                   \
  X(X509_RAW, 1, 0, 0, 0)                                                    \
  X(X509_FINGERPRINT, 1, 0, 0, 0)                                            \
  X(X509_PUBKEY, 1, 1, 0, 0)                                                 \
  X(X509_VERIFY, 3, 0, 0, 0)                                                 \
  X(X509_CHECK, 1, 0, 0, 0)

#define CRYPTO_CONSTANTS(X)                                                  \
  X(E_OPENSSL, -5101) /* an OpenSSL failure; the reason in the args */       \
  X(MAX_HANDLES, 65536)

#define CRYPTO_OP_ENUM(id, name) CRYPTO_##id,
enum { CRYPTO_OPS(CRYPTO_OP_ENUM) CRYPTO_NOPS };
#define CRYPTO_HANDLE_ENUM(id, v) CRYPTO_H_##id = v,
enum { CRYPTO_HANDLES(CRYPTO_HANDLE_ENUM) };
#define CRYPTO_CONST_ENUM(id, v) CRYPTO_##id = v,
enum { CRYPTO_CONSTANTS(CRYPTO_CONST_ENUM) };

#endif
