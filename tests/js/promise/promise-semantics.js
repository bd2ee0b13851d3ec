// then/catch/finally semantics, constructor errors, Promise.resolve identity,
// toString, thenable assimilation (Promises/A+ 2.3).
var sections = [];
function section(name, fn) { sections.push([name, fn]); }
function next() {
  var s = sections.shift();
  if (!s) return;
  console.log('== ' + s[0]);
  s[1]();
  setTimeout(next, 1);
}
function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }
function err(e) { return e instanceof Error ? e.name + ': ' + e.message : 'value ' + e; }

section('constructor', function () {
  try { Promise(function () {}); } catch (e) { log(err(e)); }
  [undefined, null, 5, 'abc', {}, true].forEach(function (v) {
    try { new Promise(v); } catch (e) { log(err(e)); }
  });
  var sync = [];
  var p = new Promise(function (res, rej) {
    sync.push('executor ran synchronously', typeof res, typeof rej, res.length, rej.length);
  });
  log(sync.join(' '));
  log(p instanceof Promise, typeof p, Promise.length, Promise.prototype.constructor === Promise);
  log(String(p), Object.prototype.toString.call(p));
  new Promise(function () { throw new RangeError('in executor'); }).catch(function (e) { log('rejected', err(e)); });
  new Promise(function (res) { res('first'); throw new Error('ignored'); }).then(function (v) { log('fulfilled', v); });
  new Promise(function (res, rej) { rej('r1'); res('x'); rej('r2'); }).catch(function (e) { log('only', e); });
});

section('then handlers', function () {
  var p = Promise.resolve(1);
  p.then(null, undefined).then(5).then({}).then(function (v) { log('non-callable handlers pass through', v); });
  Promise.reject(2).then(function () {}, 'x').then(null, function (e) { log('reject passes through', e); });
  p.then(function (v) { throw new TypeError('t' + v); }).then(null, function (e) { log('throw in handler', err(e)); });
  p.then(function () { return undefined; }).then(function (v) { log('returns undefined', v); });
  var d = p.then();
  log('then returns a new promise', d !== p, d instanceof Promise);
  try { Promise.prototype.then.call({}, function () {}); } catch (e) { log(err(e)); }
  try { Promise.prototype.then.call(1); } catch (e) { log(err(e)); }
  Promise.reject(3).catch(function (e) { log('catch', e); return 'recovered'; }).then(function (v) { log(v); });
  Promise.resolve(4).catch(function () { log('not called'); }).then(function (v) { log('catch passes value', v); });
});

section('catch invokes this.then', function () {
  var obj = { then: function (a, b) { log('then called with', typeof a, typeof b); return 'ret'; } };
  log('catch returned', Promise.prototype.catch.call(obj, function () {}));
});

section('finally', function () {
  Promise.resolve('v1').finally(function () { log('finally args', arguments.length); return 'ignored'; })
    .then(function (v) { log('value kept', v); });
  Promise.reject('r1').finally(function () { return 'ignored'; })
    .catch(function (e) { log('reason kept', e); });
  Promise.resolve('v2').finally(function () { throw 'from finally'; })
    .catch(function (e) { log('finally throw wins', e); });
  Promise.reject('r2').finally(function () { return Promise.reject('finally rejects'); })
    .catch(function (e) { log('finally rejection wins', e); });
  var t0 = [];
  Promise.resolve('v3').finally(function () {
    return new Promise(function (res) { setTimeout(function () { t0.push('waited'); res('x'); }, 1); });
  }).then(function (v) { log('after waiting', t0.join(), v); });
  Promise.resolve('v4').finally(5).then(function (v) { log('non-callable finally', v); });
  Promise.reject('r4').finally().catch(function (e) { log('non-callable finally reject', e); });
});

section('Promise.resolve / reject', function () {
  var p = Promise.resolve(1);
  log('same promise', Promise.resolve(p) === p);
  var q = new Promise(function () {});
  q.constructor = function () {};
  log('different constructor -> new promise', Promise.resolve(q) !== q);
  var r = Promise.reject('x');
  r.catch(function () {});
  var rr = Promise.reject(r);
  log('reject returns a new promise', rr !== r);
  rr.catch(function (e) { log('reject does not unwrap', e === r); });
  Promise.resolve({ then: function (f) { f('from thenable'); } }).then(function (v) { log(v); });
});

section('thenables', function () {
  var calls = 0;
  var getter = {};
  Object.defineProperty(getter, 'then', { get: function () { calls++; return function (f) { f('getter ' + calls); }; } });
  Promise.resolve(getter).then(function (v) { log('then read once:', v, calls); });

  var throwingGetter = {};
  Object.defineProperty(throwingGetter, 'then', { get: function () { throw new Error('getter threw'); } });
  Promise.resolve(throwingGetter).catch(function (e) { log('getter throws ->', err(e)); });

  Promise.resolve({ then: function () { throw new Error('then threw'); } })
    .catch(function (e) { log('then throws ->', err(e)); });

  Promise.resolve({ then: function (f) { f('ok'); throw new Error('after'); } })
    .then(function (v) { log('throw after resolve ignored ->', v); });

  Promise.resolve({ then: function (f, r) { r('no'); f('yes'); r('again'); } })
    .catch(function (e) { log('first call wins ->', e); });

  Promise.resolve({ then: function (f) { f({ then: function (g) { g('deep'); } }); } })
    .then(function (v) { log('recursive thenable ->', v); });

  Promise.resolve({ then: 42 }).then(function (v) { log('non-callable then ->', typeof v, v.then); });

  var fnThenable = function () {};
  fnThenable.then = function (f) { f('function thenable'); };
  Promise.resolve(fnThenable).then(function (v) { log(v); });

  var thisCheck = { then: function (f) { f(this === thisCheck); } };
  Promise.resolve(thisCheck).then(function (v) { log('then called with the thenable as this ->', v); });

  var later;
  Promise.resolve({ then: function (f) { later = f; } }).then(function (v) { log('async thenable ->', v); });
  setImmediate(function () { later('late'); later('twice'); });
});

section('chaining cycle', function () {
  var p = Promise.resolve().then(function () { return p; });
  p.catch(function (e) { log(err(e)); });
  var res;
  var q = new Promise(function (r) { res = r; });
  res(q);
  q.catch(function (e) { log('self resolve:', err(e)); });
});

next();
