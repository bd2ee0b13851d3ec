// internal/muk_link — what require('muk') loads on first use of its
// stats() or of a 'connect'/'disconnect' listener (js/muk.js): the metrics
// shaped for scripts, and the routing of remote bindings' link events.
'use strict';

var S = require('internal/service');
var K = internalBinding('kernel');
var errors = require('internal/errors');

// ---- metrics ------------------------------------------------------------------
var bounds = null; // latency buckets' upper bounds, microseconds

function shape(raw) {
  if (bounds === null) bounds = K.latencyBounds();
  var codes = raw.errorCodes, byCode = {};
  for (var i = 0; i < codes.length; i += 2) byCode[S.errname(codes[i])] = codes[i + 1];
  if (raw.errorOther) byCode.other = raw.errorOther;
  var buckets = [];
  for (i = 0; i < raw.latency.length; i++) {
    buckets.push({ le: i < bounds.length ? bounds[i] : Infinity, count: raw.latency[i] });
  }
  var st = {
    requests: raw.requests, replies: raw.replies, errors: raw.errors,
    errorsByCode: byCode, inFlight: raw.inFlight, queued: raw.queued,
    dropped: raw.dropped,
    latency: { unit: 'us', buckets: buckets, count: raw.latencyCount, sum: raw.latencySumUs },
    remote: null
  };
  if (raw.url !== undefined) {
    st.remote = {
      url: raw.url, connected: raw.connected, connects: raw.connects,
      reconnects: raw.reconnects, disconnects: raw.disconnects,
      bytesSent: raw.bytesSent, bytesReceived: raw.bytesReceived
    };
  }
  if (raw.endpoints !== undefined) { // several: each one's own metrics
    st.retries = raw.retries;
    st.endpoints = [];
    for (i = 0; i < raw.endpoints.length; i++) st.endpoints.push(shape(K.stats(raw.endpoints[i])));
  }
  return st;
}

function stats(name) {
  if (name === undefined) {
    var all = {}, raw;
    for (var i = 0; (raw = K.stats(i)) !== undefined; i++) all[raw.name] = shape(raw);
    return all;
  }
  if (typeof name !== 'string') throw errors.invalidArgType('name', 'string', name);
  var sid = S.lookup(name);
  if (sid < 0) throw S.errors().serviceError(sid, name, '');
  return shape(K.stats(sid));
}

// ---- link events --------------------------------------------------------------
var EV_CONNECT = 0xfffffff0, EV_DISCONNECT = 0xfffffff1; // MUK_EV_REMOTE_* (muk.h)
var E = null; // the emitter behind muk's on/once/off/emit...
var watching = false;

function linkHandler(name) {
  return function (type, payload, url, reason) {
    if (type === EV_CONNECT) E.emit('connect', name, { url: url });
    else if (type === EV_DISCONNECT) E.emit('disconnect', name, { url: url, reason: reason });
  };
}

// The first use of 'connect' or 'disconnect' routes every remote binding's
// link events to the emitter.
function watch() {
  if (watching) return;
  watching = true;
  var B = internalBinding('net'), raw;
  for (var i = 0; (raw = K.stats(i)) !== undefined; i++) {
    if (raw.url !== undefined) B.onEvent(i, linkHandler(raw.name));
  }
}


// The emitter for a call of one of its methods with this event type.
function emitter(type) {
  if (E === null) E = new (require('events'))();
  if (type === 'connect' || type === 'disconnect') watch();
  return E;
}

module.exports = { stats: stats, emitter: emitter };
