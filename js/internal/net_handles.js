// internal/net_handles — the JS side of the net service: requests, the
// id -> Socket/Server table the service's events are routed through, errors
// shaped as Node's, and the kernel references that keep the loop alive.
'use strict';

var B = internalBinding('net');

// Ops and event types: services/net/net.h.
var OP = {
  LISTEN: 0, CONNECT: 1, WRITE: 2, SHUTDOWN: 3, CLOSE: 4,
  READSTART: 5, READSTOP: 6, NODELAY: 7, KEEPALIVE: 8, RESET: 9
};
var EV_CONNECTION = 1, EV_CONNECT = 2, EV_DATA = 3, EV_END = 4, EV_ERROR = 5;

// id -> Socket or Server. Ids are small and mostly dense: slot 0 filled so
// that storing ids 1, 2, ... keeps the array flat in mujs (a sparse array
// looks every index up by its string).
var handles = [undefined];

function errnoException(status, syscall) {
  var code = B.errname(status);
  var err = new Error(syscall + ' ' + code);
  err.errno = status;
  err.code = code;
  err.syscall = syscall;
  return err;
}

// Node's exceptionWithHostPort ('connect ECONNREFUSED 127.0.0.1:1') and
// uvExceptionWithHostPort ('listen EADDRINUSE: address already in use ...').
function hostPortException(status, syscall, address, port, withMessage) {
  var code = B.errname(status);
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

function uvMessage(status) {
  var s = B.strerror(status);
  return s.charAt(0).toLowerCase() + s.slice(1);
}

B.onEvent('net', function (type, payload, id, a, b, c, d, e, f) {
  var h = handles[id];
  if (h === undefined) return;
  if (type === EV_DATA) h._onData(payload);
  else if (type === EV_CONNECTION) h._onConnection(a, b, c, d, e, f);
  else if (type === EV_CONNECT) h._onConnect(a, b, c, d, e, f);
  else if (type === EV_END) h._onEnd();
  else if (type === EV_ERROR) h._onError(a);
});

// The C hot path keeps its own table of attached sockets (B.attach).
B.setup(require('events')['@@muk.fastEmit'].emit);

// Keep the loop alive while obj (a Server or Socket) is open and ref'ed.
function setRef(obj, on) {
  on = !!on;
  if (obj._kref === on) return;
  obj._kref = on;
  // the id tells the C hot path whether a Socket's fast writes may go
  // quiet (bridge/net_binding.c)
  if (on) B.ref(obj._id);
  else B.unref(obj._id);
}

module.exports = {
  B: B,
  send: B.send,
  OP: OP,
  handles: handles,
  setRef: setRef,
  errnoException: errnoException,
  hostPortException: hostPortException
};
