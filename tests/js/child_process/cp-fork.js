// fork: an IPC channel between two processes of the same runtime (muk
// forks muk, node forks node): JSON messages both ways, send callbacks,
// disconnect from either side, and fork's argument errors. The child's
// stdout is piped (silent) and printed once it ended, so the output does
// not depend on how the two processes interleave.
var cp = require('child_process');
var path = require('path');
var child = path.join(__dirname, 'fork-child.js');

function forkOne(mode, onMessage, done) {
  var c = cp.fork(child, [mode], { silent: true });
  var out = [], events = [], left = 2;
  c.stdout.on('data', function (d) { out.push(d); });
  c.stdout.on('end', finish);
  c.on('message', function (m) { events.push('message ' + JSON.stringify(m)); onMessage(c, m); });
  c.on('disconnect', function () { events.push('disconnect ' + c.connected); });
  c.on('exit', function (code, sig) { events.push('exit ' + code + ' ' + sig); finish(); });
  function finish() {
    if (--left) return;
    console.log(mode + ':', events.join('\n  '));
    console.log(Buffer.concat(out).toString().trim().split('\n').map(function (l) { return '  | ' + l; }).join('\n'));
    done();
  }
  return c;
}

var steps = [
  function (next) {
    var c = forkOne('echo', function (c, m) {
      if (m.n === 3) {
        c.disconnect();
        console.log('after disconnect', c.connected, c.send({ late: 1 }, function (err) { console.log('late send', err.code, err.message); }));
      }
    }, next);
    console.log('connected', c.connected, typeof c.pid);
    c.send({ hello: 'child', list: [1, 2, 'ü', null], nested: { a: true } });
    c.send('a string', function (err) { console.log('send callback', err); });
    c.send(42);
  },
  function (next) {
    var c = forkOne('leave', function () {}, next);
    c.send({ one: 1 });
    c.send({ two: 2 });
  },
  function (next) {
    try { cp.fork(5); } catch (e) { console.log(e.name, e.code, e.message); }
    try { cp.fork(child, [], { stdio: ['pipe', 'pipe', 'pipe'] }); } catch (e) { console.log(e.name, e.code, e.message); }
    next();
  }
];
(function go(i) {
  if (i < steps.length) steps[i](function () { go(i + 1); });
})(0);
