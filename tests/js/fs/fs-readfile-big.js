// readFile of files of 4 MiB and more (muk reads them into their own
// mappings and reuses freed ones): every form returns exactly the file's
// bytes, also when a mapping left by a larger file is reused for a smaller
// one, and when the file changed size between reads.
var fs = require('fs');
var path = require('path');
var os = require('os');
var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muk-fs-rfbig-'));
var MiB = 1024 * 1024;

function pattern(n, seed) {
  var b = Buffer.allocUnsafe(n);
  for (var i = 0; i < n; i += 4096) b.fill((i / 4096 + seed) & 255, i, Math.min(n, i + 4096));
  b[n - 1] = seed; // the last byte too
  return b;
}
var sizes = [4 * MiB, 4 * MiB - 1, 5 * MiB + 3, 9 * MiB, 2 * MiB + 1];
var files = sizes.map(function (n, k) {
  var f = path.join(dir, 'f' + k);
  var data = pattern(n, k * 7 + 1);
  fs.writeFileSync(f, data);
  return { file: f, data: data };
});

var order = [2, 0, 3, 1, 4, 3, 0, 2, 2, 1, 3, 0];
var round = 0, bad = 0;
function next() {
  if (round === order.length) return afterCallbacks();
  var f = files[order[round++]];
  fs.readFile(f.file, function (err, d) {
    if (err) throw err;
    if (!d.equals(f.data)) { bad++; console.log('mismatch in round', round, d.length, f.data.length); }
    // churn so the GC runs and frees earlier reads between rounds
    for (var i = 0; i < 8; i++) Buffer.alloc(4 * MiB);
    d = null;
    next();
  });
}
next();

function afterCallbacks() {
  console.log('callback rounds', order.length, 'bad', bad);
  var s = 0;
  for (var k = 0; k < files.length; k++) if (fs.readFileSync(files[k].file).equals(files[k].data)) s++;
  console.log('sync equal', s, 'of', files.length);
  fs.readFile(files[3].file, 'latin1', function (err, str) {
    console.log('latin1', err, str.length, str.charCodeAt(0), str.charCodeAt(str.length - 1));
    // the file shrinks and grows between reads
    fs.writeFileSync(files[3].file, files[1].data);
    fs.readFile(files[3].file, function (err, d) {
      console.log('shrunk', err, d.length, d.equals(files[1].data));
      fs.writeFileSync(files[3].file, Buffer.concat([files[2].data, files[2].data]));
      fs.readFile(files[3].file, function (err, d) {
        console.log('grown', err, d.length, d.slice(0, files[2].data.length).equals(files[2].data),
          d.slice(files[2].data.length).equals(files[2].data));
        fs.promises.readFile(files[0].file).then(function (d) {
          console.log('promise', d.length, d.equals(files[0].data));
          fs.rmSync(dir, { recursive: true });
          console.log('done');
        });
      });
    });
  });
}
