// randomUUID: RFC 4122 version 4 format (version and variant bits), no
// repeats across the entropy cache's batches, the disableEntropyCache
// option and the option errors.
'use strict';
var crypto = require('crypto');

var re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
function show(e) { console.log(e.name, e.code, e.message); }
function attempt(label, f) {
  try { var r = f(); console.log(label, 'ok', typeof r, r.length); } catch (e) { show(e); }
}

var seen = {}, dup = 0, badFormat = 0, variants = {};
for (var i = 0; i < 1000; i++) { // about 8 batches of 128
  var u = i % 10 === 9 ? crypto.randomUUID({ disableEntropyCache: true }) : crypto.randomUUID();
  if (!re.test(u)) badFormat++;
  if (seen[u]) dup++;
  seen[u] = true;
  variants[u.charAt(19)] = true;
}
console.log('uuids', Object.keys(seen).length, 'bad format', badFormat, 'duplicates', dup);
console.log('variant digits', Object.keys(variants).sort().join(''));
var one = crypto.randomUUID();
console.log(one.length, one.charAt(8), one.charAt(13), one.charAt(14), one.charAt(18), one.charAt(23));
console.log('options', re.test(crypto.randomUUID({})), re.test(crypto.randomUUID({ disableEntropyCache: false })));

attempt('options type', function () { return crypto.randomUUID('x'); });
attempt('options null', function () { return crypto.randomUUID(null); });
attempt('disableEntropyCache type', function () { return crypto.randomUUID({ disableEntropyCache: 1 }); });
