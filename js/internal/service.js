// internal/service — the one way the JS library reaches the kernel's
// services: a service's id by name (looked up once), its op ids (the
// generated schema's positions, internal/schema/NAME, or by name once),
// the kernel binding's send/call/callSync, and a failed request's status
// turned into Node's error shapes (errors(): internal/service_errors, which
// loads on the first error: only error paths build errors or compare codes).
//
// Hot paths take send/call/callSync and the ids into closure variables once;
// nothing here adds a lookup per request.
'use strict';

var K = internalBinding('kernel');

var ids = Object.create(null); // service name -> id (found ones only)
var names = []; // service id -> name
var opNames = []; // service id -> [op id -> op name], as resolved by name

// A service's id, or the kernel's negative status when there is none (not
// compiled in, not registered, a remote one not reachable).
function lookup(name) {
  var id = ids[name];
  if (id !== undefined) return id;
  id = K.service(name);
  if (id >= 0) {
    ids[name] = id;
    names[id] = name;
    opNames[id] = [];
  }
  return id;
}

// An op's id by name (looked up once per service and name; callers keep
// it), or a negative status. Services with a schema module need none of
// this: their ids are its OPS.
function op(sid, name) {
  var oid = K.op(sid, name);
  if (oid >= 0 && opNames[sid]) opNames[sid][oid] = name;
  return oid;
}

// ---- requests --------------------------------------------------------------
// send(sid, op, args, payload, cb(status, results, payload)[, bufferReply])
// call(sid, op, args, payload, cb(err, results, payload)): no closure per
//   call; a failure reaches cb as serviceError() (the handler below); false
//   when an argument is neither a number nor a string (nothing sent)
// callSync(sid, op, args, payload) -> [status, results, payload]
// flush(): what was sent goes to the services now, not at the drain's end
// (bridge/call.c has the contracts.)
var send = K.send, call = K.call, callSync = K.callSync, flush = K.flush;

// ---- errors ---------------------------------------------------------------
// errors() -> internal/service_errors: uvException, errnoException,
// hostPortException, dnsException, serviceError, uvCode, kernelCode,
// isKernelStatus. It loads on the first error: requiring fs or net does
// not compile it.
var errname = K.errname, strerror = K.strerror; // 'ENOENT', libuv's message
var X = null;
function errors() {
  if (X === null) X = require('internal/service_errors');
  return X;
}

// A failed call(): its callback gets serviceError(), naming service and op.
K.onError(function (callback, status, sid, oid, results, data) {
  var service = names[sid] !== undefined ? names[sid] : String(sid);
  var ops = opNames[sid];
  var opName = ops && ops[oid] !== undefined ? ops[oid] : String(oid);
  callback(errors().serviceError(status, service, opName), results, data);
});

module.exports = {
  lookup: lookup,
  op: op,
  send: send,
  flush: flush,
  call: call,
  callSync: callSync,
  errname: errname,
  strerror: strerror,
  errors: errors
};
