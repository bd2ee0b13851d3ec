// Event-loop phase order as Node 20 runs it.
var out = [];
function log(s) { out.push(s); }
setTimeout(function () { log('timeout 10'); }, 10);
setTimeout(function () { log('timeout 5'); }, 5);
setTimeout(function () {
  log('timeout 5b');
  process.nextTick(function () { log('tick inside timeout 5b'); });
}, 5);
process.nextTick(function () { log('tick 1'); });
process.nextTick(function (a, b) { log('tick args ' + a + ' ' + b); }, 'x', 'y');
log('sync');
var fs = null;
setTimeout(function () {
  // From a timer callback: immediate before a new 0 ms timer? Node: not
  // guaranteed from main, but from inside the check/timer phase the immediate
  // runs first because the timers phase already passed.
  setTimeout(function () { log('timeout 0 from timer'); }, 0);
  setImmediate(function () { log('immediate from timer'); });
}, 100);
setTimeout(function () {
  setImmediate(function () {
    log('immediate A');
    setImmediate(function () { log('immediate nested (next iteration)'); });
    process.nextTick(function () { log('tick after immediate A'); });
  });
  setImmediate(function () { log('immediate B'); });
}, 250);
setTimeout(function () { console.log(out.join('\n')); }, 500);
