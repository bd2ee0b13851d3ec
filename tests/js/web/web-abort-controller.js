// AbortController and AbortSignal: abort(reason), the default AbortError
// DOMException, onabort and 'abort' listeners (once, in order), aborting
// twice, throwIfAborted, the statics abort/timeout/any, inspect, and the
// argument errors.
var util = require('util');
function fails(label, f) {
  try {
    f();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

var ac = new AbortController();
var s = ac.signal;
console.log(util.inspect(ac), util.inspect(s), s === ac.signal, s.aborted, s.reason, s.onabort);
console.log(s instanceof AbortSignal, s instanceof EventTarget, Object.prototype.toString.call(s),
            Object.prototype.toString.call(ac));
s.onabort = function (e) { console.log('onabort', e.type, e.isTrusted, e.target === s, this === s, s.aborted); };
s.addEventListener('abort', function (e) { console.log('listener', e.type, s.reason.name); });
console.log(typeof s.onabort);
s.throwIfAborted();
ac.abort();
ac.abort('again'); // no second event, the reason stays
console.log(s.aborted, s.reason instanceof DOMException, s.reason.name, s.reason.message, s.reason.code);
try {
  s.throwIfAborted();
} catch (e) {
  console.log('throwIfAborted', e === s.reason);
}
console.log(util.inspect(s));

var ac2 = new AbortController();
ac2.abort({ custom: true });
console.log(ac2.signal.reason);
var ac3 = new AbortController();
ac3.abort(null);
console.log(ac3.signal.reason);
try {
  ac2.signal.throwIfAborted();
} catch (e) {
  console.log('custom thrown', e);
}

// onabort replaced and cleared: one listener, the current handler
var ac4 = new AbortController();
ac4.signal.onabort = function () { console.log('first handler'); };
ac4.signal.onabort = function () { console.log('second handler'); };
var ac5 = new AbortController();
ac5.signal.onabort = function () { console.log('cleared'); };
ac5.signal.onabort = null;
console.log(ac5.signal.onabort);
ac4.abort();
ac5.abort();

var pre = AbortSignal.abort();
console.log(pre.aborted, pre.reason.name, pre.reason.message);
console.log(AbortSignal.abort('why').reason, AbortSignal.abort(undefined).reason.name);

var anyA = new AbortController(), anyB = new AbortController();
var any = AbortSignal.any([anyA.signal, anyB.signal]);
any.addEventListener('abort', function () { console.log('any aborted', any.reason); });
console.log(any.aborted);
anyB.abort('b first');
anyA.abort('a later');
console.log(any.reason, AbortSignal.any([]).aborted);
var already = AbortSignal.any([new AbortController().signal, AbortSignal.abort('pre')]);
console.log(already.aborted, already.reason);
var nested = new AbortController();
var outer = AbortSignal.any([AbortSignal.any([nested.signal])]);
nested.abort('deep');
console.log('nested any', outer.aborted, outer.reason);

var timed = AbortSignal.timeout(20);
timed.addEventListener('abort', function () {
  console.log('timeout', timed.reason.name, timed.reason.message, timed.reason.code, timed.reason instanceof DOMException);
  var unref = AbortSignal.timeout(100000); // unref'd: the process ends anyway
  unref.onabort = function () { console.log('never'); };
});

fails('new AbortSignal', function () { new AbortSignal(); });
fails('timeout string', function () { AbortSignal.timeout('1'); });
fails('timeout negative', function () { AbortSignal.timeout(-1); });
fails('timeout fraction', function () { AbortSignal.timeout(1.5); });
fails('timeout huge', function () { AbortSignal.timeout(4294967296); });
fails('any not array', function () { AbortSignal.any(1); });
fails('any bad item', function () { AbortSignal.any([s, {}]); });
fails('aborted getter', function () { Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}); });
fails('signal getter', function () { Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal').get.call({}); });
fails('abort this', function () { AbortController.prototype.abort.call({}); });
fails('without new', function () { AbortController(); });
