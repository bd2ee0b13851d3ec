// internal/http_incoming — http.IncomingMessage: a request the net service
// parsed (services/net/net_http.c), as a Readable of its body. Body bytes
// count in the socket's read window: they are acknowledged to the service
// as the Readable takes them, held back while it is over its high-water
// mark (until _read), and the rest at the end of the request, so the window
// never fills across the requests of a kept-alive connection.
'use strict';

var Readable = require('internal/streams_readable');
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

function IncomingMessage(socket) {
  Readable.call(this, { autoDestroy: false });
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this.rawHeaders = [];
  this.rawTrailers = [];
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this._headers = null;
  this._trailers = null;
  this._consuming = false;
  this._dumped = false;
  this._id = 0; // the socket's id, for acknowledgements
  this._unacked = 0; // body bytes taken and not acknowledged
  this._held = false; // over the high-water mark: acks wait for _read
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

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
  get: function () { return this._headers || (this._headers = headersOf(this.rawHeaders)); },
  set: function (v) { this._headers = v; }
});
Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
  configurable: true, enumerable: true,
  get: function () { return distinctOf(this.rawHeaders); }
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
  if (this._unacked > 0 && this._id) {
    H.send(H.OP.ACK, null, undefined, this._id, this._unacked);
    this._unacked = 0;
  }
};

// A body chunk from the service.
IncomingMessage.prototype._onBody = function (buf) {
  this._unacked += buf.length;
  if (this._dumped) {
    this._ack();
    return;
  }
  if (!this.push(buf)) this._held = true;
  else if (!this._held && this._unacked >= ACK_STEP) this._ack();
};

IncomingMessage.prototype._onDone = function (trailers) {
  if (trailers) this.rawTrailers = splitRaw(trailers, 0);
  this.complete = true;
  this._ack();
  this.push(null);
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
  if (this._dumped) return;
  this._dumped = true;
  this.removeAllListeners('data');
  this._ack();
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
