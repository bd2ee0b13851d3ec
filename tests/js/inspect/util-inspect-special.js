// util.inspect of functions, constructors, dates, regexps, errors, boxed values, getters, null prototypes
var util = require('util');
function named() {}
console.log(util.inspect(named), util.inspect(function () {}));
named.extra = 1;
console.log(util.inspect(named));
console.log(util.inspect({ m: Math.max }));
function Point(x, y) { this.x = x; this.y = y; }
console.log(util.inspect(new Point(1, 2)));
function Empty() {}
console.log(util.inspect(new Empty()), util.inspect([new Empty()]));
console.log(util.inspect({ p: { q: { r: new Point(0, 0) } } }));
console.log(util.inspect({ p: { q: { r: { s: new Point(0, 0) } } } }));
function Base() {}
function Derived() { this.d = 1; }
util.inherits(Derived, Base);
console.log(util.inspect(new Derived()));
console.log(util.inspect(new Date(0)), util.inspect(new Date(1234567890123)));
console.log(util.inspect(new Date(NaN)));
console.log(util.inspect({ when: new Date(0) }));
console.log(util.inspect(/abc/gi), util.inspect([/x\/y/]), util.inspect(new RegExp('a+b', 'm')));
var np = Object.create(null);
console.log(util.inspect(np));
np.a = 1;
np.b = { c: 2 };
console.log(util.inspect(np));
console.log(util.inspect({ deep: { deeper: { deepest: Object.create(null) } } }));
console.log(util.inspect({ deep: { deeper: { deepest: { x: np } } } }));
var acc = {};
Object.defineProperty(acc, 'g', { get: function () { return 1; }, enumerable: true });
Object.defineProperty(acc, 'gs', { get: function () { return 1; }, set: function () {}, enumerable: true });
Object.defineProperty(acc, 's', { set: function () {}, enumerable: true });
Object.defineProperty(acc, 'z_hidden', { value: 'h', enumerable: false });
console.log(util.inspect(acc));
console.log(util.inspect(acc, { getters: true }));
console.log(util.inspect(acc, { showHidden: true }));
console.log(util.inspect(new Number(3)), util.inspect(new String('abc')), util.inspect(new Boolean(false)));
console.log(util.inspect(new Number(-0)));
var e = new Error('plain');
console.log(util.inspect(e).split('\n')[0].replace(/^\[|\]$/g, ''));
var te = new TypeError('typed');
console.log(util.inspect(te).split('\n')[0].replace(/^\[|\]$/g, ''));
var withCode = new RangeError('coded');
withCode.code = 'E_CODE';
var lines = util.inspect(withCode).split('\n');
console.log(lines[0].replace(/^\[|\]$/g, '').replace(/\] \{$/, '').replace(/ \{$/, ''), lines[lines.length - 2], lines[lines.length - 1]);
var custom = {};
custom[util.inspect.custom] = function (depth, options) {
  return 'CUSTOM(depth=' + depth + ', ' + typeof options.stylize + ')';
};
console.log(util.inspect(custom), util.inspect({ nested: custom }));
var customObj = {};
customObj[util.inspect.custom] = function () { return { replaced: true }; };
console.log(util.inspect(customObj));
console.log(util.inspect(custom, { customInspect: false }).indexOf('CUSTOM') === -1);
console.log(typeof util.inspect.custom !== 'undefined', util.inspect.defaultOptions.depth);
var multi = {};
multi[util.inspect.custom] = function () { return 'line1\nline2'; };
console.log(util.inspect({ a: { b: multi } }));
console.log(util.inspect(/re/g, { showHidden: true }), util.inspect({ r: /x/ }, { showHidden: true }));
