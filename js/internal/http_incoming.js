// internal/http_incoming — http.IncomingMessage: a request the net service
// parsed (services/net/net_http.c), as a Readable of its body. Body bytes
// count in the socket's read window: they are acknowledged to the service
// as the Readable takes them, held back while it is over its high-water
// mark (until _read), and the rest at the end of the request, so the window
// never fills across the requests of a kept-alive connection.
'use strict';

var Readable = require('internal/streams_readable');
var EE = require('events');
var H = require('internal/net_handles');

var ACK_STEP = H.NET.ACK_STEP;

// Node's matchKnownFields: fields whose duplicates are dropped (the first
// wins); set-cookie collects an array, cookie joins with '; ', every other
// field with ', '.
var SINGLE = {
  'content-type': 1, 'content-length': 1, 'user-agent': 1, 'referer': 1, 'host': 1,
  'authorization': 1, 'proxy-authorization': 1, 'if-modified-since': 1,
  'if-unmodified-since': 1, 'from': 1, 'location': 1, 'max-forwards': 1,
  'retry-after': 1, 'etag': 1, 'last-modified': 1, 'server': 1, 'age': 1, 'expires': 1
};

function addHeaderLine(field, value, dest) {
  field = field.toLowerCase();
  var cur = dest[field];
  if (field === 'set-cookie') {
    if (cur === undefined) dest[field] = [value];
    else cur.push(value);
  } else if (cur === undefined) {
    dest[field] = value;
  } else if (SINGLE[field] !== 1) {
    dest[field] = cur + (field === 'cookie' ? '; ' : ', ') + value;
  }
}

// "name\0value\0..." from the service -> [name, value, ...] (latin1, as
// Node's parser makes its strings), at most max pairs.
function splitRaw(buf, max) {
  if (!buf || buf.length === 0) return [];
  var parts = buf.toString('latin1').split('\u0000');
  parts.length = parts.length - 1; // the text ends in a NUL
  if (max > 0 && parts.length > 2 * max) parts.length = 2 * max;
  return parts;
}

