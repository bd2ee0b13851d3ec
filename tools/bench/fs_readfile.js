// fs_readfile — fs.readFile of one big file, REPS times in a row (callback
// form): MiB/s. The harness creates the file (tools/bench/run.py).
//   muk fs_readfile.js FILE [REPS]
var fs = require('fs');
var file = process.argv[2], reps = +(process.argv[3] || 4);
if (!file || typeof process.hrtime !== 'function') {
  console.log('SKIP fs_readfile no file argument / process.hrtime');
} else {
  var bytes = 0, left = reps, t0;
  var one = function () {
    fs.readFile(file, function (err, data) {
      if (err) throw err;
      bytes += data.length;
      data = null;
      if (--left > 0) return one();
      var d = process.hrtime(t0);
      var s = d[0] + d[1] / 1e9;
      console.log('RESULT fs_readfile ' + (bytes / 1048576 / s).toFixed(1) + ' MiB/s');
    });
  };
  // one untimed read warms the page cache and the pools
  fs.readFile(file, function (err) {
    if (err) throw err;
    t0 = process.hrtime();
    one();
  });
}
