// Ordering of many timers: by expiry, same duration in creation order;
// clearing, throwing and unref'ing in the middle of a list. Events are at
// least 50 ms apart unless they share a list.
var out = [];
function log(s) { out.push(s); }
// zero, negative and NaN delays are 1 ms
setTimeout(function () { log('zero'); }, 0);
setTimeout(function () { log('negative'); }, -10);
setTimeout(function () { log('NaN'); }, NaN);
for (var i = 0; i < 8; i++) (function (i) { setTimeout(function () { log('same ' + i); }, 50); })(i);
// an earlier timer of the same list clears a later one that is due too
var b;
setTimeout(function () { log('A clears B'); clearTimeout(b); }, 100);
b = setTimeout(function () { log('never B'); }, 100);
// a throwing timer: the next one of the same list still runs
process.on('uncaughtException', function (e) { log('caught ' + e.message); });
setTimeout(function () { throw new Error('boom'); }, 150);
setTimeout(function () { log('after boom'); }, 150);
// interval: three runs, then cleared from its own callback
var n = 0;
var iv = setInterval(function (tag) {
  log('interval ' + (++n) + ' ' + tag);
  if (n === 3) clearInterval(iv);
}, 200, 'tag');
setTimeout(function () { log('d250 string delay'); }, '250');
setTimeout(function (a, b) { log('args ' + a + ' ' + b); }, 300, 'x', 'y');
setTimeout(function () { log('d350'); }, 350);
// unref'd timers: the long one must not keep the process alive, the short one
// runs because the loop is still alive then
setTimeout(function () { log('never: unref long'); }, 100000).unref();
setTimeout(function () { log('unref short ran'); }, 450).unref();
process.on('exit', function () { console.log(out.join('\n')); });
