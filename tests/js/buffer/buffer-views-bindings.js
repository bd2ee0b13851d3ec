// Typed arrays and DataViews where Node's fs, net, crypto, zlib, streams
// and child_process take bytes; a Buffer made from a service's reply (fs
// read, socket data) is a Uint8Array whose ArrayBuffer holds the reply's
// bytes, writable through another view; and the errors for what is no view.
var fs = require('fs'), crypto = require('crypto'), zlib = require('zlib');
var net = require('net'), stream = require('stream'), os = require('os'), path = require('path');
var f = path.join(os.tmpdir(), 'muk-buffer-views-' + process.pid);
function t(name, fn) {
  try { console.log(name, fn()); } catch (e) { console.log(name, 'throws', e.name, e.code, e.message); }
}
var u = new Uint8Array([104, 105, 10]);
var dv = new DataView(new Uint8Array([65, 66, 67]).buffer);
var u16 = new Uint16Array([0x4241]);

t('writeFileSync u8', function () { fs.writeFileSync(f, u); return fs.readFileSync(f, 'latin1'); });
t('writeFileSync dv', function () { fs.writeFileSync(f, dv); return fs.readFileSync(f, 'latin1'); });
t('writeFileSync u16', function () { fs.writeFileSync(f, u16); return fs.readFileSync(f, 'latin1'); });
t('writeFileSync subarray', function () { fs.writeFileSync(f, u.subarray(1, 2)); return fs.readFileSync(f, 'latin1'); });
t('appendFileSync u8', function () { fs.appendFileSync(f, u); return JSON.stringify(fs.readFileSync(f, 'latin1')); });
t('writeSync u8', function () { var fd = fs.openSync(f, 'w'); var n = fs.writeSync(fd, u, 1); fs.closeSync(fd); return n + ' ' + JSON.stringify(fs.readFileSync(f, 'latin1')); });
t('readSync into u8', function () {
  fs.writeFileSync(f, 'abcdef');
  var fd = fs.openSync(f, 'r'), d = new Uint8Array(4);
  var n = fs.readSync(fd, d, 1, 3, 0);
  fs.closeSync(fd);
  return n + ' ' + Array.from(d).join(' ');
});
t('readSync into dv', function () {
  var fd = fs.openSync(f, 'r'), d = new DataView(new ArrayBuffer(4));
  var n = fs.readSync(fd, d, 0, 4, 2);
  fs.closeSync(fd);
  return n + ' ' + d.getUint32(0).toString(16);
});
t('writeFileSync number', function () { fs.writeFileSync(f, 5); });
t('writeFileSync ArrayBuffer', function () { fs.writeFileSync(f, new ArrayBuffer(2)); });
t('reply through a view', function () {
  fs.writeFileSync(f, 'reply bytes');
  var b = fs.readFileSync(f);
  var v = new Uint8Array(b.buffer, b.byteOffset, b.length);
  v[0] = 0x52;
  new DataView(b.buffer, b.byteOffset).setUint8(6, 0x42);
  return [b.buffer instanceof ArrayBuffer, b.toString()].join();
});
t('hash u8', function () { return crypto.createHash('sha256').update(u).digest('hex'); });
t('hash dv u16', function () { return crypto.createHash('md5').update(dv).update(u16).digest('hex'); });
t('hash number', function () { return crypto.createHash('sha256').update(5); });
t('hmac u8 key', function () { return crypto.createHmac('sha256', u).update(u16).digest('hex'); });
t('cipher u8', function () {
  var key = new Uint8Array(32), iv = new Uint8Array(16);
  var c = crypto.createCipheriv('aes-256-cbc', key, iv);
  var enc = Buffer.concat([c.update(u), c.final()]);
  var d = crypto.createDecipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([d.update(new Uint8Array(enc)), d.final()]).toString('hex');
});
t('pbkdf2 u8', function () { return crypto.pbkdf2Sync(u, new Uint8Array(4), 1, 8, 'sha256').toString('hex'); });
t('timingSafeEqual', function () { return crypto.timingSafeEqual(u, Buffer.from(u)) + ' ' + crypto.timingSafeEqual(dv, new Uint8Array([65, 66, 67])); });
t('randomFillSync u8', function () { var r = new Uint8Array(8); return crypto.randomFillSync(r) === r && r.length; });
t('randomFillSync dv', function () { var r = new DataView(new ArrayBuffer(8)); return crypto.randomFillSync(r) === r; });
t('randomFillSync string', function () { return crypto.randomFillSync('x'); });
t('deflate u8', function () { return zlib.inflateSync(zlib.deflateSync(u)).toString('latin1'); });
t('gzip dv', function () { return zlib.gunzipSync(zlib.gzipSync(dv)).toString(); });
t('inflate of u8', function () { return zlib.inflateSync(new Uint8Array(zlib.deflateSync('abc'))).toString(); });
t('deflate ArrayBuffer', function () { return zlib.inflateSync(zlib.deflateSync(new Uint8Array([120, 121]).buffer)).toString(); });
t('deflate number', function () { return zlib.deflateSync(5); });
t('execFileSync input u8', function () { return require('child_process').execFileSync('cat', [], { input: new Uint8Array([104, 105]) }).toString(); });
t('spawnSync input dv', function () { return require('child_process').spawnSync('cat', [], { input: new DataView(new Uint8Array([111, 107]).buffer) }).stdout.toString(); });
t('crc32 u8', function () { return typeof zlib.crc32 === 'function' ? zlib.crc32(u) === zlib.crc32(Buffer.from(u)) : true; });

var w = new stream.Writable({ write: function (c, e, cb) { console.log('writable got', Buffer.isBuffer(c), c.toString('hex')); cb(); } });
t('writable u8', function () { return w.write(new Uint8Array([104, 105])); });
t('writable dv', function () { return w.write(new DataView(new ArrayBuffer(2))); });
t('writable number', function () { return w.write(5); });
var r = new stream.Readable({ read: function () {} });
r.on('data', function (c) { console.log('readable data', Buffer.isBuffer(c), c.toString()); });
r.push(new Uint8Array([111, 107]));

var srv = net.createServer(function (s) {
  var got = [];
  s.on('data', function (d) { got.push(d); });
  s.on('end', function () {
    var all = Buffer.concat(got), first = got[0];
    var v = new Uint8Array(first.buffer, first.byteOffset, first.length);
    v[0] = 0x58;
    console.log('socket data', all.toString('hex'), first instanceof Uint8Array, first.buffer instanceof ArrayBuffer, first[0]);
    srv.close();
    fs.writeFile(f, u16, function (err) {
      console.log('writeFile u16', err, fs.readFileSync(f, 'latin1'));
      fs.promises.writeFile(f, dv).then(function () {
        console.log('promises.writeFile dv', fs.readFileSync(f, 'latin1'));
        fs.unlinkSync(f);
      });
    });
  });
});
srv.listen(0, '127.0.0.1', function () {
  var c = net.connect(srv.address().port, '127.0.0.1', function () {
    t('socket u8', function () { return c.write(new Uint8Array([97, 98])); });
    t('socket u16', function () { return c.write(new Uint16Array([0x6463])); });
    t('socket dv', function () { return c.write(new DataView(new Uint8Array([101]).buffer)); });
    t('socket object', function () { return c.write({}); });
    t('socket number', function () { return c.write(1); });
    t('socket ArrayBuffer', function () { return c.write(new ArrayBuffer(1)); });
    c.end(Buffer.from('!'));
  });
});
