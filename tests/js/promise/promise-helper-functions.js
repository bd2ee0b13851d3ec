// The functions a promise hands out (resolving functions, a thenable's
// resolve/reject, Promise.all's element functions, finally's helpers) are
// built-in functions as in node: own 'length' and 'name' only, no
// 'prototype', not constructors. They keep their promise (or context) in
// internal slots (engine patch 0110), which this also exercises: the
// functions are called long after they were made, across a GC.
'use strict';
function describe(label, f) {
  var newThrows;
  try { new f(); newThrows = 'no'; } catch (e) { newThrows = e instanceof TypeError ? 'TypeError' : String(e); }
  console.log(label, typeof f, JSON.stringify(Object.getOwnPropertyNames(f)),
    f.length, JSON.stringify(f.name), 'prototype' in f, 'new:', newThrows);
}
var saved;
var p = new Promise(function (resolve, reject) {
  describe('executor resolve', resolve);
  describe('executor reject', reject);
  saved = resolve;
});
Promise.resolve({ then: function (res, rej) {
  describe('thenable resolve', res);
  describe('thenable reject', rej);
  res('thenable value');
} }).then(function (v) { console.log('thenable settled', v); });

// Promise.all / allSettled / any through a constructor whose resolve gives
// a thenable, so the element functions reach our own `then`.
function Fake(executor) { return new Promise(executor); }
Fake.resolve = function (v) {
  return { then: function (onF, onR) {
    describe('element onFulfilled', onF);
    if (onR) describe('element onRejected', onR);
    onF(v);
  } };
};
Promise.all.call(Fake, [1, 2]).then(function (v) { console.log('all', JSON.stringify(v)); });
Promise.allSettled.call(Fake, [3]).then(function (v) { console.log('allSettled', JSON.stringify(v)); });

// finally's helpers reach the then of a promise-like (a subclass-free way:
// finally called on a plain thenable object).
Promise.prototype.finally.call({ then: function (a, b) {
  describe('finally onFulfilled', a);
  describe('finally onRejected', b);
  return a('fin');
} }, function () { console.log('onFinally ran'); });

// Many pending promises with their resolving functions kept, a GC's worth
// of garbage in between, then resolved: the slots kept them alive.
var promises = [], resolvers = [];
for (var i = 0; i < 20000; i++) promises.push(new Promise(function (r) { resolvers.push(r); }));
var junk = [];
for (i = 0; i < 200000; i++) junk.push({ i: i });
junk = null;
Promise.all(promises).then(function (v) {
  console.log(v.length + ' resolved, last', v[v.length - 1]);
});
promises = null;
for (i = 0; i < resolvers.length; i++) resolvers[i](i);
resolvers = null;
setTimeout(function () { saved('late'); }, 1);
p.then(function (v) { console.log('executor promise', v); });
