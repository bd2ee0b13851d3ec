// fs — Node's file system API over the fs service, in three forms: with a
// callback, *Sync (the loop thread waits for the service's reply) and
// fs.promises. Argument handling lives in internal/fs_ops, transport in
// internal/fs_core.
'use strict';

var u = require('internal/fs_utils');
var core = require('internal/fs_core');
var D = require('internal/fs_ops');
var rw = require('internal/fs_rw');

var names = ['open', 'close', 'stat', 'lstat', 'fstat', 'access', 'mkdir', 'mkdtemp', 'readdir',
  'rmdir', 'rm', 'unlink', 'rename', 'copyFile', 'symlink', 'readlink', 'realpath', 'link',
  'chmod', 'fchmod', 'chown', 'lchown', 'fchown', 'truncate', 'ftruncate', 'utimes', 'lutimes',
  'futimes', 'fsync', 'fdatasync', 'readFile', 'writeFile', 'appendFile'];
for (var i = 0; i < names.length; i++) core.define(exports, null, names[i], D.ops[names[i]]);

// Fast paths for the plain callback forms (internalBinding('fs') sends the
// message and converts the reply itself: no request object, no closure per
// call); anything else takes the general path above.
var B = internalBinding('fs');
var S = require('internal/service');
B.fastInit(u.Stats.prototype, function (cb, status, results, syscall, path) {
  // readFile's EFBIG comes with the file's size
  var tooLarge = syscall === 'open' && status === S.errors().uvCode('EFBIG') && typeof results[0] === 'number';
  cb(tooLarge ? u.fileTooLarge(results[0]) : u.opError(status, results, syscall, path));
});
// B.route(kind, slow) returns the function itself: the plain forms (stat(path, cb),
// readFile(path[, 'enc' | {encoding}], cb), ...) go to the fast path, the rest to
// slow(path, options[, cb]); no JS frame of our own on the way.
exports.stat = B.route(0, exports.stat);
exports.lstat = B.route(1, exports.lstat);
exports.fstat = B.route(2, exports.fstat);
exports.readFile = B.route(3, exports.readFile);

// fs.close's callback is optional: the default rethrows an error.
var closeWithCb = exports.close;
exports.close = function (fd, cb) {
  if (cb === undefined) cb = function (err) { if (err) throw err; };
  return closeWithCb(fd, cb);
};

// fs.realpath (not .native) reports a missing component through lstat.
var realpathNative = exports.realpath, realpathNativeSync = exports.realpathSync;
function lstatFlavour(e) {
  if (e && e.syscall === 'realpath' && e.code === 'ENOENT') {
    e.syscall = 'lstat';
    e.message = e.message.replace(', realpath ', ', lstat ');
  }
  return e;
}
exports.realpath = function (path, options, cb) {
  var s = core.splitCallback(arguments);
  realpathNative(s.args[0], function (err, p) { s.cb(lstatFlavour(err), p); });
};
exports.realpath.native = realpathNative;
exports.realpathSync = function (path) {
  try {
    return realpathNativeSync(path);
  } catch (e) {
    throw lstatFlavour(e);
  }
};
exports.realpathSync.native = realpathNativeSync;

exports.read = function () {
  var s = core.splitCallback(arguments);
  var a = s.args;
  var r = rw.readRequest(a.length, a[0], a[1], a[2], a[3], a[4]);
  if (r.zero) {
    process.nextTick(function () { s.cb(null, 0, r.value); });
    return;
  }
  core.callAsync(r, function (err, n) { s.cb(err, n, r.value); });
};
exports.readSync = function (fd, buffer, offset, length, position) {
  var r = rw.readSyncRequest(arguments.length, fd, buffer, offset, length, position);
  return r ? core.callSync(r) : 0;
};
exports.write = function () {
  var s = core.splitCallback(arguments);
  var r = rw.writeRequest.apply(null, s.args);
  core.callAsync(r, function (err, n) { s.cb(err, n, r.value); });
};
exports.writeSync = function () { return core.callSync(rw.writeRequest.apply(null, arguments)); };

exports.exists = function (path, cb) {
  u.validateFunction(cb, 'cb');
  try {
    path = u.validatePath(path);
  } catch (e) {
    process.nextTick(function () { cb(false); });
    return;
  }
  exports.access(path, u.constants.F_OK, function (err) { cb(!err); });
};
exports.existsSync = function (path) {
  try {
    exports.accessSync(u.validatePath(path), u.constants.F_OK);
    return true;
  } catch (e) {
    if (e && e.code === 'ERR_ACCESS_DENIED') throw e; // as Node 20
    return false;
  }
};

exports.constants = u.constants;
exports.F_OK = u.constants.F_OK;
exports.R_OK = u.constants.R_OK;
exports.W_OK = u.constants.W_OK;
exports.X_OK = u.constants.X_OK;
exports.Stats = u.Stats;
exports.Dirent = u.Dirent;

// Streams load the stream module: only on first use.
var streams;
function fsStreams() {
  if (!streams) streams = require('internal/fs_streams');
  return streams;
}
exports.createReadStream = function (path, options) { return new (fsStreams().ReadStream)(path, options); };
exports.createWriteStream = function (path, options) { return new (fsStreams().WriteStream)(path, options); };
['ReadStream', 'WriteStream'].forEach(function (name) {
  Object.defineProperty(exports, name, {
    enumerable: true,
    configurable: true,
    get: function () { return fsStreams()[name]; },
    set: function (v) { Object.defineProperty(exports, name, { value: v, writable: true, enumerable: true, configurable: true }); }
  });
});

var promises;
Object.defineProperty(exports, 'promises', {
  enumerable: true,
  configurable: true,
  get: function () {
    if (!promises) promises = require('internal/fs_promises');
    return promises;
  }
});
