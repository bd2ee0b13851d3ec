// atob/btoa (globals and buffer's): forgiving base64, Latin-1, and node's
// InvalidCharacterError DOMExceptions and ERR_MISSING_ARGS.
function tryIt(label, f) {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e instanceof DOMException, e.message);
  }
}
var encode = ['', 'a', 'ab', 'abc', 'hello world', '\u00ff\u00fe\u0000', 'caf\u00e9', 12345, null, undefined,
              { toString: function () { return 'obj'; } }];
encode.forEach(function (s, i) { tryIt('btoa ' + i, function () { return btoa(s); }); });
tryIt('btoa wide', function () { return btoa('\u0100'); });
tryIt('btoa emoji', function () { return btoa('\ud83d\ude00'); });
tryIt('btoa none', function () { return btoa(); });

var decode = ['', 'YQ==', 'YQ', 'YWI=', 'YWJj', ' Y W J j ', 'YW\nJj\t', 'YWJ\fj\r', 'aGVsbG8gd29ybGQ=',
  '/+7/', '_-', 'Y', 'YQ=', 'YQ===', 'Y=Q=', 'YQ==a', '=', '==', 'YWJjZA', 'YWJjZA=', 'YWJjZA==',
  'YW\u00a0Jj', 'YW*Jj', 'YWJj\u0000', null, undefined, 1234];
decode.forEach(function (s, i) { tryIt('atob ' + i, function () { return atob(s); }); });
tryIt('atob none', function () { return atob(); });

var buffer = require('buffer');
console.log(buffer.atob('aGk='), buffer.btoa('hi'), typeof buffer.atob, buffer.atob.length, atob.length);
tryIt('buffer.btoa none', function () { return buffer.btoa(); });
var all = '';
for (var c = 0; c < 256; c++) all += String.fromCharCode(c);
console.log(atob(btoa(all)) === all, btoa(all).length);
