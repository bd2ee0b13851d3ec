// string_decoder — StringDecoder: decodes Buffers to strings without
// splitting multi-byte characters (utf8, utf16le) or base64 groups across
// write() calls; end() flushes what is left.
'use strict';

var E = require('internal/streams_utils').E;

function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  switch (String(enc).toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
  }
  return undefined;
}

// The decoder keeps the bytes of an unfinished character (at most 4) and
// how many more it wants, as Node's native decoder does, with its rules:
// a chunk first finishes the waiting character (utf8: cut short by a byte
// that is not a continuation), then its own last bytes may start the next
// one: an incomplete utf8 sequence (by its lead byte alone), an odd byte
// or a high surrogate (utf16le), 1 or 2 bytes of a base64 group.
function StringDecoder(encoding) {
  var enc = normalizeEncoding(encoding);
  if (enc === undefined) throw E.unknownEncoding(encoding);
  this.encoding = enc;
  this._char = Buffer.alloc(4);
  this._buffered = 0;
  this._missing = 0;
}

// How many of the last bytes of buf[start, end) start a character the
// chunk does not finish, and how many bytes that character still wants.
function tail(enc, buf, start, end) {
  var n = end - start;
  if (enc === 'utf8') {
    if (!(buf[end - 1] & 0x80)) return [0, 0];
    for (var j = end - 1, cnt = 1; ; j--, cnt++) {
      var b = buf[j];
      if ((b & 0xC0) === 0x80) {
        if (cnt >= 4 || j === start) return [0, 0]; // trailing bytes on their own
        continue;
      }
      var need = (b & 0xE0) === 0xC0 ? 2 : (b & 0xF0) === 0xE0 ? 3 : (b & 0xF8) === 0xF0 ? 4 : 0;
      return need > cnt ? [cnt, need - cnt] : [0, 0];
    }
  }
  if (enc === 'utf16le') {
    if (n % 2) return [1, 1];
    return (buf[end - 1] & 0xFC) === 0xD8 ? [2, 2] : [0, 0];
  }
  var r = n % 3; // base64, base64url
  return r ? [r, 3 - r] : [0, 0];
}

StringDecoder.prototype.write = function (buf) {
  if (typeof buf === 'string') return buf;
  if (!buf || buf.length === undefined) {
    throw require('internal/errors').invalidArgType('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  var enc = this.encoding;
  if (enc !== 'utf8' && enc !== 'utf16le' && enc !== 'base64' && enc !== 'base64url') return buf.toString(enc);
  var start = 0, end = buf.length, prepend = '';
  if (this._missing > 0) {
    if (enc === 'utf8') {
      for (var i = 0; i < end && i < this._missing; i++) {
        if ((buf[i] & 0xC0) !== 0x80) { // the character ends here, unfinished
          buf.copy(this._char, this._buffered, 0, i);
          this._buffered += i;
          start = i;
          this._missing = 0;
          break;
        }
      }
    }
    var take = Math.min(end - start, this._missing);
    buf.copy(this._char, this._buffered, start, start + take);
    start += take;
    this._buffered += take;
    this._missing -= take;
    if (this._missing === 0) {
      prepend = this._char.toString(enc, 0, this._buffered);
      this._buffered = 0;
    }
  }
  if (start === end) return prepend;
  var t = tail(enc, buf, start, end);
  if (t[0]) {
    buf.copy(this._char, 0, end - t[0], end);
    this._buffered = t[0];
    this._missing = t[1];
  }
  return end - t[0] > start ? prepend + buf.toString(enc, start, end - t[0]) : prepend;
};

StringDecoder.prototype.end = function (buf) {
  var r = buf !== undefined && buf !== null && buf.length ? this.write(buf) : '';
  var n = this._buffered;
  this._buffered = this._missing = 0;
  if (this.encoding === 'utf16le' && n % 2) n--; // a lone trailing byte is dropped
  return n ? r + this._char.toString(this.encoding, 0, n) : r;
};

StringDecoder.prototype.text = function (buf, offset) {
  this._buffered = this._missing = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperty(StringDecoder.prototype, 'lastNeed', {
  configurable: true,
  get: function () { return this._missing; }
});
Object.defineProperty(StringDecoder.prototype, 'lastTotal', {
  configurable: true,
  get: function () { return this._buffered + this._missing; }
});
Object.defineProperty(StringDecoder.prototype, 'lastChar', {
  configurable: true,
  get: function () { return this._char; }
});

exports.StringDecoder = StringDecoder;
