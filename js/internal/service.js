// internal/service — the one way the JS library reaches the kernel's
// services: a service's id by name (looked up once), its op ids (the
// generated schema's positions, internal/schema/NAME, or by name once),
// the kernel binding's send/call/callSync, and a failed
// request's status turned into Node's error shapes. Error codes come from
// internal/errno (libuv's and the kernel's tables, generated at build time).
//
// Hot paths take send/call/callSync and the ids into closure variables once;
// nothing here adds a lookup per request.
'use strict';

var K = internalBinding('kernel');
var E = require('internal/errno');

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
// (bridge/call.c has the contracts.)
var send = K.send, call = K.call, callSync = K.callSync;

// ---- errors -----------------------------------------------------------------
var errname = K.errname, strerror = K.strerror;

// Node's uvException: "ENOENT: no such file or directory, open '/x'" with
// errno, code, syscall, path, dest.
function uvException(status, syscall, path, dest) {
  var code = errname(status);
  var msg = code + ': ' + strerror(status) + ', ' + syscall;
  if (path !== undefined) {
    msg += " '" + path + "'";
    if (dest !== undefined) msg += " -> '" + dest + "'";
  }
  var err = new Error(msg);
  err.errno = status;
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

// Node's errnoException: "read ECONNRESET".
function errnoException(status, syscall) {
  var code = errname(status);
  var err = new Error(syscall + ' ' + code);
  err.errno = status;
  err.code = code;
  err.syscall = syscall;
  return err;
}

// libuv's message as Node prints it after a code: lower-case first letter.
function uvMessage(status) {
  var s = strerror(status);
  return s.charAt(0).toLowerCase() + s.slice(1);
}

// Node's exceptionWithHostPort ('connect ECONNREFUSED 127.0.0.1:1') and,
// withMessage, uvExceptionWithHostPort ('listen EADDRINUSE: address already
// in use ...').
function hostPortException(status, syscall, address, port, withMessage) {
  var code = errname(status);
  var details = port > 0 ? ' ' + address + ':' + port : (address ? ' ' + address : '');
  var msg = withMessage ? syscall + ' ' + code + ': ' + uvMessage(status) + details
                        : syscall + ' ' + code + details;
  var err = new Error(msg);
  err.errno = status;
  err.code = code;
  err.syscall = syscall;
  if (address) err.address = address;
  if (port > 0) err.port = port;
  return err;
}

// Node's dns errors: 'getaddrinfo ENOTFOUND host' (a name that does not
// resolve is ENOTFOUND, as in Node); status may be a code string.
function dnsException(status, syscall, hostname) {
  var code = status;
  if (typeof status === 'number') {
    code = status === E.UV.EAI_NONAME || status === E.UV.EAI_NODATA ? 'ENOTFOUND' : errname(status);
  }
  var err = new Error(syscall + ' ' + code + (hostname ? ' ' + hostname : ''));
  err.errno = typeof status === 'number' ? status : undefined;
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  return err;
}

// A failed muk.call: "ENOENT: no such file or directory, fs.open".
function serviceError(status, service, op) {
  var code = errname(status);
  var err = new Error(code + ': ' + strerror(status) + ', ' + service + '.' + op);
  err.code = code;
  err.errno = status;
  err.service = service;
  err.op = op;
  return err;
}

// The kernel's own codes (a remote service gone, too slow, ...), not a
// service's.
function isKernelStatus(status) { return status <= E.MUK_MAX; }

K.onError(function (callback, status, sid, oid, results, data) {
  var service = names[sid] !== undefined ? names[sid] : String(sid);
  var ops = opNames[sid];
  var opName = ops && ops[oid] !== undefined ? ops[oid] : String(oid);
  callback(serviceError(status, service, opName), results, data);
});

module.exports = {
  lookup: lookup,
  op: op,
  send: send,
  call: call,
  callSync: callSync,
  UV: E.UV,
  MUK: E.MUK,
  errname: errname,
  strerror: strerror,
  isKernelStatus: isKernelStatus,
  uvException: uvException,
  errnoException: errnoException,
  hostPortException: hostPortException,
  dnsException: dnsException,
  serviceError: serviceError
};
