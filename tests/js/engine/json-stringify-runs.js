// JSON.stringify copies runs of plain ASCII at once and escapes the rest
// (mujs patch 0103): escapes at the ends and between runs, control
// characters, DEL, non-ASCII, astral and lone surrogates, long strings.
'use strict';
var cases = ['', 'a', '"', '\\', 'abc"def\\ghi', '"start', 'end"', '\u0000\u001f\u007f x',
  'tab\there\nnew\rline\bback\fform', 'caf\u00e9 \u4e2d\u6587 \ud83d\ude00 ok',
  'lone \ud800 high', 'lone \udc00 low', '\udbff\udfff', 'x'.repeat(100) + '"' + 'y'.repeat(100)];
cases.forEach(function (s) { var o = { k: s }; o[s] = 1; console.log(JSON.stringify(s), JSON.stringify(o)); });
var big = '', i;
for (i = 0; i < 20000; i++) big += 'line ' + i + ' "quoted" \\ caf\u00e9\n';
var out = JSON.stringify({ big: big, arr: [big.slice(0, 1000), big.length] });
var back = JSON.parse(out);
console.log(out.length, back.big === big, back.arr[1], out.slice(0, 80), out.slice(-60));
var doc = [];
for (i = 0; i < 2000; i++) doc.push({ id: i, name: 'n' + i, note: 'plain text with no escapes at all, ' + i });
var text = JSON.stringify(doc, null, 2);
console.log(text.length, JSON.stringify(JSON.parse(text)) === JSON.stringify(doc), text.slice(0, 70));
