// V8's stack trace API: Error.captureStackTrace (own `stack` on plain
// objects, the constructorOpt cut), Error.prepareStackTrace with CallSites
// (depd, and so express, reads stacks this way), recursion inside it, a
// throwing prepareStackTrace. No columns: mujs records none.
function sites() {
  var prep = Error.prepareStackTrace, obj = {};
  Error.prepareStackTrace = function (e, s) { return s; };
  Error.captureStackTrace(obj, sites);
  var s = obj.stack;
  Error.prepareStackTrace = prep;
  return s;
}
function caller() { return sites(); }
var s = caller();
console.log(Array.isArray(s), s.length > 0, typeof s[0].getFileName());
console.log(s[0].getFunctionName(), require('path').basename(s[0].getFileName()), s[0].getLineNumber());
console.log(s[0].isNative(), s[0].isEval(), s[0].isConstructor(), String(s[0]).indexOf('caller (') === 0);
var o = {};
Error.captureStackTrace(o);
console.log(typeof o.stack, o.stack.split('\n')[0], Object.getOwnPropertyNames(o).indexOf('stack') >= 0);
var p = { name: 'X', message: 'm' };
Error.captureStackTrace(p);
console.log(p.stack.split('\n')[0]);
Error.prepareStackTrace = function (e, cs) { return 'P:' + e.message + ':' + (cs.length > 0) + ':' + typeof cs[0].getLineNumber(); };
console.log(new Error('hi').stack);
Error.prepareStackTrace = function (e) { return 'inner ' + typeof e.stack; };
console.log(new Error('rec').stack);
Error.prepareStackTrace = function () { throw new Error('boom'); };
try { new Error('t').stack; console.log('no throw'); } catch (e) { console.log('threw ' + e.message); }
Error.prepareStackTrace = undefined;
console.log(new Error('back').stack.split('\n')[0]);
