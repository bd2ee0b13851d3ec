// internal/timers — setTimeout, setInterval, setImmediate and their clear*
// are native (bridge/timers.c): a Timeout or Immediate is a C-backed object,
// its callback is called straight from C. This module supplies what is rare:
// Node's error and warning text, the constructors (for instanceof) and the
// underscore properties some Node code reads (_onTimeout, _idleTimeout ...).
'use strict';

var T = internalBinding('timers');

T.setup({
  invalidCallback: function (callback) {
    throw require('internal/errors').invalidArgType('callback', 'Function', callback);
  },
  overflowWarning: function (ms) {
    process.emitWarning(ms + ' does not fit into a 32-bit signed integer.' +
      '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
  }
});

function Timeout() { throw new TypeError('Illegal constructor'); }
function Immediate() { throw new TypeError('Illegal constructor'); }

function defineInfo(proto, name, i) {
  Object.defineProperty(proto, name, {
    configurable: true,
    enumerable: false,
    get: function () { var info = T.info(this); return info === undefined ? undefined : info[i]; }
  });
}

function setupPrototype(Ctor, proto, names) {
  Ctor.prototype = proto;
  Object.defineProperty(proto, 'constructor', { value: Ctor, writable: true, configurable: true, enumerable: false });
  for (var i = 0; i < names.length; i++) if (names[i]) defineInfo(proto, names[i], i);
}

// T.info(obj): [kind, callback, args, idleTimeout, repeat, destroyed]
setupPrototype(Timeout, T.timeoutPrototype,
  [null, '_onTimeout', '_timerArgs', '_idleTimeout', '_repeat', '_destroyed']);
setupPrototype(Immediate, T.immediatePrototype,
  [null, '_onImmediate', '_argv', null, null, '_destroyed']);

module.exports = {
  setTimeout: T.setTimeout,
  clearTimeout: T.clearTimeout,
  setInterval: T.setInterval,
  clearInterval: T.clearTimeout,
  setImmediate: T.setImmediate,
  clearImmediate: T.clearImmediate,
  Timeout: Timeout,
  Immediate: Immediate
};
