// After every macrotask: the nextTick queue drains, then microtasks.
var log = [];
setTimeout(function () {
  log.push('t1');
  process.nextTick(function () { log.push('t1 tick'); });
  Promise.resolve().then(function () {
    log.push('t1 micro');
    process.nextTick(function () { log.push('tick from micro'); });
  });
}, 0);
setTimeout(function () {
  log.push('t2');
  setImmediate(function () {
    log.push('i1');
    Promise.resolve().then(function () { log.push('i1 micro'); });
    process.nextTick(function () { log.push('i1 tick'); });
  });
  setImmediate(function () { log.push('i2'); });
}, 0);
queueMicrotask(function () { log.push('main micro'); });
process.nextTick(function () { log.push('main tick'); });
setTimeout(function () { console.log(log.join('\n')); }, 50);
