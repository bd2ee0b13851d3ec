// querystring: parse/decode (sep, eq, maxKeys, decodeURIComponent),
// stringify/encode (arrays, primitives, encodeURIComponent), escape,
// unescape, unescapeBuffer, and their quirks.
'use strict';
var qs = require('querystring');
var util = require('util');

console.log(Object.keys(qs), qs.encode === qs.stringify, qs.decode === qs.parse);
function p() { console.log(util.inspect(qs.parse.apply(null, arguments))); }
p('a=1&b=2&a=3&a=4&c&=d&e=f=g&&x=+y+&%41=%42');
p('a=%zz&b=%E2%82%AC&c=%e2%82&d=caf%C3%A9&%=%&%4=1');
p('é%zz=é%zz&k%4=v%4&m=+é');
p('');
p(undefined);
p(5);
p('__proto__=1&constructor=2&hasOwnProperty=3');
p('a:1;b:2;;c', ';', ':');
p('a=>1<>b=>2', '<>', '=>');
p('a=1&&b=2', '&&');
p('x=1&x=2', null, null);
p('a=1&b=2&c=3&d=4', null, null, { maxKeys: 2 });
p('&&&a=1&b=2', null, null, { maxKeys: 3 });
p('a=1&b=2', null, null, { maxKeys: 0 });
p('a=1&b=2', null, null, { maxKeys: -1 });
p('a=1&b=2', null, null, { maxKeys: '1' });
p('a=A+b&b=%41&c=', null, null, { decodeURIComponent: function (s) { return '<' + s + '>'; } });
p('a=%41&b=x', null, null, { decodeURIComponent: function (s) { if (s === '%41') throw new Error('no'); return s; } });
p('a=1&b=2&', '&');
p('=&=&=');
p('a==b');

console.log(qs.stringify({ a: 1, b: 'x y', c: [1, 'é', true], d: null, e: undefined, f: NaN, g: {}, h: [], i: false, j: 1e21, k: -0 }));
console.log(qs.stringify({ a: '1', b: '2' }, ';', ':'));
console.log(qs.stringify({ 'a b': 'c&d=e' }, null, null, { encodeURIComponent: function (s) { return '[' + s + ']'; } }));
console.log(qs.stringify('str'), JSON.stringify(qs.stringify(null)), qs.stringify([1, 2]));
console.log(qs.stringify({ e: '😀', f: "~!*()'-._" }));
try { qs.stringify({ a: '\ud800' }); } catch (e) { console.log(e.name, e.code, e.message); }
try { qs.stringify({ a: 'x\udc00' }); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(qs.stringify({ a: '\udc00x' }));

console.log(qs.escape('a b&c/é'), qs.escape(12), qs.escape({ toString: function () { return 'o k'; } }));
console.log(qs.unescape('a%20b+c'), qs.unescape('a%20b+c', true), qs.unescape('%zz%41'), qs.unescape('€%zz'));
console.log(qs.unescapeBuffer('a%20b+c%'), qs.unescapeBuffer('a+b', true), qs.unescapeBuffer('%e2%82%ac%4'));
console.log(qs.unescapeBuffer('€'));
