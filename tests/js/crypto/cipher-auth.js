'use strict';
// cipher-auth: AEAD failures as node reports them (tampered tag, ciphertext
// or AAD; missing or wrong-length tag; setAuthTag twice or after final),
// CCM's rules (plaintextLength with AAD, one update, message length),
// decrypting ciphertexts node made (recorded below), and getCiphers().
var crypto = require('crypto');
function key(n) { var b = Buffer.alloc(n); for (var i = 0; i < n; i++) b[i] = (i * 7 + 3) & 255; return b; }
function err(label, f) {
  try { var r = f(); console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : r); }
  catch (e) { console.log(label, e.name, e.code, e.message); }
}

// ciphertexts node 20 produced (base64) and their tags
var msg = 'The quick brown fox jumps over the lazy dog, node-encrypted for muk to decrypt.';
var fromNode = [
["aes-256-cbc",32,16,"DcJ4afSkB+rRRK/Da3s20YfhMulECa0ZGJ52mg8w76aQPwtBzRxQu0Ka3+4S7UGMWZkqqbRrT9yU0AAI0vYX2CTDkK9bDHN7NFg5hdz+ZAg=",null],
["aes-192-ctr",24,16,"WAo9qeC8dtkD35kRKbp9uS6TK95+voa+RaEjDg77+T8bPOPORs/q23rULWEuUjzwna7SbIR+NUuiXuU/9LiVS5r9LMR53Ihe9JsJAec0bQ==",null],
["aes-128-ofb",16,16,"OQZ/OOnI401P3XKXAK4cSZbXYu1nyD8/j6iWMlLV/fE0eBRQQamWmBdxvPJSXjkyFAwLClPkKGFL6veMoWy8z74JYpG3JCUNu4AAWUtCmQ==",null],
["aes-256-cfb8",32,16,"k4Xa8dj1NE8TSejV+p60y/ozrF/cnYAIZGPEp2NzlPrlxZfjPSFgTfRgPmjejavziQLYx2tPjWR1UKpeYMWguXz0p8Sh41hMsNsth3lPlg==",null],
["aes-128-ecb",16,0,"Ifh0BLZUl1+dnfPtVMFqKoSdyJGwKObI9q438b05MT/a8joLaZrPwelgDO10n+Y6NTsxgw1bN7YA2hUm56IgklNrTGThkMucxHnOia1JEGY=",null],
["aes-256-gcm",32,12,"7qxuzaRVegycwIf/zwMXoYoiVwVxv22KobjyoIPAnTV+52+IN1vBjZ9Ro/yU9v0jpmNs84TeqhoX8j5JQJLc7eOe06Fjc/j8372jOlr/nQ==","022ecdb709a537eece04f256a27f0882"],
["aes-128-ccm",16,11,"RdzAJ4xHfkFwb0ZFw8maukFh1xma5cXurAvs5ERmBhA2z0qlUMNwDSpRnKDhosxPxRkogCecu6EU6qeOW3tWnv0obkSUtcVPVp63wHYpiQ==","f5662b768ae4aedad82e"],
["chacha20-poly1305",32,12,"nMmEg1UPRDW5UcxG95M1TVdThAMfBk3gvu1TlsCxQ4oRCCXt9ydsGOYntNlvgzbmiVYFi0Nx2r3UcYyd+NtbjAysKkQrR3GwPDMVCSY66g==","10f05a369a7b896bdd63a51bf633e916"],
];
fromNode.forEach(function (v) {
  var ccm = v[0].indexOf('ccm') > 0;
  var d = crypto.createDecipheriv(v[0], key(v[1]), v[2] ? key(v[2]) : null, ccm ? { authTagLength: 10 } : undefined);
  if (v[4]) d.setAuthTag(Buffer.from(v[4], 'hex'));
  if (ccm) d.setAAD(Buffer.from('aad'), { plaintextLength: Buffer.from(v[3], 'base64').length });
  else if (v[4]) d.setAAD(Buffer.from('aad'));
  var pt = d.update(v[3], 'base64', 'utf8') + d.final('utf8');
  console.log('from node', v[0], pt === msg);
});

function gcmCase(label, alg, mutate) {
  var k = key(32), iv = key(12), aad = Buffer.from('header');
  var c = crypto.createCipheriv(alg, k, iv);
  c.setAAD(aad);
  var ct = Buffer.concat([c.update('attack at dawn, bring snacks'), c.final()]);
  var tag = c.getAuthTag();
  var o = { ct: ct, tag: tag, aad: aad };
  mutate(o);
  var d = crypto.createDecipheriv(alg, k, iv);
  err(label, function () {
    if (o.aad) d.setAAD(o.aad);
    if (o.tag) d.setAuthTag(o.tag);
    var out = d.update(o.ct);
    return Buffer.concat([out, d.final()]).toString();
  });
}
['aes-256-gcm', 'chacha20-poly1305'].forEach(function (alg) {
  gcmCase(alg + ' intact', alg, function () {});
  gcmCase(alg + ' tag', alg, function (o) { o.tag = Buffer.from(o.tag); o.tag[0] ^= 1; });
  gcmCase(alg + ' ciphertext', alg, function (o) { o.ct = Buffer.from(o.ct); o.ct[3] ^= 0x80; });
  gcmCase(alg + ' aad', alg, function (o) { o.aad = Buffer.from('Header'); });
  gcmCase(alg + ' no aad', alg, function (o) { o.aad = null; });
  gcmCase(alg + ' no tag', alg, function (o) { o.tag = null; });
  gcmCase(alg + ' short tag', alg, function (o) { o.tag = o.tag.slice(0, 12); });
  gcmCase(alg + ' tag 3', alg, function (o) { o.tag = o.tag.slice(0, 3); });
  gcmCase(alg + ' tag 17', alg, function (o) { o.tag = Buffer.concat([o.tag, Buffer.alloc(1)]); });
});

