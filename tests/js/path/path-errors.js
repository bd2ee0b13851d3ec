// path: ERR_INVALID_ARG_TYPE for every function, with Node's "Received ..." wording
var path = require('path');

function Foo() {}
var values = [undefined, null, 42, -0, 1.5, NaN, Infinity, -Infinity, true, false, {}, [],
  [1, 2], function named() {}, new Foo(), Object.create(null), new Date(0), /re/, new Error('e')];

function tryIt(label, fn) {
  try {
    var r = fn();
    console.log(label + ': no throw: ' + JSON.stringify(r));
  } catch (e) {
    console.log(label + ': ' + e.name + ' ' + e.code + ' ' + (e instanceof TypeError) + ' | ' + e.message);
  }
}

for (var i = 0; i < values.length; i++) {
  (function (v, i) {
    tryIt('basename #' + i, function () { return path.basename(v); });
  })(values[i], i);
}
var fns = ['normalize', 'isAbsolute', 'dirname', 'extname', 'parse', 'join'];
for (var j = 0; j < fns.length; j++) {
  (function (f) {
    tryIt(f + '(5)', function () { return path[f](5); });
  })(fns[j]);
}
tryIt('join("a", null)', function () { return path.join('a', null); });
tryIt('resolve("a", 1, "b")', function () { return path.resolve('a', 1, 'b'); });
tryIt('resolve(1, "/b")', function () { return path.resolve(1, '/b'); });
tryIt('resolve(undefined)', function () { return path.resolve(undefined); });
tryIt('relative(1, "a")', function () { return path.relative(1, 'a'); });
tryIt('relative("a", {})', function () { return path.relative('a', {}); });
tryIt('basename("a", 1)', function () { return path.basename('a', 1); });
tryIt('basename(1, 1)', function () { return path.basename(1, 1); });
tryIt('basename("a", null)', function () { return path.basename('a', null); });
tryIt('format(null)', function () { return path.format(null); });
tryIt('format(undefined)', function () { return path.format(); });
tryIt('format("str")', function () { return path.format('/some/path'); });
tryIt('format(long)', function () { return path.format('abcdefghijklmnopqrstuvwxyz0123456789'); });
tryIt('format(quote)', function () { return path.format("it's"); });
tryIt('format(1)', function () { return path.format(1); });
tryIt('format([])', function () { return path.format([]); });
tryIt('format(fn)', function () { return path.format(function () {}); });
tryIt('dirname(long string ok)', function () { return path.dirname('/a/b'); });

try {
  path.join(42);
} catch (e) {
  console.log('String(err):', String(e));
  console.log('keys:', Object.keys(e).join(','));
}
