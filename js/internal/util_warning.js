'use strict';
// process.emitWarning (lib/internal/process/warning.js) for when the bridge
// does not provide one. The default handler prints
// '(muk:PID) [CODE] Name: message' to stderr, as Node prints '(node:PID) ...'.

var errors = require('internal/errors');

function programName() {
  var rel = process.release;
  if (rel && typeof rel.name === 'string' && rel.name !== '' && rel.name !== 'node') return rel.name;
  return 'muk';
}

function writeWarning(warning) {
  if (process.noDeprecation && warning.name === 'DeprecationWarning') return;
  var argv = process.execArgv || [];
  for (var i = 0; i < argv.length; i++) if (argv[i] === '--no-warnings') return;
  var msg = '(' + programName() + ':' + process.pid + ') ';
  if (warning.code) msg += '[' + warning.code + '] ';
  var name = warning.name === undefined ? 'Warning' : String(warning.name);
  var message = warning.message === undefined ? '' : String(warning.message);
  msg += message === '' ? name : name + ': ' + message;
  if (warning.detail) msg += '\n' + warning.detail;
  var err = process.stderr;
  if (err && typeof err.write === 'function') err.write(msg + '\n');
}

function emitWarning(warning, type, code, ctor) {
  var detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') {
    throw errors.ERR_INVALID_ARG_TYPE('type', 'string', type);
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw errors.ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  if (typeof warning === 'string') {
    var w = new Error(warning);
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    if (detail !== undefined) w.detail = detail;
    warning = w;
  } else if (!(warning instanceof Error)) {
    throw errors.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) throw warning;
  }
  var fire = function () {
    if (typeof process.emit === 'function') {
      try { process.emit('warning', warning); } catch (e) { /* listeners' errors */ }
    }
    writeWarning(warning);
  };
  if (typeof process.nextTick === 'function') process.nextTick(fire);
  else fire();
}

function install() {
  if (typeof process === 'object' && process !== null && typeof process.emitWarning !== 'function') {
    process.emitWarning = emitWarning;
  }
}

exports.emitWarning = function () {
  install();
  return process.emitWarning.apply(process, arguments);
};
exports.install = install;
exports.rawEmitWarning = emitWarning;
