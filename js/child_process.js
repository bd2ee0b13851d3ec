// child_process — Node's child_process over the proc service
// (services/proc): spawn, exec, execFile and their *Sync forms.
// ChildProcess is in internal/child_process_core, the argument checks in
// internal/child_process_args, the *Sync forms in
// internal/child_process_sync.
'use strict';

var C = require('internal/child_process_core');
var A = require('internal/child_process_args');
var E = require('internal/errors');
var ChildProcess = C.ChildProcess;

function spawn(file, args, options) {
  var o = A.normalize(file, args, options, 'pipe');
  var opts = o.options;
  if (opts.timeout != null && (typeof opts.timeout !== 'number' || opts.timeout < 0 || opts.timeout !== Math.floor(opts.timeout))) {
    throw E.outOfRange('timeout', 'an unsigned integer', opts.timeout);
  }
  var signal = opts.signal;
  if (signal !== undefined) require('internal/abort_controller').validateAbortSignal(signal, 'options.signal');
  var killSignal = opts.killSignal;
  if (killSignal !== undefined) C.signalNumber(killSignal);
  var child = new ChildProcess();
  child.spawn(o);
  if (signal) abortOnSignal(child, signal, killSignal);
  if (opts.timeout > 0) {
    var timer = setTimeout(function () {
      if (timer) {
        try { child.kill(killSignal); } catch (err) { child.emit('error', err); }
        timer = null;
      }
    }, opts.timeout);
    child.once('exit', function () {
      if (timer) { clearTimeout(timer); timer = null; }
    });
  }
  return child;
}

// options.signal: its abort kills the child (killSignal) and the child
// emits an AbortError whose cause is the signal's reason.
function abortOnSignal(child, signal, killSignal) {
  function onAbort() {
    try {
      if (child.kill(killSignal))
        child.emit('error', require('internal/abort_controller').abortErrorFor(signal));
    } catch (err) {
      child.emit('error', err);
    }
  }
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    child.once('exit', function () { signal.removeEventListener('abort', onAbort); });
  }
}

function normalizeExecArgs(command, options, callback) {
  if (typeof command !== 'string') throw E.invalidArgType('command', 'string', command);
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = Object.assign({}, options);
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options: options, callback: callback };
}

function exec(command, options, callback) {
  var opts = normalizeExecArgs(command, options, callback);
  return execFile(opts.file, opts.options, opts.callback);
}

