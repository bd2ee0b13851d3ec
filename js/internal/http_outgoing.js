// internal/http_outgoing — http.ServerResponse. The head is built here as
// Node's _storeHeader builds it (the same headers in the same order); the
// bytes go to the net service as hwrite requests (services/net/net.h): the
// head rides on the first one, the service frames chunks and ends the
// response, so res.end(body) is one message. 'finish' follows the answer
// to the last one (its bytes reached the OS), as in Node.
'use strict';

var U8 = internalBinding('buffer');

var Stream = require('stream').Stream;
var EE = require('events');
var E = require('internal/errors');
var C = require('internal/http_common');
var H = require('internal/net_handles');

var OP = H.OP, NET = H.NET, HEND = H.B.hend, HSTORE = H.B.hstore;
var RE_CLOSE = /(?:^|\W)close(?:$|\W)/i;
var RE_CHUNKED = /(?:^|\W)chunked(?:$|\W)/i;

function ServerResponse(req, conn) {
  // the emitter's listener table is made by the first listener (its
  // methods read _events === undefined as none): most responses have none
  if (EE.captureRejections) Stream.call(this);
  this.req = req;
  this._conn = conn;
  this.socket = conn ? conn.socket : null;
  this.statusCode = 200;
  this.statusMessage = undefined;
  if (req.method === 'HEAD') this._hasBody = false;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = RE_CHUNKED.test(req.headers.te || '');
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, Stream.prototype);
Object.setPrototypeOf(ServerResponse, Stream);

// The defaults live on the prototype: a response is made per request, and
// each own property costs the engine ~600 instructions to create (30 of
// them were a third of a hello-world response's JS); a field becomes own
// when it is first written.
var P = ServerResponse.prototype;
P.sendDate = true;
P.chunkedEncoding = false;
P.shouldKeepAlive = true;
P.useChunkedEncodingByDefault = true;
P.strictContentLength = false;
P.finished = false;
P.writableEnded = false;
P.writableFinished = false;
P.destroyed = false;
P.writableHighWaterMark = 16384;
P._hasBody = true;
P._contentLength = null;
P._last = false;
P._trailer = '';
P._header = null; // the head's text once made
P._headSent = false; // ... and handed to the service
P._out = null; // lower-case name -> [name, value]
P._removedConnection = false;
P._removedContLen = false;
P._removedTE = false;
P._keepAliveTimeout = 0;
P._maxRequestsPerSocket = 0;
P._maxReached = false;
P._expect_continue = false;
P._sent100 = false;
P._pending = 0; // bytes written and not answered yet
P._needDrain = false;
P._seq = 0; // its request's number when a response before it is pending (pipelining)

Object.defineProperty(ServerResponse.prototype, 'headersSent', {
  configurable: true, enumerable: true, get: function () { return !!this._header; }
});
Object.defineProperty(ServerResponse.prototype, 'connection', {
  configurable: true, get: function () { return this.socket; }
});
Object.defineProperty(ServerResponse.prototype, 'writableLength', {
  configurable: true, get: function () { return this._pending; }
});
Object.defineProperty(ServerResponse.prototype, 'writableNeedDrain', {
  configurable: true, get: function () { return this._needDrain; }
});

// ---- headers ----

ServerResponse.prototype.setHeader = function (name, value) {
  if (this._header) throw C.headersSent('set');
  C.validateHeaderName(name);
  C.validateHeaderValue(name, value);
  if (this._out === null) this._out = {};
  this._out[name.toLowerCase()] = [name, value];
  return this;
};

ServerResponse.prototype.appendHeader = function (name, value) {
  if (this._header) throw C.headersSent('append');
  C.validateHeaderName(name);
  C.validateHeaderValue(name, value);
  var key = name.toLowerCase();
  if (this._out === null) this._out = {};
  var cur = this._out[key];
  if (cur === undefined) {
    this._out[key] = [name, value];
  } else {
    var a = Array.isArray(cur[1]) ? cur[1] : [cur[1]];
    this._out[key] = [cur[0], a.concat(value)];
  }
  return this;
};

