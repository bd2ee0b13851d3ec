// a pipe stdout is asynchronous: write() turns false at the highWaterMark,
// 'drain' follows once the reader took the bytes (the driver reads late)
var chunk = new Array(65537).join('x');
var writes = 0, falses = 0, drains = 0;
function more() {
  while (writes < 64) {
    writes++;
    if (!process.stdout.write(chunk)) {
      falses++;
      process.stdout.once('drain', function () {
        if (drains++ === 0) process.stderr.write('drain ' + process.stdout.writableLength + '\n');
        more();
      });
      return;
    }
  }
  process.stdout.write('', function () { process.stderr.write('done ' + writes + ' ' + (falses > 0) + '\n'); });
}
more();
