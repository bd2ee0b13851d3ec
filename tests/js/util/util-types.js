// util.types and the legacy util.isX helpers
var util = require('util');
var t = util.types;
console.log(t.isDate(new Date()), t.isDate({}), t.isDate(Date.now()));
console.log(t.isRegExp(/x/), t.isRegExp('x'), t.isRegExp({ source: 'x' }));
console.log(t.isNativeError(new Error()), t.isNativeError(new TypeError()), t.isNativeError({ message: 'x', name: 'Error' }));
(function () { console.log(t.isArgumentsObject(arguments), t.isArgumentsObject([])); })();
console.log(t.isBoxedPrimitive(new Number(1)), t.isBoxedPrimitive(1), t.isNumberObject(new Number(1)), t.isStringObject(new String('')), t.isBooleanObject(new Boolean(true)), t.isStringObject('s'));
console.log(t.isPromise(Promise.resolve(1)), t.isPromise({ then: function () {} }));
console.log(util.isArray([]), util.isArray({}), util.isBoolean(false), util.isBoolean(0));
console.log(util.isNull(null), util.isNull(undefined), util.isNullOrUndefined(undefined), util.isNullOrUndefined(0));
console.log(util.isNumber(1), util.isNumber('1'), util.isString('s'), util.isString(1), util.isUndefined(undefined));
console.log(util.isObject({}), util.isObject(null), util.isObject(function () {}), util.isFunction(function () {}));
console.log(util.isPrimitive(1), util.isPrimitive('s'), util.isPrimitive(null), util.isPrimitive({}), util.isPrimitive([]));
console.log(util.isRegExp(/a/), util.isDate(new Date()), util.isError(new Error()), util.isError({}));
console.log(util._extend({ a: 1 }, { b: 2 }), util._extend({ a: 1 }, null));
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m plain'));
console.log(util.toUSVString('ok\ud800'));
console.log(typeof util.format, typeof util.formatWithOptions, typeof util.inspect, typeof util.promisify);
console.log(util.formatWithOptions({ compact: false }, '%O', { a: 1 }));
try { util.formatWithOptions('x'); } catch (e) { console.log(e.code + ' ' + e.message); }
