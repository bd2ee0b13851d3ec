// url.domainToASCII/domainToUnicode, fileURLToPath/pathToFileURL,
// urlToHttpOptions, and their error paths.
'use strict';
var url = require('url');
var util = require('util');

function tryIt(f) {
  try { console.log(util.inspect(f())); } catch (e) { console.log(e.name, e.code, e.message); }
}
['español.com', 'xn--espaol-zwa.com', 'EXAMPLE.com', '中文.com', 'xn--iñvalid.com', 'a b', '1.2.3',
  '0x7f.1', '[::1]', 'ｅｘａｍｐｌｅ．com', 'münchen.de', 'xn--mnchen-3ya.de', '', 'a..b', 'ab--cd.com',
  '☃.net', 'Ⅻ.com', 'faß.de', 'I.com'
].forEach(function (d) {
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
});
tryIt(function () { return url.domainToASCII(); });
tryIt(function () { return url.domainToUnicode(); });

['file:///tmp/a%20b/c', 'file:///x/%C3%A9', 'file://localhost/etc/hosts', 'file:///a/b/'].forEach(function (f) {
  console.log(url.fileURLToPath(f), url.fileURLToPath(new URL(f)));
});
tryIt(function () { return url.fileURLToPath('http://a/b'); });
tryIt(function () { return url.fileURLToPath('file://host/x'); });
tryIt(function () { return url.fileURLToPath('file:///a%2fb'); });
tryIt(function () { return url.fileURLToPath('file:///a%2Fb'); });
tryIt(function () { return url.fileURLToPath(5); });
tryIt(function () { return url.fileURLToPath({ href: 'file:///x', protocol: 'file:', hostname: '', pathname: '/x' }); });
tryIt(function () { return url.fileURLToPath('not a url'); });
tryIt(function () { return url.fileURLToPath('file:///%E2%82'); });

['/tmp/a b/c', '/x/é#?%', '/dir/', '/a\\b', '/new\nline\ttab', '/'].forEach(function (p) {
  console.log(url.pathToFileURL(p).href);
});
console.log(url.pathToFileURL('rel/x').href === 'file://' + process.cwd() + '/rel/x');
tryIt(function () { return url.pathToFileURL(5); });

tryIt(function () { return url.urlToHttpOptions(new URL('https://a:b%20c@[::1]:8443/p/q?x=1#h')); });
tryIt(function () { return url.urlToHttpOptions(new URL('http://example.com/')); });
