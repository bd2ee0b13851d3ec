// Variables and functions declared by eval code are bound as ES5 10.5
// binds them: on the global object they are enumerable, and, being eval
// code's, configurable (delete removes them); inside a function, eval's var
// is deletable too. A script's own top-level vars stay undeletable.
'use strict';
(0, eval)('var zz = 1; function ff() { return 5; }');
var d = Object.getOwnPropertyDescriptor(globalThis, 'zz');
console.log(JSON.stringify(d));
d = Object.getOwnPropertyDescriptor(globalThis, 'ff');
console.log(typeof d.value, d.enumerable, d.configurable, d.writable);
console.log(Object.keys(globalThis).indexOf('zz') >= 0, Object.keys(globalThis).indexOf('ff') >= 0);
console.log(delete globalThis.zz, delete globalThis.ff, typeof zz, typeof ff);
function local() {
  (function () {})();
  return (0, eval)('(function () { eval("var inner = 2"); var r = [inner, delete inner]; r.push(typeof inner); return r.join(); })')();
}
console.log(local());
// redeclaring an existing global through eval keeps its value and attributes
globalThis.kept = 7;
(0, eval)('var kept;');
console.log(kept, JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'kept')));
