// muk — direct access to the kernel's services from a script:
//   muk.call(service, op, args, [payload], callback(err, results, payload))
//   muk.request(service, op, args, [payload]) -> Promise<{results, payload}>
// Services are addressed by name; where a service runs (in process, on its
// own thread, or in a muk-serviced over nanomsg) doesn't change the call.
'use strict';

var K = internalBinding('kernel');
var errors = require('internal/errors');

var ids = {};

function serviceError(status, service, op) {
  var code = K.errname(status);
  var err = new Error(code + ': ' + K.strerror(status) + ', ' + service + '.' + op);
  err.code = code;
  err.errno = status;
  err.service = service;
  err.op = op;
  return err;
}

function resolveIds(service, op) {
  var key = service + '\u0000' + op;
  var hit = ids[key];
  if (hit) return hit;
  var sid = K.service(service);
  if (sid < 0) return { status: sid };
  var oid = K.op(sid, op);
  if (oid < 0) return { status: oid };
  hit = ids[key] = { sid: sid, oid: oid };
  return hit;
}

function validate(service, op, args) {
  if (typeof service !== 'string') throw errors.invalidArgType('service', 'string', service);
  if (typeof op !== 'string') throw errors.invalidArgType('op', 'string', op);
  if (!Array.isArray(args)) throw errors.invalidArgType('args', 'Array', args);
  for (var i = 0; i < args.length; i++) {
    if (typeof args[i] !== 'number' && typeof args[i] !== 'string') {
      throw errors.invalidArgType('args[' + i + ']', ['number', 'string'], args[i]);
    }
  }
}

function call(service, op, args, payload, callback) {
  if (typeof payload === 'function') { callback = payload; payload = undefined; }
  validate(service, op, args);
  if (payload !== undefined && typeof payload !== 'string') {
    throw errors.invalidArgType('payload', 'string', payload);
  }
  if (typeof callback !== 'function') throw errors.invalidArgType('callback', 'function', callback);
  var r = resolveIds(service, op);
  if (r.status !== undefined) {
    var err = serviceError(r.status, service, op);
    process.nextTick(function () { callback(err); });
    return;
  }
  K.send(r.sid, r.oid, args, payload, function (status, results, data) {
    if (status < 0) callback(serviceError(status, service, op), results, data);
    else callback(null, results, data);
  });
}

function request(service, op, args, payload) {
  return new Promise(function (resolve, reject) {
    call(service, op, args, payload, function (err, results, data) {
      if (err) reject(err);
      else resolve({ results: results, payload: data });
    });
  });
}

module.exports = { call: call, request: request };
