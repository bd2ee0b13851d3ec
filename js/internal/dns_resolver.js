// internal/dns_resolver — Node's dns.Resolver, dns.promises.Resolver and the
// default resolver behind dns.resolve*, dns.reverse, dns.setServers and
// dns.getServers, over the dns service's query, reverse and servers ops (c-ares
// in whichever backend runs: services/dns/dns.h).
//
// A resolver's configuration (servers, timeout, tries) lives here, in its
// channel object, and travels with each query with the channel's id; the
// cares backend keeps a c-ares channel per id, and cancel() names it.
'use strict';

var S = require('internal/service');
var schema = require('internal/schema/dns');
var errors = require('internal/errors');
var isIP = require('internal/net_lookup').isIP;

var RR = schema.RRTYPES, OPS = schema.OPS;
var errName = [];
(function () {
  for (var k in schema.ERRS) errName[schema.ERRS[k]] = k;
})();
var IANA_DNS_PORT = 53;
var sid = -1;

function dnsException(status, syscall, hostname) {
  return S.errors().dnsException(status, syscall, hostname);
}

// validateInt32 of Node's validators
function validateInt32(value, name, min) {
  var max = 2147483647;
  if (typeof value !== 'number') throw errors.invalidArgType(name, 'number', value);
  if (Math.floor(value) !== value || !isFinite(value)) throw errors.outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw errors.outOfRange(name, '>= ' + min + ' && <= ' + max, value);
}

// What a Resolver holds (Node's ChannelWrap).
var channels = 0;
function Channel(timeout, tries) {
  this.servers = null; // [[ip, port]...]; null: the system's
  this.timeout = timeout;
  this.tries = tries;
  this.pending = [];
  // the service's name for it (cancel), unique among the clients of a
  // muk-serviced too
  this.id = newId();
}

function newId() {
  return process.pid + '.' + (++channels) + '.' + Math.floor(Math.random() * 0x7fffffff);
}

Channel.prototype.csv = function () {
  if (this.servers === null) return '';
  var out = [];
  for (var i = 0; i < this.servers.length; i++) {
    var s = this.servers[i];
    out.push((isIP(s[0]) === 6 ? '[' + s[0] + ']' : s[0]) + ':' + s[1]);
  }
  return out.join(',');
};

function dnsSid() {
  if (sid < 0) sid = S.lookup(schema.SERVICE);
  return sid;
}

// The servers the channel uses: its own, or the system's as the service
// reads them (a synchronous request).
Channel.prototype.list = function () {
  if (this.servers !== null) return this.servers;
  if (dnsSid() < 0) return [];
  var r = S.callSync(sid, OPS.SERVERS, [''], undefined);
  if (r[0] < 0 || !r[1][0]) return [];
  var lines = r[1][0].split('\n'), out = [];
  for (var i = 0; i < lines.length; i++) {
    var sp = lines[i].indexOf(' ');
    out.push([lines[i].slice(0, sp), +lines[i].slice(sp + 1)]);
  }
  return out;
};

// A query in flight: its callback or promise, and what its error names.
function Req(channel, syscall, hostname, rrtype, ttl) {
  this.channel = channel;
  this.syscall = syscall;
  this.hostname = hostname;
  this.rrtype = rrtype;
  this.ttl = ttl;
  this.callback = null;
  this.resolve = null;
  this.reject = null;
  this.done = false;
}

Req.prototype.finish = function (err, result) {
  if (this.done) return;
  this.done = true;
  var p = this.channel.pending, i = p.indexOf(this);
  if (i >= 0) p.splice(i, 1);
  if (this.callback) {
    if (err) this.callback(err);
    else this.callback(null, result);
  } else if (err) {
    this.reject(err);
  } else {
    this.resolve(result);
  }
};

function onAnswer(req, status, results) {
  if (req.done || req.cancelled) return; // cancel() ends it
  if (status < 0) return req.finish(dnsException(status, req.syscall, req.hostname));
  if (results[0] !== 0) return req.finish(dnsException(errName[results[0]] || 'EBADRESP', req.syscall, req.hostname));
  var out = JSON.parse(results[1]);
  if ((req.rrtype === RR.A || req.rrtype === RR.AAAA) && !req.ttl) {
    for (var i = 0; i < out.length; i++) out[i] = out[i].address;
  }
  req.finish(null, out);
}

// An internationalized name as DNS has it (punycode), as Node's toASCII;
// errors still name what the script asked for.
var nonASCII = /[^\u0000-\u007f]/;
function toASCII(name) {
  if (!nonASCII.test(name)) return name;
  return require('internal/url_host').domainToASCII(name) || name;
}

