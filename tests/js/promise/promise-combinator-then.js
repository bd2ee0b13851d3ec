// The combinators (all, allSettled, any, race) attach their reactions to a
// native promise whose `then` is the original without making the derived
// promise nobody sees (bridge/promise.c, invoke_then_unseen). What a
// script can observe must not change: `then` is read once per element, a
// replaced or own `then` is still called (with the combinator's functions,
// its result ignored), ticks interleave as in node, a rejected element
// needs no handler of its own, and a non-callable `then` is a TypeError.
'use strict';
var log = [];
function out(s) { log.push(s); }

// 1. an own `then` getter: read exactly once per element
var p1 = Promise.resolve(1);
var reads = 0;
var orig = Promise.prototype.then;
Object.defineProperty(p1, 'then', { get: function () { reads++; return orig; } });
Promise.all([p1, p1]).then(function (v) { out('getter all ' + v.join(',') + ' reads=' + reads); });

// 2. an own `then` that is not the original: called, gets two functions
var p2 = Promise.resolve(2);
p2.then = function (f, r) {
  out('own then called: ' + typeof f + ' ' + typeof r + ' ' + f.length + ' ' + r.length);
  return orig.call(this, f, r);
};
Promise.all([p2, 3]).then(function (v) { out('own then all ' + v.join(',')); });
Promise.race([p2]).then(function (v) { out('own then race ' + v); });

// 3. ticks: a combinator's result settles on the same tick as in node
var t = Promise.resolve('t');
Promise.all([t, t]).then(function () { out('tick all'); });
Promise.allSettled([t]).then(function () { out('tick allSettled'); });
Promise.any([t]).then(function () { out('tick any'); });
Promise.race([t]).then(function () { out('tick race'); });
t.then(function () { out('tick 1'); })
  .then(function () { out('tick 2'); })
  .then(function () { out('tick 3'); })
  .then(function () { out('tick 4'); });

// 4. a rejected element: the combinator's reaction handles it, so no
// unhandled rejection for it (nor for the promise the reaction skipped)
var bad = Promise.reject(new Error('bad'));
Promise.all([bad]).catch(function (e) { out('all rejected: ' + e.message); });
Promise.any([Promise.reject('x'), Promise.reject('y')]).catch(function (e) {
  out('any rejected: ' + e.constructor.name + ' ' + e.errors.join(','));
});
process.on('unhandledRejection', function (r) { out('unhandled ' + r); });

// 5. a non-callable `then` on a native promise: the combinator rejects
var p5 = Promise.resolve(5);
p5.then = 42;
Promise.all([p5]).then(function () { out('p5 fulfilled?'); }, function (e) {
  out('non-callable then: ' + e.constructor.name);
});

// 6. Promise.prototype.then replaced: the combinators call the replacement
var calls = 0;
setTimeout(function () {
  Promise.prototype.then = function (f, r) { calls++; return orig.call(this, f, r); };
  Promise.all([Promise.resolve('a'), Promise.resolve('b')]);
  Promise.prototype.then = orig;
  out('replaced then called ' + calls + ' times');
  setTimeout(function () { console.log(log.join('\n')); }, 1);
}, 1);
