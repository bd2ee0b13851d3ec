// dns — Node's dns.lookup (callback and promise forms) over the dns
// service (services/dns: getaddrinfo(3) on the service's own workers, in
// process or in a muk-serviced). Arguments, fast paths (IP literals, empty
// hostnames) and errors are Node 20's.
//
// Differences from Node: no resolve*/reverse/lookupService/Resolver (they
// are c-ares queries, not getaddrinfo); lookup returns a plain object, not
// a GetAddrInfoReqWrap.
'use strict';

var K = internalBinding('kernel');
var errors = require('internal/errors');
var L = require('internal/net_lookup');
var isIP = L.isIP;

// Node's values on Linux; the service maps them to its system's AI_* flags.
var ADDRCONFIG = 0x20, V4MAPPED = 0x08, ALL = 0x10;
var orders = ['verbatim', 'ipv4first', 'ipv6first']; // index = the op's order argument
var defaultOrder = 'verbatim';

var sid = -1, opLookup = -1;

function dnsException(status, syscall, hostname) {
  var code = status;
  if (typeof status === 'number') {
    code = status === -3008 || status === -3007 ? 'ENOTFOUND' : K.errname(status); // EAI_NONAME, EAI_NODATA
  }
  var err = new Error(syscall + ' ' + code + (hostname ? ' ' + hostname : ''));
  err.errno = typeof status === 'number' ? status : undefined;
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  return err;
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

// The object form of the options: { family, hints, all, order }; the
// callback form also takes family 'IPv4'/'IPv6' (Node 20's promises one
// does not).
function parseOptions(options, familyNames) {
  var o = { family: 0, hints: 0, all: false, order: defaultOrder };
  if (options === null || options === undefined) return o;
  if (options.hints != null) {
    errors.validateNumber(options.hints, 'options.hints');
    o.hints = options.hints >>> 0;
    if ((o.hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) throw errors.invalidArgValue('hints', o.hints);
  }
  if (options.family != null) {
    if (familyNames && options.family === 'IPv4') o.family = 4;
    else if (familyNames && options.family === 'IPv6') o.family = 6;
    else {
      validateOneOf(options.family, 'options.family', validFamilies);
      o.family = options.family;
    }
  }
  if (options.all != null) {
    validateBoolean(options.all, 'options.all');
    o.all = options.all;
  }
  if (options.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    o.order = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options.order != null) {
    validateOneOf(options.order, 'options.order', orders);
    o.order = options.order;
  }
  return o;
}

var warnedHostname = false;
function invalidHostnameWarning(hostname) {
  if (warnedHostname) return;
  warnedHostname = true;
  process.emitWarning('The provided hostname "' + hostname + '" is not a valid hostname, and is supported ' +
    'in the dns module solely for compatibility.', 'DeprecationWarning', 'DEP0118');
}

// Ask the service; done(err, addresses[{address, family}]).
function query(hostname, o, done) {
  if (opLookup < 0) {
    if (sid < 0) sid = K.service('dns');
    if (sid >= 0) opLookup = K.op(sid, 'lookup');
    var st = sid < 0 ? sid : opLookup;
    if (st < 0) {
      process.nextTick(function () { done(dnsException(st, 'getaddrinfo', hostname)); });
      return;
    }
  }
  K.send(sid, opLookup, [hostname, o.family, o.hints, orders.indexOf(o.order)], undefined,
    function (status, results) {
      if (status < 0) {
        done(dnsException(status, 'getaddrinfo', hostname));
        return;
      }
      var lines = results[0].split('\n'), out = new Array(lines.length);
      for (var i = 0; i < lines.length; i++) {
        out[i] = { address: lines[i].slice(2), family: o.family || (lines[i].charCodeAt(0) === 52 ? 4 : 6) };
      }
      done(null, out);
    });
}

function lookup(hostname, options, callback) {
  if (hostname) errors.validateString(hostname, 'hostname');
  var o;
  if (typeof options === 'function') {
    callback = options;
    o = parseOptions(null);
  } else if (typeof options === 'number') {
    errors.validateFunction(callback, 'callback');
    validateOneOf(options, 'family', validFamilies);
    o = parseOptions(null);
    o.family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    errors.validateFunction(arguments.length === 2 ? options : callback, 'callback');
    throw errors.invalidArgType('options', ['integer', 'object'], options);
  } else {
    errors.validateFunction(callback, 'callback');
    o = parseOptions(options, true);
  }

  if (!hostname) {
    invalidHostnameWarning(hostname);
    if (o.all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, o.family === 6 ? 6 : 4);
    return {};
  }
  var matched = isIP(hostname);
  if (matched) {
    if (o.all) process.nextTick(callback, null, [{ address: hostname, family: matched }]);
    else process.nextTick(callback, null, hostname, matched);
    return {};
  }
  var req = { hostname: hostname, family: o.family, callback: callback };
  query(hostname, o, function (err, addrs) {
    if (err) callback(err);
    else if (o.all) callback(null, addrs);
    else callback(null, addrs[0].address, addrs[0].family);
  });
  return req;
}

function lookupPromise(hostname, options) {
  if (hostname) errors.validateString(hostname, 'hostname');
  var o;
  if (typeof options === 'number') {
    validateOneOf(options, 'family', validFamilies);
    o = parseOptions(null);
    o.family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    throw errors.invalidArgType('options', ['integer', 'object'], options);
  } else {
    o = parseOptions(options, false);
  }
  return new Promise(function (resolve, reject) {
    if (!hostname) {
      invalidHostnameWarning(hostname);
      resolve(o.all ? [] : { address: null, family: o.family === 6 ? 6 : 4 });
      return;
    }
    var matched = isIP(hostname);
    if (matched) {
      var result = { address: hostname, family: matched };
      resolve(o.all ? [result] : result);
      return;
    }
    query(hostname, o, function (err, addrs) {
      if (err) reject(err);
      else resolve(o.all ? addrs : addrs[0]);
    });
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

var promises = {
  lookup: lookupPromise,
  getDefaultResultOrder: getDefaultResultOrder,
  setDefaultResultOrder: setDefaultResultOrder
};

exports.lookup = lookup;
exports.getDefaultResultOrder = getDefaultResultOrder;
exports.setDefaultResultOrder = setDefaultResultOrder;
exports.ADDRCONFIG = ADDRCONFIG;
exports.V4MAPPED = V4MAPPED;
exports.ALL = ALL;
for (var i = 0; i < codes.length; i++) {
  exports[codes[i]] = promises[codes[i]] = 'E' + codes[i];
}
exports.promises = promises;
