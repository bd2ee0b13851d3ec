// fs_small_files — stat + readFile of N small files with INFLIGHT files in
// progress at once (each finished file starts the next): files/s, where one
// file is one stat and one readFile. The harness creates DIR/f0..f(N-1).
//   muk fs_small_files.js DIR [N] [INFLIGHT]
var fs = require('fs');
var dir = process.argv[2], n = +(process.argv[3] || 20000), inflight = +(process.argv[4] || 64);
if (!dir || typeof process.hrtime !== 'function') {
  console.log('SKIP fs_small_files no dir argument / process.hrtime');
} else {
  var names = [];
  for (var i = 0; i < n; i++) names.push(dir + '/f' + i);
  var run = function (rounds, done) {
    var next = 0, finished = 0, bytes = 0;
    var start = function () {
      var name = names[next++];
      fs.stat(name, function (err, st) {
        if (err) throw err;
        fs.readFile(name, function (err, data) {
          if (err) throw err;
          bytes += data.length;
          if (++finished === n) return done(bytes);
          if (next < n) start();
        });
      });
    };
    for (var j = 0; j < inflight && j < n; j++) start();
  };
  run(1, function () { // warm-up pass (dentries, inodes, pools)
    var t0 = process.hrtime();
    run(1, function () {
      var d = process.hrtime(t0);
      console.log('RESULT fs_small_files ' + Math.round(n / (d[0] + d[1] / 1e9)) + ' ops/s');
    });
  });
}
