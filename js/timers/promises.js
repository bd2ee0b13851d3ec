// timers/promises — promise-returning setTimeout and setImmediate.
'use strict';

var t = require('internal/timers');
var errors = require('internal/errors');

function validateOptions(options) {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object') throw errors.invalidArgType('options', 'Object', options);
  if (options.ref !== undefined && typeof options.ref !== 'boolean') {
    throw errors.invalidArgType('options.ref', 'boolean', options.ref);
  }
  return options;
}

exports.setTimeout = function setTimeout(delay, value, options) {
  options = validateOptions(options);
  return new Promise(function (resolve) {
    var timer = t.setTimeout(function () { resolve(value); }, delay);
    if (options.ref === false) timer.unref();
  });
};

exports.setImmediate = function setImmediate(value, options) {
  options = validateOptions(options);
  return new Promise(function (resolve) {
    var im = t.setImmediate(function () { resolve(value); });
    if (options.ref === false) im.unref();
  });
};
