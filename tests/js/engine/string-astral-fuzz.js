// Random strings mixing ASCII, 2- and 3-byte characters, astral characters
// and lone surrogates through String methods, comparisons, JSON, URI
// functions and regexps; compared with node's output.
var rng = require('../lib/rng');
var ri = rng.ri, pick = rng.pick;
var parts = ['a', 'B', 'é', '€', '😀', '𝒳', '\ud83d', '\ude00', '\ud800', '\udfff', ' ', '.', '\u0000', 'ß', 'İ', 'ǅ'];
function rs(max) { var s = '', n = ri(max); for (var i = 0; i < n; i++) s += pick(parts); return s; }
function esc(s) {
  if (typeof s !== 'string') return JSON.stringify(s);
  var o = '';
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    o += c >= 0x20 && c < 0x7f ? s.charAt(i) : '\\u' + ('000' + c.toString(16)).slice(-4);
  }
  return '"' + o + '"';
}
function show(v) {
  if (Array.isArray(v)) return '[' + v.map(show).join(',') + ']';
  if (v === null || typeof v !== 'string') return String(v);
  return esc(v);
}
function t(f) { try { return show(f()); } catch (e) { return 'throws ' + e.name; } }
function run(s0) {
  rng.seed(s0);
  var out = [];
  for (var i = 0; i < 200; i++) {
    var s = rs(7), u = rs(3), a = ri(10) - 3, b = ri(10) - 3;
    var op = ri(22), r;
    switch (op) {
    case 0: r = t(function () { return [s.length, s.slice(a, b), s.substring(a, b), s.substr(a, b)]; }); break;
    case 1: r = t(function () { return [s.indexOf(u, a), s.lastIndexOf(u, b), s.includes(u), s.startsWith(u), s.endsWith(u)]; }); break;
    case 2: r = t(function () { return s.split(u); }); break;
    case 3: r = t(function () { return [s.charAt(a), s.charCodeAt(a), s[a]]; }); break;
    case 4: r = t(function () { return [s.toUpperCase(), s.toLowerCase()]; }); break;
    case 5: r = t(function () { return [s < u, s > u, s === u, s + u === u + s]; }); break;
    case 6: r = t(function () { return JSON.stringify(s); }); break;
    case 7: r = t(function () { return JSON.parse(JSON.stringify(s)) === s; }); break;
    case 8: r = t(function () { return encodeURIComponent(s); }); break;
    case 9: r = t(function () { return decodeURIComponent(encodeURIComponent(s)) === s; }); break;
    case 10: r = t(function () { return s.replace(u, '<$&>'); }); break;
    case 11: r = t(function () { return [s.padStart(a + 6, u), s.padEnd(b + 6, u)]; }); break;
    case 12: r = t(function () { return [s.trim(), s.trimStart(), s.trimEnd()]; }); break;
    case 13: r = t(function () { return s.split(''); }); break;
    case 14: r = t(function () { return Array.from(s); }); break;
    case 15: r = t(function () { return [/^.$/.test(s), /\ud83d/.test(s), s.match(/[\ud800-\udbff]/g)]; }); break;
    case 16: r = t(function () { return s.replace(/./g, '#'); }); break;
    case 17: r = t(function () { return [s.search(/é|😀/), (s.match(/😀|𝒳/g) || []).length]; }); break;
    case 18: r = t(function () { var o = {}; o[s] = 1; o[u] = 2; return Object.keys(o).length + ' ' + (s in o); }); break;
    case 19: r = t(function () { return [s, u, s + u].sort(); }); break;
    case 20: r = t(function () { return Buffer.from(s).toString() === s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(^|[^\ud800-\udbff])[\udc00-\udfff]/g, function (m) { return m.length === 2 ? m[0] + '\ufffd' : '\ufffd'; }); }); break;
    case 21: r = t(function () { return String.fromCharCode.apply(null, s.split('').map(function (c) { return c.charCodeAt(0); })) === s; }); break;
    }
    out.push(i + ' op' + op + ' ' + esc(s) + ' ' + esc(u) + ' ' + r);
  }
  console.log(out.join('\n'));
}
for (var k = +(process.argv[2] || 1), last = +(process.argv[3] || k); k <= last; k++) run(k);
