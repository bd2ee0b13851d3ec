// internal/fs_promises — fs.promises and FileHandle.
'use strict';

var u = require('internal/fs_utils');
var core = require('internal/fs_core');
var D = require('internal/fs_ops');
var rw = require('internal/fs_rw');
var errors = require('internal/errors');
var S = require('internal/service');

var P = exports;
var names = ['stat', 'lstat', 'access', 'mkdir', 'mkdtemp', 'readdir', 'rmdir', 'rm', 'unlink',
  'rename', 'copyFile', 'symlink', 'readlink', 'realpath', 'link', 'chmod', 'chown', 'lchown',
  'truncate', 'utimes', 'lutimes', 'readFile', 'writeFile', 'appendFile'];
var tmp = {};
for (var i = 0; i < names.length; i++) core.define(tmp, P, names[i], D.ops[names[i]]);

// The promise forms take a path or a FileHandle, never a bare fd.
function fileOp(name) {
  var byPath = P[name];
  return function (file) {
    if (file instanceof FileHandle) {
      var fh = file, args = Array.prototype.slice.call(arguments, 1);
      return withFd(fh, name === 'readFile' ? 'read' : 'write', function (fd) {
        return core.callPromise(D.ops[name].apply(null, [fd].concat(args)));
      });
    }
    if (typeof file === 'number') return Promise.reject(errors.invalidArgType('path', ['string', 'Buffer', 'URL'], file));
    return byPath.apply(null, arguments);
  };
}

function FileHandle(fd) {
  Object.defineProperty(this, '_fd', { value: fd, writable: true, enumerable: false, configurable: true });
}
Object.defineProperty(FileHandle.prototype, 'fd', { get: function () { return this._fd; } });

function closedError(syscall) {
  var X = S.errors();
  return X.uvException(X.uvCode('EBADF'), syscall);
}

function withFd(fh, syscall, fn) {
  if (fh._fd < 0) return Promise.reject(closedError(syscall));
  try {
    return fn(fh._fd);
  } catch (e) {
    return Promise.reject(e);
  }
}

FileHandle.prototype.close = function () {
  var self = this;
  if (this._fd < 0) return Promise.resolve();
  var fd = this._fd;
  return core.callPromise(D.ops.close(fd)).then(function () { self._fd = -1; });
};
FileHandle.prototype.stat = function () {
  return withFd(this, 'fstat', function (fd) { return core.callPromise(D.ops.fstat(fd)); });
};
FileHandle.prototype.truncate = function (len) {
  return withFd(this, 'ftruncate', function (fd) { return core.callPromise(D.ops.ftruncate(fd, len)); });
};
FileHandle.prototype.sync = function () {
  return withFd(this, 'fsync', function (fd) { return core.callPromise(D.ops.fsync(fd)); });
};
FileHandle.prototype.datasync = function () {
  return withFd(this, 'fdatasync', function (fd) { return core.callPromise(D.ops.fdatasync(fd)); });
};
FileHandle.prototype.chmod = function (mode) {
  return withFd(this, 'fchmod', function (fd) { return core.callPromise(D.ops.fchmod(fd, mode)); });
};
FileHandle.prototype.chown = function (uid, gid) {
  return withFd(this, 'fchown', function (fd) { return core.callPromise(D.ops.fchown(fd, uid, gid)); });
};
FileHandle.prototype.utimes = function (atime, mtime) {
  return withFd(this, 'futime', function (fd) { return core.callPromise(D.ops.futimes(fd, atime, mtime)); });
};
FileHandle.prototype.readFile = function (options) {
  return withFd(this, 'read', function (fd) { return core.callPromise(D.ops.readFile(fd, options)); });
};
FileHandle.prototype.writeFile = function (data, options) {
  return withFd(this, 'write', function (fd) { return core.callPromise(D.ops.writeFile(fd, data, options)); });
};
FileHandle.prototype.appendFile = FileHandle.prototype.writeFile;
FileHandle.prototype.read = function (buffer, offset, length, position) {
  return withFd(this, 'read', function (fd) {
    var r = rw.handleReadRequest(fd, buffer, offset, length, position);
    if (r.zero) return Promise.resolve({ bytesRead: 0, buffer: r.value });
    return core.callPromise(r).then(function (n) { return { bytesRead: n, buffer: r.value }; });
  });
};
FileHandle.prototype.write = function (data, a, b, c) {
  return withFd(this, 'write', function (fd) {
    var r = rw.writeRequest(fd, data, a, b, c, true);
    return core.callPromise(r).then(function (n) { return { bytesWritten: n, buffer: r.value }; });
  });
};

FileHandle.prototype.createReadStream = function (options) {
  var o = {};
  for (var k in options || {}) o[k] = options[k];
  o.fd = this;
  return new (require('internal/fs_streams').ReadStream)(undefined, o);
};
FileHandle.prototype.createWriteStream = function (options) {
  var o = {};
  for (var k in options || {}) o[k] = options[k];
  o.fd = this;
  return new (require('internal/fs_streams').WriteStream)(undefined, o);
};

P.open = function (path, flags, mode) {
  var r;
  try {
    r = D.ops.open(path, flags, mode);
  } catch (e) {
    return Promise.reject(e);
  }
  return core.callPromise(r).then(function (fd) { return new FileHandle(fd); });
};
P.readFile = fileOp('readFile');
P.writeFile = fileOp('writeFile');
P.appendFile = fileOp('appendFile');
P.constants = u.constants;
P.FileHandle = FileHandle;