function start(req) {
  var c = req.channel;
  if (dnsSid() < 0) {
    var err = dnsException(sid, req.syscall, req.hostname);
    process.nextTick(function () { req.finish(err); });
    return;
  }
  c.pending.push(req);
  var args = req.rrtype === 0 ?
    [req.hostname, c.csv(), c.timeout, c.tries, c.id] :
    [toASCII(req.hostname), req.rrtype, c.csv(), c.timeout, c.tries, c.id];
  S.send(sid, req.rrtype === 0 ? OPS.REVERSE : OPS.QUERY, args, undefined,
    function (status, results) { onAnswer(req, status, results); });
}

// [method name, Node's binding name, rrtype (0: reverse)]
var methods = [
  ['resolveAny', 'queryAny', RR.ANY], ['resolve4', 'queryA', RR.A], ['resolve6', 'queryAaaa', RR.AAAA],
  ['resolveCaa', 'queryCaa', RR.CAA], ['resolveCname', 'queryCname', RR.CNAME], ['resolveMx', 'queryMx', RR.MX],
  ['resolveNs', 'queryNs', RR.NS], ['resolveTxt', 'queryTxt', RR.TXT], ['resolveSrv', 'querySrv', RR.SRV],
  ['resolvePtr', 'queryPtr', RR.PTR], ['resolveNaptr', 'queryNaptr', RR.NAPTR], ['resolveSoa', 'querySoa', RR.SOA],
  ['reverse', 'getHostByAddr', 0]
];
var rrNames = ['A', 'AAAA', 'ANY', 'CAA', 'CNAME', 'MX', 'NAPTR', 'NS', 'PTR', 'SOA', 'SRV', 'TXT'];
var rrMethod = { A: 'resolve4', AAAA: 'resolve6', ANY: 'resolveAny', CAA: 'resolveCaa', CNAME: 'resolveCname',
  MX: 'resolveMx', NAPTR: 'resolveNaptr', NS: 'resolveNs', PTR: 'resolvePtr', SOA: 'resolveSoa',
  SRV: 'resolveSrv', TXT: 'resolveTxt' };

function badAddress(req) {
  // Node's GetHostByAddrWrap refuses a name that is not an IP (UV_EINVAL)
  return req.rrtype === 0 && isIP(req.hostname) === 0;
}

// fn named as Node names its query functions ('queryA', 'getHostByAddr')
function named(fn, name) {
  Object.defineProperty(fn, 'name', { value: name, configurable: true });
  return fn;
}

function callbackQuery(syscall, rrtype) {
  return named(function (name, options, callback) {
    if (arguments.length <= 2) {
      callback = options;
      options = undefined;
    }
    errors.validateString(name, 'name');
    errors.validateFunction(callback, 'callback');
    var req = new Req(this._handle, syscall, name, rrtype, !!(options && options.ttl));
    if (badAddress(req)) throw dnsException(S.errors().uvCode('EINVAL'), syscall, name);
    req.callback = callback;
    start(req);
    return req;
  }, syscall);
}

function promiseQuery(syscall, rrtype) {
  return named(function (name, options) {
    errors.validateString(name, 'name');
    var req = new Req(this._handle, syscall, name, rrtype, !!(options && options.ttl));
    return new Promise(function (resolve, reject) {
      if (badAddress(req)) {
        reject(dnsException(S.errors().uvCode('EINVAL'), syscall, name));
        return;
      }
      req.resolve = resolve;
      req.reject = reject;
      start(req);
    });
  }, syscall);
}

// ---- the shared part (Node's ResolverBase) ----

function initResolver(self, options) {
  var timeout = -1, tries = 4;
  if (options !== undefined && options !== null) {
    if (options.timeout !== undefined) timeout = options.timeout;
    if (options.tries !== undefined) tries = options.tries;
  }
  validateInt32(timeout, 'options.timeout', -1);
  validateInt32(tries, 'options.tries', 1);
  self._handle = new Channel(timeout, tries);
}

var IPv6RE = /^\[([^[\]]*)\]/;
var addrSplitRE = /(^.+?)(?::(\d+))?$/;

function setServers(servers) {
  if (!Array.isArray(servers)) throw errors.invalidArgType('servers', 'Array', servers);
  var set = [];
  for (var i = 0; i < servers.length; i++) {
    var serv = servers[i];
    errors.validateString(serv, 'servers[' + i + ']');
    if (isIP(serv) !== 0) {
      set.push([serv, IANA_DNS_PORT]);
      continue;
    }
    var match = IPv6RE.exec(serv);
    if (match && isIP(match[1]) !== 0) {
      var p = parseInt(serv.replace(addrSplitRE, '$2'), 10) || IANA_DNS_PORT;
      set.push([match[1], p]);
      continue;
    }
    var split = addrSplitRE.exec(serv);
    if (split && isIP(split[1]) !== 0) {
      set.push([split[1], parseInt(split[2] || IANA_DNS_PORT, 10)]);
      continue;
    }
    throw errors.makeError(TypeError, 'ERR_INVALID_IP_ADDRESS', 'Invalid IP address: ' + serv);
  }
  this._handle.servers = set;
}

