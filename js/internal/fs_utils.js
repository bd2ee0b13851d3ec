// internal/fs_utils — what the fs facade shares: constants, flag strings,
// argument validation, Stats, Dirent and Node-shaped errors.
'use strict';

var B = internalBinding('fs');
var errors = require('internal/errors');
var S = require('internal/service');

var constants = {};
(function () {
  var c = B.constants;
  for (var i = 0; i < c.length; i += 2) constants[c[i]] = c[i + 1];
})();
var O_RDONLY = constants.O_RDONLY, O_WRONLY = constants.O_WRONLY, O_RDWR = constants.O_RDWR;
var O_CREAT = constants.O_CREAT, O_TRUNC = constants.O_TRUNC, O_APPEND = constants.O_APPEND;
var O_EXCL = constants.O_EXCL, O_SYNC = constants.O_SYNC;

var flagTable = {
  'r': O_RDONLY, 'rs': O_RDONLY | O_SYNC, 'sr': O_RDONLY | O_SYNC,
  'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  'w': O_TRUNC | O_CREAT | O_WRONLY, 'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'a': O_APPEND | O_CREAT | O_WRONLY, 'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL, 'as': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'sa': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR, 'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC
};

function stringToFlags(flags, name) {
  if (typeof flags === 'number') return flags;
  if (flags === null || flags === undefined) return O_RDONLY;
  if (typeof flags === 'string' && Object.prototype.hasOwnProperty.call(flagTable, flags)) return flagTable[flags];
  throw errors.invalidArgValue(name || 'flags', flags);
}

// Buffer is a lazy global that may not exist in every build yet.
var bufferOk;
function hasBuffer() {
  if (bufferOk === undefined) {
    try {
      bufferOk = typeof Buffer === 'function' && typeof Buffer.isBuffer === 'function';
    } catch (e) {
      bufferOk = false;
    }
  }
  return bufferOk;
}
function isBuffer(v) { return hasBuffer() && Buffer.isBuffer(v); }
// Bytes Node's fs takes: any ArrayBufferView (a Buffer, another typed
// array, a DataView), worked on as a Buffer over the same bytes.
var BB = internalBinding('buffer');
var isView = BB.isView, asBuffer = BB.asBuffer;

