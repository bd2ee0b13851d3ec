// Reflect.construct(target, args, newTarget) (mujs patch 0222): the object
// made has newTarget.prototype, for script and built-in targets, as Babel's
// transpiled class inheritance relies on; and its argument errors.
function Base(a, b) {
  this.sum = a + b;
  this.protoSeenInside = Object.getPrototypeOf(this) === Derived.prototype;
  this.kind = this.describe ? this.describe() : 'no describe';
}
Base.prototype.base = function () { return 'base method'; };
function Derived() {}
Derived.prototype = Object.create(Base.prototype, { constructor: { value: Derived } });
Derived.prototype.describe = function () { return 'derived'; };

var o = Reflect.construct(Base, [1, 2], Derived);
console.log(Object.getPrototypeOf(o) === Derived.prototype, o instanceof Derived, o instanceof Base,
            o.sum, o.protoSeenInside, o.kind, o.base());
var same = Reflect.construct(Base, [2, 3], Base);
console.log(Object.getPrototypeOf(same) === Base.prototype, same.sum, same.kind);
var plain = Reflect.construct(Base, [3, 4]);
console.log(Object.getPrototypeOf(plain) === Base.prototype, plain.sum);

function Returns() { return { own: true }; }
var r = Reflect.construct(Returns, [], Derived);
console.log(r.own, Object.getPrototypeOf(r) === Object.prototype);
function NoProto() {}
NoProto.prototype = 5;
console.log(Object.getPrototypeOf(Reflect.construct(Base, [0, 0], NoProto)) === Object.prototype);

// built-in targets: their own objects, given newTarget's prototype
function MyError(message) {}
MyError.prototype = Object.create(Error.prototype, { constructor: { value: MyError } });
MyError.prototype.name = 'MyError';
var e = Reflect.construct(Error, ['boom'], MyError);
console.log(e instanceof MyError, e instanceof Error, e.message, e.name, String(e));
function MyArray() {}
MyArray.prototype = Object.create(Array.prototype);
var a = Reflect.construct(Array, [3], MyArray);
console.log(a instanceof MyArray, Array.isArray(a), a.length);
function MyMap() {}
MyMap.prototype = Object.create(Map.prototype);
var m = Reflect.construct(Map, [[[1, 2]]], MyMap);
console.log(m instanceof MyMap, m.get(1), m.size);
var d = Reflect.construct(Date, [0], function F() {});
console.log(Object.prototype.toString.call(d), d instanceof Date);
console.log(Boolean.prototype.valueOf.call(Reflect.construct(Boolean, [], function () {})));

// the shape of Babel's _createSuper: subclass instances run the base's
// constructor and keep the subclass's methods
function inherits(Sub, Super) {
  Sub.prototype = Object.create(Super.prototype, { constructor: { value: Sub, writable: true, configurable: true } });
  Object.setPrototypeOf(Sub, Super);
}
function Emitter() { this.listeners = {}; }
Emitter.prototype.on = function (t, f) { (this.listeners[t] = this.listeners[t] || []).push(f); };
function Signal() {
  var self = Reflect.construct(Emitter, arguments, Signal);
  self.aborted = false;
  return self;
}
inherits(Signal, Emitter);
Signal.prototype.abort = function () { this.aborted = true; return 'aborted via subclass method'; };
var s = new Signal();
console.log(s instanceof Signal, typeof s.on, typeof s.abort, s.abort(), s.aborted);

function fails(label, f) {
  try {
    f();
    console.log(label, 'no throw');
  } catch (err) {
    console.log(label, err.name);
  }
}
fails('newTarget not a constructor', function () { Reflect.construct(Base, [], 5); });
fails('newTarget object', function () { Reflect.construct(Base, [], {}); });
fails('target not a constructor', function () { Reflect.construct(5, []); });
fails('args not an object', function () { Reflect.construct(Base, 1, Derived); });
