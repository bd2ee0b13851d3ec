'use strict';
// cipher-vectors: known answers — NIST SP 800-38A (ECB, CBC, CFB128, CFB8,
// OFB, CTR; AES-128 and AES-256), the GCM spec's test cases 2-4 and 16
// (with AAD; tags truncated to 12, 8 and 4 bytes), RFC 8439 2.8.2
// (chacha20-poly1305) and NIST SP 800-38C examples 1 and 2 (CCM); each
// encrypted and decrypted, printed with whether it matches the document.
var crypto = require('crypto');
function h(s) { return Buffer.from(s.replace(/\s+/g, ''), 'hex'); }

var P = h('6bc1bee22e409f96e93d7e117393172a ae2d8a571e03ac9c9eb76fac45af8e51' +
          '30c81c46a35ce411e5fbc1191a0a52ef f69f2445df4f9b17ad2b417be66c3710');
var K128 = h('2b7e151628aed2a6abf7158809cf4f3c');
var K256 = h('603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4');
var IV = h('000102030405060708090a0b0c0d0e0f');
var CTR = h('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff');

var sp38a = [
  ['aes-128-ecb', K128, null, P, '3ad77bb40d7a3660a89ecaf32466ef97 f5d3d58503b9699de785895a96fdbaaf' +
    '43b1cd7f598ece23881b00e3ed030688 7b0c785e27e8ad3f8223207104725dd4'],
  ['aes-128-cbc', K128, IV, P, '7649abac8119b246cee98e9b12e9197d 5086cb9b507219ee95db113a917678b2' +
    '73bed6b8e3c1743b7116e69e22229516 3ff1caa1681fac09120eca307586e1a7'],
  ['aes-128-cfb', K128, IV, P, '3b3fd92eb72dad20333449f8e83cfb4a c8a64537a0b3a93fcde3cdad9f1ce58b' +
    '26751f67a3cbb140b1808cf187a4f4df c04b05357c5d1c0eeac4c66f9ff7f2e6'],
  ['aes-128-ofb', K128, IV, P, '3b3fd92eb72dad20333449f8e83cfb4a 7789508d16918f03f53c52dac54ed825' +
    '9740051e9c5fecf64344f7a82260edcc 304c6528f659c77866a510d9c1d6ae5e'],
  ['aes-128-ctr', K128, CTR, P, '874d6191b620e3261bef6864990db6ce 9806f66b7970fdff8617187bb9fffdff' +
    '5ae4df3edbd5d35e5b4f09020db03eab 1e031dda2fbe03d1792170a0f3009cee'],
  ['aes-128-cfb8', K128, IV, h('6bc1bee22e409f96e93d7e117393172aae2d'), '3b79424c9c0dd436bace9e0ed4586a4f32b9'],
  ['aes-256-ecb', K256, null, P, 'f3eed1bdb5d2a03c064b5a7e3db181f8 591ccb10d410ed26dc5ba74a31362870' +
    'b6ed21b99ca6f4f9f153e7b1beafed1d 23304b7a39f9f3ff067d8d8f9e24ecc7'],
  ['aes-256-cbc', K256, IV, P, 'f58c4c04d6e5f1ba779eabfb5f7bfbd6 9cfc4e967edb808d679f777bc6702c7d' +
    '39f23369a9d9bacfa530e26304231461 b2eb05e2c39be9fcda6c19078c6a9d1b'],
  ['aes-256-ctr', K256, CTR, P, '601ec313775789a5b7a7f504bbf3d228 f443e3ca4d62b59aca84e990cacaf5c5' +
    '2b0930daa23de94ce87017ba2d84988d dfc9c58db67aada613c2dd08457941a6'],
  ['aes-128-cfb1', K128, IV, h('6bc1'), null],
  ['aes-192-cbc', h('8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b'), IV, P,
    '4f021db243bc633d7178183a9fa071e8 b4d9ada9ad7dedf4e5e738763f69145a' +
    '571b242012fb7ae07fa9baac3df102e0 08b0e27988598881d920a9e64f5615cd']
];

sp38a.forEach(function (v) {
  var c = crypto.createCipheriv(v[0], v[1], v[2]);
  c.setAutoPadding(false);
  var ct = Buffer.concat([c.update(v[3]), c.final()]);
  var d = crypto.createDecipheriv(v[0], v[1], v[2]);
  d.setAutoPadding(false);
  var pt = Buffer.concat([d.update(ct), d.final()]);
  console.log(v[0], ct.toString('hex'), v[4] === null ? '-' : ct.equals(h(v[4])), pt.equals(v[3]));
});

