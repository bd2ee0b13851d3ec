// Strings built by concatenation (mujs patch 0080: long results are ropes,
// flattened on first read). Every way of reading a built string must see
// the same characters as node, including older versions of a string whose
// append buffer was extended by a later `+=`.
'use strict';

function show(label, s) {
  console.log(label, s.length, JSON.stringify(s.slice(0, 12)), JSON.stringify(s.slice(-12)));
}

// A long loop of appends, read only at the end.
var s = '';
for (var i = 0; i < 20000; i++) s += String.fromCharCode(97 + i % 26);
show('loop', s);
console.log('index', s[0], s[25], s[19999], s.charAt(12345), s.charCodeAt(777));

// Versions of one string share an append buffer: each must keep its own.
var base = '';
for (i = 0; i < 300; i++) base += '.';
var a = base + 'A';
var b = base + 'B';   // a's buffer is already extended: b must copy
var a2 = a + 'a';
var b2 = b + 'b';
console.log('versions', a.slice(-3), b.slice(-3), a2.slice(-3), b2.slice(-3), base.length, a === b, a2.length);

// Reading the length does not change the string; appends continue after.
var t = '';
var lens = [];
for (i = 0; i < 1000; i++) { t += 'xy'; if (i % 250 === 0) lens.push(t.length); }
console.log('lengths', lens.join(','), t.length, t.slice(1996));

// Non-ASCII and astral characters keep UTF-16 indices.
var u = '';
for (i = 0; i < 200; i++) u += (i % 3 === 0 ? '\u00e9' : i % 3 === 1 ? '\ud83d\ude00' : 'z');
show('utf16', u);
console.log('utf16 units', u.charCodeAt(1), u.charCodeAt(2), u.indexOf('z'), u.lastIndexOf('\u00e9'));

// Prepending, doubling, numbers and objects as operands.
var p = 'end';
for (i = 0; i < 100; i++) p = i + ':' + p;
var d = 'ab';
for (i = 0; i < 12; i++) d = d + d;
var o = { toString: function () { return '<o>'; } };
var m = '';
for (i = 0; i < 100; i++) m += o + 1.5 + true + null;
show('prepend', p);
show('double', d);
show('mixed', m);

// Built strings as keys, in comparisons, conversions and library calls.
var k1 = '', k2 = '';
for (i = 0; i < 400; i++) { k1 += 'k'; k2 += 'k'; }
var obj = {};
obj[k1] = 1;
console.log('key', obj[k2], Object.keys(obj)[0] === k2, k1 == k2, k1 < k2 + 'a', k1 > k2);
var num = '';
for (i = 0; i < 300; i++) num += i === 0 ? '1' : '0';
console.log('number', Number(num), +num > 1e298, !!num, !!(num && ''));
console.log('library', k1.toUpperCase().length, k1.split('k').length, k1.replace(/k+/, 'r'), JSON.stringify([k1.length, k1.substr(395)]));
console.log('typeof', typeof k1, k1 instanceof String, Object(k1).length, String(k1) === k1);

// Many ropes alive across collections (garbage objects force the GC),
// including versions kept after their buffer was extended.
var keep = [], parts = [];
for (i = 0; i < 50; i++) parts.push('');
for (var round = 0; round < 400; round++) {
  for (i = 0; i < 50; i++) {
    parts[i] += String.fromCharCode(65 + (i + round) % 26);
    if (round % 97 === 0) keep.push(parts[i]);
  }
  for (var g = 0; g < 200; g++) ({ junk: [g, 'j' + g] });
}
var sum = 0;
for (i = 0; i < 50; i++) sum += parts[i].charCodeAt(i) + parts[i].length;
console.log('gc', sum, keep.length, keep[7].length, keep[57].slice(-5), keep[keep.length - 1].slice(0, 5), parts[49].slice(-5));

// Limits as V8's: a string of more than 2^29-24 units is a RangeError.
function err(f) { try { f(); return 'no error'; } catch (e) { return e.name + ': ' + e.message; } }
console.log('limit repeat', err(function () { 'x'.repeat(Math.pow(2, 29) - 23); }));
console.log('limit repeat units', err(function () { '\u00e9\u00e9'.repeat(Math.pow(2, 28)); }));
var big = 'x'.repeat(5e8);
console.log('repeat 5e8', big.length, big[499999999], big.charCodeAt(250000000));
console.log('limit concat', err(function () { return big + big; }));
big = null;
console.log('array 1e9', err(function () { var arr = new Array(1e9); arr[999999998] = 'last'; return arr.length; }),
  new Array(1e9).length, (function () { var arr = new Array(1e9); arr[999999998] = 'last'; return arr[999999998] + ' ' + arr.length + ' ' + (5 in arr); })());
console.log('array limits', err(function () { return new Array(-1); }), err(function () { return new Array(1.5); }),
  err(function () { var x = []; x.length = 1e10; }));
