// internal/http_client — http.ClientRequest, Node 20's HTTP/1.1 client.
// The request (head and body, chunked when it has no Content-Length) is
// written to a net.Socket the agent gives it; before the head the socket is
// told to parse responses (hresponse: services/net/net_hclient.c, llhttp in
// response mode on the net service's thread), so the socket reports
// HTTP_RESPONSE / HTTP_BODY / HTTP_DONE / HTTP_ERROR events, handled here
// as Node's parserOnIncomingClient, socketOnEnd, socketCloseListener and
// responseOnEnd handle them. The response is an IncomingMessage, its body
// acknowledged in the socket's read window as a server's request body is.
// docs/http.md is the design.
'use strict';

var U8 = internalBinding('buffer');

var Stream = require('stream').Stream;
var E = require('internal/errors');
var C = require('internal/http_common');
var H = require('internal/net_handles');
var IN = require('internal/http_incoming');
var OUT = require('internal/http_outgoing').ServerResponse.prototype;
var A = require('internal/http_agent');

var OP = H.OP, NET = H.NET, EV = require('internal/schema/net').EVENTS;
var INVALID_PATH = /[^\u0021-\u00ff]/;
var RE_CLOSE = /(?:^|\W)close(?:$|\W)/i;
var RE_CHUNKED = /(?:^|\W)chunked(?:$|\W)/i;
var NO_BODY = { GET: 1, HEAD: 1, DELETE: 1, OPTIONS: 1, TRACE: 1, CONNECT: 1 };

function connResetException(msg) {
  var e = new Error(msg);
  e.code = 'ECONNRESET';
  return e;
}

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string')
    throw E.invalidArgType('options.' + name, ['string', 'undefined', 'null'], host);
  return host;
}

