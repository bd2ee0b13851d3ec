// eventNames() and removeAllListeners() follow V8's key order: index-like
// names first, ascending, then names in the order they were (re)added,
// then symbols; an emitter has no hidden bookkeeping properties.
var EE = require('events');
var e = new EE();
e.on('b', function () {}); e.on('1', function () {}); e.on('a', function () {}); e.on('0', function () {});
var s = Symbol('s'); e.on(s, function () {});
console.log(e.eventNames());
e.removeAllListeners('b'); e.on('b', function () {}); console.log(e.eventNames());
e.removeListener('a', function () {}); console.log(e.eventNames());
e.on('removeListener', function (t) { console.log('removed', String(t)); }); e.removeAllListeners(); console.log(e.eventNames(), e.listenerCount('b'));
console.log(Object.getOwnPropertyNames(new EE()));
