// zlib_small — N gzipSync calls on 1 KiB of log-like text (a context per
// call in node; muk reuses its thread's). Prints RESULT zlib_small <ops/s>.
//   muk zlib_small.js [N]
var zlib = require('zlib');
var n = +(process.argv[2] || 10000);
var lines = [];
for (var i = 0; lines.join('').length < 1024; i++) lines.push('10.0.0.' + (i % 256) + ' GET /item/' + i * 37 + ' 200\n');
var buf = Buffer.from(lines.join('')).slice(0, 1024);
for (var w = 0; w < 200; w++) zlib.gzipSync(buf);
var t0 = process.hrtime(), len = 0;
for (var k = 0; k < n; k++) len += zlib.gzipSync(buf).length;
var dt = process.hrtime(t0);
if (!len) throw new Error('no output');
console.log('RESULT zlib_small ' + (n / (dt[0] + dt[1] / 1e9)).toFixed(0) + ' ops/s');
