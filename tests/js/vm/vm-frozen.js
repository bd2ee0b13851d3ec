// vm contexts made from frozen and sealed objects: marked without a
// property of their own, read as usual, and globals the code makes that the
// sandbox cannot take stay in the context, unseen on the sandbox.
'use strict';
var vm = require('vm');
function t(f) { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } }
var frozen = Object.freeze({ a: 1 });
t(function () { return vm.createContext(frozen) === frozen && vm.isContext(frozen); });
t(function () { return Object.getOwnPropertyNames(frozen).join(','); });
t(function () { return vm.runInContext('a + 1', frozen); });
t(function () { return vm.runInContext('"use strict"; c = 3', frozen); });
t(function () { return vm.runInContext('a = 5; a', frozen); });
var sealed = Object.seal({ x: 1 });
vm.createContext(sealed);
t(function () { return [vm.runInContext('x = 5; x', sealed), sealed.x].join(' '); });
t(function () { return [vm.runInContext('y = 5; typeof y', sealed), 'y' in sealed].join(' '); });
t(function () { return [vm.runInContext('y += 1; y', sealed), 'y' in sealed, typeof globalThis.y].join(' '); });
var plain = vm.createContext({});
t(function () { return [vm.runInContext('z = 1; z', plain), plain.z, vm.isContext(plain), vm.isContext({})].join(' '); });
t(function () { return vm.isContext(5); });
