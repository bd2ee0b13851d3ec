// assert: diff messages of strictEqual/deepStrictEqual/notDeepStrictEqual/deepEqual
var assert = require('assert');
function msg(fn) {
  try { fn(); console.log('no throw'); } catch (e) { console.log('--- ' + e.operator + ' generated=' + e.generatedMessage); console.log(e.message); }
}
function Point(x, y) { this.x = x; this.y = y; }
var circ = { a: 1 }; circ.me = circ;
var big1 = [], big2 = [];
for (var i = 0; i < 30; i++) { big1.push(i); big2.push(i === 15 ? -1 : i); }
msg(function () { assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 3 }); });
msg(function () { assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4]); });
msg(function () { assert.deepStrictEqual([1, 2, 3, 4], [1, 2]); });
msg(function () { assert.deepStrictEqual({ a: { b: { c: [1, 'two', null, undefined, true] } } }, { a: { b: { c: [1, 'two', null, undefined, false] } } }); });
msg(function () { assert.deepStrictEqual(new Point(1, 2), { x: 1, y: 2 }); });
msg(function () { assert.deepStrictEqual(new Point(1, 2), new Point(1, 3)); });
msg(function () { assert.deepStrictEqual(big1, big2); });
msg(function () { assert.deepStrictEqual({ 'key-with-dash': 1, normal: 2 }, { 'key-with-dash': 2, normal: 2 }); });
msg(function () { assert.deepStrictEqual(circ, { a: 1, me: {} }); });
msg(function () { assert.deepStrictEqual({ d: new Date(0), r: /x/g }, { d: new Date(1), r: /x/g }); });
msg(function () { assert.deepStrictEqual([1, , 3], [1, 2, 3]); });
msg(function () { assert.deepStrictEqual({ s: 'line1\nline2\nline3 is a long line here' }, { s: 'other' }); });
msg(function () { assert.deepStrictEqual(-0, 0); });
msg(function () { assert.deepStrictEqual(0, -0); });
msg(function () { assert.deepStrictEqual('a very long string that is long', 'a very long string that is lung'); });
msg(function () { assert.deepStrictEqual(Object.create(null), {}); });
msg(function () { assert.deepStrictEqual([new Number(1), new String('s'), new Boolean(false)], []); });
msg(function () { assert.strictEqual([1], [1]); });
msg(function () { assert.strictEqual({ x: 1 }, { x: 2 }); });
msg(function () { assert.strictEqual(function f() {}, function f() {}); });
msg(function () { assert.strictEqual(1, 2, 'with message'); });
msg(function () { assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'deep with message'); });
msg(function () { assert.strictEqual('12345678', '12345679'); });
msg(function () { assert.strictEqual(undefined, null); });
msg(function () { assert.notDeepStrictEqual({ a: [1, 2] }, { a: [1, 2] }); });
msg(function () { assert.notDeepStrictEqual(1, 1); });
msg(function () { assert.notDeepStrictEqual('abcdef', 'abcdef'); });
msg(function () { assert.notStrictEqual([], []); });
var arr = [1, 2];
msg(function () { assert.notStrictEqual(arr, arr); });
msg(function () { assert.deepEqual({ a: 1 }, { a: 2 }); });
msg(function () { assert.deepEqual([1, 2], 'x'); });
msg(function () { assert.notDeepEqual({ a: 1 }, { a: 1 }); });
msg(function () { assert.notDeepEqual({ a: 1 }, { a: '1' }); });
msg(function () { assert.equal('a', 'b'); });
msg(function () { assert.notEqual(1, 1); });
msg(function () { assert.deepStrictEqual({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 }, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 9 }); });
msg(function () { assert.deepStrictEqual({ a: 0, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 }, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 }); });
msg(function () { assert.deepStrictEqual([[1, [2, [3]]]], [[1, [2, [4]]]]); });
msg(function () { assert.deepStrictEqual({ f: function named() {} }, {}); });
msg(function () { assert.fail(1, 2, undefined, '>'); });
msg(function () { assert.fail(1, 2, 'm'); });
