// fs_stream_copy — fs.createReadStream(SRC).pipe(fs.createWriteStream(DST))
// (default 64 KiB chunks): MiB/s. The harness creates SRC, runs this under
// spawnstat for the peak RSS (ru_maxrss) and removes both files.
//   muk fs_stream_copy.js SRC DST
var fs = require('fs');
var src = process.argv[2], dst = process.argv[3];
if (!src || !dst || typeof process.hrtime !== 'function' || typeof fs.createReadStream !== 'function') {
  console.log('SKIP fs_stream_copy no SRC/DST / process.hrtime / fs streams');
} else {
  var t0 = process.hrtime();
  var r = fs.createReadStream(src), w = fs.createWriteStream(dst);
  w.on('close', function () {
    var d = process.hrtime(t0);
    console.log('RESULT fs_stream_copy ' + (w.bytesWritten / 1048576 / (d[0] + d[1] / 1e9)).toFixed(1) + ' MiB/s');
  });
  r.on('error', function (e) { throw e; });
  w.on('error', function (e) { throw e; });
  r.pipe(w);
}
