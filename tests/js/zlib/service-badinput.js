// Malformed requests to the zlib service (straight through require('muk'),
// bypassing the facade) are answered with an error, never a crash; a
// handle's use after FREE or before it exists is refused. Under node (no
// 'muk' module) the summary the muk run must reach is printed as is.
'use strict';
var E = Buffer.alloc(0);
function pairs(list) {
  var b = Buffer.alloc(list.length * 4);
  for (var i = 0; i < list.length; i++) b.writeInt32LE(list[i], i * 4);
  return b;
}
var cases = [
  ['compress', []],
  ['compress', [1, 4, 100, E]],
  ['compress', [99, 4, 100, E, E], 'abc'],
  ['compress', [0, 4, 100, E, E], 'abc'],
  ['compress', [-1, 4, 100, E, E], 'abc'],
  ['compress', [1, 9, 100, E, E], 'abc'],
  ['compress', [1, -1, 100, E, E], 'abc'],
  ['compress', [1, 4, -5, E, E], 'abc'],
  ['compress', [1, 4, 100, 'str', E], 'abc'],
  ['compress', [1, 4, 100, Buffer.alloc(7), E], 'abc'],
  ['compress', [1, 4, 100, pairs([99, 1]), E], 'abc'],
  ['compress', [1, 4, 100, pairs([1, 42]), E], 'abc'],
  ['compress', [1, 4, 100, pairs([2, 3]), E], 'abc'],
  ['compress', [1, 4, 100, pairs([3, 0]), E], 'abc'],
  ['compress', [1, 4, 100, Buffer.alloc(8 * 65), E], 'abc'],
  ['compress', [9, 2, 100, pairs([-3, 1]), E], 'abc'],
  ['compress', [9, 2, 100, E, Buffer.from('dict')], 'abc'],
  ['compress', [10, 2, 100, pairs([101, 99]), E], 'abc'],
  ['compress', [10, 2, 100, pairs([12345, 1]), E], 'abc'],
  ['compress', [11, 2, 100, pairs([100, 1]), E], 'abc'],
  ['compress', [2, 4, 100, E, E], 'not deflate'],
  ['compress', [1, 4, 0, E, E], 'abc'],
  ['streamNew', []],
  ['streamNew', [77, E, E]],
  ['streamNew', [1, pairs([1, 10]), E]],
  ['streamWrite', []],
  ['streamWrite', [12345678, 0, 65536], 'x'],
  ['streamWrite', [0, 0, 65536], 'x'],
  ['streamWrite', [-1, 0, 65536], 'x'],
  ['streamParams', [12345678, 1, 0]],
  ['streamParams', [12345678]],
  ['streamReset', [12345678]],
  ['streamReset', []],
  ['crc32', []],
  ['crc32', [-1], 'x'],
  ['crc32', [4294967296], 'x'],
  ['crc32', ['x'], 'x'],
  ['free', [987654]],
  ['free', []],
  ['nosuchop', []]
];
var muk;
try { muk = require('muk'); } catch (e) { muk = null; }
var total = cases.length + 5;
if (!muk) {
  console.log(total + ' malformed requests, each answered with an error');
} else {
  var failed = 0, i = 0;
  var end = function () {
    console.log(total + ' malformed requests, each answered with an error' +
      (failed === total ? '' : ' (but ' + (total - failed) + ' succeeded)'));
  };
  // a real handle: writes with a bad flush or room, then after FREE
  var handleCases = function () {
    muk.call('zlib', 'streamNew', [1, E, E], function (err, r) {
      if (err) { console.log('streamNew failed', err.code); return end(); }
      var h = r[0];
      var list = [
        ['streamWrite', [h, 9, 65536], 'x'],
        ['streamWrite', [h, 0, 0], 'x'],
        ['streamParams', [h, 10, 0]],
        ['free', [h]],
        ['streamWrite', [h, 0, 65536], 'x']
      ];
      var j = 0;
      var step = function () {
        if (j === list.length) return end();
        var c = list[j++];
        var cb = function (err2) {
          if (err2 || c[0] === 'free') failed++;
          else console.log('accepted:', c[0], j);
          step();
        };
        if (c.length > 2) muk.call('zlib', c[0], c[1], c[2], cb);
        else muk.call('zlib', c[0], c[1], cb);
      };
      step();
    });
  };
  var next = function () {
    if (i === cases.length) return handleCases();
    var c = cases[i++];
    var cb = function (err) {
      if (err) failed++;
      else console.log('accepted:', c[0], JSON.stringify(c[1]));
      next();
    };
    if (c.length > 2) muk.call('zlib', c[0], c[1], c[2], cb);
    else muk.call('zlib', c[0], c[1], cb);
  };
  next();
}
