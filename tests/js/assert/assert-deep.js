// assert: deep equality (loose and strict) per Node's comparison algorithm
var assert = require('assert');
function check(label, a, b) {
  var r = [];
  try { assert.deepEqual(a, b); r.push('deepEqual'); } catch (e) { r.push('!deepEqual:' + e.code); }
  try { assert.deepStrictEqual(a, b); r.push('deepStrictEqual'); } catch (e) { r.push('!deepStrictEqual:' + e.code); }
  try { assert.notDeepEqual(a, b); r.push('notDeepEqual'); } catch (e) { r.push('!notDeepEqual'); }
  try { assert.notDeepStrictEqual(a, b); r.push('notDeepStrictEqual'); } catch (e) { r.push('!notDeepStrictEqual'); }
  console.log(label + ': ' + r.join(' '));
}
function Foo(x) { this.x = x; }
function Bar(x) { this.x = x; }
var circA = { name: 'a' }; circA.self = circA;
var circB = { name: 'a' }; circB.self = circB;
var circC = { name: 'c' }; circC.self = circC;
var l1 = [1]; l1.push(l1);
var l2 = [1]; l2.push(l2);
var sparse1 = [1, , 3];
var arrProp1 = [1, 2]; arrProp1.extra = 'x';
var arrProp2 = [1, 2]; arrProp2.extra = 'y';
var e1 = new Error('m'); var e2 = new Error('m'); var e3 = new Error('n'); var e4 = new TypeError('m');
var getter = {}; Object.defineProperty(getter, 'g', { get: function () { return 1; }, enumerable: true });

check('1 vs 1', 1, 1);
check('1 vs "1"', 1, '1');
check('0 vs -0', 0, -0);
check('NaN vs NaN', NaN, NaN);
check('null vs undefined', null, undefined);
check('true vs 1', true, 1);
check('"a" vs "a"', 'a', 'a');
check('{} vs {}', {}, {});
check('{a:1} vs {a:1}', { a: 1 }, { a: 1 });
check('{a:1} vs {a:"1"}', { a: 1 }, { a: '1' });
check('{a:1} vs {a:1,b:2}', { a: 1 }, { a: 1, b: 2 });
check('{a:undefined} vs {}', { a: undefined }, {});
check('{a:undefined} vs {b:undefined}', { a: undefined }, { b: undefined });
check('[1,2] vs [1,2]', [1, 2], [1, 2]);
check('[1,2] vs ["1","2"]', [1, 2], ['1', '2']);
check('[1,2] vs [2,1]', [1, 2], [2, 1]);
check('[] vs {}', [], {});
check('[1] vs {0:1,length:1}', [1], { 0: 1, length: 1 });
check('sparse vs undefined', sparse1, [1, undefined, 3]);
check('sparse vs sparse', sparse1, [1, , 3]);
check('arr props', arrProp1, arrProp2);
check('nested', { a: [1, { b: 2 }] }, { a: [1, { b: 2 }] });
check('nested diff', { a: [1, { b: 2 }] }, { a: [1, { b: 3 }] });
check('Foo vs Bar', new Foo(1), new Bar(1));
check('Foo vs plain', new Foo(1), { x: 1 });
check('Foo vs Foo', new Foo(1), new Foo(1));
check('nullproto vs {}', Object.create(null), {});
check('Date same', new Date(5), new Date(5));
check('Date diff', new Date(5), new Date(6));
check('Date vs obj', new Date(5), {});
check('invalid dates', new Date(NaN), new Date(NaN));
check('RegExp same', /ab/g, /ab/g);
check('RegExp flags', /ab/g, /ab/i);
check('RegExp src', /ab/, /ac/);
check('RegExp lastIndex', (function () { var r = /a/g; r.lastIndex = 1; return r; })(), /a/g);
check('Error same', e1, e2);
check('Error msg', e1, e3);
check('Error type', e1, e4);
check('Error vs obj', e1, { message: 'm' });
check('Number boxed', new Number(1), new Number(1));
check('Number boxed diff', new Number(1), new Number(2));
check('Number boxed vs prim', new Number(1), 1);
check('String boxed', new String('a'), new String('a'));
check('Boolean boxed', new Boolean(true), new Boolean(false));
check('circular same', circA, circB);
check('circular diff', circA, circC);
check('circular arrays', l1, l2);
check('fn same', check, check);
check('fn diff', function () {}, function () {});
check('getter', getter, { g: 1 });
check('args', (function () { return arguments; })(1, 2), [1, 2]);
check('-0 in obj', { a: -0 }, { a: 0 });
check('NaN in arr', [NaN], [NaN]);
check('null vs {}', null, {});
check('undef vs {}', undefined, {});
check('str vs String', 'a', new String('a'));
