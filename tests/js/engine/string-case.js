// Case mapping beyond one character to one (patch 0031), compared with
// node: every BMP character whose upper or lower case is not a single
// UTF-16 unit, final sigma, and astral letters (surrogate pairs).
function hx(t) { var r = []; for (var i = 0; i < t.length; i++) r.push(t.charCodeAt(i).toString(16)); return r.join(' '); }
var n = 0;
for (var c = 0; c < 0x10000; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  var s = String.fromCharCode(c), u = s.toUpperCase(), l = s.toLowerCase();
  if (u.length !== 1 || l.length !== 1) { console.log(c.toString(16) + ' U ' + hx(u) + ' L ' + hx(l)); n++; }
}
console.log(n + ' special');
['Σ', 'ΑΣ', 'ΑΣΑ', 'ΟΔΟΣ ΟΔΟΣ', 'ΑΣ.', 'ΑΣ1', 'Α.Σ', "ΑΣ'", 'ΣΑ', 'aΣ', 'ΑΣ ', 'ΑΣ-Β', 'Straße', 'ﬁx'].forEach(function (s) {
  console.log(JSON.stringify(s), JSON.stringify(s.toLowerCase()), JSON.stringify(s.toUpperCase()));
});
var deseret = '\ud801\udc00\ud801\udc01';
console.log(deseret.toLowerCase() === '\ud801\udc28\ud801\udc29', '\ud801\udc28'.toUpperCase() === '\ud801\udc00',
  '𐐀a'.toLowerCase() === '\ud801\udc28a', ('x' + '\ud801').toUpperCase() === 'X\ud801');
