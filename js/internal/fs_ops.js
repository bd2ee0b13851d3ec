// internal/fs_ops — argument handling for every fs op: each function takes
// the public arguments (callback removed), validates them as Node does and
// returns the request for internal/fs_core.
'use strict';

var u = require('internal/fs_utils');
var errors = require('internal/errors');
var C = u.constants;

function first(r) { return r[0]; }
function none() { return undefined; }

function pathOp(op, syscall) {
  return function (path) {
    path = u.validatePath(path);
    return { op: op, args: [path], syscall: syscall, path: path, post: none };
  };
}

function fdOp(op) {
  return function (fd) {
    return { op: op, args: [u.validateFd(fd)], syscall: op, post: none };
  };
}

// ---- data in and out ---------------------------------------------------
// Payloads travel as Buffers both ways (sync: internalBinding('fs')
// .callSync; async: the kernel binding's send with a Buffer reply). A
// string is encoded here: mujs strings are modified UTF-8 (U+0000 as C0 80,
// astral characters as surrogate pairs), not the bytes Node writes.
function dataToPayload(data, encoding, name) {
  if (typeof data === 'string') {
    if (u.hasBuffer()) return Buffer.from(data, encoding || 'utf8');
    return data;
  }
  if (u.isView(data)) return u.asBuffer(data);
  throw errors.invalidArgType(name || 'data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function payloadToData(payload, encoding) {
  var text = encoding && encoding !== 'buffer';
  if (u.isBuffer(payload)) return text ? payload.toString(encoding) : payload;
  if (payload === undefined) payload = '';
  if (text) {
    if (encoding === 'utf8' || encoding === 'utf-8' || !u.hasBuffer()) return payload;
    return Buffer.from(payload, 'utf8').toString(encoding);
  }
  return u.hasBuffer() ? Buffer.from(payload, 'utf8') : payload;
}

function isFd(v) { return typeof v === 'number'; }

var ops = {};

ops.open = function (path, flags, mode) {
  path = u.validatePath(path);
  if (typeof flags === 'function') flags = undefined;
  if (typeof mode === 'function') mode = undefined;
  return { op: 'open', args: [path, u.stringToFlags(flags), u.parseMode(mode, 'mode', 438)], path: path, post: first };
};
// readingAhead[fd]: the fs.ReadStream reading ahead on fd (internal/
// fs_streams). A close of fd makes its read ahead stale: the stream reads
// again when asked, and fails or reads what Node's read would then.
var readingAhead = Object.create(null);
var closeOp = fdOp('close');
ops.close = function (fd) {
  var r = closeOp(fd), stream = readingAhead[fd];
  if (stream !== undefined) {
    delete readingAhead[fd];
    stream._aheadStale = true;
  }
  return r;
};
ops.fsync = fdOp('fsync');
ops.fdatasync = fdOp('fdatasync');

function statOp(op) {
  return function (p) {
    var fd = op === 'fstat';
    p = fd ? u.validateFd(p) : u.validatePath(p);
    return { op: op, args: [p], path: fd ? undefined : p, post: function (r) { return u.statsFromBytes(r[0]); } };
  };
}
ops.stat = statOp('stat');
ops.lstat = statOp('lstat');
ops.fstat = statOp('fstat');

ops.access = function (path, mode) {
  path = u.validatePath(path);
  // Node's getValidMode has its own messages.
  if (mode === undefined || mode === null) mode = C.F_OK;
  else if (typeof mode !== 'number' || mode !== (mode | 0)) {
    throw errors.withCode(new TypeError('mode must be int32 or null/undefined'), 'ERR_INVALID_ARG_TYPE');
  } else if (mode < 0 || mode > 7) {
    throw errors.withCode(new RangeError('mode is out of range: >= 0 && <= 7'), 'ERR_OUT_OF_RANGE');
  }
  return { op: 'access', args: [path, mode], path: path, post: none };
};

ops.mkdir = function (path, options) {
  path = u.validatePath(path);
  var mode = 511, recursive = false;
  if (typeof options === 'number' || typeof options === 'string') mode = u.parseMode(options, 'mode', 511);
  else if (options) {
    if (options.recursive !== undefined) recursive = u.validateBoolean(options.recursive, 'options.recursive');
    mode = u.parseMode(options.mode, 'mode', 511);
  }
  // Node's recursive mkdir reports a parent that is not a directory
  // differently in mkdirSync and in the async forms: asyncArgs says which.
  return { op: 'mkdir', args: [path, mode, recursive ? 1 : 0], asyncArgs: [path, mode, recursive ? 1 : 0, 1], path: path,
    post: function (r) { return recursive ? r[0] : undefined; } };
};

ops.mkdtemp = function (prefix, options) {
  prefix = u.validatePath(prefix, 'prefix');
  u.getOptions(options, {});
  return { op: 'mkdtemp', args: [prefix], path: prefix + 'XXXXXX', post: first };
};

ops.readdir = function (path, options) {
  path = u.validatePath(path);
  options = u.getOptions(options, {});
  var types = !!options.withFileTypes;
  return { op: 'readdir', args: [path], syscall: 'scandir', path: path, post: function (r) {
    var names = r[0] === '' ? [] : r[0].split('/');
    if (!types) return names;
    var out = [];
    for (var i = 0; i < names.length; i++) out.push(new u.Dirent(names[i], +r[1].charAt(i), path));
    return out;
  } };
};

ops.rmdir = pathOp('rmdir', 'rmdir');
ops.unlink = pathOp('unlink', 'unlink');
ops.rm = function (path, options) {
  path = u.validatePath(path);
  options = u.getOptions(options, {});
  var rec = options.recursive === undefined ? false : u.validateBoolean(options.recursive, 'options.recursive');
  var force = options.force === undefined ? false : u.validateBoolean(options.force, 'options.force');
  return { op: 'rm', args: [path, rec ? 1 : 0, force ? 1 : 0], path: path, post: none };
};

function twoPath(op, syscall, n1, n2) {
  return function (a, b) {
    a = u.validatePath(a, n1);
    b = u.validatePath(b, n2);
    return { op: op, args: [a, b], syscall: syscall, path: a, dest: b, post: none };
  };
}
ops.rename = twoPath('rename', 'rename', 'oldPath', 'newPath');
ops.link = twoPath('link', 'link', 'existingPath', 'newPath');
ops.copyFile = function (src, dest, mode) {
  src = u.validatePath(src, 'src');
  dest = u.validatePath(dest, 'dest');
  mode = mode === undefined || typeof mode === 'function' ? 0 : u.validateInteger(mode, 'mode', 0, 7);
  return { op: 'copyFile', args: [src, dest, mode], syscall: 'copyfile', path: src, dest: dest, post: none };
};
ops.symlink = function (target, path, type) {
  target = u.validatePath(target, 'target');
  path = u.validatePath(path);
  var flags = type === 'dir' ? C.UV_FS_SYMLINK_DIR : type === 'junction' ? C.UV_FS_SYMLINK_JUNCTION : 0;
  return { op: 'symlink', args: [target, path, flags], path: target, dest: path, post: none };
};
ops.readlink = function (path) {
  path = u.validatePath(path);
  return { op: 'readlink', args: [path], path: path, post: first };
};
ops.realpath = function (path) {
  path = u.validatePath(path);
  return { op: 'realpath', args: [path], syscall: 'realpath', path: path, post: first };
};

ops.chmod = function (path, mode) {
  path = u.validatePath(path);
  return { op: 'chmod', args: [path, u.parseMode(mode, 'mode')], path: path, post: none };
};
ops.fchmod = function (fd, mode) {
  return { op: 'fchmod', args: [u.validateFd(fd), u.parseMode(mode, 'mode')], post: none };
};
function chownOp(op) {
  return function (p, uid, gid) {
    var fd = op === 'fchown';
    p = fd ? u.validateFd(p) : u.validatePath(p);
    uid = u.validateInteger(uid, 'uid', -1, 4294967295);
    gid = u.validateInteger(gid, 'gid', -1, 4294967295);
    return { op: op, args: [p, uid, gid], path: fd ? undefined : p, post: none };
  };
}
ops.chown = chownOp('chown');
ops.lchown = chownOp('lchown');
ops.fchown = chownOp('fchown');

ops.truncate = function (path, len) {
  if (isFd(path)) return ops.ftruncate(path, len);
  path = u.validatePath(path);
  len = len === undefined || typeof len === 'function' ? 0 : u.validateInteger(len, 'len', -9007199254740991, 9007199254740991);
  return { op: 'truncate', args: [path, Math.max(0, len)], syscall: 'open', path: path, post: none };
};
ops.ftruncate = function (fd, len) { // Node checks len before fd
  len = len === undefined || typeof len === 'function' ? 0 : u.validateInteger(len, 'len', -9007199254740991, 9007199254740991);
  fd = u.validateFd(fd);
  return { op: 'ftruncate', args: [fd, Math.max(0, len)], post: none };
};

function timesOp(op, syscall) {
  return function (p, atime, mtime) {
    var fd = op === 'futimes';
    p = fd ? u.validateFd(p) : u.validatePath(p);
    return { op: op, args: [p, u.toUnixTimestamp(atime, 'time'), u.toUnixTimestamp(mtime, 'time')],
      syscall: syscall, path: fd ? undefined : p, post: none };
  };
}
ops.utimes = timesOp('utimes', 'utime');
ops.lutimes = timesOp('lutimes', 'lutime');
ops.futimes = timesOp('futimes', 'futime');

// ---- whole files -------------------------------------------------------
ops.readFile = function (path, options) {
  options = u.getOptions(options, { flag: 'r' });
  if (!isFd(path)) path = u.validatePath(path);
  else u.validateFd(path);
  var enc = options.encoding;
  return { op: 'readFile', args: [path, u.stringToFlags(options.flag, 'flags')], syscall: 'open',
    path: isFd(path) ? undefined : path, signal: options.signal,
    post: function (r, payload) { return payloadToData(payload, enc); } };
};

function writeOp(defFlag) {
  return function (path, data, options) {
    options = u.getOptions(options, { encoding: 'utf8', mode: 438, flag: defFlag });
    if (!isFd(path)) path = u.validatePath(path, 'file');
    else u.validateFd(path);
    var payload = dataToPayload(data, options.encoding);
    return { op: 'writeFile', args: [path, u.stringToFlags(options.flag, 'flags'), u.parseMode(options.mode, 'mode', 438)],
      payload: payload, syscall: 'open', path: isFd(path) ? undefined : path, post: none,
      signal: options.signal };
  };
}
ops.writeFile = writeOp('w');
ops.appendFile = writeOp('a');

module.exports = { ops: ops, dataToPayload: dataToPayload, payloadToData: payloadToData, readingAhead: readingAhead };
