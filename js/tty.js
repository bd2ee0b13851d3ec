// tty — isatty, ReadStream (a net.Socket over the net service's TTY handle
// of the fd: setRawMode, isRaw) and WriteStream (synchronous writes, as
// Node's on POSIX; columns/rows, 'resize' on SIGWINCH for stdout,
// getColorDepth/hasColors from the environment, the cursor helpers).
'use strict';

var SB = internalBinding('stdio');
var Socket = require('net').Socket;
var stdio = require('internal/stdio');
var errors = require('internal/errors');

function isatty(fd) {
  return typeof fd === 'number' && fd === Math.floor(fd) && fd >= 0 && fd <= 2147483647 && SB.isatty(fd);
}

function ttyInitFailed(fd) {
  var e = errors.makeError(Error, 'ERR_TTY_INIT_FAILED', 'TTY initialization failed: ' +
    (SB.guessHandle(fd) === 'UNKNOWN' ? 'uv_tty_init returned EBADF (bad file descriptor)' : 'uv_tty_init returned EINVAL (invalid argument)'));
  return e;
}

function checkFd(fd) {
  if (typeof fd !== 'number' || fd !== Math.floor(fd) || fd < 0 || fd > 2147483647) {
    throw errors.makeError(RangeError, 'ERR_INVALID_FD', '"fd" must be a positive integer: ' + fd);
  }
  if (!SB.isatty(fd)) throw ttyInitFailed(fd);
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  checkFd(fd);
  var opts = { fd: fd, readable: true, writable: false, manualStart: true };
  if (options) for (var k in options) opts[k] = options[k];
  Socket.call(this, opts);
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, Socket.prototype);
Object.setPrototypeOf(ReadStream, Socket);

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = !!flag;
  this._ttyMode(flag ? 1 : 0);
  this.isRaw = flag;
  return this;
};

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  checkFd(fd);
  stdio.Writer.call(this, fd, 'TTY');
  this.isTTY = true;
  this._type = 'tty';
  var ws = SB.windowSize(fd);
  if (typeof ws === 'object') {
    this.columns = ws[0];
    this.rows = ws[1];
  }
}
WriteStream.prototype = Object.create(stdio.Writer.prototype);
WriteStream.prototype.constructor = WriteStream;
WriteStream.prototype.isColorTTY = true;

WriteStream.prototype._refreshSize = function () {
  var oldCols = this.columns, oldRows = this.rows;
  var ws = SB.windowSize(this.fd);
  if (typeof ws !== 'object') {
    this.emit('error', require('internal/service').errors().errnoException(ws, 'getWindowSize'));
    return;
  }
  this.columns = ws[0];
  this.rows = ws[1];
  if (oldCols !== this.columns || oldRows !== this.rows) this.emit('resize');
};

WriteStream.prototype.getWindowSize = function () { return [this.columns, this.rows]; };
WriteStream.prototype.getColorDepth = function (env) { return require('internal/tty_colors').getColorDepth(env); };
WriteStream.prototype.hasColors = function (count, env) { return require('internal/tty_colors').hasColors(count, env); };

function cursor() { return require('internal/readline_cursor'); }
WriteStream.prototype.cursorTo = function (x, y, cb) { return cursor().cursorTo(this, x, y, cb); };
WriteStream.prototype.moveCursor = function (dx, dy, cb) { return cursor().moveCursor(this, dx, dy, cb); };
WriteStream.prototype.clearLine = function (dir, cb) { return cursor().clearLine(this, dir, cb); };
WriteStream.prototype.clearScreenDown = function (cb) { return cursor().clearScreenDown(this, cb); };

module.exports = { isatty: isatty, ReadStream: ReadStream, WriteStream: WriteStream };
