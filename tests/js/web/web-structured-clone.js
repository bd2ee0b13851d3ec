// structuredClone: what is copied and how, shared and circular references,
// the DataCloneError DOMExceptions and the argument errors.
// (A function's DataCloneError message starts with its source text, which
// the engine does not keep: only the message's end is printed.)
var util = require('util');
function show(label, v) { console.log(label, util.inspect(v, { depth: 4 })); }
function fails(label, f) {
  try {
    f();
    console.log(label, 'no throw');
  } catch (e) {
    var m = String(e.message);
    console.log(label, e.name, e.code, e instanceof DOMException, m.indexOf('could not be cloned') >= 0 ? m.slice(-22) : m);
  }
}

[undefined, null, true, 0, -0, NaN, Infinity, 'str', ''].forEach(function (v) {
  var c = structuredClone(v);
  console.log(typeof c, Object.is(c, v));
});
show('wrappers', [structuredClone(Object(1)), structuredClone(Object('s')), structuredClone(Object(false))]);
console.log(typeof structuredClone(Object(1)));

var d = new Date(86400000);
var dc = structuredClone(d);
console.log(dc instanceof Date, dc !== d, dc.getTime());
var re = /ab+c/gi;
re.lastIndex = 3;
re.extra = 1;
var rc = structuredClone(re);
console.log(rc instanceof RegExp, rc.source, rc.global, rc.ignoreCase, rc.multiline, rc.lastIndex, rc.extra);
console.log(structuredClone(/x/m).multiline, structuredClone(/x/m).global);

var m = new Map([[1, 'a'], ['k', { v: 1 }]]);
var mc = structuredClone(m);
show('map', mc);
console.log(mc !== m, mc.get('k') !== m.get('k'));
show('set', structuredClone(new Set([1, 'two', { three: 3 }])));

var o = { a: 1, b: 'x', nested: { deep: [1, 2, { z: null }] } };
var oc = structuredClone(o);
show('plain', oc);
console.log(oc !== o, oc.nested !== o.nested);

var arr = [1, , 3];
arr.prop = 'p';
var ac = structuredClone(arr);
console.log(ac.length, 1 in ac, ac.prop, Array.isArray(ac));

function Klass() { this.x = 1; }
Klass.prototype.method = function () {};
var kc = structuredClone(new Klass());
show('class', kc);
console.log(Object.getPrototypeOf(kc) === Object.prototype, kc.method);

var withGetter = {};
Object.defineProperty(withGetter, 'g', { get: function () { return 'got'; }, enumerable: true });
Object.defineProperty(withGetter, 'hidden', { value: 1, enumerable: false });
show('getter', structuredClone(withGetter));
var sym = {};
sym[Symbol('s')] = 1;
sym.ok = 2;
show('symbol key', structuredClone(sym));

var protoKey = structuredClone(JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}'));
console.log('own __proto__ key', Object.keys(protoKey), Object.getPrototypeOf(protoKey) === Object.prototype,
            protoKey.polluted, JSON.stringify(protoKey));

var shared = { s: 1 };
var both = structuredClone({ x: shared, y: shared });
console.log('shared', both.x === both.y);
var circ = { name: 'c' };
circ.self = circ;
circ.list = [circ];
var cc = structuredClone(circ);
console.log('circular', cc.self === cc, cc.list[0] === cc, cc !== circ);
var cm = new Map();
cm.set('me', cm);
var cmc = structuredClone(cm);
console.log('circular map', cmc.get('me') === cmc);

var errs = [new Error('e'), new TypeError('t'), new RangeError('r'), new SyntaxError('s'),
  new ReferenceError('f'), new EvalError('v'), new URIError('u')];
errs.forEach(function (e) {
  var c = structuredClone(e);
  console.log(c.name, c.message, c instanceof Error, Object.getPrototypeOf(c) === Object.getPrototypeOf(e),
              typeof c.stack);
});
var ec = new Error('with cause', { cause: { why: 'x' } });
ec.extra = 1;
var ecc = structuredClone(ec);
console.log(ecc.cause, ecc.extra, Object.keys(ecc));
var renamed = new Error('q');
renamed.name = 'Custom';
console.log(structuredClone(renamed).name);
renamed.name = 'RangeError';
console.log(structuredClone(renamed).name, structuredClone(renamed) instanceof RangeError);
var sub = Object.create(TypeError.prototype);
sub.message = 'sub';
console.log(structuredClone(sub).name, structuredClone(sub).message);

var ab = new ArrayBuffer(8);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
var abc = structuredClone(ab);
console.log(abc instanceof ArrayBuffer, abc !== ab, abc.byteLength, Array.prototype.slice.call(new Uint8Array(abc)));
var u16 = new Uint16Array(ab, 2, 2);
var u16c = structuredClone(u16);
console.log(u16c instanceof Uint16Array, u16c.byteOffset, u16c.length, u16c.buffer.byteLength, u16c[0], u16c[1]);
var f64 = structuredClone(new Float64Array([1.5, -2]));
console.log(f64 instanceof Float64Array, f64[0], f64[1]);
var dv = structuredClone(new DataView(ab, 1, 4));
console.log(dv instanceof DataView, dv.byteOffset, dv.byteLength, dv.getUint8(0));
var views = structuredClone({ a: new Uint8Array(ab), b: new Int8Array(ab, 4) });
console.log('views share', views.a.buffer === views.b.buffer, views.b[0]);
var bc = structuredClone(Buffer.from('hi'));
console.log(Buffer.isBuffer(bc), bc instanceof Uint8Array, bc.length, bc[0], bc[1]);

var t = new ArrayBuffer(4);
var tc = structuredClone(t, { transfer: [t] });
console.log('transfer', tc.byteLength);
console.log(structuredClone(1, {}), structuredClone(2, undefined), structuredClone(3, { transfer: [] }));

fails('function', function () { structuredClone(function f() {}); });
fails('nested function', function () { structuredClone({ a: { b: function () {} } }); });
fails('symbol', function () { structuredClone(Symbol('why')); });
fails('symbol value', function () { structuredClone([Symbol.iterator]); });
fails('weakmap', function () { structuredClone(new WeakMap()); });
fails('weakset', function () { structuredClone({ w: new WeakSet() }); });
fails('promise', function () { structuredClone(Promise.resolve(1)); });
fails('no args', function () { structuredClone(); });
fails('bad options', function () { structuredClone(1, 5); });
fails('string options', function () { structuredClone(1, 'x'); });
fails('transfer not iterable', function () { structuredClone(1, { transfer: 5 }); });
fails('transfer bad item', function () { structuredClone(1, { transfer: [{}] }); });
