var Url = require('url-parse');
var u = new Url('https://user:pass@github.com:8080/foo/bar?a=1&b=2#hash', true);
console.log(u.protocol, u.username, u.host, u.port, u.pathname, u.query, u.hash, u.origin);
console.log(new Url('/x/y?z=1', 'http://example.com/a/b').href, u.set('pathname', '/new').toString());
