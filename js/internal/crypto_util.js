// internal/crypto_util — what crypto's family modules (internal/crypto_*)
// share: the crypto service (found once), its requests, Node-shaped errors
// for its failures, byte conversions, and handle tokens.
//
// Requests: callSync(op, args, payload) returns [results, payload] or throws;
// call(op, args, payload, cb(err, results, payload)) runs on the service's
// pool. A synchronous request runs on this thread (the service is
// MUK_SVC_CALLER_SYNC) unless the service is remote.
'use strict';

var S = require('internal/service');
var schema = require('internal/schema/crypto');
var errors = require('internal/errors');

var OPS = schema.OPS;
var E_OPENSSL = schema.CONSTANTS.E_OPENSSL;
var K = internalBinding('kernel');
var ksend = S.send, kcallSync = S.callSync;
var sid = -1;

function service() {
  if (sid < 0) {
    sid = S.lookup(schema.SERVICE);
    if (sid < 0) throw S.errors().serviceError(sid, schema.SERVICE, '');
  }
  return sid;
}

// Node's error for an OpenSSL failure: "error:1C800064:Provider
// routines::bad decrypt", code ERR_OSSL_BAD_DECRYPT (with the library's
// short name where node gives one: ERR_OSSL_EVP_UNSUPPORTED), library,
// reason. A failure that left no error queued is an Error whose message is
// the reason the service gave (what failed: node's own text for it).
function opensslError(results) {
  var reason = results[0], lib = results[1], packed = results[2];
  if (!packed) return new Error(reason);
  var hex = ('00000000' + (packed >>> 0).toString(16).toUpperCase()).slice(-8);
  var err = new Error('error:' + hex + ':' + lib + '::' + reason);
  var short = OSSL_LIBS[(packed >>> 23) & 0xff];
  err.library = lib;
  err.reason = reason;
  err.code = 'ERR_' + (short === 'SSL' ? '' : 'OSSL_') + (short ? short + '_' : '') +
    reason.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  return err;
}

// ERR_GET_LIB -> the short name node puts in the code (its
// OSSL_ERROR_CODES_MAP); libraries without one give ERR_OSSL_<REASON>.
var OSSL_LIBS = { 2: 'SYS', 3: 'BN', 4: 'RSA', 5: 'DH', 6: 'EVP', 7: 'BUF', 8: 'OBJ', 9: 'PEM',
  10: 'DSA', 11: 'X509', 13: 'ASN1', 14: 'CONF', 15: 'CRYPTO', 16: 'EC', 20: 'SSL', 32: 'BIO',
  33: 'PKCS7', 34: 'X509V3', 35: 'PKCS12', 36: 'RAND', 37: 'DSO', 38: 'ENGINE', 39: 'OCSP',
  40: 'UI', 41: 'COMP', 42: 'ECDSA', 43: 'ECDH', 44: 'OSSL_STORE', 45: 'FIPS', 46: 'CMS',
  47: 'TS', 48: 'HMAC', 50: 'CT', 51: 'ASYNC', 52: 'KDF', 53: 'SM2', 128: 'USER' };

// The error for a failed request (status < 0) to op (a name, for messages).
function failure(status, results, op) {
  if (status === E_OPENSSL) return opensslError(results);
  var err = S.errors().serviceError(status, schema.SERVICE, op);
  // a service that cannot open its module says why (muk-crypto.so's path)
  if (typeof results[0] === 'string' && err.code === 'ENOMODULE') err.message += ' (' + results[0] + ')';
  return err;
}

function callSync(op, args, payload) {
  var r = kcallSync(service(), op, args, payload);
  if (r[0] < 0) throw failure(r[0], r[1], schema.OPS_NAMES[op]);
  return [r[1], r[2]];
}

// cb(err, results, payload) from the pool; the payload as a Buffer.
function call(op, args, payload, cb) {
  ksend(service(), op, args, payload, function (status, results, data) {
    if (status < 0) cb(failure(status, results, schema.OPS_NAMES[op]));
    else cb(null, results, data);
  }, true);
}

// A token that frees handle h when the object holding it is collected.
function token(h) {
  return K.handleToken(service(), OPS.FREE, h);
}

function free(h) {
  callSync(OPS.FREE, [h]);
}

// Bytes from data as Node's crypto takes them: a Buffer (as is), or a
// string in encoding enc (utf8 by default). name: the argument's name.
var BB = internalBinding('buffer');
function toBuffer(data, enc, name) {
  if (BB.isView(data)) return BB.asBuffer(data);
  if (typeof data === 'string') return Buffer.from(data, enc || 'utf8');
  throw errors.invalidArgType(name || 'data', ['string', 'Buffer'], data);
}

// A Buffer result, as Node returns it: encoded when enc is a string.
function encode(buf, enc) {
  return enc && enc !== 'buffer' ? buf.toString(enc) : buf;
}

module.exports = {
  OPS: OPS,
  schema: schema,
  service: service,
  callSync: callSync,
  call: call,
  token: token,
  free: free,
  failure: failure,
  opensslError: opensslError,
  toBuffer: toBuffer,
  encode: encode
};
