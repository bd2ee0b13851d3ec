// The lexer's fast paths (mujs patch 0095): ASCII identifiers read in place,
// keywords found by first letter, runs of plain ASCII in strings and line
// comments skipped by byte, interned names cached. Each case here leaves a
// fast path at its edge: an escape or a non-ASCII character in the middle, a
// keyword's prefix or extension, a token longer than the lexer's buffer.
var rng = require('../lib/rng');

function run(src) {
  try {
    return String((0, eval)(src));
  } catch (e) {
    return e.name;
  }
}

// identifiers: escapes and non-ASCII letters after an ASCII prefix, $ and _
var idents = ['abc', 'a\\u0062c', '\\u0061bc', 'ab\\u0063', 'ab\u00e9', '\u00e9ab', 'a\u00e9b\\u0063', '$', '_',
  '$a_1', '_$9', 'a1b2c3', 'x\u0394y'];
idents.forEach(function (id) {
  console.log(JSON.stringify(id), run('var ' + id + ' = 7; ' + id + ' * 2'));
});
console.log(run('var a\\u0062c = 3; abc'), run('var ab\u00e9 = 4; ab\\u00e9'), run('var \u00e9 = 5; \\u00e9'));

// every keyword, its prefixes and extensions: a keyword cannot be a variable
var keywords = ['break', 'case', 'catch', 'continue', 'debugger', 'default', 'delete', 'do', 'else',
  'false', 'finally', 'for', 'function', 'if', 'in', 'instanceof', 'new', 'null', 'return', 'switch',
  'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with'];
keywords.forEach(function (k) {
  var out = [k, run('var ' + k + ' = 1; 1')];
  for (var n = 1; n < k.length; n++) out.push(run('var ' + k.slice(0, n) + ' = ' + n + '; ' + k.slice(0, n)));
  out.push(run('var ' + k + 'x = 2; ' + k + 'x'), run('var ' + k + '1 = 3; ' + k + '1'),
    run('var ' + k + '$ = 4; ' + k + '$'), run('var ' + k + '\u00e9 = 5; ' + k + '\u00e9'),
    run('var _' + k + ' = 6; _' + k), run('var ' + k.toUpperCase() + ' = 7; ' + k.toUpperCase()));
  console.log(out.join(' '));
});
console.log(run('typeof void 0'), run('1 in {1: 2}'), run('[] instanceof Array'), run('do ; while (false); "done"'));
console.log(run('var o = {if: 1, var: 2, in: 3}; o.if + o.var + o.in'));
// an escaped keyword is not the keyword: node and ES5 reject it as a name
console.log(run('var v\\u0061r = 1; 1'));

// future reserved words (always, and in strict code), and eval/arguments
['class', 'const', 'enum', 'export', 'extends', 'import', 'super', 'implements', 'interface', 'let',
  'package', 'private', 'protected', 'public', 'static', 'yield', 'classy', 'lets', 'eval', 'arguments'
].forEach(function (w) {
  console.log(w, run('(function () { var ' + w + ' = 1; return typeof ' + w + '; })()'),
    run('(function () { "use strict"; var ' + w + ' = 1; return typeof ' + w + '; })()'),
    run('(function () { "use strict"; ' + w + ' = 1; })()'));
});
console.log(run('(function () { return arguments.length; })(1, 2, 3)'),
  run('(function (a) { "use strict"; return arguments[0]; })(9)'), run('eval("1 + 1")'));

// strings: runs of ASCII around escapes, quotes of the other kind, DEL,
// non-ASCII and astral characters
var strings = ['"abc"', "'abc'", '"it\'s"', "'say \"hi\"'", '"a\\nb"', '"\\x41\\u0042C"', '"tab\there"',
  '"\u00e9t\u00e9"', '"a\ud83d\ude00b"', '"del\u007f"', '"\\\\"', '"a\\\nb"', '""', "''", '"\\0"'];
strings.forEach(function (s) {
  var v = run(s);
  console.log(s.length, JSON.stringify(v), v.length);
});
console.log(run('"abc'), run('"ab\nc"'), run("'abc\""), run('"abc\\'));

// line comments: tabs, non-ASCII, and each line terminator ends one
console.log(run('1 // comment \u00e9\t\u4e2d\n+ 2'), run('1 // a\r+ 2'), run('1 // a\r\n+ 2'),
  run('1 // a\u2028+ 2'), run('1 // a\u2029+ 2'), run('1 // no end'), run('1 /* a\n\u00e9 */ + 2'));

// tokens longer than the lexer's 4 KiB buffer
var longId = 'x' + new Array(6000).join('y');
var longStr = new Array(9000).join('ab');
console.log(run('var ' + longId + ' = 11; ' + longId), run('"' + longStr + '"').length,
  run('"' + longStr + '\\u00e9' + longStr + '"').length, run('var ' + longId + '\u00e9 = 12; ' + longId + '\u00e9'));

// randomized: string literals from JSON.stringify read back as the string,
// identifiers from a pool of fast-path and slow-path characters
rng.seed(95);
var pool = ['a', 'Z', '0', ' ', '"', "'", '\\', '\t', '\n', '\u00e9', '\u4e2d', '\ud83d\ude00', '\u007f', '$', '\u0001'];
var bad = 0, sum = 0;
for (var i = 0; i < 2000; i++) {
  var s = '';
  for (var n = rng.ri(12); n > 0; n--) s += rng.pick(pool);
  var q = rng.ri(2) ? JSON.stringify(s) : "'" + JSON.stringify(s).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'") + "'";
  var back = (0, eval)(q);
  if (back !== s) bad++;
  sum = (sum * 31 + back.length) % 1000003;
}
console.log('strings', bad, sum);
var idStart = ['a', 'Z', '$', '_', '\u00e9', '\\u0061', '\\u00e9'];
var idPart = idStart.concat(['0', '9', '\u0394', '\\u0030']);
var idents2 = {};
bad = 0;
for (i = 0; i < 1000; i++) {
  var id = rng.pick(idStart);
  for (n = rng.ri(8); n > 0; n--) id += rng.pick(idPart);
  var r = run('var ' + id + ' = ' + i + '; ' + id);
  if (r !== String(i)) bad++;
  idents2[(0, eval)('"' + id + '"')] = 1;
}
console.log('identifiers', bad, Object.keys(idents2).length);
