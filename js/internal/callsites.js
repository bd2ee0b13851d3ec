'use strict';
// V8's stack trace API — Error.prepareStackTrace(error, callSites) — over
// the frames mujs records in `stackTrace` ("\n\tat name (file:line)",
// "\n\tat file:line", "\n\tat name (native)"). depd (and so express),
// source-map-support and callsite packages read stacks this way. mujs
// records no columns, receivers or function objects: a CallSite answers
// null or undefined for those, as V8 does when it does not know.

function CallSite(name, file, line, native) {
  this._name = name;
  this._file = file;
  this._line = line;
  this._native = native;
}

var P = CallSite.prototype;
P.getThis = function () { return undefined; };
P.getTypeName = function () { return null; };
P.getFunction = function () { return undefined; };
P.getFunctionName = function () { return this._name; };
P.getMethodName = function () { return null; };
P.getFileName = function () { return this._file; };
P.getLineNumber = function () { return this._line; };
P.getColumnNumber = function () { return null; };
P.getEnclosingLineNumber = function () { return null; };
P.getEnclosingColumnNumber = function () { return null; };
P.getPosition = function () { return 0; };
P.getEvalOrigin = function () { return undefined; };
P.getScriptNameOrSourceURL = function () { return this._file; };
P.getPromiseIndex = function () { return null; };
P.isToplevel = function () { return this._name === null; };
P.isEval = function () { return false; };
P.isNative = function () { return this._native; };
P.isConstructor = function () { return false; };
P.isAsync = function () { return false; };
P.isPromiseAll = function () { return false; };
P.toString = function () {
  var at = this._native ? 'native' : this._file + ':' + this._line;
  return this._name === null ? at : this._name + ' (' + at + ')';
};

function parseFrame(text) {
  var name = null, at = text, open = text.lastIndexOf(' (');
  if (open > 0 && text.charAt(text.length - 1) === ')') {
    name = text.slice(0, open);
    at = text.slice(open + 2, -1);
  }
  if (at === 'native') return new CallSite(name, undefined, null, true);
  var colon = at.lastIndexOf(':');
  var line = colon > 0 ? +at.slice(colon + 1) : NaN;
  if (line !== line) return new CallSite(name, at, null, false);
  return new CallSite(name, at.slice(0, colon), line, false);
}

// The CallSites of a recorded trace, at most Error.stackTraceLimit of them.
function parse(trace) {
  var frames = typeof trace === 'string' ? trace.split('\n\tat ') : [''];
  var limit = Error.stackTraceLimit, out = [];
  if (typeof limit !== 'number' || limit !== limit) limit = 0;
  for (var i = 1; i < frames.length && out.length < limit; i++) out.push(parseFrame(frames[i]));
  return out;
}

exports.parse = parse;
exports.prepare = function (prepare, error, trace) {
  return prepare.call(Error, error, parse(trace));
};
