// child_process.spawn with real processes: output, exit codes, signals,
// stdio forms, env, cwd, argv0, shell, stdin with backpressure. Steps run
// one after another; each prints at 'close' (whose order with 'exit' and
// the data is fixed), so the output does not depend on timing.
var cp = require('child_process');

function run(file, args, options, done) {
  var c = cp.spawn(file, args, options);
  var out = [], err = [], events = [];
  c.on('spawn', function () { events.push('spawn'); });
  c.on('exit', function (code, sig) { events.push('exit ' + code + ' ' + sig); });
  if (c.stdout) c.stdout.on('data', function (d) { out.push(d); });
  if (c.stderr) c.stderr.on('data', function (d) { err.push(d); });
  c.on('close', function (code, sig) {
    events.push('close ' + code + ' ' + sig);
    console.log(file, JSON.stringify(args), events.join(', '));
    console.log('  stdout', JSON.stringify(Buffer.concat(out).toString()), 'stderr', JSON.stringify(Buffer.concat(err).toString()));
    console.log('  exitCode', c.exitCode, 'signalCode', c.signalCode, 'killed', c.killed, 'pid', typeof c.pid);
    done(c);
  });
  return c;
}

var steps = [
  function (next) { run('echo', ['hello', 'world'], {}, next); },
  function (next) { run('sh', ['-c', 'echo out; echo err >&2; exit 7'], {}, next); },
  function (next) { run('sh', ['-c', 'echo $FOO-$0'], { env: { FOO: 'bar', PATH: process.env.PATH }, argv0: 'zero' }, next); },
  function (next) { run('pwd', [], { cwd: '/tmp' }, next); },
  function (next) { run('echo $((6 * 7)) | cat', [], { shell: true }, next); },
  function (next) { run('sh', ['-c', 'echo hidden; echo shown >&2'], { stdio: ['ignore', 'ignore', 'pipe'] }, function (c) {
    console.log('  stdio', c.stdio.length, c.stdin === null, c.stdout === null, c.stderr !== null);
    next();
  }); },
  function (next) { run('sh', ['-c', 'echo to-parent-stderr >&2'], { stdio: ['pipe', 'pipe', 2] }, next); },
  function (next) {
    var c = run('sleep', ['10'], {}, function () { next(); });
    c.on('spawn', function () { console.log('kill returns', c.kill(), c.killed); });
  },
  function (next) {
    var c = run('sleep', ['10'], {}, function () { next(); });
    c.on('spawn', function () { c.kill('SIGKILL'); });
  },
  function (next) {
    // 4 MiB through cat: stdin's writes wait for the child, which waits for us
    var c = cp.spawn('cat');
    var chunk = Buffer.alloc(65536, 'x'), n = 0, got = 0, writes = 0, falses = 0;
    c.stdout.on('data', function (d) { got += d.length; });
    function write() {
      while (n < 64) {
        n++;
        writes++;
        if (!c.stdin.write(chunk)) { falses++; c.stdin.once('drain', write); return; }
      }
      c.stdin.end();
    }
    write();
    c.on('close', function (code) {
      console.log('cat', code, 'got', got, 'writes', writes, 'backpressure', falses > 0);
      next();
    });
  },
  function (next) { run('sleep', ['10'], { timeout: 100, killSignal: 'SIGINT' }, function () { next(); }); },
  function (next) {
    var c = cp.spawn('sh', ['-c', 'exit 0']);
    c.on('exit', function () {
      console.log('kill after exit', c.kill());
      next();
    });
  }
];

(function go(i) {
  if (i < steps.length) steps[i](function () { go(i + 1); });
})(0);
