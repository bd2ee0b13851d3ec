// String.prototype.indexOf over ASCII, two- and three-byte characters,
// astral characters (two UTF-16 units), NUL, the empty needle, and every
// start position from before the string to past its end; then long
// strings, where the match is far from the start.
var hay = ['abc', '', 'héllo wörld', 'a😀b😀c', 'x\u0000y\u0000z', 'aaa', 'ab\nab\r\n', '€uro€'];
var needles = ['', 'a', 'b', 'c', 'ö', '😀', '\u0000', 'z', 'aa', 'ld', 'q', '\n', '\r', '€', 'uro€'];
hay.forEach(function (s) {
  var row = [];
  needles.forEach(function (n) {
    for (var p = -2; p <= s.length + 2; p++) row.push(s.indexOf(n, p));
    row.push(s.indexOf(n), s.indexOf(n, NaN), s.indexOf(n, Infinity));
  });
  console.log(JSON.stringify(s), row.join(','));
});
var long = 'x'.repeat(100000);
console.log(long.indexOf('y'), (long + 'y').indexOf('y'), (long + 'y').indexOf('y', 99999), (long + 'é😀y').indexOf('y', 3));
console.log(('😀'.repeat(5000) + 'end').indexOf('end'), ('é'.repeat(5000) + 'end').indexOf('end', 4000));
