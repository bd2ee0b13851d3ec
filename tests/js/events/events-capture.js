// captureRejections: a rejected promise returned by a listener becomes an 'error' event
var EventEmitter = require('events');
var e = new EventEmitter({ captureRejections: true });
e.on('job', function (n) {
  return Promise.reject(new Error('job ' + n + ' failed'));
});
e.on('error', function (err) { console.log('error event:', err.message); });
e.emit('job', 1);
var e2 = new EventEmitter({ captureRejections: true });
e2.on('job', function () { return Promise.reject(new Error('to symbol handler')); });
e2[EventEmitter.captureRejectionSymbol] = function (err, type, arg) {
  console.log('rejection handler:', err.message, type, arg);
};
e2.emit('job', 'arg1');
var e3 = new EventEmitter();
e3.on('job', function () { return Promise.resolve('ignored'); });
console.log('plain emitter returns', e3.emit('job'));
try { new EventEmitter({ captureRejections: 'yes' }); } catch (x) { console.log(x.code + ' ' + x.message); }
console.log('sync done');
