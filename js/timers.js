// timers — Node's timers module: the same functions as the globals.
'use strict';

var t = require('internal/timers');

exports.setTimeout = t.setTimeout;
exports.clearTimeout = t.clearTimeout;
exports.setInterval = t.setInterval;
exports.clearInterval = t.clearInterval;
exports.setImmediate = t.setImmediate;
exports.clearImmediate = t.clearImmediate;
Object.defineProperty(exports, 'promises', {
  enumerable: true,
  get: function () { return require('timers/promises'); }
});
