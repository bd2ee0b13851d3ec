// internal/net_handles — the JS side of the net service: requests, the
// id -> Socket/Server table the service's events are routed through, and
// the kernel references that keep the loop alive.
'use strict';

var B = internalBinding('net');
var schema = require('internal/schema/net');

// Ops, event types and listen flags: the net schema (services/net/net.h).
var OP = schema.OPS, NET = schema.CONSTANTS;
var EV = schema.EVENTS;
var EV_CONNECTION = EV.CONNECTION, EV_CONNECT = EV.CONNECT, EV_DATA = EV.DATA;
var EV_END = EV.END, EV_ERROR = EV.ERROR;

// id -> Socket or Server. Ids are small and mostly dense: slot 0 filled so
// that storing ids 1, 2, ... keeps the array flat in mujs (a sparse array
// looks every index up by its string).
var handles = [undefined];

B.onEvent('net', function (type, payload, id, a, b, c, d, e, f) {
  if (type === B.EV_GONE) return gone(id, b);
  var h = handles[id];
  if (h === undefined) return;
  if (type === EV_DATA) h._onData(payload);
  else if (type === EV_CONNECTION) h._onConnection(a, b, c, d, e, f);
  else if (type === EV_CONNECT) h._onConnect(a, b, c, d, e, f);
  else if (type === EV_END) h._onEnd();
  else if (type === EV_ERROR) h._onError(a);
  else if (h._http) h._http.onEvent(type, payload, a, b, c, d, e, f); // HTTP_*
});

// A remote net service's host is gone (--service net=URL; MUK_EV_GONE in
// kernel/muk.h): every socket and server it held fails with the status
// (EPEERGONE), as a read error would. With several endpoints, one of them
// is gone: the event names each handle it held (only).
function gone(status, only) {
  if (only !== undefined) {
    if (handles[only] !== undefined) handles[only]._onGone(status);
    return;
  }
  var all = handles.slice();
  for (var i = 1; i < all.length; i++)
    if (all[i] !== undefined && handles[i] === all[i]) all[i]._onGone(status);
}

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
  NET: NET,
  handles: handles,
  setRef: setRef
};
