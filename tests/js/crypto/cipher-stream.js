'use strict';
// cipher-stream: every AES mode and chacha20-poly1305 — many updates of
// odd sizes give the one-shot output; output encodings (hex, base64,
// latin1, buffer) across updates; string input encodings; Cipheriv as a
// Transform (write/end, pipe, 'data'); setAutoPadding(false); round trips.
var crypto = require('crypto');

var data = Buffer.alloc(1000);
for (var i = 0; i < data.length; i++) data[i] = (i * 31 + 7) & 255;
function key(n) { var b = Buffer.alloc(n); for (var i = 0; i < n; i++) b[i] = i + 1; return b; }
function rkey(n) { var b = Buffer.alloc(n); for (var i = 0; i < n; i++) b[i] = n - i; return b; }

var algs = ['aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'aes-128-ecb', 'aes-256-ecb', 'aes-128-ctr',
  'aes-256-ctr', 'aes-128-ofb', 'aes-256-ofb', 'aes-128-cfb', 'aes-256-cfb', 'aes-128-cfb8', 'aes-256-cfb8',
  'aes-128-cfb1', 'aes-256-cfb1', 'aes-128-gcm', 'aes-192-gcm', 'aes-256-gcm', 'chacha20-poly1305',
  'aes128', 'aes256', 'AES-256-CBC', 'id-aes256-GCM', 'aes-128-cbc-hmac-sha1', 'aes-256-xts', 'chacha20',
  'aes-128-ocb', 'aria-128-cbc', 'camellia-256-cbc', 'sm4-ctr'];

function cipherArgs(alg) {
  var info = crypto.getCipherInfo(alg);
  return [info.keyLength, info.ivLength || 0, info];
}

algs.forEach(function (alg) {
  var a = cipherArgs(alg);
  var k = key(a[0]), iv = a[1] ? rkey(a[1]) : null;
  try {
    var one = crypto.createCipheriv(alg, k, iv);
    var ct = Buffer.concat([one.update(data), one.final()]);
    var tag = one.getAuthTag ? (function () { try { return one.getAuthTag(); } catch (e) { return null; } })() : null;
    var many = crypto.createCipheriv(alg, k, iv);
    var parts = [], sizes = [1, 7, 16, 33, 0, 100, 255, 3];
    var off = 0, j = 0;
    while (off < data.length) {
      var n = sizes[j++ % sizes.length];
      parts.push(many.update(data.slice(off, off + n)));
      off += n;
    }
    parts.push(many.final());
    var ct2 = Buffer.concat(parts);
    var d = crypto.createDecipheriv(alg, k, iv);
    if (tag) d.setAuthTag(tag);
    var pt = Buffer.concat([d.update(ct.slice(0, 500)), d.update(ct.slice(500)), d.final()]);
    console.log(alg, a[2].mode, ct.length, ct.slice(0, 24).toString('hex'),
      ct.slice(-8).toString('hex'), tag ? tag.toString('hex') : '-', ct2.equals(ct), pt.equals(data));
  } catch (e) {
    console.log(alg, 'error', e.name, e.code, e.message);
  }
});

// output encodings across updates (the decoder carries partial characters)
['hex', 'base64', 'latin1', 'base64url', 'buffer', undefined].forEach(function (enc) {
  var c = crypto.createCipheriv('aes-128-cbc', key(16), key(16));
  var out = [];
  for (var off = 0; off < 208; off += 13) out.push(c.update(data.slice(off, off + 13), undefined, enc));
  out.push(c.final(enc));
  var joined = typeof out[0] === 'string' ? out.join('') : Buffer.concat(out).toString('hex');
  var d = crypto.createDecipheriv('aes-128-cbc', key(16), key(16));
  var back = typeof out[0] === 'string' ? Buffer.concat([d.update(joined, enc), d.final()])
                                        : Buffer.concat([d.update(Buffer.from(joined, 'hex')), d.final()]);
  var head = enc === 'latin1' ? Buffer.from(joined.slice(0, 20), 'latin1').toString('hex') : joined.slice(0, 40);
  console.log('enc', enc, typeof out[0], joined.length, head, back.equals(data.slice(0, 208)));
});

// string input in several encodings
[['héllo wörld ☃', 'utf8'], ['68656c6c6f', 'hex'], ['aGVsbG8gd29ybGQ=', 'base64'], ['\u00ff\u00fe', 'latin1'],
 ['plain', undefined]].forEach(function (v) {
  var c = crypto.createCipheriv('aes-256-ctr', key(32), key(16));
  var out = c.update(v[0], v[1], 'hex') + c.final('hex');
  var d = crypto.createDecipheriv('aes-256-ctr', key(32), key(16));
  console.log('in', v[1], out, (d.update(out, 'hex', v[1] || 'utf8') + d.final(v[1] || 'utf8')) === v[0]);
});

// keys and IVs given as strings
var sc = crypto.createCipheriv('aes-128-cbc', 'sixteen byte key', 'sixteen byte iv!');
console.log('string key', sc.update('text', 'utf8', 'base64') + sc.final('base64'));
var sc2 = crypto.createCipheriv('aes-128-cbc', '000102030405060708090a0b0c0d0e0f', key(16), { encoding: 'hex' });
console.log('hex key', sc2.update('text', 'utf8', 'base64') + sc2.final('base64'));

