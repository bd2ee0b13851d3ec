// Interpreter compute rows (issue 15 item 4), one mode per row, each run by
// muk, node and node --jitless. Every mode checks its result, so a runtime
// that skips work prints SKIP instead of a number.
//   fib       recursive fib(N) (default 27); calls/s
//   objects   N objects of 6 properties made by a constructor, read and
//             updated in a loop, with prototype method calls; objects/s
//   closures  N closures made and called in a loop; closures/s
//   emitter   N emits with 3 args to 2 listeners of an EventEmitter; emits/s
//   json      JSON.parse + JSON.stringify of a ~1 MiB document N times; MiB/s
// Prints `RESULT compute_<mode> <rate> <unit>`.
// usage: compute.js MODE [N]
'use strict';
var mode = process.argv[2] || 'fib';
var name = 'compute_' + mode;

function seconds(t0) {
  var d = process.hrtime(t0);
  return d[0] + d[1] / 1e9;
}
function result(ok, rate, unit) {
  if (!ok) console.log('SKIP ' + name + ' wrong result');
  else console.log('RESULT ' + name + ' ' + rate.toFixed(rate < 100 ? 2 : 0) + ' ' + unit);
}

function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

function Point(x, y, z, id) {
  this.x = x; this.y = y; this.z = z;
  this.id = id; this.name = 'p'; this.hits = 0;
}
Point.prototype.norm1 = function () { return this.x + this.y + this.z; };
Point.prototype.move = function (dx) { this.x += dx; this.hits++; return this; };

function objects(n) {
  var sum = 0, keep = [];
  for (var i = 0; i < n; i++) {
    var p = new Point(i, 1, 2, i);
    p.move(1).move(2);
    p.y = p.x - p.z;
    sum += p.norm1() + p.hits + p.id;
    if ((i & 1023) === 0) keep.push(p);
  }
  return sum + keep.length;
}

function closures(n) {
  var sum = 0;
  for (var i = 0; i < n; i++) {
    var add = (function (k) { return function (v) { return v + k; }; })(i);
    sum = add(sum) - i + 1;
  }
  return sum;
}

function emitter(n) {
  var EventEmitter = require('events');
  var e = new EventEmitter();
  var a = 0, b = 0;
  e.on('data', function (x, y, z) { a += x + y + z; });
  e.on('data', function (x, y, z) { b += x - y; });
  for (var i = 0; i < n; i++) e.emit('data', i, 1, 2);
  return a - b;
}

function jsonDoc() {
  var items = [];
  for (var i = 0; i < 5000; i++) {
    items.push({ id: i, name: 'item ' + i, price: i * 1.25, tags: ['a', 'bb', 'ccc'],
                 active: (i & 1) === 0, owner: { first: 'Ada', last: 'Lovelace', age: 36 },
                 note: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor' });
  }
  return JSON.stringify({ version: 1, items: items });
}

var t0, n, v;
if (mode === 'fib') {
  n = +process.argv[3] || 27;
  t0 = process.hrtime();
  v = fib(n);
  var calls = 2 * fib(n + 1) - 1;
  result(n !== 27 || v === 196418, calls / seconds(t0), 'ops/s');
} else if (mode === 'objects') {
  n = +process.argv[3] || 300000;
  t0 = process.hrtime();
  v = objects(n);
  var want = 0;
  for (var i = 0; i < n; i++) want += 2 * i + 3 + 3 + 2 + i;
  result(v === want + Math.ceil(n / 1024), n / seconds(t0), 'ops/s');
} else if (mode === 'closures') {
  n = +process.argv[3] || 1000000;
  t0 = process.hrtime();
  v = closures(n);
  result(v === n, n / seconds(t0), 'ops/s');
} else if (mode === 'emitter') {
  n = +process.argv[3] || 300000;
  t0 = process.hrtime();
  v = emitter(n);
  result(v === 4 * n, n / seconds(t0), 'ops/s');
} else if (mode === 'json') {
  n = +process.argv[3] || 10;
  var text = jsonDoc();
  var mib = text.length / 1048576;
  var out;
  t0 = process.hrtime();
  for (var r = 0; r < n; r++) out = JSON.stringify(JSON.parse(text));
  result(out === text && mib > 0.9, n * mib / seconds(t0), 'MiB/s');
} else {
  console.log('ERROR ' + name + ' unknown mode');
  process.exitCode = 2;
}
