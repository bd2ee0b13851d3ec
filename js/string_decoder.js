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

function StringDecoder(encoding) {
  var enc = normalizeEncoding(encoding);
  if (enc === undefined) throw E.unknownEncoding(encoding);
  this.encoding = enc;
  this._pending = null;
}

function emptyBuf() { return Buffer.alloc(0); }

// Bytes at the end of buf that start a character not yet complete.
function utf8Tail(buf) {
  var n = buf.length;
  for (var back = 1; back <= 3 && back <= n; back++) {
    var b = buf[n - back];
    if ((b & 0xC0) === 0x80) continue;        // continuation byte: keep looking
    var need = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

function tailLength(enc, buf) {
  if (enc === 'utf8') return utf8Tail(buf);
  if (enc === 'utf16le') return buf.length % 2;  // Node 20 does not hold a lone high surrogate
  if (enc === 'base64' || enc === 'base64url') return buf.length % 3;
  return 0;
}

StringDecoder.prototype.write = function (buf) {
  if (typeof buf === 'string') return buf;
  if (!buf || buf.length === undefined) {
    throw require('internal/errors').invalidArgType('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  var enc = this.encoding;
  if (enc !== 'utf8' && enc !== 'utf16le' && enc !== 'base64' && enc !== 'base64url') return buf.toString(enc);
  var data = this._pending ? Buffer.concat([this._pending, buf]) : buf;
  var tail = tailLength(enc, data);
  var cut = data.length - tail;
  this._pending = tail ? Buffer.from(data.slice(cut)) : null;
  return cut > 0 ? data.toString(enc, 0, cut) : '';
};

StringDecoder.prototype.end = function (buf) {
  var r = buf !== undefined && buf !== null && buf.length ? this.write(buf) : '';
  var p = this._pending;
  this._pending = null;
  if (!p) return r;
  if (this.encoding === 'utf8') return r + '\ufffd';
  if (this.encoding === 'utf16le') return r + p.toString('utf16le', 0, p.length - (p.length % 2));
  return r + p.toString(this.encoding);
};

StringDecoder.prototype.text = function (buf, offset) {
  this._pending = null;
  return this.write(buf.slice(offset));
};

Object.defineProperty(StringDecoder.prototype, 'lastNeed', {
  configurable: true,
  get: function () {
    var p = this._pending;
    if (!p) return 0;
    if (this.encoding === 'utf8') {
      var b = p[0];
      return (b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2) - p.length;
    }
    if (this.encoding === 'utf16le') return p.length % 2 ? 1 : 2;
    return 3 - p.length;
  }
});
Object.defineProperty(StringDecoder.prototype, 'lastTotal', {
  configurable: true,
  get: function () { return this._pending ? this._pending.length + this.lastNeed : 0; }
});

exports.StringDecoder = StringDecoder;
