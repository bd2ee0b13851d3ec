// Regular expressions over a few MiB of log-like text (issue 15 item 1/4).
// Prints `RESULT regex_<mode> <MiB/s> MiB/s`, the text's size over the time
// of the loop, measured inside the script (the text is built before).
// usage: regex.js test|exec|replace [MiB=4]   (ES5: runs under muk and node)
//   test:    /^\d{4}-\d\d-\d\dT.*\b(ERROR|WARN)\b/ .test on each line
//   exec:    /(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)\S* (\w+) \[([^\]]+)\]/g
//            exec loop over the whole text, reading the groups
//   replace: whole text .replace(/(\w+)@([\w.]+)/g, '$2 at $1')
'use strict';
var mode = process.argv[2] || 'test';
var mib = +process.argv[3] || 4;
var levels = ['INFO', 'DEBUG', 'WARN', 'ERROR'];
var words = ['alpha', 'beta', 'gamma', 'delta', 'user@example.org', 'request', 'id=42', 'timeout', 'ok'];
var seed = 7;
function rnd(n) { seed = (seed * 16807) % 2147483647; return seed % n; }
var lines = [], size = 0;
while (size < mib * 1048576) {
  var w = [];
  for (var k = 0; k < 8; k++) w.push(words[rnd(words.length)]);
  var line = '2024-0' + (1 + rnd(9)) + '-1' + rnd(10) + 'T1' + rnd(10) + ':3' + rnd(10) + ':00Z ' +
    levels[rnd(4)] + ' [worker-' + rnd(16) + '] ' + w.join(' ');
  lines.push(line);
  size += line.length + 1;
}
var text = lines.join('\n');
var t0 = process.hrtime(), n = 0;
if (mode === 'test') {
  var re = /^\d{4}-\d\d-\d\dT.*\b(ERROR|WARN)\b/;
  for (var i = 0; i < lines.length; i++) if (re.test(lines[i])) n++;
} else if (mode === 'exec') {
  var rg = /(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)\S* (\w+) \[([^\]]+)\]/g, m;
  while ((m = rg.exec(text)) !== null) n += m[6].length + m[7].length;
} else {
  n = text.replace(/(\w+)@([\w.]+)/g, '$2 at $1').length;
}
var d = process.hrtime(t0), s = d[0] + d[1] / 1e9;
if (n <= 0) throw new Error('nothing matched');
console.log('RESULT regex_' + mode + ' ' + (size / 1048576 / s).toFixed(2) + ' MiB/s');
