// buffer — Node's Buffer (bridge/buffer.c does the byte work).
//
// A Buffer is an engine Uint8Array whose prototype is Buffer.prototype
// (which inherits from Uint8Array.prototype, and Buffer from Uint8Array),
// as in Node: indices, length, buffer, byteOffset, byteLength and the
// TypedArray methods are the engine's, whose map/filter/subarray results
// get the receiver's prototype (a Buffer's are Buffers). A Buffer made in
// C over a service's reply is a Uint8Array over an ArrayBuffer whose bytes
// are the reply's payload (no copy). Small Buffers from allocUnsafe,
// from(string|array) and concat share an 8 KiB pool (Buffer.poolSize), as
// in Node. Methods that take bytes take any Uint8Array where Node does.
// Differences from Node:
// - no BigInt methods (readBigInt64...), no Blob/File, atob/btoa, transcode.
// - slice() and subarray() both share memory (Node 20's slice does too).
// This module validates arguments and builds Node's errors; the binding does
// the byte work and returns undefined or -1 where an error is due.
'use strict';

var B = internalBinding('buffer');
var errors = require('internal/errors');

var kMaxLength = 4294967296;
var kStringMaxLength = 536870888;
var state = { inspectMaxBytes: 50 };

// ---- errors -------------------------------------------------------------

function addNumericalSeparator(val) {
  var res = '', i = val.length;
  var start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = '_' + val.slice(i - 3, i) + res;
  return val.slice(0, i) + res;
}

function outOfRange(name, range, value) {
  var received;
  if (typeof value === 'number' && Math.floor(value) === value && Math.abs(value) > 4294967296)
    received = addNumericalSeparator(String(value));
  else
    received = require('util').inspect(value);
  return errors.makeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "' + name +
    '" is out of range. It must be ' + range + '. Received ' + received);
}

function invalidType(name, expected, actual) {
  return errors.invalidArgType(name, expected, actual);
}

function bufferOutOfBounds(name) {
  return errors.makeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', name ?
    '"' + name + '" is outside of buffer bounds' : 'Attempt to access memory outside buffer bounds');
}

function unknownEncoding(enc) {
  return errors.makeError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + enc);
}

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw invalidType(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && value !== value)) {
    throw outOfRange(name, (min != null ? '>= ' + min : '') + (min != null && max != null ? ' && ' : '') +
      (max != null ? '<= ' + max : ''), value);
  }
}

function isInteger(v) {
  return typeof v === 'number' && isFinite(v) && Math.floor(v) === v;
}

function validateOffset(value, name, min, max) {
  if (min === undefined) min = 0;
  if (max === undefined) max = kMaxLength;
  if (typeof value !== 'number') throw invalidType(name, 'number', value);
  if (!isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, value);
}

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw outOfRange(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw bufferOutOfBounds();
  throw outOfRange(type || 'offset', '>= ' + (type ? 1 : 0) + ' and <= ' + length, value);
}

function checkBounds(buf, offset, byteLength) {
  validateNumber(offset, 'offset');
  boundsError(offset, buf.length - (byteLength + 1));
}

// ---- encodings ----------------------------------------------------------

var ENC = Object.create(null);
ENC.utf8 = 0; ENC['utf-8'] = 0; ENC.hex = 1; ENC.base64 = 2; ENC.base64url = 3;
ENC.latin1 = 4; ENC.binary = 4; ENC.ascii = 5;
ENC.utf16le = 6; ENC['utf-16le'] = 6; ENC.ucs2 = 6; ENC['ucs-2'] = 6;
var ENC_NAMES = ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii', 'utf16le'];

// Encoding id, or -1 when unknown (Node's getEncodingOps).
function encodingId(enc) {
  enc = '' + enc;
  var id = ENC[enc];
  if (id === undefined) id = ENC[enc.toLowerCase()];
  return id === undefined ? -1 : id;
}

function normalizeEncoding(enc) {
  if (enc == null) return 'utf8';
  var id = encodingId(enc);
  return id < 0 ? undefined : ENC_NAMES[id];
}

// ---- Buffer -------------------------------------------------------------

