'use strict';
// cipher-modes: key wrap (RFC 3394 4.1 vector; wrap-pad), OCB, 3DES through the same API.
var crypto = require('crypto');
['id-aes128-wrap', 'id-aes256-wrap-pad', 'aes128-wrap', 'des-ede3-cbc', 'aes-128-ocb'].forEach(function (alg) {
  try {
    var info = crypto.getCipherInfo(alg);
    var k = Buffer.alloc(info.keyLength, 1), iv = info.ivLength ? Buffer.alloc(info.ivLength, 2) : null;
    var opts = info.mode === 'ocb' ? { authTagLength: 16 } : undefined;
    var c = crypto.createCipheriv(alg, k, iv, opts);
    var ct = Buffer.concat([c.update(Buffer.alloc(24, 3)), c.final()]);
    var tag = info.mode === 'ocb' ? c.getAuthTag() : null;
    var d = crypto.createDecipheriv(alg, k, iv, opts);
    if (tag) d.setAuthTag(tag);
    var pt = Buffer.concat([d.update(ct), d.final()]);
    console.log(alg, ct.toString('hex'), tag && tag.toString('hex'), pt.equals(Buffer.alloc(24, 3)));
  } catch (e) { console.log(alg, e.name, e.code, e.message); }
});
var kw = crypto.createCipheriv('id-aes128-wrap', Buffer.from('000102030405060708090A0B0C0D0E0F', 'hex'),
  Buffer.from('A6A6A6A6A6A6A6A6', 'hex'));
var wrapped = Buffer.concat([kw.update(Buffer.from('00112233445566778899AABBCCDDEEFF', 'hex')), kw.final()]);
console.log('rfc3394', wrapped.toString('hex'), wrapped.toString('hex') === '1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5');
