// fs.readFile / fs.promises.readFile / writeFile with a signal: aborted
// before the call (the callback runs at once, as node's), aborted while the
// read is under way, and a signal that never fires.
var fs = require('fs');
var path = require('path');
var os = require('os');
var file = __filename;
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
    var sync = true;
    fs.readFile(file, { signal: AbortSignal.abort('pre') }, function (e, data) {
      report('callback pre-aborted, sync=' + sync)(e);
      console.log('data', data);
    });
    sync = false;
  },
  function () {
    return new Promise(function (resolve) {
      var ac = new AbortController();
      fs.readFile(file, { signal: ac.signal, encoding: 'utf8' }, function (e, data) {
        report('callback aborted')(e);
        console.log('data', data);
        resolve();
      });
      ac.abort();
    });
  },
  function () {
    return new Promise(function (resolve) {
      var ac = new AbortController();
      fs.readFile(file, { signal: ac.signal, encoding: 'utf8' }, function (e, data) {
        console.log('not aborted', e, data.slice(0, 2));
        resolve();
      });
    });
  },
  function () {
    return fs.promises.readFile(file, { signal: AbortSignal.abort() }).then(null, report('promise pre-aborted'));
  },
  function () {
    var ac = new AbortController();
    var p = fs.promises.readFile(file, { signal: ac.signal }).then(null, report('promise aborted'));
    ac.abort(new Error('changed my mind'));
    return p;
  },
  function () {
    return fs.promises.readFile(file, { signal: new AbortController().signal, encoding: 'utf8' }).then(function (s) {
      console.log('promise read', s.slice(0, 2));
    });
  },
  function () {
    return fs.promises.open(file, 'r').then(function (fh) {
      var ac = new AbortController();
      var p = fh.readFile({ signal: ac.signal }).then(null, report('FileHandle.readFile aborted'));
      ac.abort();
      return p.then(function () { return fh.close(); });
    });
  },
  function () {
    var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muk-signal-'));
    var target = path.join(dir, 'out.txt');
    return new Promise(function (resolve) {
      fs.writeFile(target, 'data', { signal: AbortSignal.abort() }, function (e) {
        report('writeFile pre-aborted')(e);
        console.log('written', fs.existsSync(target));
        fs.promises.writeFile(target, 'x', { signal: AbortSignal.abort() }).then(null, report('promises.writeFile pre-aborted')).then(function () {
          fs.rmSync(dir, { recursive: true });
          resolve();
        });
      });
    });
  },
  function () {
    // readFileSync takes no signal: it reads
    console.log('sync', fs.readFileSync(file, { signal: AbortSignal.abort(), encoding: 'utf8' }).slice(0, 2));
  }
]);
