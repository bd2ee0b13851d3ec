// Annex B accessor methods: __defineGetter__, __defineSetter__,
// __lookupGetter__, __lookupSetter__ (their errors, lengths and names,
// inherited lookups, symbols, a non-extensible target).
function t(f) { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
var o = {};
t(function () { return o.__defineGetter__('a', function () { return 1; }); });
t(function () { var d = Object.getOwnPropertyDescriptor(o, 'a'); return [typeof d.get, d.set, d.enumerable, d.configurable, o.a].join(); });
t(function () { o.__defineSetter__('a', function (v) { this.b = v; }); o.a = 5; return [o.a, o.b].join(); });
t(function () { return ({}).__defineGetter__('x', 1); });
t(function () { return ({}).__defineSetter__('x', 'no'); });
t(function () { return Object.prototype.__defineGetter__.call(null, 'x', function () {}); });
t(function () { return Object.prototype.__lookupGetter__.call(undefined, 'x'); });
t(function () { return Object.freeze({}).__defineGetter__('a', function () {}); });
var child = Object.create(o);
t(function () { return typeof child.__lookupGetter__('a') + ' ' + typeof child.__lookupSetter__('a'); });
t(function () { return child.__lookupGetter__('nope'); });
t(function () { return ({ d: 1 }).__lookupGetter__('d'); });
t(function () { return String.prototype.__lookupGetter__('length'); });
String.prototype.__defineGetter__('shout', function () { return this.toUpperCase() + '!'; });
t(function () { return 'hey'.shout; });
t(function () { return [Object.prototype.__defineGetter__.length, Object.prototype.__lookupSetter__.length, Object.prototype.__defineSetter__.name].join(); });
t(function () { return Object.keys(Object.prototype).length; });
t(function () { var s = Symbol('k'); var x = {}; x.__defineGetter__(s, function () { return 'sym'; }); return x[s] + ' ' + typeof x.__lookupGetter__(s); });
