// A non-strict function's primitive this is boxed (ES5 10.4.3), a strict one's is not (mujs patch 0228).
String.prototype.kind = function () { return [typeof this, this instanceof String, this === this, String(this)].join(' '); };
Number.prototype.kind = function () { return [typeof this, this instanceof Number, +this].join(' '); };
Boolean.prototype.kind = function () { return [typeof this, this instanceof Boolean].join(' '); };
console.log('abc'.kind(), (5).kind(), true.kind());
console.log((function () { return typeof this; }).call(5), (function () { 'use strict'; return typeof this; }).call(5));
console.log((function () { return this === globalThis; }).call(undefined), (function () { return this === globalThis; }).call(null));
console.log((function () { 'use strict'; return this; }).call(undefined));
var sym = Symbol('s');
console.log((function () { return typeof this; }).call(sym));
console.log([1, 2].map(function () { return typeof this; }, 'x').join(','));
delete String.prototype.kind; delete Number.prototype.kind; delete Boolean.prototype.kind;
