// URLSearchParams on its own: constructors, methods, iteration, inspect, errors.
'use strict';
var util = require('util');

function tryIt(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
var p = new URLSearchParams('?a=1&b=2&a=3&&c&=d&e=f=g&sp=a+b%20c&u=%E2%82%AC%zz');
console.log(p.toString(), p.size);
console.log(p.get('a'), p.getAll('a'), p.has('c'), p.has('a', '3'), p.has('a', '4'), p.get(''));
p.set('a', 'one'); console.log(p.toString());
p.delete('e'); p.delete('b', 'nope'); console.log(p.toString());
p.delete('b', '2'); console.log(p.toString());
p.append('z', '~!*()\'-._ /?é😀'); console.log(p.toString());
p.sort(); console.log(p.toString());
var seen = [];
p.forEach(function (v, k, self) { seen.push(k + '=' + v + (self === p)); });
console.log(seen.join(' '));
var it = p.entries(), r;
while (!(r = it.next()).done) console.log(r.value);
it = p.keys(); console.log(it.next(), it.next().value);
it = p.values(); console.log(it.next().value);

console.log(new URLSearchParams({ x: 1, y: [2, 3], z: null, w: undefined }).toString());
console.log(new URLSearchParams([['a', 'b'], ['c', 4]]).toString());
console.log(new URLSearchParams(new URLSearchParams('k=v')).toString());
console.log(new URLSearchParams(undefined).toString(), new URLSearchParams(null).toString());
console.log(new URLSearchParams(12).toString(), new URLSearchParams('\ud800=\udc00').toString());
console.log(new URLSearchParams('a=1&b=2'), new URLSearchParams());
console.log(util.inspect(new URLSearchParams('aaaaaaaaaaaaaaa=bbbbbbbbbbbbbbbbbbbb&ccccccccccccccccccccc=ddddddddddddddddddddd&e=f')));
console.log({ a: { b: { c: new URLSearchParams('x=y') } } });
console.log(Object.keys(new URLSearchParams('a=b')));

tryIt(function () { return new URLSearchParams([['a']]); });
tryIt(function () { return new URLSearchParams([['a', 'b', 'c']]); });
tryIt(function () { return new URLSearchParams([1]); });
tryIt(function () { return new URLSearchParams().append('a'); });
tryIt(function () { return new URLSearchParams().set(); });
tryIt(function () { return new URLSearchParams().get(); });
tryIt(function () { return new URLSearchParams().getAll(); });
tryIt(function () { return new URLSearchParams().has(); });
tryIt(function () { return new URLSearchParams().delete(); });
tryIt(function () { return new URLSearchParams().forEach(1); });
tryIt(function () { return URLSearchParams.prototype.get.call({}, 'a'); });
tryIt(function () { return URLSearchParams.prototype.toString.call(1); });
tryIt(function () { return URLSearchParams('a=b'); });
