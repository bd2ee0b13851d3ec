// internal/fs_rw — fs.read/fs.write argument forms (Buffers or strings,
// positions) shared by fs and FileHandle, validated as Node 20 does: the
// sync and callback forms differ in small ways (a null offset, the options
// object), and Node's own messages come from its validators
// (validateOffsetLengthRead/Write, validatePosition), reproduced here.
'use strict';

var u = require('internal/fs_utils');
var errors = require('internal/errors');
var D = require('internal/fs_ops');

var MAX_SAFE = 9007199254740991;

function validateInteger(v, name, min, max) {
  return u.validateInteger(v, name, min === undefined ? -MAX_SAFE : min, max === undefined ? MAX_SAFE : max);
}

function validateBuffer(buffer) {
  if (!u.isView(buffer)) throw errors.invalidArgType('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
}

function validatePosition(p, length) {
  if (typeof p !== 'number') throw errors.invalidArgType('position', ['integer', 'bigint'], p);
  return validateInteger(p, 'position', -1);
}

function offsetLengthRead(offset, length, size) {
  if (offset < 0) throw errors.outOfRange('offset', '>= 0', offset);
  if (length < 0) throw errors.outOfRange('length', '>= 0', length);
  if (offset + length > size) throw errors.outOfRange('length', '<= ' + (size - offset), length);
}

function offsetLengthWrite(offset, length, size) {
  if (offset > size) throw errors.outOfRange('offset', '<= ' + size, offset);
  if (length > size - offset) throw errors.outOfRange('length', '<= ' + (size - offset), length);
  if (length < 0) throw errors.outOfRange('length', '>= 0', length);
  validateInteger(length, 'length', 0, 2147483647);
}

// { offset = 0, length = buffer.length - offset, position = null } = o ?? {}
function fromOptions(o, buffer) {
  o = o === null || o === undefined ? {} : o;
  var offset = o.offset === undefined ? 0 : o.offset;
  return { offset: offset, length: o.length === undefined ? (buffer && buffer.byteLength) - offset : o.length,
    position: o.position === undefined ? null : o.position };
}

// The common tail of read's checks; a request, or null for a read of
// length 0 (answered 0 without reading).
function readTail(fd, buffer, offset, length, pos) {
  length |= 0;
  if (length === 0) return null;
  var b = u.asBuffer(buffer), off = offset; // offsets count bytes, as Node's
  if (b.length === 0) throw errors.invalidArgValue('buffer', buffer, 'is empty and cannot be written');
  offsetLengthRead(offset, length, b.length);
  if (pos === null || pos === undefined) pos = -1;
  pos = validatePosition(pos, length);
  return { op: 'read', args: [fd, length, pos], syscall: 'read', value: buffer,
    post: function (r, payload) {
      if (r[0] > 0) (u.isBuffer(payload) ? payload : Buffer.from(payload, 'utf8')).copy(b, off, 0, r[0]);
      return r[0];
    } };
}

// readSync(fd, buffer, offsetOrOptions, length, position); argc counts
// the arguments given.
function readSyncRequest(argc, fd, buffer, offset, length, pos) {
  fd = u.validateFd(fd);
  validateBuffer(buffer);
  if (argc <= 3 || typeof offset === 'object') {
    if (offset !== undefined && offset !== null) errors.validateObject(offset, 'options');
    var o = fromOptions(offset, buffer);
    offset = o.offset; length = o.length; pos = o.position;
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  return readTail(fd, buffer, offset, length, pos);
}

// read(fd[, buffer[, offsetOrOptions[, length[, position]]]], cb) without
// the callback (argc arguments). A request, or { zero } for a read of
// length 0, which Node answers 0 without reading.
function readRequest(argc, fd, buffer, offset, length, pos) {
  fd = u.validateFd(fd);
  if (argc <= 3) {
    var params = null;
    if (argc === 3) {
      if (offset !== undefined && offset !== null) errors.validateObject(offset, 'options');
      params = offset;
    } else if (argc === 2) {
      if (!u.isView(buffer)) {
        params = buffer;
        var pb = params === null || params === undefined ? undefined : params.buffer;
        buffer = pb === undefined ? Buffer.alloc(16384) : pb;
      }
    } else {
      buffer = Buffer.alloc(16384);
    }
    var o = fromOptions(params, buffer);
    offset = o.offset; length = o.length; pos = o.position;
  }
  validateBuffer(buffer);
  if (offset === null || offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  var r = readTail(fd, buffer, offset, length, pos);
  return r || { zero: true, value: buffer };
}

// FileHandle.read([buffer[, offset[, length[, position]]]]) or
// ([buffer, ]options).
function handleReadRequest(fd, buffer, offset, length, pos) {
  if (!u.isView(buffer)) {
    if (buffer !== undefined && buffer !== null) errors.validateObject(buffer, 'options');
    var params = buffer === null || buffer === undefined ? {} : buffer;
    buffer = params.buffer === undefined ? Buffer.alloc(16384) : params.buffer;
    validateBuffer(buffer);
    var o = fromOptions(params, buffer);
    offset = o.offset; length = o.length; pos = o.position;
  } else if (offset !== null && typeof offset === 'object') {
    var q = fromOptions(offset, buffer);
    offset = q.offset; length = q.length; pos = q.position;
  }
  if (offset === null || offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (length === undefined || length === null) length = buffer.byteLength - offset;
  var r = readTail(fd, buffer, offset, length, pos);
  return r || { zero: true, value: buffer };
}

// write/writeSync(fd, buffer[, offsetOrOptions[, length[, position]]]) or
// (fd, string[, position[, encoding]]), or FileHandle.write (handle).
function writeRequest(fd, data, a, b, c, handle) {
  if (!handle) fd = u.validateFd(fd);
  var payload, pos;
  if (u.isView(data)) {
    var bytes = u.asBuffer(data), offset = a, length = b;
    pos = c;
    if (typeof offset === 'object') {
      var o = fromOptions(a, data);
      offset = o.offset; length = o.length; pos = o.position;
    }
    if (offset === null || offset === undefined || typeof offset === 'function') {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = bytes.length - offset;
    if (typeof pos !== 'number') pos = null;
    offsetLengthWrite(offset, length, bytes.length);
    payload = bytes.slice(offset, offset + length);
  } else if (typeof data === 'string') {
    var enc = typeof b === 'string' ? b : 'utf8';
    if (b !== undefined && b !== null && typeof b !== 'function' && !Buffer.isEncoding(b)) throw errors.invalidArgValue('encoding', b, 'is invalid encoding');
    if (enc === 'hex' && data.length % 2 !== 0) {
      throw errors.invalidArgValue('encoding', enc, 'is invalid for data of length ' + data.length);
    }
    pos = typeof a === 'number' ? a : null;
    payload = D.dataToPayload(data, enc, 'buffer');
  } else {
    throw errors.invalidArgType('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  // as Node's binding reads a position: a safe integer, else -1 (the
  // file's own position, as a negative one is too)
  pos = typeof pos === 'number' && pos >= 0 && pos <= MAX_SAFE && pos === Math.floor(pos) ? pos : -1;
  return { op: 'write', args: [fd, pos], payload: payload, syscall: 'write', value: data,
    post: function (r) { return r[0]; } };
}

module.exports = { readRequest: readRequest, readSyncRequest: readSyncRequest,
  handleReadRequest: handleReadRequest, writeRequest: writeRequest };
