// util.deprecate warns once (on stderr) and still calls through
var util = require('util');
var warnings = [];
process.on('warning', function (w) { warnings.push(w.name + ' ' + (w.code || '-') + ' ' + w.message); });
var old = util.deprecate(function (a, b) { return a + b; }, 'old() is deprecated', 'DEP0999');
console.log(old(1, 2), old(3, 4));
var same = util.deprecate(function () { return 'same code'; }, 'another message, same code', 'DEP0999');
console.log(same());
var nocode = util.deprecate(function () { return 'x'; }, 'no code here');
console.log(nocode(), nocode());
function Ctor(v) { this.v = v; }
var Dep = util.deprecate(Ctor, 'Ctor is deprecated', 'DEP0998');
var inst = new Dep(7);
console.log(inst.v, inst instanceof Dep);
try { util.deprecate(function () {}, 'm', 42); } catch (e) { console.log(e.code + ' ' + e.message); }
setTimeout(function () { console.log(warnings.join('\n')); }, 5);