ServerResponse.prototype.getHeader = function (name) {
  E.validateString(name, 'name');
  var e = this._out && this._out[name.toLowerCase()];
  return e ? e[1] : undefined;
};

ServerResponse.prototype.getHeaders = function () {
  var r = Object.create(null);
  if (this._out) for (var k in this._out) r[k] = this._out[k][1];
  return r;
};

ServerResponse.prototype.getHeaderNames = function () {
  return this._out ? Object.keys(this._out) : [];
};

ServerResponse.prototype.getRawHeaderNames = function () {
  var r = [];
  if (this._out) for (var k in this._out) r.push(this._out[k][0]);
  return r;
};

ServerResponse.prototype.hasHeader = function (name) {
  E.validateString(name, 'name');
  return !!(this._out && this._out[name.toLowerCase()]);
};

ServerResponse.prototype.removeHeader = function (name) {
  E.validateString(name, 'name');
  if (this._header) throw C.headersSent('remove');
  var key = name.toLowerCase();
  if (key === 'connection') this._removedConnection = true;
  else if (key === 'content-length') this._removedContLen = true;
  else if (key === 'transfer-encoding') this._removedTE = true;
  else if (key === 'date') this.sendDate = false;
  if (this._out) delete this._out[key];
};

ServerResponse.prototype.writeHead = function (statusCode, reason, obj) {
  if (this._header) throw C.headersSent('write');
  var original = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999)
    throw E.makeError(RangeError, 'ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: ' + original);
  var line; // the status line, from the cache for a default message
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    if (!this.statusMessage) {
      var msg = this.statusMessage = C.STATUS_CODES[statusCode] || 'unknown';
      if (lastStatus.code === statusCode && lastStatus.msg === msg) line = lastStatus.line;
    }
    if (obj === undefined || obj === null) obj = reason;
  }
  this.statusCode = statusCode;
  var headers, k, i;
  if (this._out) { // setHeader came first: writeHead's fields join them
    if (Array.isArray(obj)) {
      if (obj.length % 2 !== 0) throw E.invalidArgValue('headers', obj);
      for (i = 0; i < obj.length; i += 2) if (obj[i]) this.setHeader(obj[i], obj[i + 1]);
    } else if (obj) {
      var keys = Object.keys(obj);
      for (i = 0; i < keys.length; i++) { k = keys[i]; if (k) this.setHeader(k, obj[k]); }
    }
    headers = this._out;
  } else {
    headers = obj;
  }
  if (line === undefined && C.checkInvalidHeaderChar(String(this.statusMessage)))
    throw E.makeError(TypeError, 'ERR_INVALID_CHAR', 'Invalid character in statusMessage');
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199))
    this._hasBody = false;
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  if (line === undefined) {
    line = 'HTTP/1.1 ' + statusCode + ' ' + this.statusMessage + '\r\n';
    lastStatus.code = statusCode;
    lastStatus.msg = this.statusMessage;
    lastStatus.line = line;
  }
  this._storeHeader(line, headers);
  return this;
};

// The last status line made (checked), reused for the same code and message.
var lastStatus = { code: 0, msg: '', line: '' };

// What headerLine found, for _storeHeader (bits, not an object: a
// 5-field literal per head cost ~5 k instructions).
var ST_CONNECTION = 1, ST_CONTLEN = 2, ST_TE = 4, ST_DATE = 8, ST_TRAILER = 16;


