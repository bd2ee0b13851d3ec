// util.aborted(signal, resource): resolves with the abort event once the
// signal aborts, at once (undefined) for an aborted one; bad arguments
// reject.
var util = require('util');
var ac = new AbortController();
util.aborted(ac.signal, {}).then(function (v) {
  console.log('resolved', v && v.type, v instanceof Event);
  return util.aborted(AbortSignal.abort(), function () {});
}).then(function (v) {
  console.log('pre-aborted', v);
  return util.aborted(1, {});
}).then(null, function (e) {
  console.log(e.code, e.message);
  return util.aborted(new AbortController().signal, 1);
}).then(null, function (e) {
  console.log(e.code, e.message);
  return util.aborted(undefined, {});
}).then(null, function (e) {
  console.log(e.code, e.message);
  return util.aborted(new AbortController().signal, null);
}).then(null, function (e) {
  console.log(e.code, e.message);
});
ac.abort();