function Buffer(arg, encodingOrOffset, length) {
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw invalidType('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

var proto = Buffer.prototype;
Object.defineProperty(proto, 'constructor', { value: Buffer, writable: true, configurable: true });
Object.setPrototypeOf(proto, Uint8Array.prototype);
Object.setPrototypeOf(Buffer, Uint8Array);
B.setup(proto);

function isBuffer(b) { return B.isBuffer(b); }

Buffer.isBuffer = function isBuffer(b) { return B.isBuffer(b); };
Buffer.poolSize = 8192;
Object.defineProperty(Buffer, 'INSPECT_MAX_BYTES', {
  get: function () { return state.inspectMaxBytes; },
  set: function (v) { state.inspectMaxBytes = v; },
  configurable: true
});

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  var buf = B.alloc(size);
  if (fill !== undefined && fill !== 0 && size > 0) return _fill(buf, fill, 0, buf.length, encoding);
  return buf;
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return B.allocUnsafe(size, Buffer.poolSize);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return B.alloc(size);
};

function fromString(string, encoding) {
  var id = 0;
  if (typeof encoding === 'string' && encoding.length !== 0) {
    id = encodingId(encoding);
    if (id < 0) throw unknownEncoding(encoding);
  }
  if (string === '') return B.alloc(0); // not .length: O(n) in mujs
  return B.fromString(string, id, Buffer.poolSize);
}

// Node's fromObject: array-likes (typed arrays too) element by element; a
// DataView (no length, an ArrayBuffer in .buffer) makes an empty Buffer.
function fromObject(obj) {
  if (obj.length !== undefined || isArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return B.alloc(0);
    return B.fromArray(obj, Buffer.poolSize);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return B.fromArray(obj.data, Buffer.poolSize);
}

// Node's fromArrayBuffer: the Buffer shares the ArrayBuffer's bytes.
function fromArrayBuffer(ab, byteOffset, length) {
  byteOffset = byteOffset === undefined ? 0 : +byteOffset;
  if (byteOffset !== byteOffset) byteOffset = 0;
  var maxLength = ab.byteLength - byteOffset;
  if (maxLength < 0) throw bufferOutOfBounds('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw bufferOutOfBounds('length');
    } else {
      length = 0;
    }
  }
  return B.fromArrayBuffer(ab, byteOffset, length);
}

function isArrayBuffer(v) { return v instanceof ArrayBuffer; }
var isUint8Array = B.isUint8Array; // Buffers too


Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (isArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
  if (typeof value === 'object' && value !== null) {
    if (!ArrayBuffer.isView(value)) {
      var valueOf = value.valueOf && value.valueOf();
      if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object'))
        return from(valueOf, encodingOrOffset, length);
    }
    var b = fromObject(value);
    if (b) return b;
  }
  throw invalidType('first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.of = function of() { return B.fromArray(arguments, Buffer.poolSize); };

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && encodingId(encoding) >= 0;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isArrayBuffer(string)) return string.byteLength;
    throw invalidType('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string === '') return 0;
  var id = encoding ? encodingId(encoding) : 0;
  return B.byteLength(string, id < 0 ? 0 : id);
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw invalidType('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw invalidType('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return B.compare(buf1, buf2);
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw invalidType('list', 'Array', list);
  if (list.length === 0) return B.alloc(0);
  var i;
  for (i = 0; i < list.length; i++)
    if (!isUint8Array(list[i])) throw invalidType('list[' + i + ']', ['Buffer', 'Uint8Array'], list[i]);
  if (length === undefined) {
    length = 0;
    for (i = 0; i < list.length; i++) length += list[i].length;
  } else {
    validateOffset(length, 'length');
  }
  return B.concat(list, length, Buffer.poolSize);
};

// ---- prototype ----------------------------------------------------------

Object.defineProperty(proto, 'parent', {
  get: function () { return B.isBuffer(this) ? this.buffer : undefined; }, enumerable: true, configurable: true
});
Object.defineProperty(proto, 'offset', {
  get: function () { return B.isBuffer(this) ? this.byteOffset : undefined; }, enumerable: true, configurable: true
});

function method(name, fn) {
  Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: true });
}

method('toString', function toString(encoding, start, end) {
  if (arguments.length === 0) return B.toString(this, 0);
  var len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.floor(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = (end < 0 ? Math.ceil(end) : Math.floor(end)) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return B.toString(this, 0, start, end);
  var id = encodingId(encoding);
  if (id < 0) throw unknownEncoding(encoding);
  return B.toString(this, id, start, end);
});

method('toLocaleString', proto.toString);

method('write', function write(string, offset, length, encoding) {
  if (typeof string !== 'string')
    throw errors.makeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  if (offset === undefined) return B.write(this, string, 0, this.length, 0);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    var remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return B.write(this, string, offset, length, 0);
  var id = encodingId(encoding);
  if (id < 0) throw unknownEncoding(encoding);
  return B.write(this, string, offset, length, id);
});

function adjustOffset(offset, length) {
  offset = offset < 0 ? Math.ceil(offset) : Math.floor(offset);
  if (offset === 0 || offset !== offset) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

method('subarray', function subarray(start, end) {
  var srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  return B.slice(this, start, end > start ? end : start);
});

method('slice', proto.subarray);

method('equals', function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) throw invalidType('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  if (this === otherBuffer) return true;
  if (this.length !== otherBuffer.length) return false;
  return this.length === 0 || B.compare(this, otherBuffer) === 0;
});

method('compare', function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw invalidType('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return B.compare(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  if (sourceStart > this.length) throw outOfRange('sourceStart', '>= 0 && <= ' + this.length, sourceStart);
  if (targetStart > target.length) throw outOfRange('targetStart', '>= 0 && <= ' + target.length, targetStart);
  return B.compare(this, target, sourceStart, sourceEnd, targetStart, targetEnd);
});

function toInteger(n, defaultVal) {
  n = +n;
  if (n === n && n >= -9007199254740991 && n <= 9007199254740991) return n % 1 === 0 ? n : Math.floor(n);
  return defaultVal;
}

method('copy', function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(this)) throw invalidType('source', ['Buffer', 'Uint8Array'], this);
  if (!isUint8Array(target)) throw invalidType('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) targetStart = 0;
  else {
    targetStart = isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw outOfRange('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) sourceStart = 0;
  else {
    sourceStart = isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.length)
      throw outOfRange('sourceStart', '>= 0 && <= ' + this.length, sourceStart);
  }
  if (sourceEnd === undefined) sourceEnd = this.length;
  else {
    sourceEnd = isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw outOfRange('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return B.copy(this, target, targetStart, sourceStart, sourceEnd);
});

function _fill(buf, value, offset, end, encoding) {
  var id = 0;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    var norm = normalizeEncoding(encoding);
    if (norm === undefined) {
      if (typeof encoding !== 'string') throw invalidType('encoding', 'string', encoding);
      throw unknownEncoding(encoding);
    }
    id = ENC[norm];
    if (value.length === 0) value = 0;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (end - offset + offset > buf.length) throw bufferOutOfBounds();
  }
  if (B.fill(buf, value, offset, end, id) < 0) throw errors.invalidArgValue('value', value);
  return buf;
}

method('fill', function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
});

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (byteOffset !== byteOffset) byteOffset = dir ? 0 : buffer.length;
  if (typeof val === 'number') return B.indexOf(buffer, val >>> 0, byteOffset, 0, dir);
  var id = encoding === undefined ? 0 : encodingId(encoding);
  if (typeof val === 'string') {
    if (id < 0) throw unknownEncoding(encoding);
    return B.indexOf(buffer, val, byteOffset, id, dir);
  }
  if (isUint8Array(val)) return B.indexOf(buffer, val, byteOffset, id < 0 ? 0 : id, dir);
  throw invalidType('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

method('indexOf', function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
});

method('lastIndexOf', function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
});

method('includes', function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
});

