// EventEmitter basics: on/emit, arguments, this, return values, aliases
var EventEmitter = require('events');
var e = new EventEmitter();
console.log(typeof EventEmitter, EventEmitter.EventEmitter === EventEmitter, e instanceof EventEmitter);
console.log('emit without listener:', e.emit('nothing'));
e.on('data', function (a, b, c) {
  console.log('data', a, b, c, this === e, arguments.length);
});
console.log('returned', e.emit('data', 1, 'two', { three: 3 }));
console.log(e.on('x', function () {}) === e, e.addListener('x', function () {}) === e);
console.log(EventEmitter.prototype.on === EventEmitter.prototype.addListener,
  EventEmitter.prototype.off === EventEmitter.prototype.removeListener);
var order = [];
e.on('multi', function () { order.push('first'); });
e.on('multi', function () { order.push('second'); });
e.prependListener('multi', function () { order.push('zeroth'); });
e.emit('multi');
console.log(order.join(','));
console.log('count', e.listenerCount('multi'), e.listenerCount('x'), e.listenerCount('none'));
console.log('names', e.eventNames());
function h() { console.log('h called'); }
e.on('h', h);
e.emit('h');
e.off('h', h);
console.log('after off', e.emit('h'), e.listenerCount('h'));
console.log('max', e.getMaxListeners(), EventEmitter.defaultMaxListeners);
console.log(e.setMaxListeners(3) === e, e.getMaxListeners());
e.setMaxListeners(0);
console.log(e.getMaxListeners());
var counter = 0;
e.on('n', function () { counter++; });
for (var i = 0; i < 5; i++) e.emit('n');
console.log('counter', counter);
// listener added during emit is not called in that emit
var e2 = new EventEmitter();
e2.on('a', function () { console.log('a1'); e2.on('a', function () { console.log('a-late'); }); });
e2.emit('a');
console.log('---');
e2.emit('a');
// numeric event names work like strings in _events
var e3 = new EventEmitter();
e3.on(42, function (v) { console.log('num event', v); });
e3.emit(42, 'x');
e3.emit('42', 'y');
console.log(e3.eventNames());
