// The iteration protocol: Array/String iterators, Array.from and the Map/Set
// constructors and Promise combinators over any iterable (mujs patches
// 0060-0061, bridge/promise.c), with V8's TypeErrors.
function show(it) { var out = [], r; while (!(r = it.next()).done) out.push(JSON.stringify(r.value)); return out.join(' '); }
console.log(show([5, 6].keys()), '|', show([5, 6].values()), '|', show([5, , 7].entries()));
console.log(show('a\ud83d\ude00b'[Symbol.iterator]()), [][Symbol.iterator] === [].values);
var arr = [1, 2]; var ai = arr[Symbol.iterator](); ai.next(); arr.push(3); console.log(show(ai));
var ai2 = ai[Symbol.iterator](); console.log(ai2 === ai, ai.next().done, ai.next().done);
// a hand-made iterable
function range(n) {
  var o = {};
  o[Symbol.iterator] = function () { var i = 0; return { next: function () { return i < n ? { value: i++, done: false } : { value: undefined, done: true }; } }; };
  return o;
}
console.log(Array.from(range(4)), Array.from(range(3), function (x, i) { return x * 10 + i; }));
console.log(Array.from({ length: 2, 0: 'a', 1: 'b' }), Array.from('h\ud83d\ude00'), Array.from(new Set([3, 3, 4])));
console.log(Array.from(new Map([[1, 2]])), Array.from(new Map([[1, 2]]).keys()));
var custom = [1, 2, 3]; custom[Symbol.iterator] = function () { return range(2)[Symbol.iterator](); };
console.log(Array.from(custom), new Set(custom).size);
var m = new Map(range(0)); console.log(m.size);
var entries = {}; entries[Symbol.iterator] = function () { return [['a', 1], ['b', 2]][Symbol.iterator](); };
console.log(new Map(entries).get('b'));
function tryit(f) { try { f(); console.log('no error'); } catch (e) { console.log(e.name + ': ' + e.message); } }
tryit(function () { Array.from(null); });
tryit(function () { new Set(5); });
tryit(function () { new Set(true); });
tryit(function () { var o = {}; o[Symbol.iterator] = function () { return 1; }; Array.from(o); });
tryit(function () { var o = {}; o[Symbol.iterator] = function () { return { next: function () { return 3; } }; }; new Set(o); });
tryit(function () { var o = {}; o[Symbol.iterator] = 5; new Set(o); });
Promise.all(new Set([1, Promise.resolve(2)])).then(function (v) { console.log('all', v); });
Promise.allSettled(range(2)).then(function (v) { console.log('allSettled', JSON.stringify(v)); });
Promise.race(new Set([Promise.resolve('r')])).then(function (v) { console.log('race', v); });
Promise.any(new Map([[1, 2]]).values()).then(function (v) { console.log('any', v); });
Promise.all('ab').then(function (v) { console.log('all string', v); });
Promise.all(7).catch(function (e) { console.log('all 7', e.name + ': ' + e.message); });
Promise.all({}).catch(function (e) { console.log('all {}', e.name + ': ' + e.message); });
(function () { Promise.all(arguments).then(function (v) { console.log('all arguments', v); }); })(1, 2);
