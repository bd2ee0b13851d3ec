// internal/child_process_args — Node's normalizeSpawnArguments and stdio
// checks for child_process: the same TypeErrors, the shell form, argv0,
// the environment as "NAME=VALUE" pairs, and stdio as the proc service's
// spec string ("pipe,pipe,inherit,ignore,5").
'use strict';

var E = require('internal/errors');

function validateArgumentNullCheck(arg, propName) {
  if (typeof arg === 'string' && arg.indexOf('\u0000') !== -1) {
    throw E.invalidArgValue(propName, arg, 'must be a string without null bytes');
  }
}

// -> {file, args (argv, argv[0] first), envPairs, cwd, stdio[], stdioSpec,
//     detached, uid, gid, shell, windowsHide}
function normalize(file, args, options, defaultStdio) {
  if (typeof file !== 'string') throw E.invalidArgType('file', 'string', file);
  if (file.length === 0) throw E.invalidArgValue('file', file, 'cannot be empty');
  validateArgumentNullCheck(file, 'file');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw E.invalidArgType('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  for (var i = 0; i < args.length; i++) validateArgumentNullCheck(args[i], 'args[' + i + ']');
  if (options === undefined) options = {};
  else if (options === null || typeof options !== 'object') throw E.invalidArgType('options', 'Object', options);

  var cwd = options.cwd;
  if (cwd != null) {
    if (typeof cwd !== 'string') throw E.invalidArgType('options.cwd', ['string', 'Buffer', 'URL'], cwd);
    validateArgumentNullCheck(cwd, 'options.cwd');
  }
  if (options.detached != null && typeof options.detached !== 'boolean') {
    throw E.invalidArgType('options.detached', 'boolean', options.detached);
  }
  if (options.uid != null && !Number.isInteger(options.uid)) throw E.invalidArgType('options.uid', 'int32', options.uid);
  if (options.gid != null && !Number.isInteger(options.gid)) throw E.invalidArgType('options.gid', 'int32', options.gid);
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw E.invalidArgType('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    if (typeof options.argv0 !== 'string') throw E.invalidArgType('options.argv0', 'string', options.argv0);
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null && typeof options.windowsHide !== 'boolean') {
    throw E.invalidArgType('options.windowsHide', 'boolean', options.windowsHide);
  }

  if (options.shell) {
    var command = args.length ? [file].concat(args).join(' ') : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  if (typeof options.argv0 === 'string') args.unshift(options.argv0);
  else args.unshift(file);

  // The environment: options.env, else process.env (read when the script
  // may; without --allow-env the service's own environment is inherited).
  var env = options.env, envPairs = null;
  if (env == null) {
    try { env = process.env; } catch (e) { env = null; }
  }
  if (env != null) {
    if (typeof env !== 'object') throw E.invalidArgType('options.env', 'Object', env);
    envPairs = [];
    var keys;
    try { keys = Object.keys(env); } catch (e2) { keys = null; }
    if (keys === null) envPairs = null;
    else {
      for (var k = 0; k < keys.length; k++) {
        var value = env[keys[k]];
        if (value !== undefined) {
          validateArgumentNullCheck(keys[k], 'options.env["' + keys[k] + '"]');
          validateArgumentNullCheck(value, 'options.env["' + keys[k] + '"]');
          envPairs.push(keys[k] + '=' + value);
        }
      }
    }
  }

  var stdio = normalizeStdio(options.stdio === undefined ? defaultStdio : options.stdio);
  var ipc = stdio.indexOf('ipc');
  if (ipc >= 0 && envPairs) envPairs.push('NODE_CHANNEL_FD=' + ipc, 'NODE_CHANNEL_SERIALIZATION_MODE=json');
  return {
    file: file,
    args: args,
    envPairs: envPairs,
    cwd: cwd,
    stdio: stdio,
    stdioSpec: stdio.join(',').replace('ipc', 'pipe'),
    detached: !!options.detached,
    uid: options.uid,
    gid: options.gid,
    windowsHide: !!options.windowsHide,
    options: options
  };
}

// 'pipe' | 'inherit' | 'ignore' | 'overlapped' or an array of those, fd
// numbers, null/undefined -> ['pipe'|'inherit'|'ignore'|fd, ...].
function normalizeStdio(stdio) {
  if (typeof stdio === 'string') {
    if (stdio === 'ignore' || stdio === 'pipe' || stdio === 'inherit' || stdio === 'overlapped') {
      stdio = [stdio, stdio, stdio];
    } else {
      throw E.invalidArgValue('stdio', stdio);
    }
  } else if (!Array.isArray(stdio)) {
    throw E.invalidArgValue('stdio', stdio);
  }
  var out = [];
  var n = Math.max(stdio.length, 3);
  for (var i = 0; i < n; i++) {
    var s = stdio[i];
    if (s === null || s === undefined) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'overlapped') s = 'pipe';
    if (s === 'ignore' || s === 'pipe' || s === 'inherit') {
      out.push(s);
    } else if (s === 'ipc') {
      if (out.indexOf('ipc') >= 0) throw E.withCode(new Error('Child process can have only one IPC pipe'), 'ERR_IPC_ONE_PIPE');
      out.push(s);
    } else if (typeof s === 'number' && s >= 0 && s === Math.floor(s)) {
      out.push(s === i ? 'inherit' : String(s));
    } else if (s === process.stdin || s === process.stdout || s === process.stderr) {
      out.push(s === process.stdin ? '0' : s === process.stdout ? '1' : '2');
    } else if (s !== null && typeof s === 'object' && typeof s.fd === 'number') {
      out.push(String(s.fd));
    } else {
      throw E.invalidArgValue('stdio', s);
    }
  }
  if (out.length > 8) throw E.invalidArgValue('stdio', stdio, 'has more than 8 entries (muk)');
  return out;
}

module.exports = { normalize: normalize, normalizeStdio: normalizeStdio };
