'use strict';
// escape and unescape (ECMA-262 Annex B.2.1): older packages (uuid 3's
// v3/v5, crypto-js) use them to turn a string into UTF-8 bytes through
// unescape(encodeURIComponent(s)).

var HEX = '0123456789ABCDEF';
var KEEP = /[A-Za-z0-9@*_+\-./]/;

function escape(string) {
  var s = String(string), out = '';
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i), ch = s.charAt(i);
    if (c < 128 && KEEP.test(ch)) out += ch;
    else if (c < 256) out += '%' + HEX.charAt(c >> 4) + HEX.charAt(c & 15);
    else out += '%u' + HEX.charAt(c >> 12) + HEX.charAt((c >> 8) & 15) + HEX.charAt((c >> 4) & 15) + HEX.charAt(c & 15);
  }
  return out;
}

function hexAt(s, i, n) {
  var v = 0;
  for (var k = 0; k < n; k++) {
    var d = HEX.indexOf(s.charAt(i + k).toUpperCase());
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

function unescape(string) {
  var s = String(string), out = '', i = 0, n = s.length;
  while (i < n) {
    var ch = s.charAt(i), v;
    if (ch === '%') {
      if (s.charAt(i + 1) === 'u' && i + 6 <= n && (v = hexAt(s, i + 2, 4)) >= 0) {
        out += String.fromCharCode(v);
        i += 6;
        continue;
      }
      if (i + 3 <= n && (v = hexAt(s, i + 1, 2)) >= 0) {
        out += String.fromCharCode(v);
        i += 3;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

exports.escape = escape;
exports.unescape = unescape;
