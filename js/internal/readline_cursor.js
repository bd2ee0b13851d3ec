// internal/readline_cursor — the ANSI cursor helpers of readline (cursorTo,
// moveCursor, clearLine, clearScreenDown), which tty.WriteStream exposes as
// methods too. Each writes one escape sequence to the stream.
'use strict';

var CSI = '\x1b[';

function done(cb) {
  if (typeof cb === 'function') process.nextTick(cb, null);
  return true;
}

function checkCallback(cb) {
  if (cb !== undefined && typeof cb !== 'function') {
    throw require('internal/errors').invalidArgType('callback', 'function', cb);
  }
}

function cursorTo(stream, x, y, callback) {
  checkCallback(callback);
  if (typeof y === 'function') { callback = y; y = undefined; }
  var E = require('internal/errors');
  if (x !== x && typeof x === 'number') throw E.invalidArgValue('x', x);
  if (y !== y && typeof y === 'number') throw E.invalidArgValue('y', y);
  if (stream === null || stream === undefined || (typeof x !== 'number' && typeof y !== 'number')) return done(callback);
  if (typeof x !== 'number') {
    throw E.makeError(TypeError, 'ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column');
  }
  var data = typeof y !== 'number' ? CSI + (x + 1) + 'G' : CSI + (y + 1) + ';' + (x + 1) + 'H';
  return stream.write(data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  checkCallback(callback);
  if (stream === null || stream === undefined || !(dx || dy)) return done(callback);
  var data = '';
  if (dx < 0) data += CSI + (-dx) + 'D';
  else if (dx > 0) data += CSI + dx + 'C';
  if (dy < 0) data += CSI + (-dy) + 'A';
  else if (dy > 0) data += CSI + dy + 'B';
  return stream.write(data, callback);
}

function clearLine(stream, dir, callback) {
  checkCallback(callback);
  if (stream === null || stream === undefined) return done(callback);
  var type = dir < 0 ? CSI + '1K' : dir > 0 ? CSI + '0K' : CSI + '2K';
  return stream.write(type, callback);
}

function clearScreenDown(stream, callback) {
  checkCallback(callback);
  if (stream === null || stream === undefined) return done(callback);
  return stream.write(CSI + '0J', callback);
}

module.exports = {
  cursorTo: cursorTo,
  moveCursor: moveCursor,
  clearLine: clearLine,
  clearScreenDown: clearScreenDown
};
