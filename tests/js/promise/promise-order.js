// Microtask ordering: then-chains interleaving, resolve-with-promise tick
// counts (V8's NewPromiseResolveThenableJob), thenables, nextTick vs
// microtasks, queueMicrotask, timers between.
var sections = [];
function section(name, fn) { sections.push([name, fn]); }
function next() {
  var s = sections.shift();
  if (!s) return;
  console.log('== ' + s[0]);
  s[1]();
  setTimeout(next, 1);
}
function log(x) { console.log(x); }

section('two chains interleave', function () {
  var a = Promise.resolve();
  var b = Promise.resolve();
  a.then(function () { log('a1'); }).then(function () { log('a2'); }).then(function () { log('a3'); });
  b.then(function () { log('b1'); }).then(function () { log('b2'); }).then(function () { log('b3'); });
});

section('resolve with a native promise costs two ticks', function () {
  new Promise(function (r) { r(Promise.resolve('inner')); }).then(function (v) { log('outer ' + v); });
  Promise.resolve().then(function () { log('t1'); }).then(function () { log('t2'); })
    .then(function () { log('t3'); }).then(function () { log('t4'); });
});

section('returning a promise from then', function () {
  Promise.resolve().then(function () { log('x1'); return Promise.resolve('r'); })
    .then(function (v) { log('x-after ' + v); });
  Promise.resolve().then(function () { log('y1'); }).then(function () { log('y2'); })
    .then(function () { log('y3'); }).then(function () { log('y4'); }).then(function () { log('y5'); });
});

section('returning a thenable from then', function () {
  Promise.resolve().then(function () {
    log('z1');
    return { then: function (r) { log('thenable.then called'); r('tv'); } };
  }).then(function (v) { log('z-after ' + v); });
  Promise.resolve().then(function () { log('w1'); }).then(function () { log('w2'); })
    .then(function () { log('w3'); }).then(function () { log('w4'); });
});

section('nextTick before microtasks, queueMicrotask in order', function () {
  Promise.resolve().then(function () { log('p1'); process.nextTick(function () { log('tick from p1'); }); });
  queueMicrotask(function () { log('q1'); });
  process.nextTick(function () { log('tick1'); Promise.resolve().then(function () { log('p from tick1'); }); });
  Promise.resolve().then(function () { log('p2'); queueMicrotask(function () { log('q from p2'); }); });
  process.nextTick(function () { log('tick2'); });
  log('sync');
});

section('settle order of multiple reactions', function () {
  var r;
  var p = new Promise(function (res) { r = res; });
  p.then(function (v) { log('first ' + v); });
  p.then(function (v) { log('second ' + v); });
  p.catch(function () { log('never'); });
  p.then(function (v) { log('third ' + v); });
  Promise.resolve().then(function () { log('before resolve'); r(1); log('after resolve'); });
});

section('rejection pass-through and catch', function () {
  Promise.reject('e').then(function () { log('no'); }).then(function () { log('no'); })
    .catch(function (e) { log('caught ' + e); });
  Promise.resolve().then(function () { log('m1'); }).then(function () { log('m2'); })
    .then(function () { log('m3'); });
});

section('finally tick counts', function () {
  Promise.resolve('v').finally(function () { log('finally'); }).then(function (v) { log('after finally ' + v); });
  Promise.resolve().then(function () { log('f1'); }).then(function () { log('f2'); })
    .then(function () { log('f3'); }).then(function () { log('f4'); }).then(function () { log('f5'); })
    .then(function () { log('f6'); });
});

section('Promise.all / race timing', function () {
  Promise.all([1, Promise.resolve(2)]).then(function (v) { log('all ' + v.join(',')); });
  Promise.race([Promise.resolve('a'), 'b']).then(function (v) { log('race ' + v); });
  Promise.resolve().then(function () { log('s1'); }).then(function () { log('s2'); })
    .then(function () { log('s3'); });
});

section('timers interleave with microtasks', function () {
  setTimeout(function () {
    log('timeout 1');
    Promise.resolve().then(function () { log('micro after timeout 1'); });
    process.nextTick(function () { log('tick after timeout 1'); });
  }, 0);
  setTimeout(function () { log('timeout 2'); }, 0);
});

next();