// setAuthTag: twice, after final, on a non-AEAD decipher; authTagLength fixed
var d1 = crypto.createDecipheriv('aes-128-gcm', key(16), key(12));
d1.setAuthTag(Buffer.alloc(16));
err('setAuthTag twice', function () { return d1.setAuthTag(Buffer.alloc(16)) === d1; });
var d2 = crypto.createDecipheriv('aes-128-gcm', key(16), key(12));
err('final no tag', function () { return d2.final(); });
err('setAuthTag after final', function () { return d2.setAuthTag(Buffer.alloc(16)); });
var d3 = crypto.createDecipheriv('aes-128-cbc', key(16), key(16));
err('setAuthTag cbc', function () { return d3.setAuthTag(Buffer.alloc(16)); });
var d4 = crypto.createDecipheriv('aes-128-gcm', key(16), key(12), { authTagLength: 8 });
err('setAuthTag vs authTagLength', function () { return d4.setAuthTag(Buffer.alloc(16)); });
err('setAuthTag hex', function () { return d4.setAuthTag('0011223344556677', 'hex') === d4; });
err('setAuthTag type', function () { return d4.setAuthTag(12); });
var c5 = crypto.createCipheriv('aes-128-gcm', key(16), key(12));
err('setAAD type', function () { return c5.setAAD(12); });
err('setAAD hex', function () { return c5.setAAD('abcd', { encoding: 'hex' }) === c5; });
err('setAAD bad plaintextLength', function () { return c5.setAAD(Buffer.alloc(1), { plaintextLength: -1 }); });
c5.update('x');
err('setAAD after update', function () { return c5.setAAD(Buffer.alloc(1)); });
c5.final();
err('setAAD after final', function () { return c5.setAAD(Buffer.alloc(1)); });
err('getAuthTag', function () { return c5.getAuthTag(); });

// CCM
var ck = key(16), cn = key(12);
function ccmEnc(pt, aad, len) {
  var c = crypto.createCipheriv('aes-128-ccm', ck, cn, { authTagLength: 16 });
  if (aad) c.setAAD(aad, { plaintextLength: len === undefined ? pt.length : len });
  var ct = Buffer.concat([c.update(pt), c.final()]);
  return [ct, c.getAuthTag()];
}
var ce = ccmEnc(Buffer.from('ccm plaintext'), Buffer.from('ccm aad'));
console.log('ccm', ce[0].toString('hex'), ce[1].toString('hex'));
function ccmDec(label, ct, tag, aad) {
  var d = crypto.createDecipheriv('aes-128-ccm', ck, cn, { authTagLength: 16 });
  err(label, function () {
    d.setAuthTag(tag);
    if (aad) d.setAAD(aad, { plaintextLength: ct.length });
    var out = d.update(ct);
    return Buffer.concat([out, d.final()]).toString();
  });
}
ccmDec('ccm intact', ce[0], ce[1], Buffer.from('ccm aad'));
var badTag = Buffer.from(ce[1]); badTag[15] ^= 1;
ccmDec('ccm tag', ce[0], badTag, Buffer.from('ccm aad'));
var badCt = Buffer.from(ce[0]); badCt[0] ^= 1;
ccmDec('ccm ciphertext', badCt, ce[1], Buffer.from('ccm aad'));
ccmDec('ccm aad', ce[0], ce[1], Buffer.from('ccm AAD'));
var cc = crypto.createCipheriv('aes-128-ccm', ck, cn, { authTagLength: 16 });
err('ccm no plaintextLength', function () { return cc.setAAD(Buffer.from('a')); });
var cc2 = crypto.createCipheriv('aes-128-ccm', ck, cn, { authTagLength: 16 });
cc2.setAAD(Buffer.from('a'), { plaintextLength: 4 });
err('ccm wrong length', function () { return cc2.update(Buffer.from('abc')); });
var cc3 = crypto.createCipheriv('aes-128-ccm', ck, cn, { authTagLength: 16 });
err('ccm update 1', function () { return cc3.update(Buffer.from('abc')); });
err('ccm update 2', function () { return cc3.update(Buffer.from('abc')); });
var cc4 = crypto.createCipheriv('aes-128-ccm', ck, key(13), { authTagLength: 8 });
err('ccm too long', function () { return cc4.update(Buffer.alloc(65536)).length; });
err('ccm aad too long', function () { return cc4.setAAD(Buffer.alloc(1), { plaintextLength: 65536 }); });
err('ccm iv 6', function () { return crypto.createCipheriv('aes-128-ccm', ck, key(6), { authTagLength: 8 }); });
err('ccm iv 14', function () { return crypto.createCipheriv('aes-128-ccm', ck, key(14), { authTagLength: 8 }); });
err('ccm tag 3', function () { return crypto.createCipheriv('aes-128-ccm', ck, cn, { authTagLength: 3 }); });
err('ccm tag 18', function () { return crypto.createCipheriv('aes-128-ccm', ck, cn, { authTagLength: 18 }); });
err('gcm tag 13', function () { return !!crypto.createCipheriv('aes-128-gcm', ck, cn, { authTagLength: 13 }); });
err('gcm iv 1', function () { return !!crypto.createCipheriv('aes-128-gcm', ck, key(1)); });
err('gcm iv 200', function () { return !!crypto.createCipheriv('aes-128-gcm', ck, key(200)); });

// getCiphers: node's list exactly
var list = crypto.getCiphers();
console.log('getCiphers', list.length, list.indexOf('aes-256-gcm') >= 0, list === crypto.getCiphers());
for (var i = 0; i < list.length; i += 8) console.log(list.slice(i, i + 8).join(' '));
