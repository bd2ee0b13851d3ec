// vm: Script, runInThisContext, compileFunction, contexts (created, checked,
// run in, what code leaves in them, what they hide), and the argument errors.
'use strict';
var vm = require('vm');

console.log(Object.keys(vm).sort().join(' '));
console.log(vm.runInThisContext('var vmGlobal = 40; vmGlobal + 2'), typeof vmGlobal, globalThis.vmGlobal);
var s = new vm.Script('vmCount = (typeof vmCount === "number" ? vmCount : 0) + 1', { filename: 'count.js' });
console.log(s.runInThisContext(), s.runInThisContext(), vmCount);
console.log(vm.createScript('6 * 7').runInThisContext(), s instanceof vm.Script);

// the filename shows in the error's first frame
try {
  vm.runInThisContext('\n\nnull.x', 'where.js');
} catch (e) {
  console.log(e.name, /where\.js:3/.test(e.stack));
}
try { new vm.Script('var = 1'); } catch (e) { console.log('compile:', e.name); }

// contexts
var sb = { a: 1 };
var r = vm.runInNewContext('var b = a + 1; c = 3; this.d = 4; function f() { return b; } b', sb);
// (sorted: a global made by assignment reaches the context when the code
// returns, so it comes after the context's own; node adds it as it happens)
console.log(r, JSON.stringify(Object.keys(sb).sort().map(function (k) { return [k, typeof sb[k]]; })), sb.f());
console.log(typeof b, typeof c, typeof globalThis.d, typeof f);
var ctx = vm.createContext({ n: 0 });
console.log(vm.isContext(ctx), vm.isContext({}), vm.createContext(ctx) === ctx);
vm.runInContext('n++; n++', ctx);
console.log(ctx.n);
console.log(vm.runInNewContext('typeof console + " " + typeof setTimeout + " " + typeof process + " " + typeof require + " " + typeof Object'));
console.log(vm.runInNewContext('typeof y + " " + x', { x: 'shown' }));
console.log(new vm.Script('k * 2').runInNewContext({ k: 21 }), new vm.Script('k + 1').runInContext(vm.createContext({ k: 1 })));
// a throw inside a context leaves the global object as it was
try { vm.runInNewContext('leaked = 1; throw new RangeError("inside")', {}); } catch (e) { console.log(e.name, e.message, typeof leaked); }
console.log(typeof process, typeof setTimeout, typeof console.log);

var fn = vm.compileFunction('return a + b', ['a', 'b']);
console.log(fn(1, 2), fn.length, JSON.stringify(fn.name));

function code(f) { try { f(); return 'no error'; } catch (e) { return e.code + ': ' + e.message; } }
console.log(code(function () { vm.createContext(1); }));
console.log(code(function () { vm.runInContext('1', {}); }));
console.log(code(function () { vm.isContext('x'); }));
console.log(code(function () { vm.compileFunction('1', 'a'); }));
console.log(code(function () { vm.compileFunction(5); }));
console.log(code(function () { new vm.Script('1', { filename: 5 }); }));
