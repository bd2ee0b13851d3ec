// util.isDeepStrictEqual
var util = require('util');
var eq = util.isDeepStrictEqual;
console.log(eq(1, 1), eq(1, '1'), eq(NaN, NaN), eq(0, -0), eq(null, undefined));
console.log(eq({ a: 1, b: [1, 2] }, { a: 1, b: [1, 2] }), eq({ a: 1 }, { a: 1, b: undefined }));
console.log(eq([1, 2, 3], [1, 2, 3]), eq([1, 2], [1, 2, 3]), eq([1, , 3], [1, undefined, 3]));
console.log(eq(new Date(5), new Date(5)), eq(new Date(5), new Date(6)));
console.log(eq(/a/g, /a/g), eq(/a/g, /a/i));
console.log(eq({ a: { b: { c: 1 } } }, { a: { b: { c: 1 } } }), eq({ a: { b: { c: 1 } } }, { a: { b: { c: 2 } } }));
function F() { this.x = 1; }
console.log(eq(new F(), { x: 1 }), eq(new F(), new F()));
var c1 = { v: 1 }; c1.self = c1;
var c2 = { v: 1 }; c2.self = c2;
console.log('circular', eq(c1, c2));
console.log(eq(new Error('x'), new Error('x')), eq(new Error('x'), new TypeError('x')));
console.log(eq(new Number(1), new Number(1)), eq(new Number(1), new Number(2)), eq(new String('a'), 'a'));
console.log(eq([], {}), eq({}, Object.create(null)), eq('abc', 'abc'));
