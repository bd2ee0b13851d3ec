// Randomized comparison with node: URL-like strings built from pieces that
// hit both parsers' corners, through new URL (with and without a base),
// url.parse (both flags), url.resolve and url.format. Seeds in url-fuzz.args.
'use strict';
var url = require('url');
var rng = require('../lib/rng');

var PIECES = ['http:', 'HTTPS:', 'file:', 'mailto:', 'foo:', 'ws:', '//', '/', '/', '\\', '\\\\', 'a', 'B', 'x.com',
  'ÉX.com', '127.0.0.1', '0x7f.1', '[::1]', '[1:2::3]', ':', ':80', ':99999', '@', 'u:p@', '?', '?q=1&r', '#', '#f',
  '.', '..', '%2e', '%zz', '%41', ' ', '\t', '|', 'C:', '^', '`', '{', "'", '"', '<', 'é', '😀', ';', '=', '&', '+'];
function str(n) {
  var out = [];
  for (var i = 0; i < n; i++) out.push(rng.pick(PIECES));
  return out.join('');
}
// Well-formed URLs, mostly of the kind the parser's fast path takes.
var SCHEMES = ['http', 'HTTPS', 'ws', 'wss', 'ftp', 'file', 'foo', 'h+t.t-p'];
var HOSTS = ['a.com', 'EXAMPLE.org', 'x_y.z', 'a.b.c.d', '1.2.3.4', '0x10', 'a.123', 'xn--nxasmq6b.com', 'localhost',
  'a-b.c', 'h.', "a'b", 'a!b$c'];
var SEGS = ['a', 'B', '.', '..', '%2E', '%2e.', 'x.html', '', '~u', 'a;b=c', '%20', '$&+,', 'é', 'x@y', "'", '^'];
function typical() {
  var out = [rng.pick(SCHEMES), '://'];
  if (rng.ri(4) === 0) out.push(rng.pick(['u', 'u:p', ':p', '', 'u%41', 'a!b']), '@');
  out.push(rng.pick(HOSTS));
  if (rng.ri(3) === 0) out.push(':', rng.pick(['80', '443', '21', '8080', '65535', '65536', '0080', '']));
  for (var n = rng.ri(4); n > 0; n--) out.push('/', rng.pick(SEGS));
  if (rng.ri(2) === 0) out.push('?', rng.pick(['a=1&b=2', '', "x'y", 'q=%zz', 'a+b']));
  if (rng.ri(3) === 0) out.push('#', rng.pick(['f', '', 'x#y', "a'b"]));
  return out.join('');
}
function j(v) { return JSON.stringify(v); }
function whatwg(s, base) {
  try {
    var u = base === undefined ? new URL(s) : new URL(s, base);
    return u.href + ' ' + u.origin + ' ' + j(u.host) + ' ' + j(u.pathname) + ' ' + j(u.search) + ' ' +
      u.searchParams.toString();
  } catch (e) { return e.code; }
}
function legacy(s, q, sl) {
  try {
    var u = url.parse(s, q, sl);
    return [u.protocol, u.slashes, u.auth, u.host, u.port, u.hostname, u.hash, u.search, j(u.query),
      u.pathname, u.path, u.href].map(j).join(' ');
  } catch (e) { return e.code; }
}
function call(f) { try { return j(f()); } catch (e) { return e.code; } }
require('../lib/seeds').run(process.argv.slice(2), function (seed, done) {
  rng.seed(seed);
  for (var t = 0; t < 10; t++) {
    var s = str(1 + rng.ri(8)), b = str(1 + rng.ri(6));
    console.log(seed, t, j(s), j(b));
    console.log(' W', whatwg(s));
    console.log(' B', whatwg(s, 'http://h.com/a/b?c#d'), '|', whatwg(b, 'foo://h/p'));
    console.log(' L', legacy(s, rng.ri(2) === 1, rng.ri(2) === 1));
    console.log(' R', call(function () { return url.resolve(b, s); }));
    console.log(' F', call(function () { return url.format(url.parse(s)); }));
    var tu = typical();
    console.log(' T', j(tu), whatwg(tu));
  }
  done();
});
