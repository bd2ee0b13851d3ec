// The same fs calls in all three forms, run with fs in process and in a
// muk-serviced: the output must be identical (remote_test.py).
var fs = require('fs');
var path = require('path');
var dir = process.argv[2];
var f = path.join(dir, 'a.txt');

fs.writeFileSync(f, 'hello remote\n');
fs.appendFileSync(f, 'second line\n');
console.log('readFileSync:', JSON.stringify(fs.readFileSync(f, 'utf8')));
var big = Buffer.alloc(300000, 'xyz');
fs.writeFileSync(path.join(dir, 'big.bin'), big);
console.log('big round trip:', fs.readFileSync(path.join(dir, 'big.bin')).equals(big));
var st = fs.statSync(f);
console.log('statSync:', st.isFile(), st.size);
console.log('existsSync:', fs.existsSync(f), fs.existsSync(path.join(dir, 'nope')));
fs.mkdirSync(path.join(dir, 'sub', 'deeper'), { recursive: true });
console.log('readdirSync:', fs.readdirSync(dir).sort().join(','));
var fd = fs.openSync(f, 'r');
var b = Buffer.alloc(5);
console.log('readSync:', fs.readSync(fd, b, 0, 5, 6), b.toString());
fs.closeSync(fd);
try {
  fs.readFileSync(path.join(dir, 'missing.txt'));
} catch (e) {
  console.log('error:', e.code, e.syscall, e.errno, e.message.replace(dir, 'DIR'));
}
try {
  fs.rmdirSync(dir);
} catch (e) {
  console.log('error:', e.code, e.syscall);
}
fs.readFile(f, 'utf8', function (err, s) {
  console.log('callback readFile:', err, s.length);
  fs.promises.stat(f).then(function (s2) {
    console.log('promises stat:', s2.size);
    console.log('sync after async:', fs.readFileSync(f, 'utf8').split('\n').length);
  });
});
