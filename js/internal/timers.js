// internal/timers — Timeout and Immediate objects over the native timer
// binding. C knows timers only by integer id and calls onTimeout(id) when
// one expires and onImmediate() in the check phase.
'use strict';

var T = internalBinding('timers');
var errors = require('internal/errors');

var TIMEOUT_MAX = 2147483647;
var active = {};   // native id -> Timeout

function validateCallback(cb) {
  if (typeof cb !== 'function') throw errors.invalidArgType('callback', 'Function', cb);
}

function normalizeDelay(ms) {
  ms = Number(ms);
  if (!(ms >= 1 && ms <= TIMEOUT_MAX)) {
    if (ms > TIMEOUT_MAX) {
      process.emitWarning(ms + ' does not fit into a 32-bit signed integer.' +
        '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    }
    ms = 1;
  }
  return ms;
}

function Timeout(callback, after, args, isRepeat) {
  after = normalizeDelay(after);
  this._idleTimeout = after;
  this._onTimeout = callback;
  this._timerArgs = args;
  this._repeat = isRepeat ? after : null;
  this._destroyed = false;
  this._refed = true;
  this._id = T.create();
  active[this._id] = this;
  T.start(this._id, after);
}

Timeout.prototype.ref = function () {
  if (!this._destroyed && !this._refed) { this._refed = true; T.ref(this._id, true); }
  return this;
};
Timeout.prototype.unref = function () {
  if (!this._destroyed && this._refed) { this._refed = false; T.ref(this._id, false); }
  return this;
};
Timeout.prototype.hasRef = function () { return this._refed; };
Timeout.prototype.refresh = function () {
  if (!this._destroyed) T.start(this._id, this._idleTimeout);
  return this;
};
Timeout.prototype.close = function () { clearTimeout(this); return this; };

function destroy(t) {
  if (t._destroyed) return;
  t._destroyed = true;
  delete active[t._id];
  T.close(t._id);
}

function onTimeout(id) {
  var t = active[id];
  if (!t) return;
  if (t._repeat !== null) T.start(id, t._repeat);
  else destroy(t);
  var args = t._timerArgs;
  if (args === undefined) t._onTimeout();
  else t._onTimeout.apply(t, args);
}

function setTimeout(callback, after) {
  validateCallback(callback);
  var args;
  if (arguments.length > 2) args = Array.prototype.slice.call(arguments, 2);
  return new Timeout(callback, after, args, false);
}

function setInterval(callback, repeat) {
  validateCallback(callback);
  var args;
  if (arguments.length > 2) args = Array.prototype.slice.call(arguments, 2);
  return new Timeout(callback, repeat, args, true);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout !== undefined && timer._id !== undefined) destroy(timer);
}

// ---- immediates ----------------------------------------------------------
var immQueue = [];
var immCount = 0, immRefCount = 0;

function updateImmediates() { T.immediates(immCount, immRefCount); }

function Immediate(callback, args) {
  this._onImmediate = callback;
  this._argv = args;
  this._destroyed = false;
  this._refed = true;
  immQueue.push(this);
  immCount++;
  immRefCount++;
  if (immCount === 1 || immRefCount === 1) updateImmediates();
}
Immediate.prototype.ref = function () {
  if (!this._destroyed && !this._refed) {
    this._refed = true;
    if (++immRefCount === 1) updateImmediates();
  }
  return this;
};
Immediate.prototype.unref = function () {
  if (!this._destroyed && this._refed) {
    this._refed = false;
    if (--immRefCount === 0) updateImmediates();
  }
  return this;
};
Immediate.prototype.hasRef = function () { return this._refed; };

function retire(im) {
  im._destroyed = true;
  immCount--;
  if (im._refed) immRefCount--;
}

function onImmediate() {
  // Immediates queued while these run wait for the next loop iteration.
  var list = immQueue;
  immQueue = [];
  var i = 0;
  try {
    for (; i < list.length; i++) {
      var im = list[i];
      if (im._destroyed) continue;
      retire(im);
      if (im._argv === undefined) im._onImmediate();
      else im._onImmediate.apply(im, im._argv);
      T.runTicks();
    }
  } finally {
    if (i < list.length - 1) immQueue = list.slice(i + 1).concat(immQueue);
    updateImmediates();
  }
}

function setImmediate(callback) {
  validateCallback(callback);
  var args;
  if (arguments.length > 1) args = Array.prototype.slice.call(arguments, 1);
  return new Immediate(callback, args);
}

function clearImmediate(im) {
  if (!im || im._destroyed || im._onImmediate === undefined) return;
  retire(im);
  updateImmediates();
}

T.setCallbacks(onTimeout, onImmediate);

module.exports = {
  setTimeout: setTimeout,
  clearTimeout: clearTimeout,
  setInterval: setInterval,
  clearInterval: clearTimeout,
  setImmediate: setImmediate,
  clearImmediate: clearImmediate,
  Timeout: Timeout,
  Immediate: Immediate
};
