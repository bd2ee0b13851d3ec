// readline_lines — readline over a big file: 'line' events per second
var fs = require('fs');
var readline = require('readline');
var t0 = process.hrtime();
var n = 0;
var rl = readline.createInterface({ input: fs.createReadStream(process.argv[2]), crlfDelay: Infinity });
rl.on('line', function () { n++; });
rl.on('close', function () {
  var d = process.hrtime(t0);
  console.log('RESULT readline_lines ' + (n / (d[0] + d[1] / 1e9)).toFixed(0) + ' lines/s');
});
