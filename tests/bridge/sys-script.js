// Run twice by remote_test.py: with sys in process, and with sys in a
// muk-serviced over ipc:// — the output must be identical.
var muk = require('muk');
var ODD = 'nul \u0000 and \ud83d\ude00';
// a 768 KiB payload (compressed on the wire), built by doubling: fast
// under ASan too, unlike a 300,000-element join
var big = 'xyz';
while (big.length < 700000) big += big;
var steps = [
  ['echo', [1, -2, 2.5, 'three', ''], 'payload'],
  ['add', [40, 2]],
  ['add', [9007199254740991, 0]],
  ['noop', []],
  ['fail', [-2]],
  ['fail', [-13]],
  ['nosuch', []],
  ['echo', ['unicode ✓ 連接'], big],
  ['sleep', [20]],
  // NUL and a character outside the BMP cross as real UTF-8 both ways
  ['echo', [ODD], ODD],
  // a Buffer argument crosses as bytes (every byte value)
  ['echo', [Buffer.from([0, 1, 127, 128, 255]), 7]]
];
function show(i) {
  if (i === steps.length) return parallel();
  var s = steps[i];
  muk.request('sys', s[0], s[1], s[2]).then(function (r) {
    var p = r.payload === undefined ? 'none' : (r.payload.length > 40 ? 'len ' + r.payload.length + ' ok ' + (r.payload === big) : JSON.stringify(r.payload));
    if (r.payload === ODD) p = 'odd payload intact ' + (r.results[0] === ODD);
    console.log(s[0], 'ok', JSON.stringify(r.results), p);
  }, function (e) {
    console.log(s[0], 'error', e.code, e.errno, e.message);
  }).then(function () { show(i + 1); });
}
// many in flight at once: every reply accounted for
function parallel() {
  var n = 2000, done = 0, sum = 0;
  for (var i = 0; i < n; i++) {
    muk.call('sys', 'add', [i, 1], function (err, r) {
      if (err) throw err;
      sum += r[0];
      if (++done === n) console.log('parallel', done, sum);
    });
  }
}
show(0);
