// muk — direct access to the kernel's services from a script:
//   muk.call(service, op, args, [payload], callback(err, results, payload))
//   muk.request(service, op, args, [payload]) -> Promise<{results, payload}>
//   muk.service(name) -> a handle with the same .call(op, args, [payload],
//     callback) and .request(op, args, [payload]), without the name lookup
//   muk.stats([name]) -> a service's metrics (every service's, by name,
//     without a name): requests, errors by code, latency histogram, and for
//     a remote binding its link (connected, reconnects, bytes on the wire)
//   muk.on('connect' | 'disconnect', fn(service, info)): a remote binding's
//     link came up (again) / its peer was declared gone; info = {url} /
//     {url, reason}. muk has EventEmitter's methods (on, once, off, emit,
//     listenerCount, ...); listening keeps nothing alive.
// Services are addressed by name; where a service runs (in process, on its
// own thread, or in a muk-serviced over nanomsg) doesn't change the call.
// `results` is an array; a reply without results gets one shared, frozen,
// empty array.
//
// The hot path allocates no closure: service and op ids are cached per
// name, the binding's call() checks the arguments' types, keeps the callback
// in its integer-id table and calls it as cb(null, results, payload); a
// failed request goes through internal/service's one error handler. (mujs
// looks up every variable a closure can see by name, so the functions here
// stay free of inner functions.)
'use strict';

var S = require('internal/service');
var kcall = S.call;
var errors = require('internal/errors');

var services = Object.create(null); // name -> Service

function Service(name, id) {
  this.id = id;
  this.name = name;
  this.ops = Object.create(null); // op name -> op id
}

// "ENOENT: no such file or directory, fs.open"; a failed request reaches its
// callback as the same error (internal/service's call()).
function serviceError(status, service, op) {
  return S.errors().serviceError(status, service, op);
}

function validate(service, op, args, payload, callback) {
  if (typeof service !== 'string') throw errors.invalidArgType('service', 'string', service);
  if (typeof op !== 'string') throw errors.invalidArgType('op', 'string', op);
  if (!Array.isArray(args)) throw errors.invalidArgType('args', 'Array', args);
  for (var i = 0; i < args.length; i++) {
    if (typeof args[i] !== 'number' && typeof args[i] !== 'string' && !Buffer.isBuffer(args[i])) {
      throw errors.invalidArgType('args[' + i + ']', ['number', 'string', 'Buffer'], args[i]);
    }
  }
  if (payload !== undefined && typeof payload !== 'string' && !Buffer.isBuffer(payload)) {
    throw errors.invalidArgType('payload', ['string', 'Buffer'], payload);
  }
  if (typeof callback !== 'function') throw errors.invalidArgType('callback', 'function', callback);
}

// The Service for a name, or the negative status when there is none.
function lookup(name) {
  var s = services[name];
  if (s !== undefined) return s;
  var sid = S.lookup(name);
  if (sid < 0) return sid;
  s = services[name] = new Service(name, sid);
  return s;
}

function failLater(callback, err) {
  process.nextTick(function () { callback(err); });
}

// Everything the fast path does not handle: first use of a name, unknown
// service or op, arguments of the wrong type.
function slowCall(service, op, args, payload, callback) {
  validate(service, op, args, payload, callback);
  var s = lookup(service);
  if (typeof s === 'number') return failLater(callback, serviceError(s, service, op));
  var oid = s.ops[op];
  if (oid === undefined) {
    oid = S.op(s.id, op); // also names the op in serviceError's messages
    if (oid < 0) return failLater(callback, serviceError(oid, service, op));
    s.ops[op] = oid;
  }
  kcall(s.id, oid, args, payload, callback);
}

function call(service, op, args, payload, callback) {
  if (typeof payload === 'function') { callback = payload; payload = undefined; }
  var s = services[service];
  var oid = s !== undefined ? s.ops[op] : undefined;
  if (oid === undefined || !kcall(s.id, oid, args, payload, callback)) {
    slowCall(service, op, args, payload, callback);
  }
}

Service.prototype.call = function (op, args, payload, callback) {
  if (typeof payload === 'function') { callback = payload; payload = undefined; }
  var oid = this.ops[op];
  if (oid === undefined || !kcall(this.id, oid, args, payload, callback)) {
    slowCall(this.name, op, args, payload, callback);
  }
};

function request(service, op, args, payload) {
  return new Promise(function (resolve, reject) {
    call(service, op, args, payload, function (err, results, data) {
      if (err) reject(err);
      else resolve({ results: results, payload: data });
    });
  });
}

Service.prototype.request = function (op, args, payload) {
  return request(this.name, op, args, payload);
};

function service(name) {
  if (typeof name !== 'string') throw errors.invalidArgType('name', 'string', name);
  var s = lookup(name);
  if (typeof s === 'number') throw serviceError(s, name, '');
  return s;
}

// ---- metrics and link events: internal/muk_link, loaded on first use ----------
// muk has EventEmitter's methods, which go to an emitter made on first use
// (a script that never listens compiles neither it nor events.js).
var link = null;
function L() { return link || (link = require('internal/muk_link')); }

function stats(name) { return L().stats(name); }

var M = { call: call, request: request, service: service, stats: stats };
['on', 'addListener', 'prependListener', 'once', 'prependOnceListener', 'off',
  'removeListener', 'removeAllListeners', 'listeners', 'rawListeners', 'listenerCount',
  'eventNames', 'emit', 'setMaxListeners', 'getMaxListeners'].forEach(function (m) {
  M[m] = function (type) {
    var e = L().emitter(type);
    var r = e[m].apply(e, arguments);
    return r === e ? M : r;
  };
});
module.exports = M;
