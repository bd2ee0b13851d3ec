function tryIt(f) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
tryIt(function () { setTimeout('code', 1); });
tryIt(function () { setInterval(null); });
tryIt(function () { setImmediate(42); });
tryIt(function () { process.nextTick({}); });
tryIt(function () { queueMicrotask(1); });
require('timers').setTimeout(function () { console.log('timers module works'); }, 50);
require('node:timers').setImmediate(function () { console.log('node:timers works'); });
require('timers/promises').setTimeout(5, 'value').then(function (v) { console.log('promises.setTimeout', v); });
