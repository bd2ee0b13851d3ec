// dns — Node's dns.lookup and dns.lookupService (callback and promise forms) over the dns
// service (services/dns: getaddrinfo(3) on the service's own workers, in
// process or in a muk-serviced). Arguments, fast paths (IP literals, empty
// hostnames) and errors are Node 20's.
//
// lookupService is getnameinfo(3) in the same service. resolve*, reverse,
// Resolver, setServers/getServers are c-ares queries in the same service,
// whichever its backend (internal/dns_resolver).
//
// Differences from Node: lookup returns a plain request object (hostname,
// family, callback, ...), not a GetAddrInfoReqWrap; setLocalAddress is
// checked, not used.
'use strict';

var S = require('internal/service');
var schema = require('internal/schema/dns');
var errors = require('internal/errors');
var L = require('internal/net_lookup');
var isIP = L.isIP;
var send = S.send;

function dnsException(status, syscall, hostname) {
  return S.errors().dnsException(status, syscall, hostname);
}

// Node's values on Linux (the dns schema's HINTS); the service maps them to
// its system's AI_* flags.
var ADDRCONFIG = schema.HINTS.ADDRCONFIG, V4MAPPED = schema.HINTS.V4MAPPED;
var ALL = schema.HINTS.ALL;
// Node's order names; index = the op's order argument (the schema's ORDERS).
var orders = [];
(function () {
  for (var k in schema.ORDERS) orders[schema.ORDERS[k]] = k.toLowerCase();
})();
var defaultOrder = 'verbatim';

var OP_LOOKUP = schema.OPS.LOOKUP, OP_SERVICE = schema.OPS.LOOKUPSERVICE;
var sid = -1;

// The dns service's id, or a negative status (looked up until found).
function dnsSid() {
  if (sid < 0) sid = S.lookup(schema.SERVICE);
  return sid;
}

function validateOneOf(value, name, oneOf) {
  if (oneOf.indexOf(value) === -1) {
    var allowed = [];
    for (var i = 0; i < oneOf.length; i++) {
      allowed.push(typeof oneOf[i] === 'string' ? "'" + oneOf[i] + "'" : String(oneOf[i]));
    }
    throw errors.invalidArgValue(name, value, 'must be one of: ' + allowed.join(', '));
  }
}

var validFamilies = [0, 4, 6];

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw errors.invalidArgType(name, 'boolean', value);
}

// A request, also what dns.lookup returns (Node: a GetAddrInfoReqWrap):
// the options land in it, the reply finishes it (no closure but the one
// send needs).
function Req(hostname) {
  this.hostname = hostname;
  this.family = 0;
  this.hints = 0;
  this.all = false;
  this.order = defaultOrder;
  this.callback = null; // callback form
  this.resolve = null; // promise form
  this.reject = null;
}

// The object form of the options into r; the callback form also takes
// family 'IPv4'/'IPv6' (Node 20's promises one does not).
function parseOptions(r, options, familyNames) {
  if (options === null || options === undefined) return;
  if (options.hints != null) {
    errors.validateNumber(options.hints, 'options.hints');
    r.hints = options.hints >>> 0;
    if ((r.hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) throw errors.invalidArgValue('hints', r.hints);
  }
  if (options.family != null) {
    if (familyNames && options.family === 'IPv4') r.family = 4;
    else if (familyNames && options.family === 'IPv6') r.family = 6;
    else {
      validateOneOf(options.family, 'options.family', validFamilies);
      r.family = options.family;
    }
  }
  if (options.all != null) {
    validateBoolean(options.all, 'options.all');
    r.all = options.all;
  }
  if (options.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    r.order = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options.order != null) {
    validateOneOf(options.order, 'options.order', orders);
    r.order = options.order;
  }
}

var warnedHostname = false;
function invalidHostnameWarning(hostname) {
  if (warnedHostname) return;
  warnedHostname = true;
  process.emitWarning('The provided hostname "' + hostname + '" is not a valid hostname, and is supported ' +
    'in the dns module solely for compatibility.', 'DeprecationWarning', 'DEP0118');
}

function fail(r, err) {
  if (r.callback) r.callback(err);
  else r.reject(err);
}

// Ask the service; the reply finishes r.
function query(r) {
  if (sid < 0 && dnsSid() < 0) {
    process.nextTick(fail, r, dnsException(sid, 'getaddrinfo', r.hostname));
    return;
  }
  send(sid, OP_LOOKUP, [r.hostname, r.family, r.hints, orders.indexOf(r.order)], undefined,
    function (status, results) { finish(r, status, results); });
}

// results[0]: "F ADDRESS" lines, F = '4' or '6'.
function finish(r, status, results) {
  if (status < 0) {
    fail(r, dnsException(status, 'getaddrinfo', r.hostname));
    return;
  }
  var text = results[0], line;
  if (!r.all) {
    var nl = text.indexOf('\n');
    line = nl < 0 ? text : text.slice(0, nl);
    var address = line.slice(2), family = r.family || (line < '5' ? 4 : 6);
    if (r.callback) r.callback(null, address, family);
    else r.resolve({ address: address, family: family });
    return;
  }
  var lines = text.split('\n'), out = new Array(lines.length);
  for (var i = 0; i < lines.length; i++) {
    line = lines[i];
    out[i] = { address: line.slice(2), family: r.family || (line < '5' ? 4 : 6) };
  }
  if (r.callback) r.callback(null, out);
  else r.resolve(out);
}

function lookup(hostname, options, callback) {
  if (hostname && typeof hostname !== 'string') throw errors.invalidArgType('hostname', 'string', hostname);
  var r = new Req(hostname);
  if (typeof options === 'function') {
    callback = options;
  } else if (typeof options === 'number') {
    errors.validateFunction(callback, 'callback');
    validateOneOf(options, 'family', validFamilies);
    r.family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    errors.validateFunction(arguments.length === 2 ? options : callback, 'callback');
    throw errors.invalidArgType('options', ['integer', 'object'], options);
  } else {
    errors.validateFunction(callback, 'callback');
    parseOptions(r, options, true);
  }

  if (!hostname) {
    invalidHostnameWarning(hostname);
    if (r.all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, r.family === 6 ? 6 : 4);
    return {};
  }
  var matched = isIP(hostname);
  if (matched) {
    if (r.all) process.nextTick(callback, null, [{ address: hostname, family: matched }]);
    else process.nextTick(callback, null, hostname, matched);
    return {};
  }
  r.callback = callback;
  query(r);
  return r;
}

function lookupPromise(hostname, options) {
  if (hostname && typeof hostname !== 'string') throw errors.invalidArgType('hostname', 'string', hostname);
  var r = new Req(hostname);
  if (typeof options === 'number') {
    validateOneOf(options, 'family', validFamilies);
    r.family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    throw errors.invalidArgType('options', ['integer', 'object'], options);
  } else {
    parseOptions(r, options, false);
  }
  return new Promise(function (resolve, reject) {
    if (!hostname) {
      invalidHostnameWarning(hostname);
      resolve(r.all ? [] : { address: null, family: r.family === 6 ? 6 : 4 });
      return;
    }
    var matched = isIP(hostname);
    if (matched) {
      var result = { address: hostname, family: matched };
      resolve(r.all ? [result] : result);
      return;
    }
    r.resolve = resolve;
    r.reject = reject;
    query(r);
  });
}

// ---- lookupService: getnameinfo ----

function validatePort(port) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) || +port !== (+port >>> 0) || +port > 0xFFFF) {
    throw errors.makeError(RangeError, 'ERR_SOCKET_BAD_PORT',
      'Port should be >= 0 and < 65536. Received ' + errors.determineSpecificType(port) + '.');
  }
  return +port;
}

