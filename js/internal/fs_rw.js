// internal/fs_rw — fs.read/fs.write argument forms (Buffers or strings,
// positions) shared by fs and FileHandle.
'use strict';

var u = require('internal/fs_utils');
var errors = require('internal/errors');
var D = require('internal/fs_ops');

function position(p) {
  if (p === null || p === undefined || p === -1) return -1;
  if (typeof p !== 'number') throw errors.invalidArgType('position', ['integer', 'bigint'], p);
  return u.validateInteger(p, 'position', -1, 9007199254740991);
}

// read(fd, buffer, offset, length, position) or (fd, buffer, {offset,
// length, position}) or (fd, {buffer, offset, length, position}).
function readRequest(fd, buffer, offset, length, pos) {
  fd = u.validateFd(fd);
  if (buffer !== null && typeof buffer === 'object' && !u.isBuffer(buffer)) {
    var o = buffer;
    buffer = o.buffer;
    offset = o.offset; length = o.length; pos = o.position;
  } else if (offset !== null && typeof offset === 'object') {
    var p = offset;
    offset = p.offset; length = p.length; pos = p.position;
  }
  if (buffer === undefined && u.hasBuffer()) buffer = Buffer.alloc(16384);
  if (!u.isBuffer(buffer)) throw errors.invalidArgType('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  offset = offset === undefined || offset === null ? 0 : u.validateInteger(offset, 'offset', 0, buffer.length);
  if (length === undefined || length === null) length = buffer.length - offset;
  u.validateInteger(length, 'length', 0, buffer.length - offset);
  var b = buffer, off = offset;
  return { op: 'read', args: [fd, length, position(pos)], syscall: 'read', value: buffer,
    post: function (r, payload) {
      if (r[0] > 0) (u.isBuffer(payload) ? payload : Buffer.from(payload, 'utf8')).copy(b, off, 0, r[0]);
      return r[0];
    } };
}

// write(fd, buffer, offset, length, position) or (fd, string, position,
// encoding) or (fd, buffer, {offset, length, position}).
function writeRequest(fd, data, a, b, c) {
  fd = u.validateFd(fd);
  var payload, pos;
  if (typeof data === 'string') {
    pos = a;
    payload = D.dataToPayload(data, typeof b === 'string' ? b : 'utf8', 'buffer');
  } else if (u.isBuffer(data)) {
    var offset = a, length = b;
    pos = c;
    if (a !== null && typeof a === 'object') { offset = a.offset; length = a.length; pos = a.position; }
    offset = offset === undefined || offset === null ? 0 : u.validateInteger(offset, 'offset', 0, data.length);
    if (length === undefined || length === null) length = data.length - offset;
    u.validateInteger(length, 'length', 0, data.length - offset);
    payload = data.slice(offset, offset + length);
  } else {
    throw errors.invalidArgType('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return { op: 'write', args: [fd, position(pos)], payload: payload, syscall: 'write', value: data,
    post: function (r) { return r[0]; } };
}

module.exports = { readRequest: readRequest, writeRequest: writeRequest };
