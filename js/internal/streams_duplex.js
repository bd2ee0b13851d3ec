// internal/streams_duplex — stream.Duplex, Transform and PassThrough.
'use strict';

var Readable = require('internal/streams_readable');
var Writable = require('internal/streams_writable');
var U = require('internal/streams_utils');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  Readable.call(this, options);
  Writable.call(this, options);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
  } else {
    this.allowHalfOpen = true;
  }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);
Readable.Duplex = Duplex;
Writable.Duplex = Duplex;

(function () {
  var names = Object.getOwnPropertyNames(Writable.prototype);
  for (var i = 0; i < names.length; i++) {
    var k = names[i];
    if (k === 'constructor' || k === 'destroy' || k === '_destroy' || k === '_undestroy') continue;
    if (k in Duplex.prototype) continue;
    var d = Object.getOwnPropertyDescriptor(Writable.prototype, k);
    Object.defineProperty(Duplex.prototype, k, d);
  }
})();
Duplex.prototype.destroy = Writable.prototype.destroy;
Object.defineProperty(Duplex.prototype, 'destroyed', {
  configurable: true,
  get: function () {
    if (this._readableState === undefined || this._writableState === undefined) return false;
    return this._readableState.destroyed && this._writableState.destroyed;
  },
  set: function (v) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = v;
      this._writableState.destroyed = v;
    }
  }
});

// Transform: each write goes through _transform; its output is pushed to the
// readable side, and the write callback waits while that side is full.
var kCallback = '@@muk.transform.callback';

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);
  var rhwm = options ? U.getHighWaterMark({ objectMode: !!(options.objectMode || options.readableObjectMode) },
    options, 'readableHighWaterMark', true) : null;
  if (rhwm === 0) {
    var o = {};
    for (var k in options) o[k] = options[k];
    o.highWaterMark = null;
    o.readableHighWaterMark = rhwm;
    o.writableHighWaterMark = options.writableHighWaterMark || 0;
    options = o;
  }
  Duplex.call(this, options);
  this._readableState.sync = false;
  this[kCallback] = null;
  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }
  this.on('prefinish', prefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function final(cb) {
  var self = this;
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush(function (er, data) {
      if (er) {
        if (cb) cb(er);
        else self.destroy(er);
        return;
      }
      if (data != null) self.push(data);
      self.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function () {
  throw U.E.notImplemented('_transform()');
};

Transform.prototype._write = function (chunk, encoding, callback) {
  var self = this;
  var rState = this._readableState, wState = this._writableState;
  var length = rState.length;
  this._transform(chunk, encoding, function (err, val) {
    if (err) {
      callback(err);
      return;
    }
    if (val != null) self.push(val);
    if (wState.ended || length === rState.length || rState.length < rState.highWaterMark) callback();
    else self[kCallback] = callback;
  });
};

Transform.prototype._read = function () {
  if (this[kCallback]) {
    var callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);
PassThrough.prototype._transform = function (chunk, encoding, cb) {
  cb(null, chunk);
};

module.exports = { Duplex: Duplex, Transform: Transform, PassThrough: PassThrough };
