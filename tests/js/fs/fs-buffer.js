// fs with Buffers: binary bytes through the Sync forms, fd reads and writes
// into and from Buffers at offsets and positions, Buffer results (text
// through the async forms).
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muk-fs-buf-'));
function p(name) { return path.join(dir, name); }

var bin = Buffer.alloc(256);
for (var i = 0; i < 256; i++) bin[i] = i;
fs.writeFileSync(p('bin'), bin);
var back = fs.readFileSync(p('bin'));
console.log('binary roundtrip', Buffer.isBuffer(back), back.length, back.equals(bin));
console.log('hex', fs.readFileSync(p('bin'), 'hex').slice(0, 20));
console.log('base64', fs.readFileSync(p('bin'), { encoding: 'base64' }).slice(0, 16));
fs.writeFileSync(p('h'), '68656c6c6f', 'hex');
console.log('write hex', fs.readFileSync(p('h'), 'utf8'));
fs.appendFileSync(p('h'), Buffer.from([0, 33]));
console.log('append buffer', fs.readFileSync(p('h')));

var fd = fs.openSync(p('bin'), 'r+');
var buf = Buffer.alloc(8, 0x2e);
console.log('readSync', fs.readSync(fd, buf, 2, 4, 250), buf);
console.log('readSync opts', fs.readSync(fd, buf, { offset: 0, length: 3, position: 0 }), buf);
console.log('readSync current', fs.readSync(fd, buf, 0, 8, null), buf);
console.log('writeSync buffer', fs.writeSync(fd, Buffer.from('ABCDEF'), 1, 3, 0));
console.log('after', fs.readFileSync(p('bin')).slice(0, 6));
console.log('readSync eof', fs.readSync(fd, buf, 0, 8, 1000));
fs.closeSync(fd);
console.log('readFile no encoding', fs.readFileSync(p('h')).toString('hex'));

fs.readFile(p('h'), function (err, data) {
  console.log('readFile cb', err, Buffer.isBuffer(data), data.slice(0, 5).toString());
  fs.open(p('t'), 'w+', function (err, fd) {
    fs.write(fd, Buffer.from('hello there'), 0, 5, 0, function (err, n, b) {
      console.log('write cb', err, n, b.toString());
      var rb = Buffer.alloc(5);
      fs.read(fd, rb, 0, 5, 0, function (err, n, b) {
        console.log('read cb', err, n, b === rb, b.toString());
        fs.closeSync(fd);
        fs.promises.open(p('t'), 'r').then(function (fh) {
          return fh.read(Buffer.alloc(3), 0, 3, 1).then(function (r) {
            console.log('fh.read', r.bytesRead, r.buffer.toString());
            return fh.write(Buffer.from('x'));
          }).then(null, function (e) {
            console.log('fh.write on r', e.code, e.syscall);
            return fh.close();
          });
        }).then(function () {
          return fs.promises.readFile(p('t'));
        }).then(function (b) {
          console.log('promises.readFile', Buffer.isBuffer(b), b.toString());
          fs.rmSync(dir, { recursive: true });
        });
      });
    });
  });
});