function validatePath(path, name) {
  name = name || 'path';
  if (BB.isUint8Array(path)) path = asBuffer(path).toString();
  else if (path !== null && typeof path === 'object' && path.href !== undefined && path.protocol === 'file:') {
    path = decodeURIComponent(path.pathname);
  } else if (typeof path !== 'string') {
    throw errors.invalidArgType(name, ['string', 'Buffer', 'URL'], path);
  }
  if (path.indexOf('\u0000') !== -1) {
    throw errors.invalidArgValue(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

function validateInteger(v, name, min, max) {
  if (typeof v !== 'number') throw errors.invalidArgType(name, 'number', v);
  if (v !== Math.floor(v)) throw errors.outOfRange(name, 'an integer', v);
  if (v < min || v > max) throw errors.outOfRange(name, '>= ' + min + ' && <= ' + max, v);
  return v;
}

function validateFd(fd) { return validateInteger(fd, 'fd', 0, 2147483647); }

function parseMode(mode, name, def) {
  if (mode === undefined || mode === null) return def;
  if (typeof mode === 'string') {
    if (!/^[0-7]+$/.test(mode)) throw errors.invalidArgValue(name, mode, 'must be a 32-bit unsigned integer or an octal string');
    mode = parseInt(mode, 8);
  }
  return validateInteger(mode, name, 0, 4294967295);
}

function validateFunction(fn, name) {
  if (typeof fn !== 'function') throw errors.invalidArgType(name, 'Function', fn);
  return fn;
}

function validateBoolean(v, name) {
  if (typeof v !== 'boolean') throw errors.invalidArgType(name, 'boolean', v);
  return v;
}

// options: undefined, a string (the encoding) or an object.
function getOptions(options, defaults) {
  if (options === null || options === undefined || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    var o = {};
    for (var k in defaults) o[k] = defaults[k];
    o.encoding = options;
    options = o;
  } else if (typeof options !== 'object') {
    throw errors.invalidArgType('options', ['string', 'Object'], options);
  } else {
    var r = {};
    for (var d in defaults) r[d] = defaults[d];
    for (var p in options) r[p] = options[p];
    options = r;
  }
  if (options.encoding !== undefined && options.encoding !== null && options.encoding !== 'buffer') {
    var enc = String(options.encoding).toLowerCase();
    if (['utf8', 'utf-8', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url', 'ucs2', 'ucs-2',
         'utf16le', 'utf-16le'].indexOf(enc) === -1) {
      throw withCode(new TypeError("The argument 'encoding' is invalid encoding. Received " +
        errors.determineSpecificType(options.encoding).replace(/^type string \((.*)\)$/, '$1')), 'ERR_INVALID_ARG_VALUE');
    }
  }
  return options;
}
var withCode = errors.withCode;

// Date, numeric string or number -> seconds.
function toUnixTimestamp(time, name) {
  if (typeof time === 'string' && +time == time) return +time;
  if (typeof time === 'number' && isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw errors.invalidArgType(name, ['Date', 'Time in seconds'], time);
}

// ---- Stats ----------------------------------------------------------------
var S_IFMT = constants.S_IFMT;
function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  this.dev = dev; this.mode = mode; this.nlink = nlink; this.uid = uid; this.gid = gid;
  this.rdev = rdev; this.blksize = blksize; this.ino = ino; this.size = size; this.blocks = blocks;
  this.atimeMs = atimeMs; this.mtimeMs = mtimeMs; this.ctimeMs = ctimeMs; this.birthtimeMs = birthtimeMs;
  this.atime = new Date(Math.round(atimeMs));
  this.mtime = new Date(Math.round(mtimeMs));
  this.ctime = new Date(Math.round(ctimeMs));
  this.birthtime = new Date(Math.round(birthtimeMs));
}
function isType(t) { return function () { return (this.mode & S_IFMT) === t; }; }
Stats.prototype.isFile = isType(constants.S_IFREG);
Stats.prototype.isDirectory = isType(constants.S_IFDIR);
Stats.prototype.isSymbolicLink = isType(constants.S_IFLNK);
Stats.prototype.isFIFO = isType(constants.S_IFIFO);
Stats.prototype.isSocket = isType(constants.S_IFSOCK);
Stats.prototype.isBlockDevice = isType(constants.S_IFBLK);
Stats.prototype.isCharacterDevice = isType(constants.S_IFCHR);

// The service's stats: a Buffer of little-endian doubles, one per field of
// the fs schema's STATS_FIELDS (services/fs/fs.h; the times as sec, nsec).
// OFFSETS holds, in the order read below, each field's byte offset there;
// it is made on the first call (the fast paths build their Stats in C: most
// programs never get here). No closure, no argument passing — half the cost
// of going through the constructor under mujs.
var OFFSETS = null, STATS_LEN = 0;
function statsLayout() {
  var schema = require('internal/schema/fs'), F = schema.STATS_FIELDS;
  var order = [F.DEV, F.MODE, F.NLINK, F.UID, F.GID, F.RDEV, F.BLKSIZE, F.INO, F.SIZE,
    F.BLOCKS, F.ATIME_SEC, F.ATIME_NSEC, F.MTIME_SEC, F.MTIME_NSEC, F.CTIME_SEC,
    F.CTIME_NSEC, F.BIRTHTIME_SEC, F.BIRTHTIME_NSEC];
  STATS_LEN = 8 * schema.STATS_FIELDS_NAMES.length;
  OFFSETS = [];
  for (var i = 0; i < order.length; i++) OFFSETS.push(8 * order[i]);
}
function statsFromBytes(b) {
  if (OFFSETS === null) statsLayout();
  var off = OFFSETS, ok = b.length === STATS_LEN, v = [];
  for (var i = 0; i < off.length; i++) v.push(ok ? b.readDoubleLE(off[i]) : NaN);
  var st = Object.create(Stats.prototype);
  st.dev = +v[0]; st.mode = +v[1]; st.nlink = +v[2]; st.uid = +v[3]; st.gid = +v[4];
  st.rdev = +v[5]; st.blksize = +v[6]; st.ino = +v[7]; st.size = +v[8]; st.blocks = +v[9];
  var a = v[10] * 1e3 + v[11] / 1e6, m = v[12] * 1e3 + v[13] / 1e6;
  var c = v[14] * 1e3 + v[15] / 1e6, bt = v[16] * 1e3 + v[17] / 1e6;
  st.atimeMs = a; st.mtimeMs = m; st.ctimeMs = c; st.birthtimeMs = bt;
  st.atime = new Date(Math.round(a)); st.mtime = new Date(Math.round(m));
  st.ctime = new Date(Math.round(c)); st.birthtime = new Date(Math.round(bt));
  return st;
}

// ---- Dirent ---------------------------------------------------------------
var UV_DIRENT = {
  FILE: constants.UV_DIRENT_FILE, DIR: constants.UV_DIRENT_DIR, LINK: constants.UV_DIRENT_LINK,
  FIFO: constants.UV_DIRENT_FIFO, SOCKET: constants.UV_DIRENT_SOCKET, CHAR: constants.UV_DIRENT_CHAR,
  BLOCK: constants.UV_DIRENT_BLOCK
};
function Dirent(name, type, path) {
  this.name = name;
  this.parentPath = path;
  this.path = path;
  Object.defineProperty(this, '_type', { value: type, writable: true, enumerable: false, configurable: true });
}
function isDirent(t) { return function () { return this._type === t; }; }
Dirent.prototype.isFile = isDirent(UV_DIRENT.FILE);
Dirent.prototype.isDirectory = isDirent(UV_DIRENT.DIR);
Dirent.prototype.isSymbolicLink = isDirent(UV_DIRENT.LINK);
Dirent.prototype.isFIFO = isDirent(UV_DIRENT.FIFO);
Dirent.prototype.isSocket = isDirent(UV_DIRENT.SOCKET);
Dirent.prototype.isCharacterDevice = isDirent(UV_DIRENT.CHAR);
Dirent.prototype.isBlockDevice = isDirent(UV_DIRENT.BLOCK);

// ---- errors ---------------------------------------------------------------
// A failed op: results may name the syscall (and path) that failed when it
// is not the op's own (see services/fs/fs.h).
var noPathSyscalls = { read: 1, write: 1, fstat: 1, ftruncate: 1 };
function opError(status, results, syscall, path, dest) {
  var X = S.errors();
  // denied by the capability policy: the reply names permission and path
  if (X.isAccessDenied(status)) {
    return X.accessDenied(results && results[0], results && typeof results[1] === 'string' ? results[1] : path);
  }
  // the kernel's own codes (a remote fs that is gone, too slow, ...) carry
  // the transport's explanation, not the service's [syscall, path].
  if (X.isKernelStatus(status)) {
    var err = X.uvException(status, syscall, path, dest);
    if (results && typeof results[0] === 'string')
      err.message = err.code + ': ' + results[0] + err.message.slice(err.message.indexOf(', ' + syscall));
    return err;
  }
  if (results && typeof results[0] === 'string') {
    syscall = results[0];
    if (typeof results[1] === 'string') path = results[1];
    else if (noPathSyscalls[syscall]) path = dest = undefined;
  }
  if (syscall === 'rm' && status === X.uvCode('EISDIR')) {
    var errno = -status; // Node's SystemError has the OS's positive errno
    var e = new Error('Path is a directory: rm returned EISDIR (is a directory) ' + path);
    e.name = 'SystemError';
    withCode(e, 'ERR_FS_EISDIR');
    e.errno = errno; e.syscall = 'rm'; e.path = path;
    e.info = { code: 'EISDIR', message: 'is a directory', path: path, syscall: 'rm', errno: errno };
    return e;
  }
  return X.uvException(status, syscall, path, dest);
}

function fileTooLarge(size) {
  return withCode(new RangeError('File size (' + size + ') is greater than 2 GiB'), 'ERR_FS_FILE_TOO_LARGE');
}

module.exports = {
  constants: constants,
  stringToFlags: stringToFlags,
  validatePath: validatePath,
  validateFd: validateFd,
  validateInteger: validateInteger,
  validateFunction: validateFunction,
  validateBoolean: validateBoolean,
  parseMode: parseMode,
  getOptions: getOptions,
  toUnixTimestamp: toUnixTimestamp,
  hasBuffer: hasBuffer,
  isBuffer: isBuffer,
  isView: isView,
  asBuffer: asBuffer,
  Stats: Stats,
  statsFromBytes: statsFromBytes,
  Dirent: Dirent,
  opError: opError,
  fileTooLarge: fileTooLarge
};
