// Random EventEmitter programs (on, once, prepend*, off, removeAllListeners,
// emit, error events, listener/rawListener/eventNames, setMaxListeners),
// with every call's result logged; compared with node.
var EventEmitter = require('events');
var rng = require('../lib/rng');
var ri = rng.ri, pick = rng.pick;
function run(s0) {
  rng.seed(s0);
  var e = new EventEmitter(), log = [], fns = [], names = ['a', 'b', 'error', 'newListener', 'removeListener'];
  function L(s) { log.push(s); }
  for (var k = 0; k < 5; k++) (function (k) {
    fns.push(function () {
      L('f' + k + '(' + Array.prototype.slice.call(arguments).map(function (a) { return typeof a === 'function' ? 'fn' : String(a); }).join(',') + ')');
      if (ri(6) === 0) { var n = pick(names.slice(0, 2)); L('f' + k + ' removes ' + n); e.removeAllListeners(n); }
      if (ri(8) === 0) { L('f' + k + ' emits b ' + e.emit('b', 'nested')); }
    });
  })(k);
  for (var i = 0; i < 40; i++) {
    var n = pick(names), f = pick(fns), op = ri(13);
    try {
      switch (op) {
      case 0: case 1: e.on(n, f); L('on ' + n); break;
      case 2: e.once(n, f); L('once ' + n); break;
      case 3: e.prependListener(n, f); L('prepend ' + n); break;
      case 4: e.prependOnceListener(n, f); L('prependOnce ' + n); break;
      case 5: e.off(n, f); L('off ' + n); break;
      case 6: case 7: L('emit ' + n + ' ' + e.emit(n, i, pick([undefined, new Error('E' + i), 'x']))); break;
      case 8: L('count ' + n + ' ' + e.listenerCount(n) + ' ' + e.listeners(n).length + ' ' + e.rawListeners(n).length); break;
      case 9: L('names ' + e.eventNames().join(',')); break;
      case 10: e.removeAllListeners(ri(2) ? n : undefined); L('removeAll'); break;
      case 11: e.setMaxListeners(ri(3)); L('max ' + e.getMaxListeners()); break;
      case 12: L('raw once is wrapper ' + e.rawListeners(n).map(function (x) { return x === f ? 'f' : typeof x.listener; }).join(',')); break;
      }
    } catch (err) { L('throws ' + (err && err.message)); }
  }
  console.log('seed ' + s0 + ': ' + log.join(' | '));
}
process.on('warning', function (w) { console.log('warning ' + w.name + ' ' + w.message.replace(/\d+ /, 'N ')); });
for (var k = +(process.argv[2] || 1), last = +(process.argv[3] || k); k <= last; k++) run(k);
