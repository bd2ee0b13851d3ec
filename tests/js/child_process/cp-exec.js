// exec and execFile: callbacks (err, stdout, stderr), the error of a
// failed command, encoding, maxBuffer, timeout, and util.promisify's form.
var cp = require('child_process');
var util = require('util');

function show(label) {
  return function (err, stdout, stderr) {
    console.log(label, err ? [err.name, err.message, err.code, err.killed, err.signal, err.cmd].join(' | ') : null);
    console.log('  ', typeof stdout, JSON.stringify(String(stdout)), JSON.stringify(String(stderr)), Buffer.isBuffer(stdout));
    next();
  };
}

var steps = [
  function () { cp.exec('echo hi; echo there >&2', show('exec ok')); },
  function () { cp.exec('echo partial; echo oops >&2; exit 4', show('exec fail')); },
  function () { cp.exec('printf abc', { encoding: 'buffer' }, show('exec buffer')); },
  function () { cp.exec('printf "%s" 0123456789abcdef', { maxBuffer: 10 }, show('exec maxBuffer')); },
  function () { cp.exec('sleep 10', { timeout: 100 }, show('exec timeout')); },
  function () { cp.exec('sleep 10', { timeout: 100, killSignal: 'SIGKILL' }, show('exec timeout SIGKILL')); },
  function () { cp.execFile('echo', ['a', 'b'], show('execFile')); },
  function () { cp.execFile('sh', ['-c', 'exit 3'], show('execFile fail')); },
  function () { cp.execFile('nosuch-muk-cmd', ['x'], show('execFile ENOENT')); },
  function () { cp.execFile('echo', ['$HOME'], { shell: true, env: { HOME: '/home-x' } }, show('execFile shell')); },
  function () {
    util.promisify(cp.exec)('echo promised').then(function (r) {
      console.log('promisify', JSON.stringify(r));
      return util.promisify(cp.execFile)('sh', ['-c', 'echo o; echo e >&2; exit 1']);
    }).catch(function (e) {
      console.log('promisify rejected', e.code, JSON.stringify(e.stdout), JSON.stringify(e.stderr));
      next();
    });
  },
  function () {
    var p = util.promisify(cp.exec)('true');
    console.log('promise child', typeof p.child.pid);
    p.then(function () { next(); });
  }
];
var i = 0;
function next() { if (i < steps.length) steps[i++](); }
next();
