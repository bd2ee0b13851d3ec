// encoding — the WHATWG TextEncoder and TextDecoder, globals as in Node,
// for UTF-8 (and TextDecoder for utf-16le and windows-1252, read as latin1), over Buffer's codecs:
// encode gives a Uint8Array sharing the encoded Buffer's bytes, decode reads
// any ArrayBuffer or view without a copy. Not done: { stream: true }
// (each decode call is complete), and the legacy single-byte encodings
// Node has with full ICU.
'use strict';

var errors = require('internal/errors');

var LABELS = {
  'utf-8': 'utf-8', 'utf8': 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
  'utf-16le': 'utf-16le', 'utf-16': 'utf-16le',
  // node names these windows-1252; decoded here as latin1 (0x80-0x9f differ)
  'latin1': 'windows-1252', 'iso-8859-1': 'windows-1252', 'ascii': 'windows-1252',
  'us-ascii': 'windows-1252', 'windows-1252': 'windows-1252'
};
var BUFFER_ENCODING = { 'utf-8': 'utf8', 'utf-16le': 'utf16le', 'windows-1252': 'latin1' };

function invalidThis(type) {
  return errors.makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type ' + type);
}

function TextEncoder() {
  if (!(this instanceof TextEncoder)) throw new TypeError("Class constructor TextEncoder cannot be invoked without 'new'");
}
Object.defineProperty(TextEncoder.prototype, 'encoding', {
  get: function () { return 'utf-8'; }, configurable: true, enumerable: true
});
TextEncoder.prototype.encode = function encode(input) {
  var b = Buffer.from(input === undefined ? '' : '' + input, 'utf8');
  // its own ArrayBuffer, as node's: a small string's Buffer is in the pool
  return b.byteOffset === 0 && b.buffer.byteLength === b.length ? new Uint8Array(b.buffer) : new Uint8Array(b);
};
TextEncoder.prototype.encodeInto = function encodeInto(src, dest) {
  if (!(dest instanceof Uint8Array))
    throw errors.invalidArgType('dest', 'Uint8Array', dest);
  src = '' + src;
  var out = Buffer.from(dest.buffer, dest.byteOffset, dest.byteLength);
  var read = 0, written = 0;
  // whole characters only: a surrogate pair counts 2 read, 4 written
  for (var i = 0; i < src.length; i++) {
    var c = src.charCodeAt(i), n = 1, size;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < src.length) {
      var d = src.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) n = 2;
    }
    size = n === 2 ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    if (written + size > out.length) break;
    written += out.write(src.substr(i, n), written, 'utf8');
    read += n;
    i += n - 1;
  }
  return { read: read, written: written };
};
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });

function TextDecoder(label, options) {
  if (!(this instanceof TextDecoder)) throw new TypeError("Class constructor TextDecoder cannot be invoked without 'new'");
  var name = label === undefined ? 'utf-8' : LABELS[('' + label).trim().toLowerCase()];
  if (name === undefined)
    throw errors.makeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', 'The "' + label + '" encoding is not supported');
  if (options !== undefined && options !== null && typeof options !== 'object')
    throw errors.makeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "options" argument must be of type object.');
  this._encoding = name;
  this._fatal = !!(options && options.fatal);
  this._ignoreBOM = !!(options && options.ignoreBOM);
}
Object.defineProperty(TextDecoder.prototype, 'encoding', {
  get: function () { return this._encoding; }, configurable: true, enumerable: true
});
Object.defineProperty(TextDecoder.prototype, 'fatal', {
  get: function () { return this._fatal; }, configurable: true, enumerable: true
});
Object.defineProperty(TextDecoder.prototype, 'ignoreBOM', {
  get: function () { return this._ignoreBOM; }, configurable: true, enumerable: true
});
TextDecoder.prototype.decode = function decode(input) {
  if (!(this instanceof TextDecoder)) throw invalidThis('TextDecoder');
  var b;
  if (input === undefined) return '';
  if (input instanceof ArrayBuffer) b = Buffer.from(input);
  else if (ArrayBuffer.isView(input))
    b = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  else
    throw errors.makeError(TypeError, 'ERR_INVALID_ARG_TYPE', // node's message names "list"
      'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
  var enc = BUFFER_ENCODING[this._encoding];
  var s = b.toString(enc);
  // valid UTF-8 is exactly what encoding the decoded text gives back
  if (this._fatal && enc === 'utf8' && !Buffer.from(s, 'utf8').equals(b))
    throw errors.makeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA', 'The encoded data was not valid for encoding utf-8');
  if (!this._ignoreBOM && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  return s;
};
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

exports.TextEncoder = TextEncoder;
exports.TextDecoder = TextDecoder;