function ClientRequest(input, options, cb) {
  Stream.call(this);
  var url = require('url'), k;
  if (typeof input === 'string') {
    input = url.urlToHttpOptions(new url.URL(input));
  } else if (input && input instanceof url.URL) {
    input = url.urlToHttpOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || {};
  } else {
    var o = {};
    if (input) for (k in input) o[k] = input[k];
    if (options) for (k in options) o[k] = options[k];
    options = o;
  }
  var agent = options.agent;
  var defaultAgent = options._defaultAgent || A.globalAgent;
  if (agent === false) {
    agent = new A.Agent();
  } else if (agent === null || agent === undefined) {
    if (typeof options.createConnection !== 'function') agent = defaultAgent;
    defaultAgent = agent || defaultAgent;
  } else if (typeof agent.addRequest !== 'function') {
    throw E.invalidArgType('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
  }
  this.agent = agent;
  var protocol = options.protocol || defaultAgent.protocol;
  var expected = defaultAgent.protocol;
  if (this.agent && this.agent.protocol) expected = this.agent.protocol;
  if (protocol !== expected) {
    // muk has no TLS yet: 'https:' is refused here as Node refuses a
    // protocol its agent does not speak
    throw E.makeError(TypeError, 'ERR_INVALID_PROTOCOL',
      'Protocol "' + protocol + '" not supported. Expected "' + expected + '"');
  }
  var defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort) || 80;
  var port = options.port = options.port || defaultPort || 80;
  var host = options.host = validateHost(options.hostname, 'hostname') ||
    validateHost(options.host, 'host') || 'localhost';
  var setHost = options.setHost === undefined || !!options.setHost;
  this.socketPath = options.socketPath;
  if (options.timeout !== undefined) {
    E.validateNumber(options.timeout, 'timeout');
    this.timeout = options.timeout;
  }
  var method = options.method;
  if (method !== null && method !== undefined && typeof method !== 'string')
    throw E.invalidArgType('options.method', 'string', method);
  method = this.method = (method || 'GET').toUpperCase();
  if (!C.checkIsHttpToken(method))
    throw E.makeError(TypeError, 'ERR_INVALID_HTTP_TOKEN', 'Method must be a valid HTTP token ["' + method + '"]');
  this.path = options.path || '/';
  if (INVALID_PATH.test(this.path))
    throw E.makeError(TypeError, 'ERR_UNESCAPED_CHARACTERS', 'Request path contains unescaped characters');
  if (options.maxHeaderSize !== undefined) E.validateNumber(options.maxHeaderSize, 'maxHeaderSize', 0);
  if (options.signal) require('internal/abort_controller').validateAbortSignal(options.signal, 'signal');
  this.maxHeaderSize = options.maxHeaderSize;
  this.host = host;
  this.protocol = protocol;
  this.res = null;
  this.aborted = false;
  this.timeoutCb = null;
  this.upgradeOrConnect = false;
  this.finished = false;
  this.writableEnded = false;
  this.writableFinished = false;
  this.destroyed = false;
  this.reusedSocket = false;
  this.maxHeadersCount = null;
  this.socket = null;
  this.chunkedEncoding = false;
  this.sendDate = false;
  this.useChunkedEncodingByDefault = NO_BODY[method] !== 1;
  this.shouldKeepAlive = true;
  this._last = true;
  this._hasBody = true;
  this._contentLength = null;
  this._trailer = '';
  this._header = null;
  this._headSent = false;
  this._out = null;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;
  this._queue = []; // [buffer|string, cb] written before the socket came
  this._ended = false;
  this._closed = false;
  this._pending = 0;
  this._needDrain = false;
  this.writableHighWaterMark = 16384;
  if (cb) this.once('response', cb);
  if (method === 'HEAD' || method === 'CONNECT') this.useChunkedEncodingByDefault = false;
  if (this.agent) {
    if (!this.agent.keepAlive && !isFinite(this.agent.maxSockets)) {
      this._last = true;
      this.shouldKeepAlive = false;
    } else {
      this._last = false;
      this.shouldKeepAlive = true;
    }
  }
  var headers = options.headers;
  if (!Array.isArray(headers)) {
    if (headers) {
      var keys = Object.keys(headers);
      for (var i = 0; i < keys.length; i++) this.setHeader(keys[i], headers[keys[i]]);
    }
    if (host && !this.getHeader('host') && setHost) {
      var hostHeader = host;
      if (hostHeader.indexOf(':') !== -1 && hostHeader.charAt(0) !== '[') hostHeader = '[' + hostHeader + ']';
      if (port && +port !== defaultPort) hostHeader += ':' + port;
      this.setHeader('Host', hostHeader);
    }
    if (options.auth && !this.getHeader('Authorization'))
      this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
    if (this.getHeader('expect')) this._storeHeader(this._firstLine(), this._out);
  } else {
    this._storeHeader(this._firstLine(), headers);
  }
  var self = this;
  // The signal is the request's: the agent and its sockets never see it (as node).
  var signal = options.signal;
  if (signal) {
    options = Object.assign({}, options);
    delete options.signal;
  }
  if (typeof options.createConnection === 'function' && !this.agent) {
    var done = false;
    var s = options.createConnection(options, function (err, sock) {
      if (done) return;
      done = true;
      self.onSocket(sock, err);
    });
    if (s && !done) {
      done = true;
      this.onSocket(s);
    }
  } else {
    this.agent.addRequest(this, options);
  }
  if (signal) require('internal/streams_abort').addAbortSignalNoValidate(signal, this);
}
Object.setPrototypeOf(ClientRequest.prototype, Stream.prototype);
Object.setPrototypeOf(ClientRequest, Stream);

// the header API is the server response's (OutgoingMessage's in Node)
['setHeader', 'appendHeader', 'getHeader', 'getHeaders', 'getHeaderNames', 'getRawHeaderNames',
  'hasHeader', 'removeHeader', 'addTrailers'].forEach(function (name) {
  ClientRequest.prototype[name] = OUT[name];
});

Object.defineProperty(ClientRequest.prototype, 'headersSent', {
  configurable: true, enumerable: true, get: function () { return !!this._header; }
});
Object.defineProperty(ClientRequest.prototype, 'connection', {
  configurable: true, get: function () { return this.socket; }
});
Object.defineProperty(ClientRequest.prototype, 'writableLength', {
  configurable: true, get: function () { return this._pending; }
});
Object.defineProperty(ClientRequest.prototype, 'writableNeedDrain', {
  configurable: true, get: function () { return this._needDrain; }
});

