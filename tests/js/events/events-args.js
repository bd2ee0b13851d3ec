// argument validation errors, as Node throws them
var EventEmitter = require('events');
var e = new EventEmitter();
function tryIt(label, fn) {
  try { fn(); console.log(label, 'no error'); } catch (x) {
    console.log(label, x.name, x.code + ' ' + x.message);
  }
}
tryIt('on number', function () { e.on('x', 1); });
tryIt('on string', function () { e.on('x', 'abc'); });
tryIt('on long string', function () { e.on('x', 'abcdefghijklmnopqrstuvwxyz0123'); });
tryIt('on object', function () { e.on('x', {}); });
tryIt('on array', function () { e.on('x', []); });
tryIt('on null', function () { e.on('x', null); });
tryIt('on undefined', function () { e.on('x'); });
tryIt('on true', function () { e.on('x', true); });
tryIt('on null-proto', function () { e.on('x', Object.create(null)); });
tryIt('once', function () { e.once('x', 5); });
tryIt('prepend', function () { e.prependListener('x', 'f'); });
tryIt('prependOnce', function () { e.prependOnceListener('x', 1.5); });
tryIt('removeListener', function () { e.removeListener('x', 7); });
tryIt('off', function () { e.off('x', {}); });
tryIt('setMaxListeners -1', function () { e.setMaxListeners(-1); });
tryIt('setMaxListeners NaN', function () { e.setMaxListeners(NaN); });
tryIt('setMaxListeners str', function () { e.setMaxListeners('a'); });
tryIt('setMaxListeners ok', function () { e.setMaxListeners(Infinity); });
tryIt('defaultMaxListeners -1', function () { EventEmitter.defaultMaxListeners = -1; });
tryIt('defaultMaxListeners str', function () { EventEmitter.defaultMaxListeners = 'x'; });
console.log(EventEmitter.defaultMaxListeners);
var err;
try { e.on('x', 3); } catch (x) { err = x; }
console.log(err instanceof TypeError, Object.keys(err).join(','));
console.log(String(err));
