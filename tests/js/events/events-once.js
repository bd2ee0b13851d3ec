// once, prependOnceListener, listeners vs rawListeners
var EventEmitter = require('events');
var e = new EventEmitter();
function onceFn(v) { console.log('once got', v, this === e); }
e.once('a', onceFn);
console.log(e.listenerCount('a'), e.listeners('a')[0] === onceFn, e.rawListeners('a')[0] === onceFn);
console.log(typeof e.rawListeners('a')[0].listener, e.rawListeners('a')[0].listener === onceFn);
console.log(e.emit('a', 1), e.emit('a', 2), e.listenerCount('a'));
var order = [];
e.on('b', function () { order.push('on'); });
e.prependOnceListener('b', function () { order.push('prependOnce'); });
e.once('b', function () { order.push('once'); });
e.emit('b');
e.emit('b');
console.log(order.join(','));
// remove a once listener by its original function
e.once('c', onceFn);
e.removeListener('c', onceFn);
console.log('removed once', e.emit('c', 3), e.listenerCount('c'));
// listenerCount with a listener argument also matches once wrappers
function f() {}
e.on('d', f); e.once('d', f); e.on('d', function () {});
console.log('listenerCount(d, f) =', e.listenerCount('d', f), 'of', e.listenerCount('d'));
// raw wrapper called directly removes itself
e.once('r', function (x) { console.log('raw call', x); });
var raw = e.rawListeners('r')[0];
raw('direct');
console.log('after raw call', e.listenerCount('r'));
raw('again');
// once listener emitting the same event recursively
var depth = 0;
e.once('rec', function () { depth++; e.emit('rec'); });
e.emit('rec');
console.log('depth', depth);
// once with no arguments
e.once('z', function () { console.log('z args', arguments.length); });
e.emit('z');
