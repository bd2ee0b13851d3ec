// emit to several listeners (bridge/events.c calls up to 16 itself, more go
// to the JS emit): order, this, arguments, a copy of the list taken before
// the first call, once, a throwing listener, captureRejections.
'use strict';
var EE = require('events');
var util = require('util');
var e = new EE();
var log = [];
e.on('x', function () {
  log.push('1:' + (this === e) + ':' + arguments.length + ':' + Array.prototype.join.call(arguments, '|'));
});
e.on('x', function (a, b) { log.push('2:' + a + ',' + b); });
console.log(e.emit('x'), e.emit('x', 1), e.emit('x', 1, 2, 3, 4, 5), e.emit('y', 1));
console.log(log.splice(0).join(' '));

// added and removed during an emit: this emit calls the list it started with
var f = new EE();
function c() { log.push('c'); }
f.on('t', function a() { log.push('a'); f.removeListener('t', c); f.on('t', function d() { log.push('d'); }); });
f.on('t', c);
f.emit('t'); f.emit('t');
console.log(log.splice(0).join(' '), f.listenerCount('t'));

// once among several
var g = new EE();
g.once('o', function (v) { log.push('once ' + v); });
g.on('o', function (v) { log.push('on ' + v); });
g.prependOnceListener('o', function (v) { log.push('first ' + v); });
g.emit('o', 1); g.emit('o', 2);
console.log(log.splice(0).join(' '), g.listenerCount('o'));

// a throwing listener stops the emit
var h = new EE();
h.on('b', function () { log.push('before'); });
h.on('b', function () { throw new Error('boom'); });
h.on('b', function () { log.push('after'); });
try { h.emit('b'); } catch (err) { log.push('caught ' + err.message); }
console.log(log.splice(0).join(' '));

// 20 listeners: more than the C path copies
var k = new EE();
k.setMaxListeners(30);
function adder(i) { return function (v) { log.push(i + v); }; }
for (var i = 0; i < 20; i++) k.on('m', adder(i));
console.log(k.emit('m', 100), log.splice(0).join(','));

// a subclass made with util.inherits; a listener returning a value
function Sub() { EE.call(this); }
util.inherits(Sub, EE);
var s = new Sub();
s.on('q', function () { log.push('s1 ' + (this instanceof Sub)); });
s.on('q', function () { log.push('s2'); return 42; });
s.on('q', function () { log.push('s3'); return { not: 'a promise' }; });
console.log(s.emit('q'), log.splice(0).join(' '));

// a listener's rejected promise with captureRejections goes to 'error'
var r = new EE({ captureRejections: true });
r.on('p', function () { log.push('sync'); });
r.on('p', function (v) { return Promise.reject(new Error('rejected ' + v)); });
r.on('error', function (err) { console.log('error event:', err.message, log.join(' ')); });
r.emit('p', 7);
