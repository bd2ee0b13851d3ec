// Streams and AbortSignals: addAbortSignal, the constructors' signal option,
// finished(stream, {signal}) and stream/promises' pipeline(..., {signal}):
// AbortErrors with the reason as cause, and the argument errors.
var stream = require('stream');
var sp = require('stream/promises');
var Readable = stream.Readable, Writable = stream.Writable, PassThrough = stream.PassThrough;
function desc(e) {
  return e ? [e.name, e.code, e.message, 'cause' in e ? String(e.cause && e.cause.name || e.cause) : 'no cause'].join(' ') : String(e);
}
function fails(label, f) {
  try {
    f();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
function steps(list) {
  var i = 0;
  (function next() {
    if (i < list.length) Promise.resolve(list[i++]()).then(next, function (e) { console.log('step failed', e); });
  })();
}
function closed(s) {
  return new Promise(function (resolve) { s.on('close', resolve); });
}
steps([
  function () {
    var ac = new AbortController();
    var r = new Readable({ read: function () {}, signal: ac.signal });
    r.on('error', function (e) { console.log('readable error', desc(e)); });
    ac.abort('R');
    return closed(r).then(function () { console.log('readable destroyed', r.destroyed); });
  },
  function () {
    var ac = new AbortController();
    var w = new Writable({ write: function (c, e, cb) { cb(); }, signal: ac.signal });
    w.on('error', function (e) { console.log('writable error', desc(e)); });
    ac.abort();
    return closed(w).then(function () { console.log('writable destroyed', w.destroyed); });
  },
  function () {
    var d = new stream.Duplex({ read: function () {}, write: function (c, e, cb) { cb(); }, signal: AbortSignal.abort('pre') });
    d.on('error', function (e) { console.log('duplex error', desc(e)); });
    return closed(d);
  },
  function () {
    var ac = new AbortController();
    var p = new PassThrough();
    console.log('addAbortSignal returns the stream', stream.addAbortSignal(ac.signal, p) === p);
    p.on('error', function (e) { console.log('added error', desc(e)); });
    p.write('x');
    ac.abort(new Error('enough'));
    return closed(p);
  },
  function () {
    // a stream that ends first is left alone
    var ac = new AbortController();
    var r = stream.addAbortSignal(ac.signal, Readable.from(['a']));
    r.on('data', function (c) { console.log('data', c); });
    return closed(r).then(function () {
      ac.abort();
      console.log('after end, errored:', r.errored);
    });
  },
  function () {
    var ac = new AbortController();
    var s = new PassThrough();
    return new Promise(function (resolve) {
      stream.finished(s, { signal: ac.signal }, function (e) {
        console.log('finished', desc(e), 'stream destroyed?', s.destroyed);
        resolve();
      });
      ac.abort('stop waiting');
    });
  },
  function () {
    var s = new PassThrough();
    return sp.finished(s, { signal: AbortSignal.abort() }).then(null, function (e) { console.log('promises.finished', desc(e)); });
  },
  function () {
    var ac = new AbortController();
    var a = new PassThrough(), b = new PassThrough();
    var p = sp.pipeline(a, b, { signal: ac.signal }).then(null, function (e) {
      console.log('pipeline', desc(e), a.destroyed, b.destroyed);
    });
    ac.abort();
    return p;
  },
  function () {
    var a = new PassThrough(), b = new PassThrough();
    return sp.pipeline(a, b, { signal: AbortSignal.abort('early') }).then(null, function (e) {
      console.log('pipeline pre-aborted', desc(e), a.destroyed, b.destroyed);
    });
  },
  function () {
    var out = [];
    var w = new Writable({ write: function (c, e, cb) { out.push(String(c)); cb(); } });
    var ac = new AbortController();
    return sp.pipeline(Readable.from(['x', 'y']), w, { signal: ac.signal }).then(function () {
      ac.abort();
      console.log('pipeline done', out.join(''));
    });
  },
  function () {
    var s = new PassThrough();
    fails('addAbortSignal bad signal', function () { stream.addAbortSignal(1, s); });
    fails('addAbortSignal bad stream', function () { stream.addAbortSignal(new AbortController().signal, {}); });
    fails('finished bad signal', function () { stream.finished(s, { signal: 1 }, function () {}); });
    fails('Readable bad signal', function () { new Readable({ signal: 5 }); });
    return sp.pipeline(new PassThrough(), new PassThrough(), { signal: 'no' }).then(null, function (e) {
      console.log('pipeline bad signal', e.code, e.message);
    });
  }
]);
