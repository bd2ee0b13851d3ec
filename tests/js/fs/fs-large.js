// Files past 2 GiB (sparse): fd ops and positions beyond 2^31 work;
// readFile fails with ERR_FS_FILE_TOO_LARGE instead of crashing.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muk-fs-large-'));
var file = path.join(dir, 'big');
var size = 3 * 1024 * 1024 * 1024 + 5;
fs.writeFileSync(file, '');
fs.truncateSync(file, size);
console.log('size', fs.statSync(file).size);
var fd = fs.openSync(file, 'r+');
console.log('write at 3 GiB', fs.writeSync(fd, 'tail!', 3 * 1024 * 1024 * 1024));
console.log('fstat', fs.fstatSync(fd).size);
try {
  fs.readFileSync(file);
} catch (e) {
  console.log('readFileSync', e.name, e.code, e.message, e instanceof RangeError);
}
fs.closeSync(fd);
fs.readFile(file, function (err) {
  console.log('readFile', err.name, err.code, err.message);
  fs.promises.readFile(file).catch(function (e) {
    console.log('promises.readFile', e.name, e.code, e.message);
    fs.rmSync(dir, { recursive: true });
    console.log('cleanup', fs.existsSync(dir));
  });
});
