// the MaxListenersExceededWarning (printed on stderr, once per event name)
var EventEmitter = require('events');
var e = new EventEmitter();
var warnings = [];
process.on('warning', function (w) {
  warnings.push(w.name + ' ' + w.count + ' ' + w.type + ' ' + (w.emitter === e));
});
for (var i = 0; i < 11; i++) e.on('foo', function () {});
for (var j = 0; j < 20; j++) e.on('foo', function () {});
console.log('foo', e.listenerCount('foo'));
e.setMaxListeners(2);
e.on('bar', function () {}); e.on('bar', function () {});
console.log('two bars, no warning yet');
e.on('bar', function () {});
var e2 = new EventEmitter();
e2.setMaxListeners(0);
for (var k = 0; k < 30; k++) e2.on('many', function () {});
console.log('unlimited ok', e2.listenerCount('many'));
setTimeout(function () { console.log(warnings.join('\n')); }, 10);
