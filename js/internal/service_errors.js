// internal/service_errors — a failed request's status as Node's errors:
// internal/service's errors() (this half of it loads on the first error
// only, so requiring fs or net does not compile it). Codes by name come
// from internal/errno, libuv's and the kernel's tables generated at build
// time.
'use strict';

var K = internalBinding('kernel');
var E = require('internal/errno');
var errname = K.errname, strerror = K.strerror;

// libuv's code for a name ('ENOENT' -> -2 on Linux), and the kernel's own
// ('ENOSERVICE' -> -5001).
function uvCode(name) { return E.UV[name]; }
function kernelCode(name) { return E.MUK[name]; }

// The kernel's own codes (a remote service gone, too slow, ...), not a
// service's.
function isKernelStatus(status) { return status <= E.MUK_MAX; }

// A request the capability policy denied (MUK_EACCESSDENIED; the service
// names the permission and the resource in its reply): Node's
// ERR_ACCESS_DENIED.
function isAccessDenied(status) { return status === E.MUK.EACCESSDENIED; }
function accessDenied(permission, resource) {
  return require('internal/permission').accessDenied(permission, resource);
}

// Node's uvException: "ENOENT: no such file or directory, open '/x'" with
// errno, code, syscall, path, dest.
function uvException(status, syscall, path, dest) {
  if (isAccessDenied(status)) return accessDenied('FileSystem', path);
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
  if (isAccessDenied(status)) return accessDenied('Net', undefined);
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
  if (isAccessDenied(status)) {
    return accessDenied('Net', port > 0 ? (address.indexOf(':') >= 0 ? '[' + address + ']' : address) + ':' + port : address);
  }
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
  if (isAccessDenied(status)) return accessDenied('Net', hostname);
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

module.exports = {
  uvCode: uvCode,
  kernelCode: kernelCode,
  isKernelStatus: isKernelStatus,
  isAccessDenied: isAccessDenied,
  accessDenied: accessDenied,
  uvException: uvException,
  errnoException: errnoException,
  hostPortException: hostPortException,
  dnsException: dnsException,
  serviceError: serviceError
};
