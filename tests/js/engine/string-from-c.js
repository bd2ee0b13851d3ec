// Strings made from C (a Buffer decoded by toString) know their length
// and index as the bytes say: ASCII of every length around a word (8
// bytes), a NUL inside, a non-ASCII character at each position of a word,
// and the concatenations and searches that use the measured length.
var sizes = [1, 7, 8, 9, 15, 16, 17, 23, 24, 25, 63, 64, 65, 200];
var out = [];
sizes.forEach(function (n) {
  var ascii = '';
  for (var i = 0; i < n; i++) ascii += String.fromCharCode(97 + i % 26);
  var s = Buffer.from(ascii).toString();
  out.push([n, s.length, s.charCodeAt(n - 1), s[n >> 1], (s + '!').length, ('<' + s).indexOf(s[n - 1], 1),
            s.slice(-3), s.split('a').length].join(' '));
  var withNul = Buffer.from(ascii + '\0' + ascii).toString();
  out.push('nul ' + [withNul.length, withNul.charCodeAt(n), withNul.charCodeAt(2 * n), withNul.indexOf('\0')].join(' '));
  for (var k = 0; k < Math.min(n, 9); k++) {
    var t = Buffer.from(ascii.slice(0, k) + '\u00e9' + ascii.slice(k)).toString();
    out.push('e9@' + k + ' ' + [t.length, t.charCodeAt(k), t.charCodeAt(n), t.indexOf('\u00e9'), (t + t).length].join(' '));
  }
  var astral = Buffer.from(ascii + '\ud83d\ude00').toString();
  out.push('astral ' + [astral.length, astral.charCodeAt(n), astral.charCodeAt(n + 1)].join(' '));
});
var big = Buffer.alloc(70000, 'q').toString();
var joined = big + big.slice(1) + 'end';
out.push('big ' + [big.length, joined.length, joined.indexOf('end'), joined.charCodeAt(139998)].join(' '));
console.log(out.join('\n'));