function headerLine(self, lines, key, value, validate) {
  if (validate) C.validateHeaderName(key);
  if (Array.isArray(value)) {
    if (value.length < 2 || !/^cookie$/i.test(key)) { // one line per value
      var st = 0;
      for (var i = 0; i < value.length; i++) st |= headerLine(self, lines, key, value[i], validate);
      return st;
    }
    value = value.join('; ');
  }
  if (validate) C.validateHeaderValue(key, value);
  lines.push(key, ': ', value, '\r\n');
  // only the special fields' lengths (date, trailer, connection,
  // content-length, transfer-encoding) need lower-casing (~3.5 k)
  var n = key.length;
  if (n !== 4 && n !== 7 && n !== 10 && n !== 14 && n !== 17) return 0;
  var lower = key.toLowerCase();
  if (lower === 'connection') {
    if (RE_CLOSE.test(value)) self._last = true;
    else self.shouldKeepAlive = true;
    return ST_CONNECTION;
  } else if (lower === 'transfer-encoding') {
    if (RE_CHUNKED.test(value)) self.chunkedEncoding = true;
    return ST_TE;
  } else if (lower === 'content-length') {
    return ST_CONTLEN;
  } else if (lower === 'date') {
    return ST_DATE;
  } else if (lower === 'trailer') {
    return ST_TRAILER;
  }
  return 0;
}

// The fields Node adds after the script's: "Date: ...\r\n" (when date is
// given) and the connection fields for keep, cached while they stay the
// same (the Date text changes once a second).
var tail = { text: null, date: '', keep: false, reached: false, ka: 0, max: 0 };
function connTail(self, date, keep) {
  var c = tail;
  if (c.text === null || c.date !== date || c.keep !== keep || c.reached !== self._maxReached ||
      c.ka !== self._keepAliveTimeout || c.max !== self._maxRequestsPerSocket) {
    var lines = [];
    if (date) lines.push('Date: ', date, '\r\n');
    if (keep && self._maxReached) {
      lines.push('Connection: close\r\n');
    } else if (keep) {
      lines.push('Connection: keep-alive\r\n');
      if (self._keepAliveTimeout) {
        var max = ~~self._maxRequestsPerSocket > 0 ? ', max=' + self._maxRequestsPerSocket : '';
        lines.push('Keep-Alive: timeout=', Math.floor(self._keepAliveTimeout / 1000), max, '\r\n');
      }
    } else {
      lines.push('Connection: close\r\n');
    }
    c.date = date;
    c.keep = keep;
    c.reached = self._maxReached;
    c.ka = self._keepAliveTimeout;
    c.max = self._maxRequestsPerSocket;
    c.text = lines.join('');
  }
  return c.text;
}

// The head of a response without fields of the script's (the usual
// res.end(body)), as the general path below makes it.
function plainHeader(self, firstLine) {
  var date = self.sendDate ? C.utcDate() : '';
  var keep = self.shouldKeepAlive && self.useChunkedEncodingByDefault; // no Content-Length field of the script's
  var plainHead = firstLine + connTail(self, date, keep);
  if (!keep) self._last = true;
  if (!self._hasBody) {
    self.chunkedEncoding = false;
    return plainHead + '\r\n';
  }
  if (!self.useChunkedEncodingByDefault) {
    self._last = true;
    return plainHead + '\r\n';
  }
  if (!self._removedContLen && typeof self._contentLength === 'number')
    return plainHead + 'Content-Length: ' + self._contentLength + '\r\n\r\n';
  if (!self._removedTE) {
    self.chunkedEncoding = true;
    return plainHead + 'Transfer-Encoding: chunked\r\n\r\n';
  }
  self._last = true;
  return plainHead + '\r\n';
}

