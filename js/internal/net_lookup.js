// internal/net_lookup — the address side of net: isIP/isIPv4/isIPv6, and
// how a Socket's connect and a Server's listen turn a hostname into
// addresses through dns.lookup (the dns service) the way Node 20 does it:
// 'lookup' events, ENOTFOUND through 'error', and autoSelectFamily (all
// addresses, families alternating, each tried in turn with an attempt
// timeout; an AggregateError when all fail).
'use strict';

// internal/errors (7 KB) loads on the first error only: require('net')
// compiles this module at startup.
function E() { return require('internal/errors'); }
function SE() { return require('internal/service').errors(); }

// ---- isIP ----

var IPv4Reg = /^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$/;
var hexReg = /^[0-9a-fA-F]{1,4}$/;

function isIPv4(s) { return IPv4Reg.test(String(s)); }

// mujs's regexps are too small for Node's IPv6 pattern: count groups.
function groups(part, allowV4) {
  if (part === '') return 0;
  var g = part.split(':'), n = 0;
  for (var i = 0; i < g.length; i++) {
    if (hexReg.test(g[i])) n++;
    else if (allowV4 && i === g.length - 1 && IPv4Reg.test(g[i])) n += 2;
    else return -1;
  }
  return n;
}

function isIPv6(s) {
  s = String(s);
  if (s.indexOf(':') < 0) return false; // names: skip the regexps (~13k instructions)
  var pct = s.indexOf('%');
  if (pct >= 0) {
    if (!/^%[0-9a-zA-Z\-.:]+$/.test(s.slice(pct))) return false;
    s = s.slice(0, pct);
  }
  var dbl = s.indexOf('::');
  if (dbl < 0) return groups(s, true) === 8;
  if (s.indexOf('::', dbl + 1) >= 0) return false;
  var head = s.slice(0, dbl), tail = s.slice(dbl + 2);
  var h = groups(head, false), t = groups(tail, true);
  return h >= 0 && t >= 0 && h + t <= 7;
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

// ---- autoSelectFamily defaults (net.get/setDefaultAutoSelectFamily*) ----

var autoSelectFamilyDefault = true;
var attemptTimeoutDefault = 250;

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw E().invalidArgType(name, 'boolean', value);
}

function validateInt32(value, name, min) {
  if (typeof value !== 'number') throw E().invalidArgType(name, 'number', value);
  if (Math.floor(value) !== value) throw E().outOfRange(name, 'an integer', value);
  if (value < min || value > 2147483647) throw E().outOfRange(name, '>= ' + min + ' && <= 2147483647', value);
}

var defaults = {
  getDefaultAutoSelectFamily: function () { return autoSelectFamilyDefault; },
  setDefaultAutoSelectFamily: function (value) {
    validateBoolean(value, 'value');
    autoSelectFamilyDefault = value;
  },
  getDefaultAutoSelectFamilyAttemptTimeout: function () { return attemptTimeoutDefault; },
  setDefaultAutoSelectFamilyAttemptTimeout: function (value) {
    validateInt32(value, 'value', 1);
    attemptTimeoutDefault = value < 10 ? 10 : value;
  }
};

// ---- connect ----

function socketToDnsFamily(family) {
  if (family === 'IPv4') return 4;
  if (family === 'IPv6') return 6;
  return family;
}

function invalidIP(ip) {
  return E().makeError(TypeError, 'ERR_INVALID_IP_ADDRESS', 'Invalid IP address: ' + ip);
}

function invalidFamily(family, host, port) {
  return E().makeError(RangeError, 'ERR_INVALID_ADDRESS_FAMILY',
    'Invalid address family: ' + family + ' ' + host + ':' + port);
}

function connectErrorNT(self, err) {
  process.nextTick(function () { self.destroy(err); });
}

