// '' + s and s + '' (js_concat hands back the string operand, patch 0150):
// the same string, with every kind of operand on the other side.
var long = 'x'.repeat(100000) + '\u20ac\ud83d\ude00';
var rope = 'a'.repeat(5000); rope += 'b'.repeat(5000);
var cases = [
  ['', 'abc'], ['abc', ''], ['', ''], ['', long], [long, ''], ['', rope], [rope, ''],
  ['', 1], [1, ''], ['', null], [undefined, ''], ['', true], ['', []], [[1, 2], ''],
  ['', { toString: function () { return 'obj'; } }], [{ valueOf: function () { return 7; } }, ''],
  ['', { toString: function () { return ''; } }], ['', '\u0000'], ['\u0000', '']
];
cases.forEach(function (c) {
  var r = c[0] + c[1];
  console.log(typeof r, r.length, r.length > 40 ? r.slice(0, 5) + '..' + r.slice(-4) : JSON.stringify(r));
});
var s = '';
for (var i = 0; i < 5; i++) s = s + '' + i + '';
console.log(s, ('' + long).charCodeAt(100000), (long + '').slice(-2) === '\ud83d\ude00', ('' + rope) === rope);
var t = '' + rope;
t += 'c';
console.log(t.length, rope.length, t.slice(-2));