// GCM (McGrew & Viega, "The Galois/Counter Mode of Operation", test cases)
var GP = h('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72' +
           '1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255');
var GK = h('feffe9928665731c6d6a8f9467308308');
var GIV = h('cafebabefacedbaddecaf888');
var GA = h('feedfacedeadbeeffeedfacedeadbeefabaddad2');
var gcm = [
  ['tc2', 'aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12), null, Buffer.alloc(16),
    '0388dace60b6a392f328c2b971b2fe78', 'ab6e47d42cec13bdf53a67b21257bddf'],
  ['tc3', 'aes-128-gcm', GK, GIV, null, GP,
    '42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e' +
    '21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985', '4d5c2af327cd64a62cf35abd2ba6fab4'],
  ['tc4', 'aes-128-gcm', GK, GIV, GA, GP.slice(0, 60),
    '42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e' +
    '21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091', '5bc94fbc3221a5db94fae95ae7121a47'],
  ['tc16', 'aes-256-gcm', Buffer.concat([GK, GK]), GIV, GA, GP.slice(0, 60),
    '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa' +
    '8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662', '76fc6ece0f4e1768cddf8853bb2d551b']
];
gcm.forEach(function (v) {
  [undefined, 16, 12, 8, 4].forEach(function (tl) {
    var opts = tl === undefined ? undefined : { authTagLength: tl };
    var c = crypto.createCipheriv(v[1], v[2], v[3], opts);
    if (v[4]) c.setAAD(v[4]);
    var ct = Buffer.concat([c.update(v[5]), c.final()]);
    var tag = c.getAuthTag();
    var d = crypto.createDecipheriv(v[1], v[2], v[3], opts);
    if (v[4]) d.setAAD(v[4]);
    d.setAuthTag(tag);
    var pt = Buffer.concat([d.update(ct), d.final()]);
    console.log(v[0], tl, ct.toString('hex'), tag.toString('hex'), ct.equals(h(v[6])),
      tag.equals(h(v[7]).slice(0, tag.length)), pt.equals(v[5]));
  });
});

// RFC 8439 section 2.8.2
var ck = h('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f');
var cn = h('070000004041424344454647');
var caad = h('50515253c0c1c2c3c4c5c6c7');
var cpt = "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for " +
  'the future, sunscreen would be it.';
var c = crypto.createCipheriv('chacha20-poly1305', ck, cn, { authTagLength: 16 });
c.setAAD(caad);
var cct = c.update(cpt, 'utf8', 'hex') + c.final('hex');
var ctag = c.getAuthTag();
console.log('rfc8439', cct, ctag.toString('hex'), cct.slice(0, 32) === 'd31a8d34648e60db7b86afbc53ef7ec2',
  ctag.toString('hex') === '1ae10b594f09e26a7e902ecbd0600691');
var d = crypto.createDecipheriv('chacha20-poly1305', ck, cn);
d.setAAD(caad);
d.setAuthTag(ctag);
console.log('rfc8439 decrypt', d.update(cct, 'hex', 'utf8') + d.final('utf8') === cpt);

// NIST SP 800-38C, appendix C examples 1 and 2
var ccm = [
  ['ccm1', h('10111213141516'), h('0001020304050607'), h('20212223'), 4, '7162015b', '4dac255d'],
  ['ccm2', h('1011121314151617'), h('000102030405060708090a0b0c0d0e0f'), h('202122232425262728292a2b2c2d2e2f'), 6,
    'd2a1f0e051ea5f62081a7792073d593d', '1fc64fbfaccd']
];
var ccmKey = h('404142434445464748494a4b4c4d4e4f');
ccm.forEach(function (v) {
  var c = crypto.createCipheriv('aes-128-ccm', ccmKey, v[1], { authTagLength: v[4] });
  c.setAAD(v[2], { plaintextLength: v[3].length });
  var ct = Buffer.concat([c.update(v[3]), c.final()]);
  var tag = c.getAuthTag();
  var d = crypto.createDecipheriv('aes-128-ccm', ccmKey, v[1], { authTagLength: v[4] });
  d.setAuthTag(tag);
  d.setAAD(v[2], { plaintextLength: ct.length });
  var pt = Buffer.concat([d.update(ct), d.final()]);
  console.log(v[0], ct.toString('hex'), tag.toString('hex'), ct.toString('hex') === v[5],
    tag.toString('hex') === v[6], pt.equals(v[3]));
});
