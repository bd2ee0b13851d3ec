// Regexp syntax as V8 reads it (annex B included): each pattern is compiled
// and run on a few strings, or its SyntaxError message is printed. Covers
// mujs patch 0050's translator: escapes, classes, anchors, bounds above
// 255, back-references (forward, unset, octal fallbacks), named groups,
// lookbehind, and the errors.
function show(v) {
  return JSON.stringify(v, function (k, x) { return typeof x === "string" && x.length > 80 ? "<" + x.length + " chars>" : x; });
}
var cases = [
  ['a.c', '', ['abc', 'a\nc', 'a\u2028c', 'a\rc', 'a\u00e9c']],
  ['^b', 'm', ['a\nb', 'a\u2029b', 'ab']],
  ['a$', '', ['a\n', 'a']],
  ['a$', 'm', ['a\nb', 'a\u2028', 'ab']],
  ['[^]', '', ['\n', '']],
  ['[]', '', ['a', '']],
  ['a[]*b', '', ['ab']],
  ['\\d+', '', ['x\u0663 12', 'x']],
  ['\\w+', '', ['\u00e9t\u00e9 ok_1']],
  ['\\W+', '', ['ab-\u00e9-cd']],
  ['\\s+', '', ['a\t\n\v\f\r \u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeffb', 'a\u180eb', 'a\u0085b']],
  ['\\S+', '', ['\ufeffab\u00a0']],
  ['\\bfoo\\b', '', ['a foo.', 'afoo', '\u00e9foo']],
  ['\\Bo', '', ['foo']],
  ['[\\b]', '', ['a\bb']],
  ['\\x41\\u0042\\x4\\u12G\\cJ\\c1\\c', '', ['AB' + 'x4u12G\n\\c1\\c']],
  ['[\\cJ\\c1\\c_]', '', ['\n', '\u0011', '\u001f', 'c']],
  ['\\0\\01\\101\\8\\9\\400', '', ['\u0000\u0001A89 0']],
  ['[\\101-\\103]+', '', ['ABCD']],
  ['\\1(a)', '', ['aa', 'a']],
  ['(a)|\\1b', '', ['b']],
  ['(a)\\2', '', ['a\u0002']],
  ['(a)\\10', '', ['a\u0008']],
  ['(?:(a)|b)\\1c', '', ['bc', 'aac']],
  ['(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10', '', ['abcdefghijj', 'abcdefghija0']],
  ['\\d{1,256}', '', ['x' + new Array(300).join('7')]],
  ['[0-9]{0,256}$', '', ['12345']],
  ['a{2}b{1,}c{0,2}', '', ['aabbbccc']],
  ['a{,2}', '', ['a{,2}']],
  ['x{70000}', '', ['xx', new Array(70001).join('x')]],
  ['[xy]{70000,70001}$', '', ['xx', new Array(70003).join('x')]],
  ['x{0,2147483647}', '', ['xxx']],
  ['a{', '', ['a{']],
  ['}]', '', ['}]']],
  ['[\\d-z]+', '', ['1-z']],
  ['[\\w-]+', '', ['a-b c']],
  ['[a-]+', '', ['-a-']],
  ['[-a]+', '', ['-a-']],
  ['(?=a)*b', '', ['b']],
  ['(?=a)+a', '', ['a']],
  ['(?<=\\$)\\d+', '', ['cost $42']],
  ['(?<!\\$)\\b\\d+', '', ['$42 17']],
  ['(?<year>\\d{4})-(?<month>\\d{2})', '', ['2024-05']],
  ['(?<a>x)\\k<a>', '', ['xx', 'x']],
  ['\\k<a>', '', ['k<a>']],
  ['a/b', '', ['a/b']],
  ['', '', ['x']],
  ['a**', '', []],
  ['*a', '', []],
  ['a|*', '', []],
  ['(', '', []],
  ['(?:a', 'g', []],
  [')', '', []],
  ['a)', 'i', []],
  ['[a', '', []],
  ['[z-a]', '', []],
  ['a{3,1}', '', []],
  ['\\', '', []],
  ['(?i)a', '', []],
  ['(?<1a>x)', '', []],
  ['(?<a>x)\\k<b>', '', []],
  ['(?<=a)+', '', []],
  ['^*', '', []],
  ['\\b+', '', []]
];
for (var i = 0; i < cases.length; i++) {
  var c = cases[i], re;
  try {
    re = new RegExp(c[0], c[1]);
  } catch (e) {
    console.log(i, e.name + ': ' + e.message);
    continue;
  }
  var out = [];
  for (var j = 0; j < c[2].length; j++) {
    var m = re.exec(c[2][j]);
    out.push(m ? show([m.index].concat(m.slice(0))) + (m.groups ? show(m.groups) : '') : 'null');
  }
  console.log(i, String(re), re.source, out.join(' '));
}