// The fields' defaults live on the prototype (as ServerResponse's): a
// request is made per request and each own property costs the engine some
// 600 instructions; the server sets the ones it knows once.
function IncomingMessage(socket) {
  this.socket = socket;
  if (EE.captureRejections) materialize(this); // its emitter is made in init
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

var P = IncomingMessage.prototype;
P.httpVersionMajor = null;
P.httpVersionMinor = null;
P.httpVersion = null;
P.complete = false;
P.aborted = false;
P.upgrade = null;
P.url = '';
P.method = null;
P.statusCode = null;
P.statusMessage = null;
// rawTrailers is an array of the message's own, made when first read
Object.defineProperty(P, 'rawTrailers', {
  configurable: true, enumerable: true,
  get: function () { var a = []; setOwn(this, 'rawTrailers', a); return a; },
  set: function (v) { setOwn(this, 'rawTrailers', v); }
});
function setOwn(self, name, v) {
  Object.defineProperty(self, name, { value: v, writable: true, configurable: true, enumerable: true });
}
P._headers = null;
P._trailers = null;
P._consuming = false;
P._id = 0; // the socket's id, for acknowledgements (else the socket's own)
P._unacked = 0; // body bytes taken and not acknowledged
P._held = false; // over the high-water mark: acks wait for _read
P._raw = null; // the head's "name\0value\0..." until rawHeaders is read
P._rawMax = 2000; // Node's default maxHeadersCount
P._rawList = null; // ... split
// The Readable is made on first use (lazy below): most requests of a
// server are a head without a body that nobody reads, and a Readable's
// state (some 30 fields) was a fifth of a hello-world request's JS.
P._rsOn = false; // the Readable exists
P._lazyEnded = false; // the request ended before it existed
// _dump's state, one field (each new field of a request costs ~600
// instructions): 0 not dumped, 1 dumped (resumed), 2 dumped before the
// Readable existed, 3 ... and its 'end' would have been emitted by now
P._dumpSt = 0;

var READABLE_OPTS = { autoDestroy: false };

// Make the Readable, in the state the events it missed would have left it
// in: ended (push(null), whose 'readable' had no listener to reach), and
// dumped (resume(), whose 'end' follows two ticks later: made now if that
// has not passed yet, else the state it left, 'end' emitted to nobody).
function materialize(self) {
  self._rsOn = true;
  Readable.call(self, READABLE_OPTS);
  var st = self._readableState;
  if (self._lazyEnded) st.ended = true;
  if (self._dumpSt === 2) {
    self.resume();
  } else if (self._dumpSt === 3) {
    st.flowing = true;
    st.paused = false;
    st.endEmitted = true;
  }
  return st;
}

Object.defineProperty(P, '_readableState', {
  configurable: true,
  get: function () { return materialize(this); },
  set: function (v) {
    Object.defineProperty(this, '_readableState', { value: v, writable: true, configurable: true, enumerable: true });
  }
});
Object.defineProperty(P, 'destroyed', {
  configurable: true, enumerable: true,
  get: function () { return this._rsOn ? this._readableState.destroyed : false; },
  set: function (v) { this._readableState.destroyed = v; }
});
Object.defineProperty(P, 'rawHeaders', {
  configurable: true, enumerable: true,
  get: function () {
    var raw = parsedFields(this) || [];
    this.rawHeaders = raw;
    return raw;
  },
  set: function (v) {
    parsedFields(this); // headers stay the parsed ones, as in Node
    Object.defineProperty(this, 'rawHeaders', { value: v, writable: true, configurable: true, enumerable: true });
  }
});

// The parsed head's fields as [name, value, ...], split on first use
// (null for a message the service did not parse).
function parsedFields(self) {
  if (self._raw !== null) {
    self._rawList = splitRaw(self._raw, self._rawMax);
    self._raw = null;
  }
  return self._rawList;
}

function headersOf(raw) {
  var h = {};
  for (var i = 0; i + 1 < raw.length; i += 2) addHeaderLine(raw[i], raw[i + 1], h);
  return h;
}

function distinctOf(raw) {
  var h = {};
  for (var i = 0; i + 1 < raw.length; i += 2) {
    var k = raw[i].toLowerCase();
    if (h[k] === undefined) h[k] = [raw[i + 1]];
    else h[k].push(raw[i + 1]);
  }
  return h;
}

Object.defineProperty(IncomingMessage.prototype, 'headers', {
  configurable: true, enumerable: true,
  get: function () { return this._headers || (this._headers = headersOf(parsedFields(this) || this.rawHeaders)); },
  set: function (v) { this._headers = v; }
});
Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
  configurable: true, enumerable: true,
  get: function () { return distinctOf(parsedFields(this) || this.rawHeaders); }
});
Object.defineProperty(IncomingMessage.prototype, 'trailers', {
  configurable: true, enumerable: true,
  get: function () { return this._trailers || (this._trailers = headersOf(this.rawTrailers)); },
  set: function (v) { this._trailers = v; }
});
Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct', {
  configurable: true, enumerable: true,
  get: function () { return distinctOf(this.rawTrailers); }
});
Object.defineProperty(IncomingMessage.prototype, 'connection', {
  configurable: true, get: function () { return this.socket; }
});

IncomingMessage.prototype._ack = function () {
  var id = this._id || (this.socket && this.socket._id); // (a server's request has no _id)
  if (this._unacked > 0 && id) {
    H.send(H.OP.ACK, null, undefined, id, this._unacked);
    this._unacked = 0;
  }
};

// A body chunk from the service.
IncomingMessage.prototype._onBody = function (buf) {
  this._unacked += buf.length;
  if (this._dumpSt !== 0) {
    this._ack();
    return;
  }
  if (!this.push(buf)) this._held = true;
  else if (!this._held && this._unacked >= ACK_STEP) this._ack();
};

IncomingMessage.prototype._onDone = function (trailers) {
  if (trailers) this.rawTrailers = splitRaw(trailers, 0);
  this.complete = true;
  if (this._unacked > 0) this._ack();
  if (this._rsOn) this.push(null);
  else this._lazyEnded = true;
};

IncomingMessage.prototype._read = function () {
  this._consuming = true;
  if (this._held) {
    this._held = false;
    this._ack();
  }
};

// Read and drop the rest of the body (the response ended first).
IncomingMessage.prototype._dump = function () {
  if (this._dumpSt !== 0) return;
  if (!this._rsOn && this._lazyEnded && this._events === undefined) {
    this._dumpSt = 2; // nobody would see the resume and its 'end'
    if (this._unacked > 0) this._ack();
    return;
  }
  this._dumpSt = 1;
  if (this._unacked > 0) this._ack();
  this.removeAllListeners('data');
  this.resume();
};

IncomingMessage.prototype.setTimeout = function (ms, cb) {
  if (cb) this.on('timeout', cb);
  this.socket.setTimeout(ms);
  return this;
};

IncomingMessage.prototype._destroy = function (err, cb) {
  if (!this.readableEnded || !this.complete) this.aborted = true;
  cb(err);
};

module.exports = {
  IncomingMessage: IncomingMessage,
  splitRaw: splitRaw
};
