var CryptoJS = require('crypto-js');
console.log(CryptoJS.SHA256('hello').toString(), CryptoJS.MD5('x').toString(), CryptoJS.HmacSHA1('msg', 'key').toString(CryptoJS.enc.Base64));
var key = CryptoJS.enc.Hex.parse('000102030405060708090a0b0c0d0e0f'), iv = CryptoJS.enc.Hex.parse('0f0e0d0c0b0a09080706050403020100');
var ct = CryptoJS.AES.encrypt('secret text', key, { iv: iv }).toString();
console.log(ct, CryptoJS.AES.decrypt(ct, key, { iv: iv }).toString(CryptoJS.enc.Utf8), CryptoJS.PBKDF2('pw', 'salt', { keySize: 4, iterations: 10 }).toString());
