// util.inspect.defaultOptions, legacy signature, breakLength/compact/maxArrayLength/maxStringLength
var util = require('util');
var nested = { a: { b: { c: { d: { e: 1 } } } } };
console.log(util.inspect(nested));
util.inspect.defaultOptions.depth = 4;
console.log(util.inspect(nested));
console.log(nested);
util.inspect.defaultOptions = { depth: 0 };
console.log(util.inspect(nested), util.inspect.defaultOptions.breakLength);
util.inspect.defaultOptions = { depth: 2 };
try { util.inspect.defaultOptions = null; } catch (e) { console.log(e.code + ' ' + e.message); }
try { util.inspect.defaultOptions = 'x'; } catch (e) { console.log(e.code + ' ' + e.message); }
console.log(util.inspect(nested, true, 0));
console.log(util.inspect(nested, false, null));
console.log(util.inspect(nested, { depth: 1 }, 5));
console.log(util.inspect('x'.concat(new Array(40).join('ab')), { maxStringLength: 10 }));
console.log(util.inspect(['aaaaaaaaaa', 'bbbbbbbbbbbbbbb'], { maxStringLength: 4 }));
console.log(util.inspect([1, 2, 3, 4, 5], { maxArrayLength: 2 }), util.inspect([1, 2], { maxArrayLength: null }));
console.log(util.inspect({ a: [1, 2, { b: 'x' }], c: 'long value string here' }, { breakLength: 20 }));
console.log(util.inspect({ a: [1, 2, { b: 'x' }], c: 'long value string here' }, { compact: false, breakLength: 200 }));
console.log(util.inspect({ x: { y: { z: [1, 2, 3] } } }, { compact: 0 }));
console.log(util.inspect({ unknownOption: 1 }, { unknownOption: true }));
var withCustom = {};
withCustom[util.inspect.custom] = function (depth, opts) { return 'depth=' + depth + ' extra=' + opts.extra + ' compact=' + opts.compact; };
console.log(util.inspect({ deep: withCustom }, { extra: 'passed', depth: 3 }));
