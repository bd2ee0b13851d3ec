// Binary data through the async forms: callback and promise writeFile /
// readFile / write / read with NUL and 0xFF bytes (exact, not UTF-8
// mangled), strings with U+0000 and astral characters, and a 64 MiB
// readFile through fs.promises.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muk-fs-bin-'));
function p(name) { return path.join(dir, name); }

var bin = Buffer.alloc(512);
for (var i = 0; i < 512; i++) bin[i] = (i * 7) & 255;
bin[0] = 0; bin[1] = 0xff; bin[2] = 0; bin[3] = 0xfe; bin[511] = 0;

function step1() {
  fs.writeFile(p('a'), bin, function (err) {
    console.log('cb writeFile', err);
    fs.readFile(p('a'), function (err, data) {
      console.log('cb readFile', err, Buffer.isBuffer(data), data.length, data.equals(bin), data.slice(0, 4));
      fs.readFile(p('a'), 'hex', function (err, s) {
        console.log('cb readFile hex', s.slice(0, 16));
        fs.writeFile(p('s'), 'a\u0000b\ud83d\ude00\u00ff', function (err) {
          console.log('cb string', err, fs.readFileSync(p('s')));
          fs.readFile(p('s'), 'utf8', function (err, s) {
            console.log('cb string back', s === 'a\u0000b\ud83d\ude00\u00ff', s.length);
            step2();
          });
        });
      });
    });
  });
}

function step2() {
  fs.open(p('a'), 'r+', function (err, fd) {
    var b = Buffer.alloc(6, 0x2e);
    fs.read(fd, b, 1, 4, 0, function (err, n, buf) {
      console.log('cb read', err, n, buf, buf === b);
      fs.write(fd, Buffer.from([0, 0xff, 0, 0x80]), 0, 4, 8, function (err, n) {
        console.log('cb write', err, n, fs.readFileSync(p('a')).slice(6, 14));
        fs.close(fd, function (err) {
          console.log('cb close', err);
          step3();
        });
      });
    });
  });
}

function step3() {
  var P = fs.promises;
  P.writeFile(p('b'), bin).then(function (v) {
    console.log('promise writeFile', v);
    return P.readFile(p('b'));
  }).then(function (data) {
    console.log('promise readFile', Buffer.isBuffer(data), data.length, data.equals(bin));
    return P.readFile(p('b'), 'latin1');
  }).then(function (s) {
    console.log('promise latin1', s.charCodeAt(1), s.length);
    return P.open(p('b'), 'r');
  }).then(function (fh) {
    return fh.read(Buffer.alloc(4), 0, 4, 0).then(function (r) {
      console.log('promise fh.read', r.bytesRead, r.buffer);
      return fh.readFile();
    }).then(function (d) {
      console.log('promise fh.readFile', d.length, d.equals(bin));
      return fh.close();
    });
  }).then(function () {
    var big = Buffer.alloc(64 * 1024 * 1024);
    for (var i = 0; i < big.length; i += 4093) big[i] = i & 255;
    big[big.length - 1] = 0xff;
    return P.writeFile(p('big'), big).then(function () {
      return P.readFile(p('big'));
    }).then(function (d) {
      console.log('promise 64 MiB', d.length, d.equals(big), d[d.length - 1], d[4093 * 3]);
    });
  }).then(function () {
    fs.rmSync(dir, { recursive: true });
    console.log('done');
  }, function (e) {
    console.log('error', e);
  });
}

step1();
