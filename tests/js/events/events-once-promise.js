// events.once(emitter, name) returns a Promise of the arguments array
var events = require('events');
var EventEmitter = events.EventEmitter;
var e = new EventEmitter();
events.once(e, 'ready').then(function (args) {
  console.log('ready with', args, e.listenerCount('ready'), e.listenerCount('error'));
});
e.emit('ready', 1, 'two');
var e2 = new EventEmitter();
events.once(e2, 'never').then(function () { console.log('not reached'); }, function (err) {
  console.log('rejected', err.message, e2.listenerCount('never'), e2.listenerCount('error'));
});
e2.emit('error', new Error('failed'));
var e3 = new EventEmitter();
events.once(e3, 'error').then(function (args) { console.log('error as value', args[0].message); });
e3.emit('error', new Error('caught'));
console.log('sync end');