ClientRequest.prototype._firstLine = function () {
  return this.method + ' ' + this.path + ' HTTP/1.1\r\n';
};

// Node's OutgoingMessage._storeHeader, for a request.
ClientRequest.prototype._storeHeader = function (firstLine, headers) {
  var st = { connection: false, contLen: false, te: false, trailer: false, expect: false };
  var lines = [firstLine], self = this, i, k;
  function line(key, value, validate) {
    if (validate) C.validateHeaderName(key);
    if (Array.isArray(value)) {
      if (value.length < 2 || !/^cookie$/i.test(key)) {
        for (var j = 0; j < value.length; j++) line(key, value[j], validate);
        return;
      }
      value = value.join('; ');
    }
    if (validate) C.validateHeaderValue(key, value);
    lines.push(key, ': ', value, '\r\n');
    var lower = key.toLowerCase();
    if (lower === 'connection') {
      st.connection = true;
      if (RE_CLOSE.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
    } else if (lower === 'transfer-encoding') {
      st.te = true;
      if (RE_CHUNKED.test(value)) self.chunkedEncoding = true;
    } else if (lower === 'content-length') {
      st.contLen = true;
    } else if (lower === 'trailer') {
      st.trailer = true;
    } else if (lower === 'expect') {
      st.expect = true;
    }
  }
  if (headers === this._out && headers) {
    for (k in headers) line(headers[k][0], headers[k][1], false);
  } else if (Array.isArray(headers)) {
    if (headers.length && Array.isArray(headers[0])) {
      for (i = 0; i < headers.length; i++) line(headers[i][0], headers[i][1], true);
    } else {
      if (headers.length % 2 !== 0) throw E.invalidArgValue('headers', headers);
      for (i = 0; i < headers.length; i += 2) line(headers[i], headers[i + 1], true);
    }
  } else if (headers) {
    for (k in headers) if (Object.prototype.hasOwnProperty.call(headers, k)) line(k, headers[k], true);
  }
  if (!st.connection) {
    if (this.shouldKeepAlive && (st.contLen || this.useChunkedEncodingByDefault || this.agent)) {
      lines.push('Connection: keep-alive\r\n');
    } else {
      this._last = true;
      lines.push('Connection: close\r\n');
    }
  }
  if (!st.contLen && !st.te) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if (!st.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
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
  this._expectContinue = st.expect;
};

ClientRequest.prototype._implicitHeader = function () {
  if (this._header) throw C.headersSent('render');
  this._storeHeader(this._firstLine(), this._out);
};

// ---- the body ----

function chunkError(chunk) {
  return E.invalidArgType('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
}

// Frame buf (a chunk when chunked) behind the head if it is not out yet;
// the pieces go as one socket write.
ClientRequest.prototype._frame = function (buf, last) {
  var parts = [];
  if (!this._headSent) {
    this._headSent = true;
    parts.push(Buffer.from(this._header, 'latin1'));
  }
  var n = buf ? buf.length : 0;
  if (this.chunkedEncoding && n) parts.push(Buffer.from(n.toString(16) + '\r\n', 'latin1'), buf, Buffer.from('\r\n'));
  else if (n) parts.push(buf);
  if (last && this.chunkedEncoding)
    parts.push(Buffer.from(this._trailer ? '0\r\n' + this._trailer + '\r\n' : '0\r\n\r\n', 'latin1'));
  return parts.length === 1 ? parts[0] : Buffer.concat(parts);
};

ClientRequest.prototype._send = function (buf, last, cb) {
  var data = this._frame(buf, last);
  var n = data.length, self = this;
  this._pending += n;
  function done(err) {
    self._pending -= n;
    if (cb) cb(err);
    if (!err && self._needDrain && self._pending < self.writableHighWaterMark) {
      self._needDrain = false;
      self.emit('drain');
    }
  }
  var sock = this.socket;
  if (sock && this._flushed) sock.write(data, done);
  else this._queue.push([data, done]);
  if (this._pending >= this.writableHighWaterMark) this._needDrain = true;
  return !this._needDrain;
};

ClientRequest.prototype.write = function (chunk, encoding, cb) {
  if (typeof encoding === 'function') { cb = encoding; encoding = null; }
  if (chunk === null) throw E.makeError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
  if (U8.isUint8Array(chunk)) chunk = U8.asBuffer(chunk); // a Buffer over its bytes
  if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) throw chunkError(chunk);
  if (this.finished || this.destroyed) {
    var err = this.destroyed ? E.makeError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed')
      : E.makeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
    var self = this;
    process.nextTick(function () {
      if (typeof cb === 'function') cb(err);
      if (!self.destroyed) self.emit('error', err);
    });
    return false;
  }
  if (!this._header) {
    this._contentLength = null;
    this._implicitHeader();
  }
  var buf = typeof chunk === 'string' ? Buffer.from(chunk, encoding || 'utf8') : chunk;
  if (!buf.length) {
    if (typeof cb === 'function') process.nextTick(cb);
    return true;
  }
  return this._send(buf, false, typeof cb === 'function' ? cb : null);
};

ClientRequest.prototype.end = function (chunk, encoding, cb) {
  if (typeof chunk === 'function') { cb = chunk; chunk = null; encoding = null; }
  else if (typeof encoding === 'function') { cb = encoding; encoding = null; }
  var buf;
  if (chunk !== null && chunk !== undefined) {
    if (U8.isUint8Array(chunk)) chunk = U8.asBuffer(chunk); // a Buffer over its bytes
    if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) throw chunkError(chunk);
    if (this.finished) return this;
    buf = typeof chunk === 'string' ? Buffer.from(chunk, encoding || 'utf8') : chunk;
    if (!this._header) this._contentLength = buf.length;
  } else if (this.finished) {
    if (typeof cb === 'function') process.nextTick(cb);
    return this;
  } else if (!this._header) {
    this._contentLength = 0;
  }
  if (!this._header) this._implicitHeader();
  if (typeof cb === 'function') this.once('finish', cb);
  if (buf && !buf.length) buf = undefined;
  this.finished = true;
  this.writableEnded = true;
  var self = this;
  this._send(buf, true, function (err) {
    if (err) return;
    self.writableFinished = true;
    self.emit('finish');
    if (self.shouldKeepAlive && self._ended) responseKeepAlive(self);
  });
  return this;
};

ClientRequest.prototype.flushHeaders = function () {
  if (!this._header) this._implicitHeader();
  if (!this._headSent) this._send(undefined, false, null);
};

ClientRequest.prototype.cork = function () {};
ClientRequest.prototype.uncork = function () {};

// ---- the socket ----

ClientRequest.prototype.onSocket = function (socket, err) {
  var req = this;
  process.nextTick(function () {
    if (req.destroyed || err) {
      req.destroyed = true;
      err = err || req._destroyErr;
      if (!req.aborted && !err) err = connResetException('socket hang up');
      if (err) req.emit('error', err);
      req._closed = true;
      req.emit('close');
      if (socket) {
        if (!err && req.agent && !socket.destroyed) socket.emit('free');
        else socket.destroy();
      }
      return;
    }
    tickOnSocket(req, socket);
  });
};

function tickOnSocket(req, socket) {
  req.socket = socket;
  socket._httpMessage = req;
  socket._http = new Exchange(req, socket);
  socket.on('error', socketErrorListener);
  socket.on('end', socketOnEnd);
  socket.on('close', socketCloseListener);
  if (req.timeout !== undefined || (req.agent && req.agent.options && req.agent.options.timeout))
    listenSocketTimeout(req);
  req.emit('socket', socket);
  if (socket.connecting) socket.once('connect', function () { flush(req); });
  else flush(req);
}

// The socket is connected: arm its response parser, then the writes held.
function flush(req) {
  var sock = req.socket;
  if (!sock || sock._httpMessage !== req || !sock._id) return;
  var flags = req.method === 'HEAD' ? NET.HR_HEAD : req.method === 'CONNECT' ? NET.HR_CONNECT : 0;
  var max = req.maxHeaderSize || NET.MAX_HEADER_SIZE;
  // a reused socket's parser keeps what it was told: say it again only
  // when it changes
  if (sock._hresponse !== flags + ':' + max) {
    sock._hresponse = flags + ':' + max;
    H.send(OP.HRESPONSE, null, undefined, sock._id, flags, max);
  }
  req._flushed = true;
  sock.read(0); // reading, without making the socket flowing
  var q = req._queue;
  req._queue = [];
  for (var i = 0; i < q.length; i++) sock.write(q[i][0], q[i][1]);
}

// The events of the socket's response parser (net_handles routes them).
function Exchange(req, socket) {
  this.req = req;
  this.socket = socket;
  this.res = null;
}

Exchange.prototype.onEvent = function (type, payload, a, b, c, d, e, f) {
  var req = this.req, sock = this.socket;
  if (sock._httpMessage !== req) { // nothing was asked: the server is wrong
    sock.destroy();
    return;
  }
  if (sock._timer) sock._touch();
  if (type === EV.HTTP_RESPONSE) this.onResponse(payload, a, b, c, d, e, f);
  else if (type === EV.HTTP_BODY) { if (this.res) this.res._onBody(payload || a); }
  else if (type === EV.HTTP_DONE) this.onDone(payload);
  else if (type === EV.HTTP_ERROR) {
    var err = new Error(b ? 'Parse Error: ' + b : 'Parse Error');
    err.bytesParsed = c;
    err.code = a;
    err.reason = b;
    if (payload) err.rawPacket = payload;
    sock._http = null;
    sock.destroy();
    sock._hadError = true;
    req.emit('error', err);
  }
};

Exchange.prototype.onResponse = function (raw, status, reason, major, minor, flags, clen) {
  var req = this.req, sock = this.socket;
  var res = new IN.IncomingMessage(sock);
  res._readableState.autoDestroy = true; // Node's response closes after 'end'
  res.statusCode = status;
  res.statusMessage = reason;
  res.httpVersionMajor = major;
  res.httpVersionMinor = minor;
  res.httpVersion = major + '.' + minor;
  res.rawHeaders = IN.splitRaw(raw, req.maxHeadersCount > 0 ? req.maxHeadersCount : 2000);
  res.upgrade = !!(flags & NET.HEAD_UPGRADE);
  res._id = sock._id;
  res.req = req;
  void clen;
  this.res = res;
  if (req.res) { // a second response to one request
    sock.destroy();
    return;
  }
  if (res.upgrade) return; // handled at its end (onDone)
  if (status >= 100 && status < 200 && status !== 101) { // Node's statusIsInformational
    this.interim = true;
    if (status === 100) req.emit('continue');
    req.emit('information', {
      statusCode: status, statusMessage: reason, httpVersion: res.httpVersion,
      httpVersionMajor: major, httpVersionMinor: minor, headers: res.headers, rawHeaders: res.rawHeaders
    });
    return;
  }
  this.interim = false;
  // a 101 that is no upgrade ends HTTP on the socket all the same
  if (req.shouldKeepAlive && (!(flags & NET.HEAD_KEEPALIVE) || status === 101)) req.shouldKeepAlive = false;
  req.res = res;
  res.on('end', responseOnEnd);
  sock.on('timeout', responseOnTimeout);
  if (req.aborted || !req.emit('response', res)) res._dump();
  if (status === 304 || req.method === 'HEAD') res.complete = true;
};

Exchange.prototype.onDone = function (trailers) {
  var req = this.req, sock = this.socket, res = this.res;
  if (!res) return;
  this.res = null;
  if (res.upgrade) {
    var ev = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    req.res = res;
    sock._http = null;
    sock.removeListener('end', socketOnEnd);
    if (req.timeoutCb) sock.removeListener('timeout', req.timeoutCb);
    sock.removeListener('timeout', responseOnTimeout);
    if (req.listenerCount(ev) > 0) {
      req.upgradeOrConnect = true;
      sock.emit('agentRemove');
      sock.removeListener('close', socketCloseListener);
      sock.removeListener('error', socketErrorListener);
      sock._httpMessage = null;
      req.emit(ev, res, sock, Buffer.alloc(0));
      req.destroyed = true;
      req._closed = true;
      req.emit('close');
    } else {
      sock.destroy();
    }
    return;
  }
  if (this.interim) return;
  res._onDone(trailers);
};

// ---- Node's socket listeners for a request ----

function socketErrorListener(err) {
  var req = this._httpMessage;
  if (req) {
    this._hadError = true;
    req.emit('error', err);
  }
  this._http = null;
  this.destroy();
}

function socketOnEnd() {
  var req = this._httpMessage;
  if (req && !req.res && !this._hadError) {
    this._hadError = true;
    req.emit('error', connResetException('socket hang up'));
  }
  this._http = null;
  this.destroy();
}

function socketCloseListener() {
  var req = this._httpMessage;
  this._http = null;
  if (!req) return;
  var res = req.res;
  req.destroyed = true;
  if (res) {
    if (!res.complete) {
      res.aborted = true;
      res.emit('aborted');
      res.destroy(res.listenerCount('error') > 0 ? connResetException('aborted') : undefined);
    }
    req._closed = true;
    req.emit('close');
    if (!res.aborted && res.readable) res.push(null);
  } else {
    if (!this._hadError) {
      this._hadError = true;
      req.emit('error', connResetException('socket hang up'));
    }
    req._closed = true;
    req.emit('close');
  }
}

function responseOnTimeout() {
  var req = this._httpMessage;
  if (!req) return;
  var res = req.res;
  if (!res) return;
  res.emit('timeout');
}

function responseOnEnd() {
  var req = this.req, socket = req.socket;
  if (socket) {
    if (req.timeoutCb) socket.removeListener('timeout', emitRequestTimeout);
    socket.removeListener('timeout', responseOnTimeout);
  }
  req._ended = true;
  if (!req.shouldKeepAlive) {
    if (socket && socket.writable) socket.destroySoon();
  } else if (req.writableFinished && !this.aborted) {
    responseKeepAlive(req);
  }
}

function responseKeepAlive(req) {
  var socket = req.socket;
  if (req.timeoutCb) {
    socket.setTimeout(0, req.timeoutCb);
    req.timeoutCb = null;
  }
  socket.removeListener('close', socketCloseListener);
  socket.removeListener('error', socketErrorListener);
  socket.removeListener('end', socketOnEnd);
  socket.removeListener('timeout', emitRequestTimeout);
  process.nextTick(function () {
    req._closed = true;
    req.emit('close');
    if (req.socket) req.socket.emit('free');
  });
  req.destroyed = true;
  if (req.res) req.res.socket = null;
}

// ---- timeouts, abort, destroy ----

function emitRequestTimeout() {
  var req = this._httpMessage;
  if (req) req.emit('timeout');
}

function listenSocketTimeout(req) {
  if (req.timeoutCb) return;
  req.timeoutCb = emitRequestTimeout;
  if (req.socket) req.socket.once('timeout', emitRequestTimeout);
  else req.on('socket', function (s) { s.once('timeout', emitRequestTimeout); });
}

ClientRequest.prototype.setTimeout = function (msecs, callback) {
  if (this._ended) return this;
  listenSocketTimeout(this);
  E.validateNumber(msecs, 'msecs');
  if (callback) this.once('timeout', callback);
  function set(sock) {
    if (sock.connecting) sock.once('connect', function () { sock.setTimeout(msecs); });
    else sock.setTimeout(msecs);
  }
  if (this.socket) set(this.socket);
  else this.once('socket', set);
  return this;
};

ClientRequest.prototype.setNoDelay = function (noDelay) {
  var self = this;
  if (this.socket) this.socket.setNoDelay(noDelay);
  else this.once('socket', function (s) { s.setNoDelay(noDelay); void self; });
};

ClientRequest.prototype.setSocketKeepAlive = function (enable, delay) {
  if (this.socket) this.socket.setKeepAlive(enable, delay);
  else this.once('socket', function (s) { s.setKeepAlive(enable, delay); });
};

ClientRequest.prototype.abort = function () {
  if (this.aborted) return;
  this.aborted = true;
  var self = this;
  process.nextTick(function () { self.emit('abort'); });
  this.destroy();
};

ClientRequest.prototype.destroy = function (err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.res) this.res._dump();
  if (this.socket) this.socket.destroy(err);
  else if (err) this._destroyErr = err;
  return this;
};

module.exports = { ClientRequest: ClientRequest };
