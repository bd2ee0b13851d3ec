// he, sprintf-js, ini, strip-ansi, string_decoder (npm), querystring (npm)
var he = require('he'), sprintf = require('sprintf-js').sprintf, ini = require('ini');
console.log(he.encode('foo © bar ≠ baz 𝌆 qux'), he.decode('&lt;p&gt;&amp;&eacute;&#x1D306;'), sprintf('%05.2f|%-5s|%x|%2$s', 3.14159, 'ab', 255));
console.log(ini.parse('a=1\n[sec]\nb = two\n[sec.sub]\nc=true'), ini.stringify({ top: 1, s: { k: 'v' } }));
console.log(JSON.stringify(require('strip-ansi')('\u001b[31mred\u001b[39m')));
var SD = require('string_decoder/').StringDecoder, d = new SD('utf8'); console.log(d.write(Buffer.from([0xe2, 0x82])) + d.write(Buffer.from([0xac])) + d.end());
console.log(require('querystring/').parse('a=1&b=x%20y&a=2'), require('querystring/').stringify({ q: 'a b', n: [1, 2] }));
