// Randomized comparison with node (fixed seeds): own-key order after random sets,
// deletes and defineProperty on objects and arrays, and string indexing,
// slicing and searching on strings of ASCII, BMP and astral characters.
// Slices that would cut an astral character in two are left out (mujs keeps
// strings as UTF-8 and cannot hold half of one).
var seeds = [1, 2, 3, 4, 5, 6, 7, 8], seed;
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; }
var names = ['a', 'b', 'zz', 'length', '0', '1', '2', '10', '01', '-1', '4294967294', '4294967295', '1.5', 'constructor', 'é', '😀', ' ', 'x9'];
var out = [];
for (var si = 0; si < seeds.length; si++) { seed = seeds[si];
for (var round = 0; round < 200; round++) {
  var o = rnd(3) === 0 ? [] : {};
  for (var step = 0; step < 12; step++) {
    var k = names[rnd(names.length)];
    if (Array.isArray(o) && (k === 'length' || k.length > 5)) continue;
    var op = rnd(4);
    if (op < 2) o[k] = step;
    else if (op === 2) delete o[k];
    else Object.defineProperty(o, k, { value: step, enumerable: rnd(2) === 0, configurable: true, writable: true });
  }
  var fi = []; for (var key in o) fi.push(key);
  out.push(JSON.stringify([Object.keys(o), fi, Object.getOwnPropertyNames(o), JSON.stringify(o)]));
}
}
var chars = ['a', 'é', '😀', 'ж', 'z', '\u2028', '中'];
for (round = 0; round < 100; round++) {
  var parts = []; var len = rnd(60);
  for (var i = 0; i < len; i++) parts.push(chars[rnd(chars.length)]);
  var s = parts.join('') + (rnd(2) ? new Array(20).join('x') : '');
  var r = [s.length];
  var whole = function (i) { var c = s.charCodeAt(i); return !(c >= 0xdc00 && c <= 0xdfff); };
  for (i = 0; i < 30; i++) {
    var p = rnd(s.length + 3) - 1, e = p + rnd(5), q = rnd(s.length);
    r.push(s.charCodeAt(p), s[p] === undefined ? 'u' : s[p].length, s.indexOf('😀', p), s.lastIndexOf('é', p));
    if (whole(p) && whole(e)) r.push(s.slice(p, e));
    if (whole(p) && whole(p + 3)) r.push(s.substr(p, 3));
    if (whole(p) && whole(q)) r.push(s.substring(p, q));
  }
  out.push(JSON.stringify(r));
}
var str = out.join('\n'), h = 0; for (i = 0; i < str.length; i++) h = (h * 31 + str.charCodeAt(i)) | 0;
console.log(h, str.length);
