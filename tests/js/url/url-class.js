// WHATWG URL: fields, setters, searchParams linkage, util.inspect, errors,
// the globals.
'use strict';
var url = require('url');
var util = require('util');

console.log(url.URL === URL, url.URLSearchParams === URLSearchParams);
var d = Object.getOwnPropertyDescriptor(globalThis, 'URL');
console.log(d.enumerable, d.writable, d.configurable);

var u = new URL('HTTP://User:Pa ss@EXAMPLE.com:80/a/./b/../c?x=1&y=2#Frag');
console.log(u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname,
  u.port, u.pathname, u.search, u.hash);
console.log(String(u), JSON.stringify({ u: u }), u.toJSON());
console.log(Object.keys(u), typeof Object.getOwnPropertyDescriptor(URL.prototype, 'href').get);
console.log(Object.keys(URL.prototype).join(), Object.keys(URLSearchParams.prototype).join());
console.log(u);
console.log(util.inspect([u], { depth: 0 }));
console.log({ a: { b: { c: u } } });

function tryIt(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, e.input, e.base); }
}
tryIt(function () { return new URL('nope'); });
tryIt(function () { return new URL('/x', 'bad base'); });
tryIt(function () { return new URL(); });
tryIt(function () { return new URL('http://[::1'); });
tryIt(function () { return new URL('http://a:99999'); });
tryIt(function () { return URL.canParse('http://a'); });
tryIt(function () { return URL.canParse('x', 'y'); });
tryIt(function () { return URL.canParse('/x', 'http://h'); });
tryIt(function () { return URL(); });
tryIt(function () { return Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({}); });

// relative resolution
['../d', '?q', '#h', '//other/x', '/abs', 'g;x?y#s', '', '.', 'mailto:a@b'].forEach(function (r) {
  console.log(r, '->', new URL(r, 'http://a/b/c/d;p?q').href);
});

// setters
var s = new URL('https://a.com/p?q=1#h');
s.protocol = 'http'; console.log(s.href);
s.protocol = 'foo'; console.log(s.href);
s.username = 'us er'; s.password = 'p@ss'; console.log(s.href);
s.host = 'b.com:8080'; console.log(s.href, s.port);
s.hostname = 'c.com'; console.log(s.href);
s.port = '443x'; console.log(s.href);
s.port = 'abc'; console.log(s.href);
s.port = 80; console.log(s.href);
s.port = ''; console.log(s.href);
s.pathname = '/a b/%zz/é'; console.log(s.href);
s.search = '?a=1 2&b'; console.log(s.href, s.searchParams.get('a'));
s.search = ''; console.log(s.href);
s.hash = 'x y'; console.log(s.href);
s.hash = ''; console.log(s.href);
s.href = 'ftp://f.com:21/x'; console.log(s.href, s.port);
tryIt(function () { s.href = 'not a url'; });
var o = new URL('data:text/plain,hi  #x');
o.hash = ''; console.log(JSON.stringify(o.href));
var f = new URL('file:///C:/x'); f.host = 'h'; f.username = 'u'; f.port = '1'; console.log(f.href);

// searchParams follows the URL and writes back
var q = new URL('http://h/?a=1&b=2&a=3');
var sp = q.searchParams;
console.log(sp === q.searchParams, sp.getAll('a'), sp.get('b'), sp.get('z'), sp.size);
sp.append('c', 'x y&z'); console.log(q.href);
sp.delete('a'); console.log(q.href);
sp.delete('b'); sp.delete('c'); console.log(q.href, JSON.stringify(q.search));
q.search = '?k=v'; console.log(sp.get('k'), sp.toString());
q.href = 'http://h/?m=n'; console.log(sp.get('m'));
console.log(new URL('http://x/?a=%zz&b=%C3%A9&c=+').searchParams.toString());