function swapError(bits) {
  return errors.makeError(RangeError, 'ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of ' + bits);
}

method('swap16', function swap16() {
  if (this.length % 2 !== 0) throw swapError('16-bits');
  B.swap(this, 2);
  return this;
});
method('swap32', function swap32() {
  if (this.length % 4 !== 0) throw swapError('32-bits');
  B.swap(this, 4);
  return this;
});
method('swap64', function swap64() {
  if (this.length % 8 !== 0) throw swapError('64-bits');
  B.swap(this, 8);
  return this;
});

method('toJSON', function toJSON() {
  return { type: 'Buffer', data: B.toArray(this) };
});

// ---- numbers ------------------------------------------------------------

var F_BE = 1, F_SIGNED = 2, F_FLOAT = 4;

function readFail(buf, offset, width) {
  if (offset === undefined) offset = 0;
  validateNumber(offset, 'offset');
  boundsError(offset, buf.length - width);
}

function rangeText(width, signed) {
  if (width > 4) {
    if (!signed) return '>= 0 and < 2 ** ' + width * 8;
    return '>= -(2 ** ' + (width * 8 - 1) + ') and < 2 ** ' + (width * 8 - 1);
  }
  if (!signed) return '>= 0 and <= ' + (Math.pow(2, width * 8) - 1);
  return '>= ' + -Math.pow(2, width * 8 - 1) + ' and <= ' + (Math.pow(2, width * 8 - 1) - 1);
}

