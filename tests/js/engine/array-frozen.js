// Frozen, sealed and non-extensible arrays keep their elements and length
// (mujs patch 0039), in sloppy and strict code; compared with node.
function t(name, f) {
  try { console.log(name, JSON.stringify(f())); } catch (e) { console.log(name, 'throws', e.name); }
}
function make(kind) {
  var a = [1, 2, 3];
  if (kind) Object[kind](a);
  return a;
}
['freeze', 'seal', 'preventExtensions', ''].forEach(function (kind) {
  t(kind + ' length=1', function () { var a = make(kind); a.length = 1; return [a, a.length]; });
  t(kind + ' length=5', function () { var a = make(kind); a.length = 5; return [a.length]; });
  t(kind + ' a[5]=9', function () { var a = make(kind); a[5] = 9; return [a, a.length]; });
  t(kind + ' a[0]=7', function () { var a = make(kind); a[0] = 7; return a; });
  t(kind + ' strict length=1', function () { 'use strict'; var a = make(kind); a.length = 1; return a; });
  t(kind + ' strict a[5]=9', function () { 'use strict'; var a = make(kind); a[5] = 9; return a; });
  t(kind + ' push', function () { var a = make(kind); return [a.push(4), a]; });
  t(kind + ' pop', function () { var a = make(kind); return [a.pop(), a]; });
  t(kind + ' shift', function () { var a = make(kind); return [a.shift(), a]; });
  t(kind + ' unshift', function () { var a = make(kind); return [a.unshift(0), a]; });
  t(kind + ' flags', function () { var a = make(kind); return [Object.isFrozen(a), Object.isSealed(a), Object.isExtensible(a)]; });
  t(kind + ' length desc', function () { return Object.getOwnPropertyDescriptor(make(kind), 'length'); });
});
t('define length read-only', function () {
  var b = [1, 2]; Object.defineProperty(b, 'length', { writable: false });
  var r = [Object.getOwnPropertyDescriptor(b, 'length')];
  b.length = 0; r.push(b.length);
  try { b.push(3); } catch (e) { r.push(e.name); }
  try { Object.defineProperty(b, 'length', { writable: true }); } catch (e) { r.push(e.name); }
  return r;
});
t('define length value', function () { var c = [1, 2, 3, 4]; Object.defineProperty(c, 'length', { value: 2 }); return [c, c.length]; });
t('define length enumerable', function () { Object.defineProperty([], 'length', { enumerable: true }); });
t('empty frozen', function () { var e = Object.freeze([]); return [Object.isFrozen(e), Object.isFrozen(Object.preventExtensions([]))]; });
