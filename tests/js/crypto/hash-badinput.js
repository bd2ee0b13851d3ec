// Malformed requests to the crypto service's hash ops (straight through
// require('muk'), bypassing the facade) are answered with an error, never a
// crash. Under node (no 'muk' module) the summary the muk run must reach is
// printed as is.
'use strict';
var cases = [
  ['digest', []],
  ['digest', [1, -1, 0, 0, -1]],
  ['digest', ['sha256']],
  ['digest', ['sha256', -2, 0, 0, -1]],
  ['digest', ['sha256', 1e12, 0, 0, -1]],
  ['digest', ['sha256', -1, 9, 0, -1]],
  ['digest', ['sha256', -1, 0, 5, -1], 'abc'],
  ['digest', ['sha256', -1, 0, 0, 4], 'abc'],
  ['digest', ['sha256', -1, 0, -1, 1], 'abc'],
  ['digest', ['sha256', -1, 0, 1, 1e15], 'abc'],
  ['digest', ['no-such-digest', -1, 0, 0, -1]],
  ['digest', ['', -1, 0, 0, -1]],
  ['digest', [new Array(200).join('x'), -1, 0, 0, -1]],
  ['digest', ['md4', -1, 0, 0, -1]],
  ['digest', ['sha256', 5, 0, 0, -1]],
  ['hmac', ['sha256', 'not bytes', 0, 0, -1]],
  ['hmac', ['sha256']],
  ['hmac', ['nope', Buffer.from('k'), 0, 0, -1]],
  ['hmac', ['sha256', Buffer.from('k'), 0, 2, -1], 'a'],
  ['hashInfo', []],
  ['hashInfo', ['nope']],
  ['hashNew', ['sha256']],
  ['hashNew', ['sha1', 3]],
  ['hmacNew', ['sha256', 7]],
  ['hashUpdate', []],
  ['hashUpdate', [12345678], 'x'],
  ['hashUpdate', ['1'], 'x'],
  ['hashFinal', [12345678, 0]],
  ['hashFinal', [1]],
  ['hashFinal', [1, 42]],
  ['hashCopy', [12345678, -1]],
  ['hashCopy', [0, -7]],
  ['free', [987654]]
];
var muk;
try { muk = require('muk'); } catch (e) { muk = null; }
if (!muk) {
  console.log(cases.length + ' malformed requests, each answered with an error');
} else {
  var failed = 0, i = 0;
  var next = function () {
    if (i === cases.length) {
      console.log(cases.length + ' malformed requests, each answered with an error' +
        (failed === cases.length ? '' : ' (but ' + (cases.length - failed) + ' succeeded)'));
      return;
    }
    var c = cases[i++];
    var cb = function (err) {
      if (err) failed++;
      else console.log('accepted:', c[0], JSON.stringify(c[1]));
      next();
    };
    if (c.length > 2) muk.call('crypto', c[0], c[1], c[2], cb);
    else muk.call('crypto', c[0], c[1], cb);
  };
  next();
}