// Socket.connect's TCP half (port validated): an IP connects on the next
// tick; a name goes through options.lookup or dns.lookup first.
function lookupAndConnect(self, options, port) {
  self._connectCtx = null;
  var host = options.host || 'localhost';
  var autoSelectFamily = options.autoSelectFamily;
  var timeout = options.autoSelectFamilyAttemptTimeout;
  if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = autoSelectFamilyDefault;
  if (timeout != null) {
    validateInt32(timeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    if (timeout < 10) timeout = 10;
  } else {
    timeout = attemptTimeoutDefault;
  }

  var addressType = isIP(host);
  if (addressType) {
    process.nextTick(function () {
      if (self.connecting) self._connectTo(host, port, 0, addressType);
    });
    return;
  }

  if (options.lookup != null && typeof options.lookup !== 'function') {
    throw E().invalidArgType('options.lookup', 'Function', options.lookup);
  }
  var dns = require('dns');
  var dnsopts = { family: socketToDnsFamily(options.family), hints: options.hints || 0 };
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && dnsopts.hints === 0) dnsopts.hints = dns.ADDRCONFIG;
  self._host = host;
  var lookup = options.lookup || dns.lookup;

  if (dnsopts.family !== 4 && dnsopts.family !== 6 && !options.localAddress && autoSelectFamily) {
    dnsopts.all = true;
    lookup(host, dnsopts, function (err, addresses) {
      lookedUpAll(self, host, port, options, timeout, err, addresses);
    });
    return;
  }

  lookup(host, dnsopts, function (err, ip, family) {
    self.emit('lookup', err, ip, family, host);
    if (!self.connecting) return; // destroyed while looking up
    if (err) connectErrorNT(self, err);
    else if (!isIP(ip)) connectErrorNT(self, invalidIP(ip));
    else if (family !== 4 && family !== 6) connectErrorNT(self, invalidFamily(family, options.host, options.port));
    else self._connectTo(ip, port, 0, family);
  });
}

// autoSelectFamily: every address, one 'lookup' each; the first address's
// family goes first and the families alternate, each address once.
function lookedUpAll(self, host, port, options, timeout, err, addresses) {
  if (!self.connecting) return;
  if (err) {
    self.emit('lookup', err, undefined, undefined, host);
    connectErrorNT(self, err);
    return;
  }
  var valid = [[], []], seen = [[], []], dest = null, i;
  for (i = 0; i < addresses.length; i++) {
    var ip = addresses[i].address, family = addresses[i].family;
    self.emit('lookup', err, ip, family, host);
    if (!self.connecting) return;
    if (isIP(ip) && (family === 4 || family === 6)) {
      if (dest === null) dest = family === 6 ? { 6: 0, 4: 1 } : { 4: 0, 6: 1 };
      var d = dest[family];
      if (seen[d].indexOf(ip) === -1) {
        valid[d].push(addresses[i]);
        seen[d].push(ip);
      }
    }
  }
  if (!valid[0].length && !valid[1].length) {
    var first = addresses[0] || {};
    if (!isIP(first.address)) connectErrorNT(self, invalidIP(first.address));
    else if (first.family !== 4 && first.family !== 6) {
      connectErrorNT(self, invalidFamily(first.family, options.host, options.port));
    }
    return;
  }
  var toAttempt = [], n = Math.max(valid[0].length, valid[1].length);
  for (i = 0; i < n; i++) {
    if (i < valid[0].length) toAttempt.push(valid[0][i]);
    if (i < valid[1].length) toAttempt.push(valid[1][i]);
  }
  if (toAttempt.length === 1) {
    self._connectTo(toAttempt[0].address, port, 0, toAttempt[0].family);
    return;
  }
  self.autoSelectFamilyAttemptedAddresses = [];
  var ctx = self._connectCtx = { socket: self, addresses: toAttempt, current: 0, port: port,
    timeout: timeout, timer: null, errors: [] };
  cancelOnDestroy(self, ctx);
  connectMultiple(ctx);
}

