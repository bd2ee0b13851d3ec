// The legacy url API: url.parse (with parseQueryString and
// slashesDenoteHost), url.format (Url, plain objects, strings, WHATWG URLs
// with options), url.resolve and resolveObject, with Node's quirks.
'use strict';
var url = require('url');
var util = require('util');

console.log(Object.keys(require('url')));
function show(u) {
  var keys = Object.keys(u), out = [];
  for (var i = 0; i < keys.length; i++) out.push(keys[i] + '=' + util.inspect(u[keys[i]]));
  return out.join(' ');
}
[
  'http://user:pass@Host.COM:8080/p/a/t/h?query=string#hash',
  'HTTP://a.com/b?c=d', 'http://a.com', 'http://a.com:/x', 'https://[::1]:3000/x', 'http://[fe80::1%25en0]/',
  '//foo/bar', '/foo/bar?x=1', '/a b/c?d e', 'foo/bar', '?x=1', '#h', '', '   http://trim.me/  ',
  'http:\\\\evil.com\\path\\x?y\\z', 'mailto:user@host.com', 'javascript:alert(1)', 'file:///etc/passwd',
  'file://localhost/etc/x', 'http://a@b@c/d', 'http://a@b?@c', 'http://a.com/%zz', "http://a.com/'<>{}|^`",
  'http://xn--nxasmq6b.com/', 'http://ÉXAMPLE.com/ü', 'http://a.com/ü?ü#ü', 'http://a_b.com/',
  'http://a.com;x/y', 'http://a.com%20b/', 'ws://x/y', 'xmpp:a@b', 'news:comp.lang', 'http://a.com?x#y?z',
  'http://@x.com', 'http://:@x.com', 'http://%41@x.com/', 'http://a.com#x#y', 'git+ssh://git@github.com:npm/x.git'
].forEach(function (s) {
  try { console.log(JSON.stringify(s), show(url.parse(s))); } catch (e) { console.log(JSON.stringify(s), e.code, e.input); }
});
var pq = url.parse('http://a.com/b?c=d&c=e&f', true);
console.log(pq.query, pq.search, Object.getPrototypeOf(pq.query));
console.log(url.parse('http://a.com/b', true).query, url.parse('/x', true).query, url.parse('/x?', true).search);
console.log(show(url.parse('//foo/bar', false, true)), show(url.parse('//u@foo/bar')));
console.log(url.parse('http://a.com/x') instanceof url.Url, url.parse(url.parse('/x')).pathname);
console.log(url.parse('http://a.com/x'));
try { url.parse(5); } catch (e) { console.log(e.name, e.code, e.message); }
try { url.parse('http://a b.com/'); console.log('ok'); } catch (e) { console.log(e.code); }

// format
console.log(url.format({ protocol: 'http', host: 'a.com', pathname: '/x', search: '?y=1', hash: 'z' }));
console.log(url.format({ protocol: 'https:', hostname: 'a.com', port: 8080, pathname: 'p', query: { a: 1, b: [2, 3] } }));
console.log(url.format({ protocol: 'mailto', auth: 'u:p@x', hostname: 'h' }), url.format({ protocol: 'file', pathname: '/x' }));
console.log(url.format({ hostname: '::1', port: 1 }), url.format({ pathname: '/a?b#c', search: 'q#r' }));
console.log(url.format({ protocol: 'xmpp', slashes: true, host: 'h' }), url.format({}), url.format('HTTP://X.com'));
var w = new URL('http://us:pw@xn--nxasmq6b.com:81/p?q=1#frag');
console.log(url.format(w), url.format(w, { fragment: false, search: false, auth: false, unicode: true }));
console.log(url.format(w, { unicode: true }));
try { url.format(5); } catch (e) { console.log(e.name, e.code, e.message); }
try { url.format(w, 5); } catch (e) { console.log(e.name, e.code, e.message); }

// resolve
[['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'],
  ['http://a/b/c/d;p?q', '../../../g'], ['http://a/b/c/d;p?q', 'g?y/./x'], ['http://a/b/c/d;p?q', '#s'],
  ['http://a/b/c/d;p?q', ''], ['http://a/b/c/d;p?q', '//g'], ['http://a/b/c/d;p?q', 'https:g'],
  ['http://a/b/c/d;p?q', 'g/..'], ['mailto:a@b.com', 'c@d.com'], ['mailto:local1@domain1', '?x'],
  ['http://u@a.com/x', '//b.com/y'], ['http://u@a.com/x', '/y'], ['file:///a/b', 'c'], ['http://a.com', 'file:x'],
  ['a/b/c', '../../..'], ['/a/b', '../../../x'], ['http://a.com/b/', '.'], ['news:a/b', '../c']
].forEach(function (p) {
  console.log(p[0], '+', p[1], '=', url.resolve(p[0], p[1]));
});
console.log(show(url.resolveObject('http://a.com/b/c', '../d?e')), url.resolveObject('', 'x'));