// setAutoPadding(false): exact blocks work, a short block fails as in node
var np = crypto.createCipheriv('aes-256-cbc', key(32), key(16)).setAutoPadding(false);
var npct = Buffer.concat([np.update(data.slice(0, 64)), np.final()]);
console.log('nopad', npct.length, npct.slice(0, 16).toString('hex'));
var npd = crypto.createDecipheriv('aes-256-cbc', key(32), key(16)).setAutoPadding(false);
console.log('nopad back', Buffer.concat([npd.update(npct), npd.final()]).equals(data.slice(0, 64)));
var padded = crypto.createCipheriv('aes-256-cbc', key(32), key(16));
var pct = Buffer.concat([padded.update(data.slice(0, 10)), padded.final()]);
var raw = crypto.createDecipheriv('aes-256-cbc', key(32), key(16));
raw.setAutoPadding(false);
console.log('padding kept', Buffer.concat([raw.update(pct), raw.final()]).toString('hex'));
var shortc = crypto.createCipheriv('aes-256-ecb', key(32), null);
shortc.setAutoPadding(false);
shortc.update(data.slice(0, 20));
try { shortc.final(); } catch (e) { console.log('short', e.name, e.code, e.message, e.library, e.reason); }
var shortd = crypto.createDecipheriv('aes-256-cbc', key(32), key(16));
shortd.update(pct.slice(0, 15));
try { shortd.final(); } catch (e) { console.log('short dec', e.name, e.code, e.message); }
var wrongk = crypto.createDecipheriv('aes-256-cbc', rkey(32), key(16));
wrongk.update(pct);
try { wrongk.final(); } catch (e) { console.log('wrong key', e.name, e.code, e.message, e.reason); }

// Transform: write/end and 'data'
var t = crypto.createCipheriv('aes-128-ctr', key(16), key(16));
var got = [];
t.on('data', function (b) { got.push(b); });
t.on('end', function () {
  var s = Buffer.concat(got);
  var ref = crypto.createCipheriv('aes-128-ctr', key(16), key(16));
  console.log('transform', s.length, s.equals(Buffer.concat([ref.update(data), ref.final()])));
});
t.write(data.slice(0, 300));
t.write(data.slice(300).toString('latin1'), 'latin1');
t.end();

// pipe: cipher -> decipher (GCM) and the tag afterwards
var stream = require('stream');
var src = new stream.PassThrough();
var enc = crypto.createCipheriv('aes-256-gcm', key(32), key(12));
var chunks = [];
enc.on('data', function (b) { chunks.push(b); });
enc.on('end', function () {
  var ct = Buffer.concat(chunks);
  var tag = enc.getAuthTag();
  console.log('pipe gcm', ct.length, tag.toString('hex'));
  var dec = crypto.createDecipheriv('aes-256-gcm', key(32), key(12));
  dec.setAuthTag(tag);
  var back = [];
  dec.on('data', function (b) { back.push(b); });
  dec.on('finish', function () { console.log('pipe finish'); });
  dec.on('end', function () { console.log('pipe back', Buffer.concat(back).equals(data)); });
  dec.end(ct);
  var bad = crypto.createDecipheriv('aes-256-gcm', key(32), key(12));
  bad.setAuthTag(Buffer.alloc(16));
  bad.on('error', function (e) { console.log('stream error', e.name, e.code, e.message); });
  bad.resume();
  bad.end(ct);
});
src.pipe(enc);
src.write(data.slice(0, 100));
src.end(data.slice(100));

// instanceof and laziness
var lz = crypto.createCipheriv('aes-128-cbc', key(16), key(16));
console.log('types', lz instanceof crypto.Cipheriv, lz instanceof stream.Transform, lz instanceof stream.Readable,
  typeof lz.setAAD, typeof lz.getAuthTag, typeof lz.setAuthTag, Object.keys(lz).join(','));
var dz = crypto.Decipheriv('aes-128-cbc', key(16), key(16));
console.log('types', dz instanceof crypto.Decipheriv, typeof dz.setAuthTag, typeof dz.getAuthTag);

// setAutoPadding's argument as node reads it (!!ap: no argument turns padding off)
[[], [0], ['yes'], [true], [false]].forEach(function (args) {
  var c = crypto.createCipheriv('aes-128-cbc', key(16), key(16));
  c.setAutoPadding.apply(c, args);
  try {
    console.log('setAutoPadding', JSON.stringify(args), Buffer.concat([c.update(data.slice(0, 16)), c.final()]).length);
  } catch (e) { console.log('setAutoPadding', JSON.stringify(args), e.code); }
  var s = crypto.createCipheriv('aes-128-cbc', key(16), key(16));
  s.setAutoPadding.apply(s, args);
  try {
    console.log('setAutoPadding short', JSON.stringify(args), Buffer.concat([s.update(data.slice(0, 5)), s.final()]).length);
  } catch (e) { console.log('setAutoPadding short', JSON.stringify(args), e.code); }
});
