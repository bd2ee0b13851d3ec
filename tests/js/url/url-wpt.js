// Every case of the web-platform-tests' urltestdata.json (tests/js/fixtures/wpt,
// BSD-3-Clause, see LICENSE there) through new URL(input, base). A case is
// printed only where the result differs from WPT's expectation, so the
// recording from node 20 lists exactly node's own deviations from the URL
// Standard, and muk must deviate in the same places in the same way.
'use strict';
var fs = require('fs');
var cases = JSON.parse(fs.readFileSync(__dirname + '/../fixtures/wpt/urltestdata.json', 'utf8'));
var FIELDS = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'hash'];

function show(s) {
  if (s === null || s === undefined) return String(s);
  var out = [];
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) {
      var h = c.toString(16);
      out.push('\\u' + '0000'.slice(h.length) + h);
    } else {
      out.push(s.charAt(i));
    }
  }
  return '"' + out.join('') + '"';
}

var total = 0, same = 0;
for (var i = 0; i < cases.length; i++) {
  var t = cases[i];
  if (typeof t === 'string') continue;
  total++;
  var url = null, err = null;
  try {
    url = (t.base === null || t.base === undefined) ? new URL(t.input) : new URL(t.input, t.base);
  } catch (e) {
    err = e;
  }
  var diffs = [];
  if (t.failure) {
    if (err === null) diffs.push('parsed, expected failure: ' + show(url.href));
    else if (err.code !== 'ERR_INVALID_URL') diffs.push('threw ' + err.code);
  } else if (err !== null) {
    diffs.push('failed (' + err.code + '), expected ' + show(t.href));
  } else {
    for (var f = 0; f < FIELDS.length; f++) {
      var k = FIELDS[f];
      if (t[k] === undefined) continue;
      if (url[k] !== t[k]) diffs.push(k + ' ' + show(url[k]) + ' expected ' + show(t[k]));
    }
  }
  if (diffs.length === 0) { same++; continue; }
  console.log('#' + i + ' ' + show(t.input) + ' base ' + show(t.base) + ': ' + diffs.join('; '));
}
console.log(same + ' of ' + total + ' cases as WPT expects');