function getServers() {
  var list = this._handle.list(), out = [];
  for (var i = 0; i < list.length; i++) {
    var v = list[i];
    if (!v[1] || v[1] === IANA_DNS_PORT) out.push(v[0]);
    else out.push((isIP(v[0]) === 6 ? '[' + v[0] + ']' : v[0]) + ':' + v[1]);
  }
  return out;
}

// Every pending query of this resolver fails with ECANCELLED, in the order
// they were made and in one go, as Node's (c-ares calls them back in
// order): the service ends them (c-ares's cancel), but its answers come
// from several workers in any order, so they are ignored and the queries
// end here, before the immediates the script sets after cancel().
function cancel() {
  var c = this._handle;
  if (c.pending.length === 0 || dnsSid() < 0) return;
  // the id is spent: queries sent before may reach the service after this
  // (sync) cancel, and must still end; later ones go under a new id
  S.callSync(sid, OPS.CANCEL, [c.id], undefined);
  c.id = newId();
  var reqs = c.pending.slice();
  for (var i = 0; i < reqs.length; i++) reqs[i].cancelled = true;
  setImmediate(function () {
    for (var k = 0; k < reqs.length; k++) {
      reqs[k].finish(dnsException('ECANCELLED', reqs[k].syscall, reqs[k].hostname));
    }
  });
}

// Accepted and checked as Node does; queries leave from the service's
// default address (the service may run on another host).
function setLocalAddress(ipv4, ipv6) {
  errors.validateString(ipv4, 'ipv4');
  if (ipv6 !== undefined) errors.validateString(ipv6, 'ipv6');
  if (isIP(ipv4) === 0 || (ipv6 !== undefined && isIP(ipv6) !== 6)) {
    throw errors.makeError(TypeError, 'ERR_INVALID_ARG_VALUE', 'Invalid IP address.');
  }
}

function addBase(proto) {
  proto.cancel = cancel;
  proto.getServers = getServers;
  proto.setServers = setServers;
  proto.setLocalAddress = setLocalAddress;
}

// ---- dns.Resolver (callbacks) ----

function Resolver(options) {
  if (!(this instanceof Resolver)) return new Resolver(options);
  initResolver(this, options);
}
addBase(Resolver.prototype);

Resolver.prototype.resolve = function (hostname, rrtype, callback) {
  var method;
  if (typeof rrtype === 'string') {
    method = rrMethod[rrtype];
  } else if (typeof rrtype === 'function') {
    method = 'resolve4';
    callback = rrtype;
  } else {
    throw errors.invalidArgType('rrtype', 'string', rrtype);
  }
  if (method === undefined || rrNames.indexOf(rrtype) < 0 && typeof rrtype === 'string') {
    throw errors.invalidArgValue('rrtype', rrtype);
  }
  return this[method](hostname, callback);
};

// ---- dns.promises.Resolver ----

function PromiseResolver(options) {
  if (!(this instanceof PromiseResolver)) return new PromiseResolver(options);
  initResolver(this, options);
}
addBase(PromiseResolver.prototype);

PromiseResolver.prototype.resolve = function (hostname, rrtype) {
  var method = 'resolve4';
  if (rrtype !== undefined) {
    errors.validateString(rrtype, 'rrtype');
    method = rrMethod[rrtype];
    if (method === undefined || rrNames.indexOf(rrtype) < 0) throw errors.invalidArgValue('rrtype', rrtype);
  }
  return this[method](hostname);
};

for (var i = 0; i < methods.length; i++) {
  var m = methods[i];
  Resolver.prototype[m[0]] = callbackQuery(m[1], m[2]);
  PromiseResolver.prototype[m[0]] = promiseQuery(m[1], m[2]);
}

// The default resolvers of dns and dns.promises.
var defaultResolver = new Resolver();
var defaultPromiseResolver = new PromiseResolver(); // its own, as Node's

// fn bound to the default resolver, for dns.resolve4 and the like
function bindDefault(target, source, resolver) {
  var names = ['resolve', 'getServers', 'setServers'];
  for (var j = 0; j < methods.length; j++) names.push(methods[j][0]);
  for (var k = 0; k < names.length; k++) {
    target[names[k]] = source[names[k]].bind(resolver);
  }
}

module.exports = {
  Resolver: Resolver,
  PromiseResolver: PromiseResolver,
  bindCallbacks: function (target) { bindDefault(target, Resolver.prototype, defaultResolver); },
  bindPromises: function (target) { bindDefault(target, PromiseResolver.prototype, defaultPromiseResolver); }
};
