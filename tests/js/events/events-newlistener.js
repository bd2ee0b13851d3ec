// 'newListener' and 'removeListener' events
var EventEmitter = require('events');
var e = new EventEmitter();
var log = [];
e.on('newListener', function (name, fn) {
  log.push('new:' + name + ':' + this.listenerCount(name) + ':' + (typeof fn));
});
function f() {}
e.on('foo', f);
e.once('foo', f);
e.prependListener('bar', f);
console.log(log.join(' '));
// newListener receives the original function for once()
var e2 = new EventEmitter();
function g() {}
e2.on('newListener', function (name, fn) { console.log('is original', fn === g); });
e2.once('ev', g);
// newListener fires before the listener is added, so adding inside it prepends
var e3 = new EventEmitter();
e3.once('newListener', function (name) {
  if (name === 'go') e3.on('go', function () { console.log('B (added in newListener)'); });
});
e3.on('go', function () { console.log('A'); });
e3.emit('go');
// removeListener event
var e4 = new EventEmitter();
e4.on('removeListener', function (name, fn) { console.log('removeListener', name, fn === f); });
e4.on('x', f);
e4.on('x', f);
e4.removeListener('x', f);
e4.removeListener('x', f);
e4.once('y', f);
e4.emit('y');
// the last listener removed resets _events without a removeListener event
var e5 = new EventEmitter();
function rl() { console.log('should not print'); }
e5.on('removeListener', rl);
e5.removeListener('removeListener', rl);
console.log('e5 count', e5._eventsCount, e5.eventNames());
