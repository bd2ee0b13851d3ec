// util.inspect of primitives and strings
var util = require('util');
var values = [1, -1, 0, -0, 1.5, NaN, Infinity, -Infinity, 1e21, 1e-7, true, false, null, undefined,
  '', 'abc', "it's", 'say "hi"', 'both \' and "', 'all \' " `', 'tab\there', 'nl\nhere', 'back\\slash',
  '\u0001\u001f\u007f', 'unicode \u00e9\u4e2d'];
for (var i = 0; i < values.length; i++) console.log(util.inspect(values[i]));
console.log(util.inspect('x'), util.inspect(['x', "y'", 'z"']));
console.log(util.inspect({ '$dollar': 5, '3d': 3, 'a-b': 4, 'key with space': 1, 'valid_id': 2 }));
console.log(util.inspect({ "it's": 1 }));
var long = [];
for (var j = 0; j < 30; j++) long.push('line ' + j + '\n');
console.log(util.inspect(long.join('')));
console.log(util.inspect({ s: 'first line\nsecond line\nthird line that is quite a lot longer than the others' }));
console.log(util.inspect('a'.repeat ? 'x' : 'x'));
console.log(util.inspect('z', { maxStringLength: 0 }), util.inspect('abcdef', { maxStringLength: 3 }));
console.log(util.inspect([1234567, -1234567.891, 123, 0.12345, 1e21, NaN, -1000, 1000.5], { numericSeparator: true }));