// Node's OutgoingMessage._storeHeader, for a server's response.
ServerResponse.prototype._storeHeader = function (firstLine, headers) {
  if (headers === null || headers === undefined) {
    this._header = plainHeader(this, firstLine);
    return;
  }
  // a plain object of ordinary fields on a server-made response: in C
  // (bridge/http_fast.c), the same text; false when anything differs
  if (HSTORE(this, firstLine, headers)) return;
  var st = 0, lines = [firstLine], i, k, keys;
  if (headers === this._out && headers) {
    for (k in headers) st |= headerLine(this, lines, headers[k][0], headers[k][1], false);
  } else if (Array.isArray(headers)) {
    if (headers.length && Array.isArray(headers[0])) {
      for (i = 0; i < headers.length; i++) st |= headerLine(this, lines, headers[i][0], headers[i][1], true);
    } else {
      if (headers.length % 2 !== 0) throw E.invalidArgValue('headers', headers);
      for (i = 0; i < headers.length; i += 2) st |= headerLine(this, lines, headers[i], headers[i + 1], true);
    }
  } else if (headers) {
    keys = Object.keys(headers); // (for-in with hasOwnProperty.call: twice the cost)
    for (i = 0; i < keys.length; i++) { k = keys[i]; st |= headerLine(this, lines, k, headers[k], true); }
  }
  var date = !(st & ST_DATE) && this.sendDate ? C.utcDate() : '';
  if (!(st & ST_CONNECTION)) {
    var keep = this.shouldKeepAlive && (!!(st & ST_CONTLEN) || this.useChunkedEncodingByDefault);
    if (!keep) this._last = true;
    lines.push(connTail(this, date, keep));
  } else if (date) {
    lines.push('Date: ', date, '\r\n');
  }
  if (!(st & ST_CONTLEN) && !(st & ST_TE)) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if (!(st & ST_TRAILER) && !this._removedContLen && typeof this._contentLength === 'number') {
      lines.push('Content-Length: ', this._contentLength, '\r\n');
    } else if (!this._removedTE) {
      lines.push('Transfer-Encoding: chunked\r\n');
      this.chunkedEncoding = true;
    } else {
      this._last = true;
    }
  }
  lines.push('\r\n');
  this._header = lines.join('');
};

