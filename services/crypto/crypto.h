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
 *   DIGEST      (str alg, i64 outlen|-1) + payload -> payload digest
 *   HMAC        (str alg, bytes key) + payload -> payload mac
 *   HASH_NEW    (str alg, i64 outlen|-1) -> i64 h
 *   HMAC_NEW    (str alg, bytes key) -> i64 h
 *   HASH_UPDATE (i64 h) + payload
 *   HASH_FINAL  (i64 h) -> payload digest (the handle is freed)
 *   HASH_COPY   (i64 h, i64 outlen|-1) -> i64 h2
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
 * cipher.c, keys.c, sign.c: their lists and comments are their own.
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
  X(CIPHERS, "ciphers")

#define CRYPTO_KEY_OPS(X)                                                    \
  X(KEY_IMPORT, "keyImport")                                                 \
  X(KEY_EXPORT, "keyExport")                                                 \
  X(KEY_GENERATE, "keyGenerate")                                             \
  X(CURVES, "curves")

#define CRYPTO_SIGN_OPS(X)                                                   \
  X(SIGN, "sign")                                                            \
  X(VERIFY, "verify")

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
