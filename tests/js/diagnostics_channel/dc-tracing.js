// diagnostics_channel.tracingChannel: its five channels, subscribe/
// unsubscribe with handler objects, traceSync (result, thrown error),
// tracePromise (resolved, rejected, a non-promise result), traceCallback
// (position, error-first callbacks), no subscribers (fn called as is), and
// the argument errors.
var dc = require('diagnostics_channel');
function fails(label, f) {
  try {
    f();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
var tc = dc.tracingChannel('muk:op');
console.log(Object.keys(tc), tc.start.name, tc.end.name, tc.asyncStart.name, tc.asyncEnd.name, tc.error.name);
console.log(tc.start === dc.channel('tracing:muk:op:start'), tc.hasSubscribers);
console.log('untraced', tc.traceSync(function (a, b) { return [String(this), a, b]; }, {}, 'self', 1, 2));

var log = [];
function rec(kind) {
  return function (ctx) {
    log.push(kind + ' ' + JSON.stringify({ arg: ctx.arg, result: ctx.result, error: ctx.error && ctx.error.message }));
  };
}
var handlers = { start: rec('start'), end: rec('end'), asyncStart: rec('asyncStart'), asyncEnd: rec('asyncEnd'), error: rec('error') };
console.log('subscribe', tc.subscribe(handlers), tc.hasSubscribers);

var ctx = { arg: 1 };
console.log('traceSync', tc.traceSync(function (x) { return this.base + x; }, ctx, { base: 10 }, 5), ctx.result);
try {
  tc.traceSync(function () { throw new Error('sync boom'); }, { arg: 2 });
} catch (e) {
  console.log('traceSync threw', e.message);
}
console.log(log.join('\n'));
log = [];

function steps(list) {
  var i = 0;
  (function next() {
    if (i < list.length) Promise.resolve(list[i++]()).then(next, function (e) { console.log('step failed', e); });
  })();
}
steps([
  function () {
    return tc.tracePromise(function (v) { return Promise.resolve(v * 2); }, { arg: 3 }, null, 21).then(function (v) {
      console.log('tracePromise', v);
    });
  },
  function () {
    return tc.tracePromise(function () { return Promise.reject(new Error('async boom')); }, { arg: 4 }).then(null, function (e) {
      console.log('tracePromise rejected', e.message);
    });
  },
  function () {
    return tc.tracePromise(function () { return 'plain'; }, { arg: 5 }).then(function (v) { console.log('plain value', v); });
  },
  function () {
    return new Promise(function (resolve) {
      tc.traceCallback(function (a, cb) {
        setImmediate(function () { cb(null, a + '!'); });
      }, -1, { arg: 6 }, null, 'cb', function (err, res) {
        console.log('traceCallback', err, res);
        resolve();
      });
    });
  },
  function () {
    return new Promise(function (resolve) {
      tc.traceCallback(function (cb, a) {
        cb(new Error('cb boom'), a);
      }, 0, { arg: 7 }, null, function (err, res) {
        console.log('traceCallback error', err.message, res);
        resolve();
      }, 'second');
    });
  },
  function () {
    console.log(log.join('\n'));
    console.log('unsubscribe', tc.unsubscribe(handlers), tc.unsubscribe(handlers), tc.hasSubscribers);
    var byObj = dc.tracingChannel({ start: dc.channel('a'), end: dc.channel('b'), asyncStart: dc.channel('c'),
                                    asyncEnd: dc.channel('d'), error: dc.channel('e') });
    console.log(byObj.start.name, byObj.error.name);
    fails('tracingChannel(1)', function () { dc.tracingChannel(1); });
    fails('tracingChannel({})', function () { dc.tracingChannel({}); });
    tc.subscribe({ start: function () {} });
    fails('traceCallback no callback', function () { tc.traceCallback(function () {}, 0, {}, null, 'x'); });
  }
]);
