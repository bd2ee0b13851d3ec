// require('punycode'): Node 20's bundled punycode.js 2.1.0 — encode/decode,
// toASCII/toUnicode of domains and email addresses, ucs2, and its errors.
'use strict';
var punycode = require('punycode');
console.log(punycode.version, Object.keys(punycode).sort().join(' '));
['mañana', 'bücher', '☃-⌘', 'ü', 'abc', '', '\ud83d\ude00x', 'ПРИВЕТ'].forEach(function (s) {
  var e = punycode.encode(s);
  console.log(JSON.stringify(s), e, punycode.decode(e) === s);
});
['mañana.com', 'bücher.example', '☃-⌘.com', 'ma\u3002ñana\uff0Ecom', 'джумла@джpумлатест.bрфa', 'plain.org', 'xn--ls8h.la']
  .forEach(function (d) { console.log(punycode.toASCII(d), punycode.toUnicode(punycode.toASCII(d))); });
console.log(punycode.toUnicode('XN--MAANA-PTA.com'), punycode.toUnicode('xn--ls8h.la'));
console.log(JSON.stringify(punycode.ucs2.decode('a\ud834\udf06b\ud800')), JSON.stringify(punycode.ucs2.encode([97, 0x1d306, 98])));
function err(f) { try { return JSON.stringify(f()); } catch (e) { return e.name + ': ' + e.message; } }
console.log(err(function () { return punycode.decode('\u00e9-abc'); }));
console.log(err(function () { return punycode.decode('abc-9999999999'); }));
console.log(err(function () { return punycode.decode('a-b'); }));
console.log(err(function () { return punycode.decode('99999'); }));
console.log(err(function () { return punycode.ucs2.encode([0x110000]); }));
console.log(err(function () { return punycode.toUnicode('xn--\u00e9'); }));
