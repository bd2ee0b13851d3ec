// No-op service round trips from JS: require('muk').call('sys', 'noop', [], cb)
// with DEPTH requests in flight, each reply issuing the next, for ~SECONDS.
// The same script measures the in-process service and, when muk runs with
// `--service sys=ipc://PATH`, a remote muk-serviced. Node has no equivalent
// (it prints SKIP there).
// Prints `RESULT <name> <round trips/s> ops/s`.
// usage: noop_calls.js [name=noop_js] [DEPTH=64] [SECONDS=2]
'use strict';
var name = process.argv[2] || 'noop_js';
var DEPTH = +process.argv[3] || 64;
var SECONDS = +process.argv[4] || 2;
var muk = null;
try { muk = require('muk'); } catch (e) { muk = null; }
if (!muk || typeof muk.call !== 'function') {
  console.log('SKIP ' + name + ' no muk module (no node equivalent)');
} else {
  var done = 0, inflight = 0, stopping = false, t0, tEnd;
  var finish = function () {
    var d = process.hrtime(t0);
    var s = d[0] + d[1] / 1e9;
    console.log('RESULT ' + name + ' ' + (done / s).toFixed(0) + ' ops/s');
  };
  var issue;
  var onReply = function (err) {
    if (err) { console.log('ERROR ' + name + ' ' + err.message); process.exit(1); }
    done++;
    inflight--;
    // Check the clock only every 1024 replies: hrtime is not free.
    if (!stopping && (done & 1023) === 0) {
      var d = process.hrtime(t0);
      if (d[0] + d[1] / 1e9 >= SECONDS) stopping = true;
    }
    if (!stopping) issue();
    else if (inflight === 0) finish();
  };
  issue = function () { inflight++; muk.call('sys', 'noop', [], onReply); };
  t0 = process.hrtime();
  for (var i = 0; i < DEPTH; i++) issue();
}
