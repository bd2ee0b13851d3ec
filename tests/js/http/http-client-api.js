// The client's surface without a server: http.request's argument checks
// and errors (https: is refused — muk has no TLS yet, and node's http
// refuses it the same way), what a ClientRequest holds before it is sent,
// the Agent's option checks, and the exports node 20 has.
'use strict';
var http = require('http');

function tryIt(label, fn) {
  try {
    var r = fn();
    console.log(label, 'ok', r === undefined ? '' : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

// a port nothing listens on is never reached: every request here is
// destroyed before its socket connects
function req(a, b) {
  var r = http.request(a, b);
  r.on('error', function () {});
  r.destroy();
  return r;
}

console.log(typeof http.request, typeof http.get, typeof http.ClientRequest, typeof http.Agent,
  typeof http.globalAgent, http.request.length, http.get.length);
tryIt('https', function () { req('https://127.0.0.1:1/'); });
tryIt('ftp option', function () { req({ protocol: 'ftp:', port: 1 }); });
tryIt('space in path', function () { req({ path: '/a b', port: 1 }); });
tryIt('bad method', function () { req({ method: 'GE T', port: 1 }); });
tryIt('method type', function () { req({ method: 5, port: 1 }); });
tryIt('agent type', function () { req({ agent: 'x', port: 1 }); });
tryIt('host type', function () { req({ host: 5, port: 1 }); });
tryIt('bad header', function () { req({ headers: { 'a b': 1 }, port: 1 }); });
tryIt('bad value', function () { req({ headers: { 'x': 'a\rb' }, port: 1 }); });
tryIt('undefined value', function () { req({ headers: { 'x': undefined }, port: 1 }); });
tryIt('url', function () {
  var r = req('http://user:pw@127.0.0.1:1/p?q=1');
  return [r.method, r.path, r.host, r.protocol, r.getHeader('host'), r.getHeader('authorization')].join(' ');
});
tryIt('url + options', function () {
  var r = req('http://127.0.0.1:1/p', { method: 'put', path: '/other', headers: { 'X-A': 'b' } });
  return [r.method, r.path, r.getHeader('x-a'), r.getHeader('host')].join(' ');
});
tryIt('URL object', function () {
  var r = req(new URL('http://[::1]:1/x'));
  return [r.host, r.path, r.getHeader('host')].join(' ');
});
tryIt('default port', function () {
  var r = req({ host: 'example.invalid', port: 80 });
  return r.getHeader('host') + ' ' + r.path + ' ' + r.method;
});
tryIt('setHost false', function () {
  var r = req({ port: 1, setHost: false });
  return String(r.getHeader('host'));
});
tryIt('write type', function () {
  var r = req({ port: 1 });
  r.write(5);
});
tryIt('scheduling', function () { new http.Agent({ scheduling: 'x' }); });
tryIt('maxTotalSockets', function () { new http.Agent({ maxTotalSockets: 0 }); });
tryIt('maxTotalSockets type', function () { new http.Agent({ maxTotalSockets: 'x' }); });
tryIt('agent options', function () {
  var a = new http.Agent({ keepAlive: true, maxSockets: 3, maxFreeSockets: 2, timeout: 10, keepAliveMsecs: 50 });
  return [a.keepAlive, a.maxSockets, a.maxFreeSockets, a.keepAliveMsecs, a.options.timeout, a.options.noDelay,
    a.defaultPort, a.protocol, Object.keys(a.sockets).length].join(' ');
});
