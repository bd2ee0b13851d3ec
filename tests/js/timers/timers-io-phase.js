// From an I/O callback, setImmediate runs before a 0 ms timer (Node's
// phase order: poll -> check -> timers). muk's I/O is a service reply;
// node's is an fs callback.
var io;
try { var muk = require('muk'); io = function (cb) { muk.call('sys', 'noop', [], cb); }; }
catch (e) { var fs = require('fs'); io = function (cb) { fs.stat(__filename, cb); }; }
var order = [];
var rounds = 5;
function round(n) {
  io(function () {
    setTimeout(function () {
      order.push('timeout');
      if (n + 1 < rounds) round(n + 1); else console.log(order.join(' '));
    }, 0);
    setImmediate(function () { order.push('immediate'); });
    process.nextTick(function () { order.push('tick'); });
    Promise.resolve().then(function () { order.push('microtask'); });
  });
}
round(0);
