// child_process with a signal: spawn's child is killed (killSignal) and
// emits an AbortError; exec/execFile call back with it; an aborted signal
// kills at once; a bad signal throws.
var cp = require('child_process');
function desc(e) {
  return [e.name, e.code, e.message, 'cause' in e ? String(e.cause && e.cause.name || e.cause) : 'no cause'].join(' ');
}
function steps(list) {
  var i = 0;
  (function next() {
    if (i < list.length) Promise.resolve(list[i++]()).then(next, function (e) { console.log('step failed', e); });
  })();
}
steps([
  function () {
    return new Promise(function (resolve) {
      var ac = new AbortController();
      var child = cp.spawn('sleep', ['30'], { signal: ac.signal });
      child.on('error', function (e) { console.log('spawn error', desc(e)); });
      child.on('exit', function (code, sig) { console.log('spawn exit', code, sig, child.killed); resolve(); });
      child.on('spawn', function () { ac.abort(); });
    });
  },
  function () {
    return new Promise(function (resolve) {
      var ac = new AbortController();
      var child = cp.spawn('sleep', ['30'], { signal: ac.signal, killSignal: 'SIGKILL' });
      child.on('error', function (e) { console.log('killSignal error', desc(e)); });
      child.on('exit', function (code, sig) { console.log('killSignal exit', code, sig); resolve(); });
      child.on('spawn', function () { ac.abort('reason'); });
    });
  },
  function () {
    return new Promise(function (resolve) {
      var child = cp.spawn('sleep', ['30'], { signal: AbortSignal.abort() });
      child.on('error', function (e) { console.log('pre-aborted error', desc(e)); });
      child.on('exit', function (code, sig) { console.log('pre-aborted exit', code, sig); resolve(); });
    });
  },
  function () {
    return new Promise(function (resolve) {
      var ac = new AbortController();
      var child = cp.exec('sleep 30', { signal: ac.signal }, function (e, out, err) {
        console.log('exec', desc(e), JSON.stringify(out), JSON.stringify(err));
        resolve();
      });
      child.on('spawn', function () { ac.abort(); });
    });
  },
  function () {
    return new Promise(function (resolve) {
      var ac = new AbortController();
      var child = cp.execFile('sleep', ['30'], { signal: ac.signal }, function (e) {
        console.log('execFile', desc(e), e.killed, e.signal);
        resolve();
      });
      child.on('spawn', function () { ac.abort(); });
    });
  },
  function () {
    return new Promise(function (resolve) {
      var ac = new AbortController();
      cp.execFile('echo', ['hi'], { signal: ac.signal }, function (e, out) {
        console.log('not aborted', e, JSON.stringify(out));
        ac.abort(); // after the exit: nothing happens
        resolve();
      });
    });
  },
  function () {
    try {
      cp.spawn('echo', [], { signal: 1 });
    } catch (e) {
      console.log('bad signal', e.code, e.message);
    }
  }
]);
