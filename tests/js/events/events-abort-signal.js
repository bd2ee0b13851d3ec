// events.once / events.on / events.addAbortListener with AbortSignals, on
// EventEmitters and EventTargets; every argument error rejects (once is an
// async function in node).
var events = require('events');
var EE = events.EventEmitter;
function report(label) {
  return function (e) {
    console.log(label, e.name, e.code, e.message, 'cause' in e ? String(e.cause && e.cause.name || e.cause) : 'no cause');
  };
}
function steps(list) {
  var i = 0;
  (function next() {
    if (i < list.length) Promise.resolve(list[i++]()).then(next, function (e) { console.log('step failed', e); });
  })();
}
steps([
  function () {
    var ee = new EE();
    var ac = new AbortController();
    var p = events.once(ee, 'x', { signal: ac.signal }).then(null, report('once aborted'));
    console.log('listeners while waiting', ee.listenerCount('x'), ee.listenerCount('error'));
    ac.abort();
    return p.then(function () { console.log('listeners after', ee.listenerCount('x'), ee.listenerCount('error')); });
  },
  function () {
    return events.once(new EE(), 'x', { signal: AbortSignal.abort('pre') }).then(null, report('once pre-aborted'));
  },
  function () {
    var ee = new EE();
    var ac = new AbortController();
    var p = events.once(ee, 'x', { signal: ac.signal }).then(function (args) { console.log('once got', args); });
    ee.emit('x', 1, 2);
    ac.abort();
    return p;
  },
  function () {
    var et = new EventTarget();
    var ac = new AbortController();
    var p = events.once(et, 'ping', { signal: ac.signal }).then(function (args) {
      console.log('once on EventTarget', args[0].type, events.getEventListeners(et, 'ping').length);
    });
    et.dispatchEvent(new Event('ping'));
    return p;
  },
  function () {
    var et = new EventTarget();
    var ac = new AbortController();
    var p = events.once(et, 'ping', { signal: ac.signal }).then(null, report('once EventTarget aborted'));
    ac.abort();
    return p.then(function () { console.log('target listeners', events.getEventListeners(et, 'ping').length); });
  },
  function () {
    var ee = new EE();
    var bad = [{ signal: 1 }, { signal: null }, { signal: 'x' }];
    return Promise.all(bad.map(function (o, i) {
      var r;
      try {
        r = events.once(ee, 'x', o);
      } catch (e) {
        console.log('once threw synchronously', i);
        return null;
      }
      return r.then(null, function (e) { console.log('once bad', i, e.code, e.message); });
    }));
  },
  function () {
    var ee = new EE();
    var ac = new AbortController();
    var it = events.on(ee, 'data', { signal: ac.signal });
    ee.emit('data', 'a');
    ee.emit('data', 'b', 'c');
    return it.next().then(function (r) {
      console.log('on 1', r);
      return it.next();
    }).then(function (r) {
      console.log('on 2', r);
      var p = it.next();
      ac.abort('stopped');
      return p;
    }).then(null, report('on aborted')).then(function () {
      console.log('on listeners after abort', ee.listenerCount('data'), ee.listenerCount('error'));
      return it.next();
    }).then(function (r) { console.log('on after', r); });
  },
  function () {
    var ee = new EE();
    var it = events.on(ee, 'data');
    var p = it.next();
    ee.emit('error', new Error('boom'));
    return p.then(null, function (e) { console.log('on error', e.message); return it.next(); })
      .then(function (r) { console.log('on after error', r); });
  },
  function () {
    var ee = new EE();
    var it = events.on(ee, 'data', { close: ['end'] });
    ee.emit('data', 1);
    ee.emit('end');
    return it.next().then(function (r) {
      console.log('close 1', r);
      return it.next();
    }).then(function (r) { console.log('close 2', r, ee.listenerCount('data')); });
  },
  function () {
    var ee = new EE();
    var it = events.on(ee, 'data');
    return it.return().then(function (r) { console.log('return', r, ee.listenerCount('data')); });
  },
  function () {
    try {
      events.on(new EE(), 'x', { signal: AbortSignal.abort() });
    } catch (e) {
      report('on pre-aborted throws')(e);
    }
    try {
      events.on(new EE(), 'x', { signal: 'no' });
    } catch (e) {
      console.log('on bad signal', e.code, e.message);
    }
  },
  function () {
    var ac = new AbortController();
    var d = events.addAbortListener(ac.signal, function (e) { console.log('abort listener', e.type); });
    console.log(typeof d);
    ac.abort();
    var ac2 = new AbortController();
    events.addAbortListener(ac2.signal, function () { console.log('disposed: never'); });
    var fired = false;
    events.addAbortListener(AbortSignal.abort(), function () { fired = true; console.log('already aborted: microtask', arguments.length); });
    console.log('sync fired', fired);
    try { events.addAbortListener(ac.signal, 5); } catch (e) { console.log('bad listener', e.code, e.message); }
    try { events.addAbortListener({}, function () {}); } catch (e) { console.log('bad signal', e.code, e.message); }
    try { events.addAbortListener(undefined, function () {}); } catch (e) { console.log('no signal', e.code, e.message); }
  }
]);
