// removeListener / removeAllListeners semantics
var EventEmitter = require('events');
var e = new EventEmitter();
function a() { console.log('a'); }
function b() { console.log('b'); }
function c() { console.log('c'); }
e.on('x', a); e.on('x', b); e.on('x', a); e.on('x', c);
e.removeListener('x', a); // removes the LAST a
e.emit('x');
console.log('---');
// removing during emit does not affect the current emit
e.on('y', function r1() { console.log('r1'); e.removeListener('y', b); });
e.on('y', b);
e.emit('y');
console.log('y count', e.listenerCount('y'));
// removing an unknown listener is a no-op and returns this
console.log(e.removeListener('nope', a) === e, e.removeListener('x', function () {}) === e);
// removeAllListeners(type)
e.removeAllListeners('x');
console.log('x count', e.listenerCount('x'), e.eventNames());
// removeAllListeners() with no args
e.on('p', a); e.on('q', b);
console.log(e.removeAllListeners() === e, e.eventNames(), e._eventsCount);
// eventNames insertion order (not alphabetical)
var e2 = new EventEmitter();
e2.on('zeta', a); e2.on('alpha', b); e2.on('mid', c);
console.log(e2.eventNames());
e2.removeListener('zeta', a);
e2.on('zeta', a);
console.log(e2.eventNames());
// removeAllListeners emits removeListener for each, in insertion order, removeListener last
var e3 = new EventEmitter();
e3.on('removeListener', function (name, fn) { console.log('removed', name, fn === a || fn === b || fn === c); });
e3.on('zz', a); e3.on('aa', b); e3.on('aa', c);
e3.removeAllListeners();
console.log('e3 names', e3.eventNames());
// removeAllListeners(type) removes in reverse (LIFO) order
var e4 = new EventEmitter();
e4.on('removeListener', function (name, fn) { console.log('lifo', name, fn === a ? 'a' : fn === b ? 'b' : '?'); });
e4.on('k', a); e4.on('k', b);
e4.removeAllListeners('k');
// listeners() returns a copy
var e5 = new EventEmitter();
e5.on('m', a);
var ls = e5.listeners('m');
ls.push(b);
console.log(e5.listenerCount('m'), ls.length);
