// internal/http_server — http.Server: a net.Server whose listener is in
// http mode (LISTEN_HTTP): the net service parses its connections
// (services/net/net_http.c) and reports each request head, body chunk and
// end, parse errors and timeouts as events of the socket; each accepted
// Socket gets a Conn that turns them into IncomingMessage/ServerResponse
// pairs. Pipelined requests come at once; a response names its request
// (_seq) when one before it is pending, and the service writes it after
// those. docs/http.md is the design.
'use strict';

var net = require('net');
var E = require('internal/errors');
var H = require('internal/net_handles');
var C = require('internal/http_common');
var IN = require('internal/http_incoming');
var ServerResponse = require('internal/http_outgoing').ServerResponse;

var OP = H.OP, NET = H.NET, EV = require('internal/schema/net').EVENTS;
// read per request: module variables instead of property reads
var EV_HEAD = EV.HTTP_HEAD, EV_BODY = EV.HTTP_BODY, EV_DONE = EV.HTTP_DONE;
var HEAD_DONE = NET.HEAD_DONE, HEAD_UPGRADE = NET.HEAD_UPGRADE;
var HEAD_KEEPALIVE = NET.HEAD_KEEPALIVE, HEAD_EXPECT = NET.HEAD_EXPECT;
var IncomingMessage = IN.IncomingMessage;

var CONTINUE_RE = /(?:^|\W)100-continue(?:$|\W)/i;
var FAST = require('events')['@@muk.fastEmit'];