function maxBufferError(name) {
  var err = new RangeError(name + ' maxBuffer length exceeded');
  return E.withCode(err, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
}

function execFile(file, args, options, callback) {
  if (args != null && typeof args === 'object' && !Array.isArray(args)) {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (typeof options === 'function') {
    callback = options;
    options = null;
  } else if (options != null && typeof options !== 'object') {
    throw E.invalidArgType('options', 'Object', options);
  }
  if (callback != null && typeof callback !== 'function') throw E.invalidArgType('callback', 'Function', callback);

  options = Object.assign({
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: 1024 * 1024,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
    shell: false
  }, options);
  if (typeof options.timeout !== 'number' || options.timeout < 0 || options.timeout !== Math.floor(options.timeout)) {
    throw E.outOfRange('timeout', 'an unsigned integer', options.timeout);
  }
  if (typeof options.maxBuffer !== 'number' || !(options.maxBuffer >= 0)) {
    throw E.outOfRange('options.maxBuffer', 'a positive number', options.maxBuffer);
  }
  C.signalNumber(options.killSignal);

  var child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: !!options.windowsHide,
    argv0: options.argv0
  });

  var encoding = options.encoding;
  var _stdout = [], _stderr = [];
  var stdoutLen = 0, stderrLen = 0;
  var killed = false, exited = false, timeoutId = null, ex = null;
  var cmd = file;

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    var stdout, stderr;
    if (encoding || (child.stdout && child.stdout.readableEncoding)) stdout = _stdout.join('');
    else stdout = Buffer.concat(_stdout);
    if (encoding || (child.stderr && child.stderr.readableEncoding)) stderr = _stderr.join('');
    else stderr = Buffer.concat(_stderr);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args && args.length) cmd += ' ' + args.join(' ');
    if (!ex) {
      ex = new Error('Command failed: ' + cmd + '\n' + stderr);
      ex.code = code < 0 ? require('internal/service').errname(code) : code;
      ex.killed = child.killed || killed;
      ex.signal = signal;
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(function delayedKill() {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  function collector(stream, chunks, name, lenRef) {
    if (encoding && encoding !== 'buffer') stream.setEncoding(encoding);
    stream.on('data', function (chunk) {
      var enc = stream.readableEncoding;
      var length = enc ? Buffer.byteLength(chunk, enc) : chunk.length;
      lenRef.n += length;
      if (lenRef.n > options.maxBuffer) {
        var truncatedLen = options.maxBuffer - (lenRef.n - length);
        chunks.push(chunk.slice(0, truncatedLen));
        ex = maxBufferError(name);
        kill();
      } else {
        chunks.push(chunk);
      }
    });
  }
  if (encoding === 'buffer') encoding = null;
  if (child.stdout) collector(child.stdout, _stdout, 'stdout', { n: stdoutLen });
  if (child.stderr) collector(child.stderr, _stderr, 'stderr', { n: stderrLen });

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

// util.promisify(exec|execFile): a Promise of {stdout, stderr}, rejected
// with the error carrying them; the promise has .child.
function customPromiseExecFunction(orig) {
  return function () {
    var args = Array.prototype.slice.call(arguments);
    var resolve, reject;
    var promise = new Promise(function (res, rej) { resolve = res; reject = rej; });
    args.push(function (err, stdout, stderr) {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout: stdout, stderr: stderr });
      }
    });
    promise.child = orig.apply(null, args);
    return promise;
  };
}
var kCustomPromisify = '@@nodejs.util.promisify.custom';
Object.defineProperty(exec, kCustomPromisify, { enumerable: false, value: customPromiseExecFunction(exec) });
Object.defineProperty(execFile, kCustomPromisify, { enumerable: false, value: customPromiseExecFunction(execFile) });

// fork(modulePath[, args][, options]): a muk child running modulePath with
// an IPC channel (stdio entry 'ipc', NODE_CHANNEL_FD in its environment).
function fork(modulePath, args, options) {
  if (typeof modulePath !== 'string') throw E.invalidArgType('modulePath', ['string', 'Buffer', 'URL'], modulePath);
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else if (!Array.isArray(args)) {
    throw E.invalidArgType('args', 'Array', args);
  }
  if (options != null && typeof options !== 'object') throw E.invalidArgType('options', 'Object', options);
  options = Object.assign({}, options);
  var execArgv = options.execArgv || process.execArgv || [];
  if (options.stdio !== undefined) {
    if (typeof options.stdio === 'string') {
      options.stdio = [options.stdio, options.stdio, options.stdio, 'ipc'];
    } else if (!Array.isArray(options.stdio) || options.stdio.indexOf('ipc') < 0) {
      throw E.withCode(new Error('Forked processes must have an IPC channel, missing value \'ipc\' in options.stdio'),
        'ERR_CHILD_PROCESS_IPC_REQUIRED');
    }
  } else {
    options.stdio = options.silent ? ['pipe', 'pipe', 'pipe', 'ipc'] : [0, 1, 2, 'ipc'];
  }
  options.shell = false;
  return spawn(options.execPath || process.execPath, execArgv.concat([modulePath], args), options);
}

var syncForms = null;
function sync() {
  if (syncForms === null) syncForms = require('internal/child_process_sync');
  return syncForms;
}

module.exports = {
  ChildProcess: ChildProcess,
  fork: fork,
  spawn: spawn,
  exec: exec,
  execFile: execFile,
  spawnSync: function spawnSync(file, args, options) { return sync().spawnSync(file, args, options); },
  execSync: function execSync(command, options) { return sync().execSync(command, options); },
  execFileSync: function execFileSync(file, args, options) { return sync().execFileSync(file, args, options); }
};
