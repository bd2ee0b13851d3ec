// The web-platform globals: present, functions, enumerable as in node,
// replaceable by assignment, and diagnostics_channel a built-in module.
var names = ['AbortController', 'AbortSignal', 'EventTarget', 'Event', 'CustomEvent', 'DOMException',
  'atob', 'btoa', 'structuredClone'];
names.forEach(function (n) {
  var d = Object.getOwnPropertyDescriptor(globalThis, n);
  console.log(n, typeof globalThis[n], d.enumerable, d.configurable, Object.keys(globalThis).indexOf(n) >= 0);
});
console.log(typeof AbortController, AbortController === globalThis.AbortController);
var Module = require('module');
console.log(Module.builtinModules.indexOf('diagnostics_channel') >= 0, Module.isBuiltin('node:diagnostics_channel'));
console.log(require('node:diagnostics_channel') === require('diagnostics_channel'));
globalThis.atob = function () { return 'mine'; };
console.log(atob('x'));
var saved = structuredClone;
structuredClone = 5;
console.log(structuredClone, typeof saved);
