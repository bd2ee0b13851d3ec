// RegExp flags and the NativeError constructors' prototype (mujs patch 0227).
'use strict';
[/a/, /a/g, /a/i, /a/m, /a/gim, /a/mig, new RegExp('x', 'gm')].forEach(function (r) { console.log(String(r), JSON.stringify(r.flags)); });
var r = /a/gi;
try { r.flags = 'x'; } catch (e) { console.log(e.name); }
console.log(r.flags, 'flags' in r);
[EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError].forEach(function (E) {
  console.log(E.name, Object.getPrototypeOf(E) === Error, Object.getPrototypeOf(E.prototype) === Error.prototype, E.captureStackTrace === Error.captureStackTrace);
});
console.log(Object.getPrototypeOf(Error) === Function.prototype);