// Node cancels the attempt in flight when such a socket is destroyed, and
// its connect callback still reports it: 'connectionAttemptFailed' with
// ECANCELED, after 'error' and before 'close'.
function cancelOnDestroy(self, ctx) {
  var destroy = self._destroy, own = Object.prototype.hasOwnProperty.call(self, '_destroy');
  var wrapper = function (err, cb) {
    ctx.restore();
    var r = destroy.call(this, err, cb);
    if (this._connectCtx === ctx) {
      this._connectCtx = null;
      if (ctx.timer) clearTimeout(ctx.timer);
      var addr = this._connAddr, port = this._connPort, family = this._connFamily, s = this;
      var ex = SE().hostPortException(SE().uvCode('ECANCELED'), 'connect', addr, port);
      process.nextTick(function () { s.emit('connectionAttemptFailed', addr, port, family, ex); });
    }
    return r;
  };
  ctx.restore = function () {
    if (self._destroy !== wrapper) return;
    if (own) self._destroy = destroy;
    else delete self._destroy;
  };
  self._destroy = wrapper;
}

function connectMultiple(ctx) {
  var self = ctx.socket;
  if (ctx.timer) {
    clearTimeout(ctx.timer);
    ctx.timer = null;
  }
  if (ctx.current === ctx.addresses.length) {
    self._connectCtx = null;
    ctx.restore();
    var err = new AggregateError(ctx.errors, '');
    err.code = ctx.errors[0].code;
    self.destroy(err);
    return;
  }
  var cur = ctx.current++;
  var a = ctx.addresses[cur];
  self.autoSelectFamilyAttemptedAddresses.push(a.address + ':' + ctx.port);
  self._connectTo(a.address, ctx.port, 0, a.family);
  if (cur < ctx.addresses.length - 1 && self._connectCtx === ctx) {
    ctx.timer = setTimeout(function () { attemptTimedOut(ctx, cur); }, ctx.timeout);
  }
}

function attemptTimedOut(ctx, cur) {
  var self = ctx.socket;
  ctx.timer = null;
  if (self._connectCtx !== ctx || !self.connecting || ctx.current - 1 !== cur) return;
  var a = ctx.addresses[cur];
  self._abandonConnect();
  ctx.errors.push(SE().hostPortException(SE().uvCode('ETIMEDOUT'), 'connect', a.address, ctx.port));
  self.emit('connectionAttemptTimeout', a.address, ctx.port, a.family);
  if (self.connecting) connectMultiple(ctx);
}

// An attempt of the autoSelectFamily sequence failed: try the next
// address. `immediate`: the attempt never started (no
// 'connectionAttemptFailed', as Node).
function attemptFailed(self, ex, immediate) {
  var ctx = self._connectCtx;
  if (ctx.timer) {
    clearTimeout(ctx.timer);
    ctx.timer = null;
  }
  ctx.errors.push(ex);
  if (!immediate) self.emit('connectionAttemptFailed', self._connAddr, self._connPort, self._connFamily, ex);
  if (self.connecting) connectMultiple(ctx);
}

function connected(self) {
  var ctx = self._connectCtx;
  if (ctx.timer) clearTimeout(ctx.timer);
  self._connectCtx = null;
  ctx.restore();
}

// ---- listen ----

// Server.listen's host: an IP as it is, a name through dns.lookup
// (cb(err, ip, family), always asynchronous).
function lookupForListen(host, cb) {
  require('dns').lookup(host, function (err, ip, family) {
    if (err) cb(err);
    else cb(null, ip || '0.0.0.0', ip ? family : 4);
  });
}

module.exports = {
  isIP: isIP,
  isIPv4: isIPv4,
  isIPv6: isIPv6,
  defaults: defaults,
  lookupAndConnect: lookupAndConnect,
  attemptFailed: attemptFailed,
  connected: connected,
  lookupForListen: lookupForListen
};