function writeFail(buf, value, offset, width, flags, noDefault) {
  value = +value;
  if (!noDefault && offset === undefined) offset = 0;
  if (!(flags & F_FLOAT)) {
    var signed = flags & F_SIGNED;
    var max = signed ? Math.pow(2, width * 8 - 1) - 1 : Math.pow(2, width * 8) - 1;
    var min = signed ? -Math.pow(2, width * 8 - 1) : 0;
    if (width === 1) validateNumber(offset, 'offset');
    if (value > max || value < min) throw outOfRange('value', rangeText(width, signed), value);
  }
  checkBounds(buf, offset, width - 1);
}

function defRead(name, width, flags) {
  method(name, function (offset) {
    var v = B.read(this, offset, width, flags);
    if (v === undefined) readFail(this, offset, width);
    return v;
  });
}

function defWrite(name, width, flags) {
  method(name, function (value, offset) {
    var r = B.writeNumber(this, value, offset, width, flags);
    if (r === undefined) writeFail(this, value, offset, width, flags, false);
    return r;
  });
}

function validWidth(byteLength) {
  if (byteLength === 1 || byteLength === 2 || byteLength === 3 || byteLength === 4 ||
      byteLength === 5 || byteLength === 6) return;
  boundsError(byteLength, 6, 'byteLength');
}

function defReadVar(name, flags) {
  method(name, function (offset, byteLength) {
    if (offset === undefined) throw invalidType('offset', 'number', offset);
    validWidth(byteLength);
    var v = B.read(this, offset, byteLength, flags);
    if (v === undefined) readFail(this, offset, byteLength);
    return v;
  });
}

function defWriteVar(name, flags) {
  method(name, function (value, offset, byteLength) {
    validWidth(byteLength);
    var r = offset === undefined ? undefined : B.writeNumber(this, value, offset, byteLength, flags);
    if (r === undefined) writeFail(this, value, offset, byteLength, flags, true);
    return r;
  });
}

function defBoth(suffix, width, flags, alias) {
  defRead('read' + suffix, width, flags);
  defWrite('write' + suffix, width, flags);
  if (alias) {
    method('read' + alias, proto['read' + suffix]);
    method('write' + alias, proto['write' + suffix]);
  }
}

defBoth('UInt8', 1, 0, 'Uint8');
defBoth('Int8', 1, F_SIGNED);
defBoth('UInt16LE', 2, 0, 'Uint16LE');
defBoth('UInt16BE', 2, F_BE, 'Uint16BE');
defBoth('Int16LE', 2, F_SIGNED);
defBoth('Int16BE', 2, F_SIGNED | F_BE);
defBoth('UInt32LE', 4, 0, 'Uint32LE');
defBoth('UInt32BE', 4, F_BE, 'Uint32BE');
defBoth('Int32LE', 4, F_SIGNED);
defBoth('Int32BE', 4, F_SIGNED | F_BE);
defBoth('FloatLE', 4, F_FLOAT);
defBoth('FloatBE', 4, F_FLOAT | F_BE);
defBoth('DoubleLE', 8, F_FLOAT);
defBoth('DoubleBE', 8, F_FLOAT | F_BE);
defReadVar('readUIntLE', 0);
defReadVar('readUIntBE', F_BE);
defReadVar('readIntLE', F_SIGNED);
defReadVar('readIntBE', F_SIGNED | F_BE);
defWriteVar('writeUIntLE', 0);
defWriteVar('writeUIntBE', F_BE);
defWriteVar('writeIntLE', F_SIGNED);
defWriteVar('writeIntBE', F_SIGNED | F_BE);
method('readUintLE', proto.readUIntLE);
method('readUintBE', proto.readUIntBE);
method('writeUintLE', proto.writeUIntLE);
method('writeUintBE', proto.writeUIntBE);

// ---- module -------------------------------------------------------------

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return B.alloc(size);
}

exports.Buffer = Buffer;
exports.SlowBuffer = SlowBuffer;
exports.kMaxLength = kMaxLength;
exports.kStringMaxLength = kStringMaxLength;
exports.constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };
Object.defineProperty(exports, 'INSPECT_MAX_BYTES', {
  get: function () { return state.inspectMaxBytes; },
  set: function (v) { state.inspectMaxBytes = v; },
  enumerable: true,
  configurable: true
});
exports.atob = function atob(input) {
  if (arguments.length === 0) return require('internal/atob').atob();
  return require('internal/atob').atob(input);
};
exports.btoa = function btoa(input) {
  if (arguments.length === 0) return require('internal/atob').btoa();
  return require('internal/atob').btoa(input);
};