// done(err, hostname, service); the error names the address unless
// anonymous (Node 20's promise form leaves it out).
function queryService(address, port, done, anonymous) {
  if (sid < 0 && dnsSid() < 0) {
    process.nextTick(done, dnsException(sid, 'getnameinfo', address));
    return;
  }
  send(sid, OP_SERVICE, [address, port], undefined, function (status, results) {
    if (status < 0) done(dnsException(status, 'getnameinfo', anonymous ? undefined : address));
    else done(null, results[0], results[1]);
  });
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw errors.missingArgs(['address', 'port', 'callback']);
  if (isIP(address) === 0) throw errors.invalidArgValue('address', address);
  port = validatePort(port);
  errors.validateFunction(callback, 'callback');
  var req = { hostname: address, port: port, callback: callback };
  queryService(address, port, callback);
  return req;
}

function lookupServicePromise(address, port) {
  if (arguments.length !== 2) throw errors.missingArgs(['address', 'port']);
  if (isIP(address) === 0) throw errors.invalidArgValue('address', address);
  port = validatePort(port);
  return new Promise(function (resolve, reject) {
    queryService(address, port, function (err, hostname, service) {
      if (err) reject(err);
      else resolve({ hostname: hostname, service: service });
    }, true);
  });
}

function getDefaultResultOrder() { return defaultOrder; }

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', orders);
  defaultOrder = order;
}

// Error codes (dns.NOTFOUND === 'ENOTFOUND', ...), as Node exports them.
var codes = ['NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED', 'BADQUERY', 'BADNAME',
  'BADFAMILY', 'BADRESP', 'CONNREFUSED', 'TIMEOUT', 'EOF', 'FILE', 'NOMEM', 'DESTRUCTION', 'BADSTR',
  'BADFLAGS', 'NONAME', 'BADHINTS', 'NOTINITIALIZED', 'LOADIPHLPAPI', 'ADDRGETNETWORKPARAMS', 'CANCELLED'];
var R = require('internal/dns_resolver');

var promises = {
  lookup: lookupPromise,
  lookupService: lookupServicePromise,
  getDefaultResultOrder: getDefaultResultOrder,
  setDefaultResultOrder: setDefaultResultOrder
};

exports.lookup = lookup;
exports.lookupService = lookupService;
exports.getDefaultResultOrder = getDefaultResultOrder;
exports.setDefaultResultOrder = setDefaultResultOrder;
exports.ADDRCONFIG = ADDRCONFIG;
exports.V4MAPPED = V4MAPPED;
exports.ALL = ALL;
for (var i = 0; i < codes.length; i++) {
  // Node's names: dns.EOF is 'EOF', dns.FILE 'EFILE'
  exports[codes[i]] = promises[codes[i]] = codes[i] === 'EOF' ? 'EOF' : 'E' + codes[i];
}
exports.Resolver = R.Resolver;
R.bindCallbacks(exports);
promises.Resolver = R.PromiseResolver;
R.bindPromises(promises);
exports.promises = promises;
