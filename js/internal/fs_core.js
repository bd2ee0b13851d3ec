// internal/fs_core — one request to the fs service in any of the three
// forms: callback (the kernel binding's async send), sync (its callSync:
// the loop thread waits for the same service), and promise, through
// internal/service with the op ids of the fs schema (internal/schema/fs).
// A request is { op, args, payload, syscall, path, dest, post(results,
// payload) }: post turns a reply into the value the API returns; asyncArgs,
// if any, replaces args in the callback and promise forms.
'use strict';

var S = require('internal/service');
var u = require('internal/fs_utils');
var errors = require('internal/errors');
var send = S.send, kcallSync = S.callSync;

var sid = -1;
var ops = null; // op name ('readFile') -> op id, made on the first request

// The schema's positions by name (its module compiles on first use only:
// the fast paths of fs.js never need it).
function opsByName() {
  var n = require('internal/schema/fs').OPS_NAMES;
  var m = Object.create(null);
  for (var i = 0; i < n.length; i++) m[n[i]] = i;
  return m;
}

function opId(name) {
  if (sid < 0) {
    sid = S.lookup('fs');
    if (sid < 0) throw S.errors().uvException(sid, 'fs');
    ops = opsByName();
  }
  var id = ops[name];
  if (id === undefined) {
    var X = S.errors();
    throw X.uvException(X.kernelCode('ENOOP'), name);
  }
  return id;
}

function finish(r, status, results, payload) {
  if (status < 0) {
    if (status === S.errors().uvCode('EFBIG') && r.op === 'readFile' && typeof results[0] === 'number') {
      return { error: u.fileTooLarge(results[0]) }; // UV_EFBIG with the size
    }
    return { error: u.opError(status, results, r.syscall || r.op, r.path, r.dest) };
  }
  return { value: r.post ? r.post(results, payload) : undefined };
}

function callSync(r) {
  var res = kcallSync(sid >= 0 ? sid : (opId(r.op), sid), opId(r.op), r.args, r.payload);
  var out = finish(r, res[0], res[1], res[2]);
  if (out.error) throw out.error;
  return out.value;
}

// A request with a signal (readFile, writeFile) fails with an AbortError
// if the signal was aborted before it is sent (the callback is called at
// once, as Node's) or before its reply is delivered.
function aborted(signal) {
  return require('internal/abort_controller').abortErrorFor(signal);
}

function callAsync(r, cb) {
  var signal = r.signal;
  if (signal && signal.aborted) return cb(aborted(signal));
  var op = opId(r.op);
  // Buffers ride in the message in place and the reply's bytes come back
  // as a Buffer that adopts them: binary-exact, no copies.
  send(sid, op, r.asyncArgs || r.args, r.payload, function (status, results, payload) {
    var out;
    try {
      out = signal && signal.aborted ? { error: aborted(signal) } : finish(r, status, results, payload);
    } catch (e) {
      out = { error: e };
    }
    if (out.error) cb(out.error);
    else if (out.value === undefined) cb(null); // as Node: (err) only
    else cb(null, out.value);
  }, true);
}

function callPromise(r) {
  return new Promise(function (resolve, reject) {
    callAsync(r, function (err, value) {
      if (err) reject(err);
      else resolve(value);
    });
  });
}

// The callback is the last argument after the `required` ones (1 unless
// told); Node validates it first.
function splitCallback(args, required) {
  var a = Array.prototype.slice.call(args);
  var cb = a.length > (required || 1) ? a[a.length - 1] : undefined;
  if (typeof cb !== 'function') throw errors.invalidArgType('cb', 'function', cb);
  a.pop();
  return { args: a, cb: cb };
}

// Build name, nameSync and promises[name] from prep(args...) -> request.
var requiredArgs = { rename: 2, link: 2, copyFile: 2, symlink: 2, writeFile: 2, appendFile: 2,
  chmod: 2, fchmod: 2, chown: 3, lchown: 3, fchown: 3, utimes: 3, lutimes: 3, futimes: 3 };

function define(fs, promises, name, prep) {
  fs[name] = function () {
    var s = splitCallback(arguments, requiredArgs[name]);
    var r = prep.apply(null, s.args);
    if (r.immediate) { // answered without the service (e.g. nothing to do)
      process.nextTick(function () { s.cb(null, r.value); });
      return;
    }
    callAsync(r, s.cb);
  };
  fs[name + 'Sync'] = function () {
    var r = prep.apply(null, arguments);
    if (r.immediate) return r.value;
    return callSync(r);
  };
  if (promises) {
    promises[name] = function () {
      var r;
      try {
        r = prep.apply(null, arguments);
      } catch (e) {
        return Promise.reject(e);
      }
      if (r.immediate) return Promise.resolve(r.value);
      return callPromise(r);
    };
  }
}

module.exports = {
  opId: opId,
  sid: function () { return sid; },
  define: define,
  callSync: callSync,
  callAsync: callAsync,
  callPromise: callPromise,
  splitCallback: splitCallback
};
