// Malformed requests to the proc service (straight through require('muk'),
// bypassing the facade) are answered with an error, never a crash or a
// child; a child's handle after release is refused. Under node (no 'muk'
// module) the summary the muk run must reach is printed as is.
'use strict';
var E = Buffer.alloc(0);
function argv(list) { return Buffer.from(list.join('\0') + '\0'); }
var ok = ['echo', argv(['echo', 'x']), E, '', 'pipe,pipe,pipe', '0'];
function spawnWith(i, v) { var a = ok.slice(); a[i] = v; return a; }
var cases = [
  ['spawn', []],
  ['spawn', spawnWith(0, 5)],
  ['spawn', spawnWith(0, '')],
  ['spawn', spawnWith(1, 'not bytes')],
  ['spawn', spawnWith(1, E)],
  ['spawn', spawnWith(1, Buffer.from('no terminator'))],
  ['spawn', spawnWith(2, 'env')],
  ['spawn', spawnWith(4, 'pipe,bogus')],
  ['spawn', spawnWith(4, 'pipe,pipe,pipe,pipe,pipe,pipe,pipe,pipe,pipe')],
  ['spawn', spawnWith(4, 'pipe,-3')],
  ['spawn', spawnWith(4, 'pipe,,pipe')],
  ['spawn', spawnWith(5, 'x')],
  ['spawn', spawnWith(5, '1 2 3 4 5 6 7')],
  ['spawn', spawnWith(5, '0 0 0 -1')],
  ['spawn', spawnWith(5, '0 0 0 0 0 99')],
  ['run', spawnWith(5, '0 0 0 0 -1')],
  ['read', []],
  ['read', [987654, 1]],
  ['read', [0, 1]],
  ['write', [987654, 0], 'x'],
  ['end', [-1, 0]],
  ['wait', [987654]],
  ['wait', ['x']],
  ['kill', [987654, 15]],
  ['release', [987654]],
  ['release', []],
  ['channel', []],
  ['nosuchop', []]
];
var muk;
try { muk = require('muk'); } catch (e) { muk = null; }
var total = cases.length + 6;
if (!muk) {
  console.log(total + ' malformed requests, each answered with an error');
} else {
  var failed = 0, i = 0;
  var end = function () {
    console.log(total + ' malformed requests, each answered with an error' +
      (failed === total ? '' : ' (but ' + (total - failed) + ' succeeded)'));
  };
  // a real child: a bad fd, a bad signal, a second wait, then after release
  var handleCases = function () {
    muk.call('proc', 'spawn', ok, function (err, r) {
      if (err) { console.log('spawn failed', err.code); return end(); }
      var h = r[0];
      muk.call('proc', 'wait', [h], function () {
        var list = [
          ['read', [h, 7]],
          ['read', [h, 99]],
          ['kill', [h, 99]],
          ['release', [h]],
          ['read', [h, 1]],
          ['wait', [h]]
        ];
        var j = 0;
        var step = function () {
          if (j === list.length) return end();
          var c = list[j++];
          muk.call('proc', c[0], c[1], c[2], function (err) {
            // release of a live handle succeeds: count it as expected
            if (err || c[0] === 'release') failed++;
            else console.log('unexpected success', c[0], JSON.stringify(c[1]));
            step();
          });
        };
        step();
      });
    });
  };
  var next = function () {
    if (i === cases.length) return handleCases();
    var c = cases[i++];
    muk.call('proc', c[0], c[1], c[2], function (err) {
      if (err) failed++;
      else console.log('unexpected success', c[0], JSON.stringify(c[1]));
      next();
    });
  };
  next();
}
