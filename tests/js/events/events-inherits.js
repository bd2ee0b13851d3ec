// EventEmitter subclassed the ES5 way, util.inherits, static helpers
var EventEmitter = require('events');
var util = require('util');
function MyStream(name) {
  EventEmitter.call(this);
  this.name = name;
}
util.inherits(MyStream, EventEmitter);
MyStream.prototype.write = function (d) { this.emit('data', d); return true; };
var s = new MyStream('s1');
s.on('data', function (d) { console.log(this.name, 'data', d); });
s.write('hello');
console.log(s instanceof EventEmitter, MyStream.super_ === EventEmitter);
console.log(EventEmitter.listenerCount(s, 'data'), s.listenerCount('data'));
console.log(util.inspect(s, { depth: -1 }));
// constructor without calling EventEmitter.call: _events created lazily
function Lazy() {}
util.inherits(Lazy, EventEmitter);
var l = new Lazy();
console.log('lazy emit', l.emit('x'), l.listenerCount('x'));
l.on('x', function () { console.log('lazy listener'); });
l.emit('x');
// an object whose prototype is an emitter shares nothing with it
var base = new EventEmitter();
base.on('b', function () {});
var child = Object.create(base);
EventEmitter.init.call(child);
console.log('child', child.listenerCount('b'), base.listenerCount('b'));
// events.getEventListeners / setMaxListeners helpers
console.log(EventEmitter.getEventListeners(s, 'data').length);
EventEmitter.setMaxListeners(5, s);
console.log(s.getMaxListeners(), EventEmitter.getMaxListeners(s));
console.log(typeof EventEmitter.once, typeof EventEmitter.errorMonitor !== 'undefined');
// emit the 'error' event of a subclass without a listener
try { s.emit('error', 'bad'); } catch (x) { console.log(x.code, x.message); }