// server.emit('request', req, res) without emit's arguments object while
// emit is the stock one
function emitRequest(server, req, res) {
  if (server.emit === FAST.emit) FAST.emit2(server, 'request', req, res);
  else server.emit('request', req, res);
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options === undefined || options === null) {
    options = {};
  } else {
    E.validateObject(options, 'options');
  }
  net.Server.call(this, {
    allowHalfOpen: true,
    noDelay: options.noDelay === undefined ? true : options.noDelay,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay
  });
  if (options.maxHeaderSize !== undefined)
    E.validateNumber(options.maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = options.maxHeaderSize;
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this.headersTimeout = options.headersTimeout === undefined ? 60000 : options.headersTimeout;
  this.requestTimeout = options.requestTimeout === undefined ? 300000 : options.requestTimeout;
  this.keepAliveTimeout = 5000;
  this._conns = [];
  if (requestListener) this.on('request', requestListener);
  this.on('connection', connectionListener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype._holdFlag = function () {
  return net.Server.prototype._holdFlag.call(this) | NET.LISTEN_HTTP;
};

// The service enforces the timers and the header cap (read at listen).
Server.prototype._listenArgs = function (host, port, backlog, flags) {
  return [host, port, backlog, flags, this.headersTimeout | 0, this.requestTimeout | 0,
    this.keepAliveTimeout | 0, this.maxHeaderSize || NET.MAX_HEADER_SIZE];
};

Server.prototype.setTimeout = function (ms, cb) {
  this.timeout = ms;
  if (cb) this.on('timeout', cb);
  return this;
};

Server.prototype.closeAllConnections = function () {
  var conns = this._conns.slice();
  for (var i = 0; i < conns.length; i++) conns[i].socket.destroy();
};

Server.prototype.closeIdleConnections = function () {
  var conns = this._conns.slice();
  for (var i = 0; i < conns.length; i++) if (!conns[i].first) conns[i].socket.destroy();
};

Server.prototype.close = function (cb) {
  this.closeIdleConnections();
  return net.Server.prototype.close.call(this, cb);
};

function connectionListener(socket) {
  var conn = new Conn(this, socket);
  socket._http = conn;
  this._conns.push(conn);
  if (this.timeout) socket.setTimeout(this.timeout);
  socket.on('timeout', socketOnTimeout);
  socket.on('error', socketOnError);
  socket.on('end', socketOnEnd);
  socket.on('close', socketOnClose);
}

function Conn(server, socket) {
  this.server = server;
  this.socket = socket;
  this.req = null; // the latest request (its body events are next)
  this.res = null; // ... and its response, until it finished
  this.first = null; // the oldest response not finished (node's socket._httpMessage)
  this.later = null; // the others, in order (pipelining), from later[qhead]
  this.qhead = 0;
  this.nout = 0; // responses not finished
  this.nreq = 0;
  this.ended = false; // the client ended its side
}

Conn.prototype.onEvent = function (type, payload, a, b, c, d, e, f) {
  var sock = this.socket;
  if (sock._timer) sock._touch();
  if (type === EV_HEAD) {
    this.onHead(payload, a, b, c, d, e, f);
    if ((e & HEAD_DONE) && this.req) this.req._onDone(null); // no HTTP_DONE follows
  }
  else if (type === EV_BODY) { if (this.req) this.req._onBody(payload || a); }
  else if (type === EV_DONE) { if (this.req) this.req._onDone(payload); }
  else if (type === EV.HTTP_ERROR) this.onParseError(a, b, c, payload);
  else if (type === EV.HTTP_TIMEOUT) {
    if (a === NET.TIMEOUT_REQUEST) {
      socketOnError.call(sock, E.makeError(Error, 'ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout'));
    } else if (!this.first) {
      sock.destroy(); // keepAliveTimeout: an idle connection goes
    }
  }
};

Conn.prototype.onHead = function (raw, method, url, major, minor, flags, clen) {
  var server = this.server, sock = this.socket;
  var req = new IncomingMessage(sock);
  req.method = method;
  req.url = url;
  req.httpVersionMajor = major;
  req.httpVersionMinor = minor;
  req.httpVersion = major === 1 && minor === 1 ? '1.1' : major + '.' + minor;
  req._raw = raw; // split when rawHeaders or headers is first read
  if (server.maxHeadersCount > 0) req._rawMax = server.maxHeadersCount;
  this.nreq++;
  if (flags & HEAD_UPGRADE) {
    var ev = method === 'CONNECT' ? 'connect' : 'upgrade';
    if (server.listenerCount(ev) > 0) {
      req.upgrade = true;
      H.send(OP.HUPGRADE, null, undefined, sock._id, 1);
      this.detach();
      sock.removeListener('timeout', socketOnTimeout);
      sock.removeListener('end', socketOnEnd);
      server.emit(ev, req, sock, Buffer.alloc(0));
      return;
    }
    if (method === 'CONNECT') {
      sock.destroy();
      return;
    }
    H.send(OP.HUPGRADE, null, undefined, sock._id, 0);
  }
  req.upgrade = false;
  var res = new ServerResponse(req, this);
  var keep = !!(flags & HEAD_KEEPALIVE), maxReq = server.maxRequestsPerSocket;
  if (res.shouldKeepAlive !== keep) res.shouldKeepAlive = keep; // (the defaults are the prototype's)
  res._keepAliveTimeout = server.keepAliveTimeout;
  if (maxReq) res._maxRequestsPerSocket = maxReq;
  if (maxReq > 0 && this.nreq >= maxReq) res._maxReached = true;
  this.req = req;
  this.res = res;
  if (this.nout++ === 0) this.first = res;
  else {
    res._seq = this.nreq; // written after the responses before it
    (this.later || (this.later = [])).push(res);
  }
  if (maxReq > 0 && this.nreq > maxReq) {
    res.writeHead(503);
    res.end();
    return;
  }
  var expect = flags & HEAD_EXPECT ? req.headers.expect : undefined;
  if (expect !== undefined && major === 1 && minor === 1) {
    if (CONTINUE_RE.test(expect)) {
      res._expect_continue = true;
      if (server.listenerCount('checkContinue') > 0) {
        server.emit('checkContinue', req, res);
      } else {
        res.writeContinue();
        emitRequest(server, req, res);
      }
    } else if (server.listenerCount('checkExpectation') > 0) {
      server.emit('checkExpectation', req, res);
    } else {
      res.writeHead(417);
      res.end();
    }
    return;
  }
  emitRequest(server, req, res);
};

Conn.prototype.responseEnding = function () {};

// Node's resOnFinish: drop what is left of the request, then close the
// connection or wait for the next request (the service parses it now).
Conn.prototype.responseFinished = function (res) {
  var req = res.req, sock = this.socket;
  if (!req._consuming && !(req._rsOn && req._readableState.resumeScheduled)) req._dump();
  if (this.res === res) {
    this.res = null;
    this.req = null;
  }
  if (this.first === res) {
    this.nout--;
    var q = this.later, i = this.qhead;
    if (q && i < q.length) { // (no shift: it costs mujs ~2 k instructions)
      this.first = q[i];
      q[i] = null;
      if (++i === q.length) { q.length = 0; i = 0; }
      this.qhead = i;
    } else {
      this.first = null;
    }
  }
  // 'close' on both a tick later, as Node; with no listener on either
  // (nothing else runs between here and that tick that could add one:
  // 'finish' has run, and end() wrote with no callback) nobody would see it
  if (res._events === undefined && req._events === undefined) { if (req._dumpSt === 2) req._dumpSt = 3; }
  else process.nextTick(emitClosed, res, req);
  if (res._last || (this.ended && this.nout === 0)) sock.destroySoon();
};

function emitClosed(res, req) {
  res.emit('close');
  if (req._dumpSt === 2) req._dumpSt = 3; // as Node's resume() has emitted 'end' by now
  if (req.complete && !req.destroyed) req.emit('close');
}

Conn.prototype.detach = function () {
  var list = this.server._conns, i = list.indexOf(this);
  if (i >= 0) list.splice(i, 1);
  this.socket._http = null;
};

Conn.prototype.onParseError = function (code, reason, bytesParsed, raw) {
  // at the end of the stream (the parser's finish) Node has no reason and
  // no packet
  var err = new Error(reason ? 'Parse Error: ' + reason : 'Parse Error');
  err.bytesParsed = bytesParsed;
  err.code = code;
  err.reason = reason;
  if (raw) err.rawPacket = raw;
  socketOnError.call(this.socket, err);
};

function noop() {}

// Node's socketOnError: 'clientError', or an answer and the end.
function socketOnError(e) {
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', noop);
  var conn = this._http, server = conn ? conn.server : this._server;
  if (!server || !server.emit('clientError', e, this)) {
    var res = conn && conn.first;
    if (this.writable && (!res || !res._headSent)) {
      var line = e.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large'
        : e.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW' ? '413 Payload Too Large'
          : e.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
      this.write('HTTP/1.1 ' + line + '\r\nConnection: close\r\n\r\n');
    }
    this.destroy(e);
  }
}

function socketOnTimeout() {
  var conn = this._http;
  var req = conn && conn.req, res = conn && conn.res;
  var reqTimeout = req && !req.complete && req.emit('timeout', this);
  var resTimeout = res && res.emit('timeout', this);
  var serverTimeout = conn && conn.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnEnd() {
  var conn = this._http;
  if (!conn) return;
  if (conn.nout > 1 || (conn.first && !conn.first.finished)) conn.ended = true;
  else this.destroySoon();
}

function socketOnClose() {
  var conn = this._http;
  if (!conn) return;
  conn.detach();
  var res = conn.first, later = conn.later, i, q0 = conn.qhead;
  // node's abortIncoming (every request not answered yet), then 'close' on
  // the response that had the socket (the later ones never had it) and on
  // the requests
  if (res) abortReq(res.req);
  for (i = q0; later && i < later.length; i++) abortReq(later[i].req);
  if (res && !res.writableFinished) {
    res.destroyed = true;
    res.emit('close');
  }
  if (res) closeReq(res.req);
  for (i = q0; later && i < later.length; i++) closeReq(later[i].req);
}

// a request not read to its end is aborted
function abortReq(req) {
  if (!req.complete || !req.readableEnded) {
    req.aborted = true;
    req.emit('aborted');
  }
  if (!req.complete) req.destroy();
}

function closeReq(req) {
  if (req.complete && !req.destroyed) req.emit('close');
}

module.exports = { Server: Server };
