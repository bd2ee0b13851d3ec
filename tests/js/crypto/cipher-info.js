'use strict';
// cipher-info: getCipherInfo for every name getCiphers() lists, by name and
// by nid, and with keyLength/ivLength checks (valid and invalid).
var crypto = require('crypto');
function show(i) { return i === undefined ? 'undefined' : JSON.stringify(i); }
crypto.getCiphers().forEach(function (name) {
  var info = crypto.getCipherInfo(name);
  var byNid = crypto.getCipherInfo(info.nid);
  console.log(name, show(info), JSON.stringify(byNid) === JSON.stringify(info),
    show(crypto.getCipherInfo(name, { keyLength: info.keyLength, ivLength: info.ivLength })),
    show(crypto.getCipherInfo(name, { keyLength: info.keyLength + 1 })),
    show(crypto.getCipherInfo(name, { ivLength: 8 })));
});
[['aes-128-gcm', { ivLength: 1 }], ['aes-128-gcm', { ivLength: 0 }], ['aes-128-gcm', { ivLength: 1024 }],
 ['aes-128-ccm', { ivLength: 7 }], ['aes-128-ccm', { ivLength: 13 }], ['aes-128-ccm', { ivLength: 14 }],
 ['aes-128-ocb', { ivLength: 15 }], ['aes-128-ocb', { ivLength: 16 }], ['chacha20-poly1305', { ivLength: 8 }],
 ['aes-128-cbc', { keyLength: -1 }], ['aes-128-cbc', { ivLength: -1 }], ['aes-128-cbc', {}],
 ['nope', undefined], ['', undefined], [0, undefined], [-5, undefined], [2147483647, undefined],
 ['aes-128-cbc', { keyLength: 2147483648 }], ['aes-128-cbc', null], ['aes-128-cbc', []]
].forEach(function (v) {
  try { console.log(JSON.stringify(v), show(crypto.getCipherInfo(v[0], v[1]))); }
  catch (e) { console.log(JSON.stringify(v), e.name, e.code, e.message); }
});
