// Every digest Node names (and some aliases), over a few inputs, in every
// output encoding; HMACs of each; crypto.hash(); getHashes().
'use strict';
var crypto = require('crypto');

function t(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); }
}

var algs = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'shake128', 'shake256', 'blake2b512',
  'blake2s256', 'sm3', 'ripemd160', 'rmd160', 'ripemd', 'md5-sha1', 'RSA-SHA256', 'SHA256',
  'sha-256', 'sha256WithRSAEncryption', 'ssl3-md5', 'md4', 'whirlpool', 'sha'];
var inputs = ['', 'abc', 'h\u00e9llo w\u00f6rld \u2603 \ud83d\ude00', Buffer.from([0, 1, 2, 255, 254, 128])];
var encs = [undefined, 'hex', 'base64', 'base64url', 'latin1', 'binary', 'buffer'];

algs.forEach(function (alg) {
  inputs.forEach(function (input, i) {
    t(function () {
      var h = crypto.createHash(alg).update(input);
      return alg + ' ' + i + ' ' + h.digest('hex');
    });
  });
});

encs.forEach(function (enc) {
  ['sha256', 'md5', 'sha3-512'].forEach(function (alg) {
    t(function () {
      var d = crypto.createHash(alg).update('abc').digest(enc);
      return alg + ' ' + enc + ' ' + (Buffer.isBuffer(d) ? 'Buffer ' + d.toString('hex') : JSON.stringify(d));
    });
    t(function () {
      var d = crypto.createHmac(alg, 'key').update('abc').digest(enc);
      return 'hmac ' + alg + ' ' + enc + ' ' + (Buffer.isBuffer(d) ? 'Buffer ' + d.toString('hex') : JSON.stringify(d));
    });
  });
});

// update input encodings
['utf8', 'hex', 'base64', 'latin1', 'ascii', 'ucs2', 'utf16le'].forEach(function (enc) {
  t(function () { return enc + ' ' + crypto.createHash('sha1').update('6162', enc).digest('hex'); });
});

algs.forEach(function (alg) {
  t(function () { return 'hmac ' + alg + ' ' + crypto.createHmac(alg, 'secret').update('abc').digest('hex'); });
});
t(function () { return crypto.createHmac('sha256', Buffer.alloc(0)).update('x').digest('hex'); });
t(function () { return crypto.createHmac('sha256', '').digest('hex'); });
t(function () { return crypto.createHmac('sha256', Buffer.from('k')).digest('base64'); });
t(function () { return crypto.createHmac('sha256', '6b6579', { encoding: 'hex' }).update('abc').digest('hex'); });

// crypto.hash
t(function () { return crypto.hash('sha256', 'abc'); });
t(function () { return crypto.hash('md5', Buffer.from('abc'), 'base64'); });
t(function () { return crypto.hash('sha512', 'abc', 'buffer').toString('hex'); });
t(function () { return crypto.hash('shake256', 'abc'); });
t(function () { return crypto.hash('SHA1', '', 'latin1'); });

// getHashes
var hashes = crypto.getHashes();
console.log(hashes.length, JSON.stringify(hashes));
console.log(crypto.getHashes() !== hashes);

// the constructors
console.log(typeof crypto.Hash, typeof crypto.Hmac);
console.log(crypto.createHash('sha1') instanceof crypto.Hash, crypto.createHmac('sha1', 'k') instanceof crypto.Hmac);
console.log(crypto.Hmac('sha1', 'k').update('a').digest('hex'));
