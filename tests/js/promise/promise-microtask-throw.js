// queueMicrotask: argument validation and callbacks that throw.
[1, 'x', {}, null, undefined, [], true].forEach(function (v) {
  try { queueMicrotask(v); } catch (e) { console.log(e.name, e.code, e.message); }
});
console.log(typeof queueMicrotask, queueMicrotask.length);
process.on('uncaughtException', function (err) { console.log('uncaught:', err.message); });
queueMicrotask(function () { console.log('m1'); throw new Error('from microtask'); });
queueMicrotask(function () { console.log('m2 still runs'); });
Promise.resolve().then(function () { console.log('promise job runs'); });
queueMicrotask(function () { console.log('m3', arguments.length, this === (function () { return this; })()); });
