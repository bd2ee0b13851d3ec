// Promise.all / allSettled / race / any, AggregateError, non-iterables.
var sections = [];
function section(name, fn) { sections.push([name, fn]); }
function next() {
  var s = sections.shift();
  if (!s) return;
  console.log('== ' + s[0]);
  s[1]();
  setTimeout(next, 20);
}
function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }
function err(e) { return e instanceof Error ? e.name + ': ' + e.message : 'value ' + e; }
function delay(v, ms, reject) {
  return new Promise(function (res, rej) { setTimeout(function () { (reject ? rej : res)(v); }, ms); });
}
function settled(list) {
  return list.map(function (r) { return r.status + ':' + (r.status === 'fulfilled' ? r.value : r.reason); }).join(' ');
}

section('lengths', function () {
  log(Promise.all.length, Promise.race.length, Promise.allSettled.length, Promise.any.length,
      Promise.resolve.length, Promise.reject.length, Promise.prototype.then.length,
      Promise.prototype.catch.length, Promise.prototype.finally.length);
});

section('all', function () {
  Promise.all([delay('slow', 3), 'plain', Promise.resolve('p'), { then: function (f) { f('thenable'); } }])
    .then(function (v) { log('all keeps order:', v.join(','), v.length); });
  Promise.all([]).then(function (v) { log('all([]) ->', Array.isArray(v), v.length); });
  Promise.all([1, Promise.reject('bad'), delay('never', 2, true)]).catch(function (e) { log('all rejects with first:', e); });
  Promise.all('ab').then(function (v) { log('all(string) ->', v.join(',')); });
  (function () { Promise.all(arguments).then(function (v) { log('all(arguments) ->', v.join(',')); }); })(7, 8);
  var sparse = [1, , 3];
  Promise.all(sparse).then(function (v) { log('holes ->', v.length, v[1] === undefined, 1 in v); });
});

section('non-iterables reject', function () {
  [undefined, null, 5, true, {}, function () {}].forEach(function (v) {
    var p = Promise.all(v);
    log('returns a promise:', p instanceof Promise);
    p.catch(function (e) { log('all:', err(e)); });
  });
  Promise.race(5).catch(function (e) { log('race:', err(e)); });
  Promise.any({}).catch(function (e) { log('any:', err(e)); });
  Promise.allSettled(null).catch(function (e) { log('allSettled:', err(e)); });
});

section('race', function () {
  Promise.race([delay('slow', 5), delay('fast', 1)]).then(function (v) { log('race ->', v); });
  Promise.race([delay('slow', 5), delay('fast-reject', 1, true)]).catch(function (e) { log('race rejects ->', e); });
  Promise.race(['x', Promise.resolve('y')]).then(function (v) { log('race sync value ->', v); });
  var forever = Promise.race([]);
  setTimeout(function () { log('race([]) stays pending'); forever.then(function () { log('never'); }); }, 6);
});

section('allSettled', function () {
  Promise.allSettled([delay('a', 2), delay('b', 1, true), 'c', Promise.reject('d')])
    .then(function (v) { log('allSettled ->', settled(v)); log('keys', Object.keys(v[0]).sort().join(','), Object.keys(v[1]).sort().join(',')); });
  Promise.allSettled([]).then(function (v) { log('allSettled([]) ->', v.length); });
});

section('any', function () {
  Promise.any([delay('a', 3, true), delay('b', 1), Promise.reject('c')]).then(function (v) { log('any ->', v); });
  Promise.any([Promise.reject('x'), delay('y', 1, true), 'z']).then(function (v) { log('any sync ->', v); });
  Promise.any([Promise.reject(1), delay(2, 2, true), Promise.reject(3)]).catch(function (e) {
    log('any all rejected:', e instanceof AggregateError, e instanceof Error, e.name, e.message);
    log('errors in order:', e.errors.join(','), Array.isArray(e.errors));
  });
  Promise.any([]).catch(function (e) { log('any([]):', e.name, e.message, e.errors.length); });
});

section('AggregateError', function () {
  var e = new AggregateError([1, 'two'], 'msg');
  log(e.name, e.message, e.errors.join(','), e instanceof Error, e instanceof AggregateError);
  log(String(e), Object.keys(e).length, AggregateError.length);
  log('errors copied:', new AggregateError('ab').errors.join('|'));
  var f = AggregateError([3]);
  log('callable without new:', f instanceof AggregateError, f.message === '', f.errors[0]);
  try { new AggregateError(); } catch (x) { log(err(x)); }
  try { new AggregateError(5); } catch (x) { log(err(x)); }
  log(AggregateError.prototype.name, AggregateError.prototype.message === '', Object.getPrototypeOf(AggregateError.prototype) === Error.prototype);
});

section('resolve is looked up once and called per element', function () {
  var orig = Promise.resolve;
  var n = 0;
  Promise.resolve = function (v) { n++; return orig.call(this, v); };
  Promise.all([1, 2, 3]).then(function (v) { log('calls', n, v.join(',')); });
  Promise.resolve = orig;
});

next();
