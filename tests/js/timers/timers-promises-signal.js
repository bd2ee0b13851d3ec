// timers/promises with a signal: an abort clears the timer and rejects with
// an AbortError whose cause is the reason; an aborted signal rejects at
// once; bad options reject (node: never a synchronous throw).
var tp = require('timers/promises');
function report(label) {
  return function (e) {
    console.log(label, e.name, e.code, e.message, 'cause' in e ? String(e.cause && e.cause.name || e.cause) : 'no cause');
  };
}
function steps(list) {
  var i = 0;
  (function next() {
    if (i < list.length) list[i++]().then(next, function (e) { console.log('step failed', e); });
  })();
}
steps([
  function () {
    var ac = new AbortController();
    var p = tp.setTimeout(100000, 'v', { signal: ac.signal }).then(function (v) { console.log('resolved?', v); }, report('timeout aborted'));
    ac.abort();
    return p;
  },
  function () {
    return tp.setTimeout(1, 'v', { signal: AbortSignal.abort('pre') }).then(null, report('timeout pre-aborted'));
  },
  function () {
    var ac = new AbortController();
    var p = tp.setImmediate('i', { signal: ac.signal }).then(null, report('immediate aborted'));
    ac.abort(new Error('stop'));
    return p;
  },
  function () {
    var ac = new AbortController();
    return tp.setTimeout(5, 'done', { signal: ac.signal }).then(function (v) {
      console.log('not aborted', v);
      ac.abort(); // after: nothing happens
    });
  },
  function () {
    return tp.setImmediate('imm', { signal: new AbortController().signal, ref: true }).then(function (v) { console.log('immediate', v); });
  },
  function () {
    var bad = [5, null, { signal: 1 }, { signal: {} }, { ref: 'no' }];
    return Promise.all(bad.map(function (o, i) {
      var r;
      try {
        r = tp.setTimeout(1, 'x', o);
      } catch (e) {
        console.log('threw synchronously', i);
        return null;
      }
      return r.then(function () { console.log('bad', i, 'resolved'); }, function (e) { console.log('bad', i, e.code, e.message); });
    }));
  },
  function () {
    return tp.setImmediate('x', 7).then(null, function (e) { console.log('immediate bad', e.code); });
  },
  function () {
    var ac = new AbortController();
    var p = tp.setTimeout(100000, undefined, { signal: ac.signal, ref: false }).then(null, report('unref aborted'));
    ac.abort();
    return p;
  }
]);