ServerResponse.prototype._implicitHeader = function () {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.flushHeaders = function () {
  if (!this._header) this._implicitHeader();
  this._send(undefined, 0, null);
};

ServerResponse.prototype.addTrailers = function (headers) {
  var keys = Object.keys(headers), parts = [this._trailer];
  for (var i = 0; i < keys.length; i++) {
    var field = keys[i], value = headers[field];
    if (Array.isArray(headers)) { field = headers[i][0]; value = headers[i][1]; }
    if (typeof field !== 'string' || !field || !C.checkIsHttpToken(field))
      throw E.makeError(TypeError, 'ERR_INVALID_HTTP_TOKEN', 'Trailer name must be a valid HTTP token ["' + field + '"]');
    if (C.checkInvalidHeaderChar(String(value)))
      throw E.makeError(TypeError, 'ERR_INVALID_CHAR', 'Invalid character in trailer content ["' + field + '"]');
    parts.push(field, ': ', value, '\r\n');
  }
  this._trailer = parts.join('');
};

ServerResponse.prototype.writeContinue = function (cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function (cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', cb);
};

// Bytes before the response's head (interim responses).
ServerResponse.prototype._writeRaw = function (text, cb) {
  var id = this.socket && this.socket._id;
  if (!id) return;
  H.send(OP.HWRITE, cb ? function () { cb(); } : null, undefined, id, this._seq * NET.HW_SEQ, text);
};

// ---- body ----

function chunkError(chunk) {
  return E.invalidArgType('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
}

function toBuffer(chunk, encoding) {
  if (typeof chunk === 'string') return Buffer.from(chunk, encoding || 'utf8');
  return chunk;
}

ServerResponse.prototype.write = function (chunk, encoding, cb) {
  if (typeof encoding === 'function') { cb = encoding; encoding = null; }
  if (chunk === null) throw E.makeError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
  if (U8.isUint8Array(chunk)) chunk = U8.asBuffer(chunk); // a Buffer over its bytes
  if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) throw chunkError(chunk);
  if (this.finished) {
    var err = E.makeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
    var self = this;
    process.nextTick(function () {
      if (typeof cb === 'function') cb(err);
      self.emit('error', err);
    });
    return true;
  }
  if (!this._header) this._implicitHeader();
  var buf = this._hasBody ? toBuffer(chunk, encoding) : undefined;
  if (buf !== undefined && buf.length === 0) buf = undefined;
  if (buf === undefined && this._headSent) {
    if (typeof cb === 'function') process.nextTick(cb);
    return true;
  }
  var n = buf ? buf.length : 0;
  this._send(buf, 0, typeof cb === 'function' ? cb : null);
  if (this._pending >= this.writableHighWaterMark) this._needDrain = true;
  return !this._needDrain && n >= 0;
};

// One hwrite: the head if not sent yet, then buf (framed as a chunk when
// chunked), flags HW_END/HW_CLOSE from end().
ServerResponse.prototype._send = function (buf, flags, cb) {
  var sock = this.socket, id = sock && sock._id;
  var self = this, n = buf ? buf.length : 0;
  if (!id) {
    if (cb) process.nextTick(cb, E.makeError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed'));
    return;
  }
  if (this.chunkedEncoding) flags |= NET.HW_CHUNKED;
  if (this._seq) flags += this._seq * NET.HW_SEQ;
  var head = this._headSent ? '' : this._header;
  this._headSent = true;
  this._pending += n;
  var trailers = (flags & NET.HW_END) && this.chunkedEncoding && this._trailer ? this._trailer + '\r\n' : undefined;
  H.send(OP.HWRITE, function (status) {
    self._pending -= n;
    if (status < 0) {
      if (cb) cb(require('internal/service').errors().errnoException(status, 'write'));
      return;
    }
    if (cb) cb();
    if (self._needDrain && self._pending < self.writableHighWaterMark) {
      self._needDrain = false;
      self.emit('drain');
    }
    if (flags & NET.HW_END) self._onFinish();
  }, buf, id, flags, head, trailers);
};

ServerResponse.prototype.end = function (chunk, encoding, cb) {
  // a plain response (made by the server, nothing of the script's on it)
  // ended with a string: the same head and fields, built in C
  // (bridge/http_fast.c); false when anything differs from that
  if (typeof chunk === 'string' && encoding === undefined && cb === undefined && HEND(this, chunk))
    return this;
  if (typeof chunk === 'function') { cb = chunk; chunk = null; encoding = null; }
  else if (typeof encoding === 'function') { cb = encoding; encoding = null; }
  var buf;
  if (chunk !== null && chunk !== undefined) {
    if (U8.isUint8Array(chunk)) chunk = U8.asBuffer(chunk); // a Buffer over its bytes
    if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) throw chunkError(chunk);
    if (this.finished) return this;
    buf = toBuffer(chunk, encoding);
    if (!this._header) this._contentLength = buf.length;
  } else if (this.finished) {
    if (typeof cb === 'function') {
      if (!this.writableFinished) this.once('finish', cb);
      else process.nextTick(cb, E.makeError(Error, 'ERR_STREAM_ALREADY_FINISHED', 'Cannot call end after a stream was finished'));
    }
    return this;
  } else if (!this._header) {
    this._contentLength = 0;
  }
  if (!this._header) this._implicitHeader();
  if (typeof cb === 'function') this.once('finish', cb);
  if (!this._hasBody || (buf && buf.length === 0)) buf = undefined;
  this.finished = true;
  this.writableEnded = true;
  if (this._conn) this._conn.responseEnding(this);
  this._send(buf, NET.HW_END | (this._last ? NET.HW_CLOSE : 0), null);
  return this;
};

ServerResponse.prototype._onFinish = function () {
  if (this.writableFinished) return;
  this.writableFinished = true;
  if (this._events !== undefined) this.emit('finish'); // (emit makes an arguments object)
  if (this._conn) this._conn.responseFinished(this);
};

ServerResponse.prototype.setTimeout = function (ms, cb) {
  if (cb) this.on('timeout', cb);
  if (this.socket) this.socket.setTimeout(ms);
  return this;
};

ServerResponse.prototype.destroy = function (err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.socket) this.socket.destroy(err);
  return this;
};

ServerResponse.prototype.cork = function () {};
ServerResponse.prototype.uncork = function () {};

// A response made by the server has these own properties (the
// constructor's five and Conn's _keepAliveTimeout, and _seq when
// pipelined); one more means the script added something and end() takes
// the JS path.
var PLAIN_OWN = 6;
H.B.hsetup(P, C.STATUS_CODES, PLAIN_OWN, P.writeHead, P._implicitHeader, P._storeHeader, P._send);

module.exports = { ServerResponse: ServerResponse };
