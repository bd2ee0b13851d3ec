// Every case of the web-platform-tests' setters_tests.json
// (tests/js/fixtures/wpt, BSD-3-Clause, see LICENSE there): set one URL
// attribute, then read the attributes the case expects. As url-wpt.js, a
// case is printed only where the result differs from WPT's expectation, so
// the recording from node 20 lists node's own deviations.
'use strict';
var fs = require('fs');
var data = JSON.parse(fs.readFileSync(__dirname + '/../fixtures/wpt/setters_tests.json', 'utf8'));

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
Object.keys(data).forEach(function (setter) {
  if (setter === 'comment') return;
  data[setter].forEach(function (t, i) {
    total++;
    var diffs = [];
    try {
      var url = new URL(t.href);
      url[setter] = t.new_value;
      Object.keys(t.expected).forEach(function (k) {
        if (url[k] !== t.expected[k]) diffs.push(k + ' ' + show(url[k]) + ' expected ' + show(t.expected[k]));
      });
    } catch (e) {
      diffs.push('threw ' + e.code);
    }
    if (diffs.length === 0) { same++; return; }
    console.log(setter + '#' + i + ' ' + show(t.href) + ' = ' + show(t.new_value) + ': ' + diffs.join('; '));
  });
});
console.log(same + ' of ' + total + ' cases as WPT expects');
