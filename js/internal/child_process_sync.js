// internal/child_process_sync — spawnSync, execSync, execFileSync: one
// sync `run` request to the proc service (services/proc/proc_run.c), which
// feeds `input` to the child, collects its output and applies timeout and
// maxBuffer; the result and the errors are shaped as Node's.
'use strict';

var C = require('internal/child_process_core');
var A = require('internal/child_process_args');
var E = require('internal/errors');
var S = require('internal/service');
var OP = require('internal/schema/proc').OPS;

function spawnSync(file, args, options) {
  var o = A.normalize(file, args, options, 'pipe');
  var opts = o.options;
  var timeout = opts.timeout;
  if (timeout != null && (typeof timeout !== 'number' || timeout < 0 || timeout !== Math.floor(timeout))) {
    throw E.outOfRange('timeout', 'an unsigned integer', timeout);
  }
  var maxBuffer = opts.maxBuffer === undefined ? 1024 * 1024 : opts.maxBuffer;
  if (maxBuffer !== null && maxBuffer !== Infinity && (typeof maxBuffer !== 'number' || !(maxBuffer >= 0))) {
    throw E.outOfRange('options.maxBuffer', 'a positive number', maxBuffer);
  }
  var killSignal = opts.killSignal === undefined ? 15 : C.signalNumber(opts.killSignal);
  var input = opts.input;
  if (input !== undefined && input !== null) {
    if (typeof input === 'string') input = Buffer.from(input, opts.encoding && opts.encoding !== 'buffer' ? opts.encoding : 'utf8');
    else if (internalBinding('buffer').isView(input)) input = internalBinding('buffer').asBuffer(input);
    else throw E.invalidArgType('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  } else {
    input = undefined;
  }
  var id = C.service();
  if (id < 0) throw C.errnoException(id, 'spawnSync');
  var mb = maxBuffer === null || maxBuffer === Infinity ? 0 : Math.max(1, Math.floor(maxBuffer));
  var r = S.callSync(id, OP.RUN, C.spawnArgs(o, { timeout: timeout || 0, maxBuffer: mb, killSignal: killSignal }), input);
  var status = r[0], res = r[1];
  if (status === S.errors().kernelCode('EACCESSDENIED')) throw C.accessDenied();
  var spawnargs = o.args.slice(1);
  if (status < 0) {
    var err = C.errnoException(status, 'spawnSync ' + o.file);
    err.path = o.file;
    err.spawnargs = spawnargs;
    return { error: err, status: null, signal: null, output: null, pid: 0, stdout: null, stderr: null };
  }
  var encoding = opts.encoding && opts.encoding !== 'buffer' ? opts.encoding : null;
  var output = [null];
  for (var i = 1; i < o.stdio.length; i++) {
    var v = null;
    if (o.stdio[i] === 'pipe' && i < 3) v = i === 1 ? res[2] : res[3];
    if (v !== null && encoding) v = v.toString(encoding);
    output.push(v);
  }
  var result = {
    status: res[1] ? null : res[0],
    signal: res[1] ? C.sigNames[res[1]] : null,
    output: output,
    pid: res[4],
    stdout: output[1],
    stderr: output[2]
  };
  if (res[5] < 0) {
    var e = C.errnoException(res[5], 'spawnSync ' + o.file);
    e.path = o.file;
    e.spawnargs = spawnargs;
    // Node's key order: error first
    result = Object.assign({ error: e }, result);
  }
  return result;
}

function checkExecSyncError(ret, args, cmd) {
  var err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    var msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += '\n' + ret.stderr.toString();
    err = new Error(msg);
    Object.assign(err, ret);
  }
  return err;
}

function execSync(command, options) {
  if (typeof command !== 'string') throw E.invalidArgType('command', 'string', command);
  options = Object.assign({}, options);
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  var inheritStderr = !options.stdio;
  var ret = spawnSync(command, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  var err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

function execFileSync(file, args, options) {
  if (args != null && typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  }
  options = Object.assign({}, options);
  var inheritStderr = !options.stdio;
  var ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  var err = checkExecSyncError(ret, [file].concat(args || []), undefined);
  if (err) throw err;
  return ret.stdout;
}

module.exports = { spawnSync: spawnSync, execSync: execSync, execFileSync: execFileSync };
