'use strict';
// cipher-edge: argument edge cases (missing IV, option types, empty and odd
// input, output decoder rules, names cut at NUL, getCiphers copies).
var crypto = require('crypto');
function t(label, f) { try { var r = f(); console.log(label, 'ok', Buffer.isBuffer(r) ? 'buf:' + r.toString('hex') : typeof r === 'object' ? typeof r : r); } catch (e) { console.log(label, e.name, e.code, e.message); } }
var k = Buffer.alloc(16), iv = Buffer.alloc(16);
t('iv undefined', function () { return crypto.createCipheriv('aes-128-cbc', k, undefined); });
t('iv missing ecb', function () { return crypto.createCipheriv('aes-128-ecb', k); });
t('options 5', function () { return crypto.createCipheriv('aes-128-cbc', k, iv, 5); });
t('options str', function () { return crypto.createCipheriv('aes-128-cbc', k, iv, 'x'); });
t('tag 0', function () { return crypto.createCipheriv('aes-128-gcm', k, iv, { authTagLength: 0 }); });
t('tag 1.5', function () { return crypto.createCipheriv('aes-128-gcm', k, iv, { authTagLength: 1.5 }); });
t('encoding 5', function () { return crypto.createCipheriv('aes-128-cbc', k, iv, { encoding: 5 }); });
t('update none', function () { return crypto.createCipheriv('aes-128-cbc', k, iv).update(); });
t('update null', function () { return crypto.createCipheriv('aes-128-cbc', k, iv).update(null); });
t('update hex odd', function () { return crypto.createCipheriv('aes-128-cbc', k, iv).update('abc', 'hex'); });
t('update empty', function () { return crypto.createCipheriv('aes-128-ctr', k, iv).update(''); });
var c = crypto.createCipheriv('aes-128-ctr', k, iv);
t('ucs2', function () { return c.update('hello world', 'utf8', 'ucs2').length; });
t('change enc', function () { return c.update('x', 'utf8', 'hex'); });
t('final change enc', function () { return c.final('base64'); });
var c2 = crypto.createCipheriv('aes-128-ctr', k, iv);
t('final bogus', function () { return c2.final('bogus'); });
t('final after bogus', function () { return c2.final(); });
t('cipher empty', function () { return crypto.createCipheriv('', k, iv); });
t('cipher nul', function () { return crypto.createCipheriv('aes-128-cbc\u0000x', k, iv); });
t('key empty ecb', function () { return crypto.createCipheriv('aes-128-ecb', Buffer.alloc(0), null); });
t('gcm decrypt no final', function () { var d = crypto.createDecipheriv('aes-128-gcm', k, Buffer.alloc(12)); return d.update(Buffer.alloc(20)); });
t('Cipheriv call', function () { return crypto.Cipheriv('aes-128-cbc', k, iv) instanceof crypto.Cipheriv; });
t('getCiphers copy', function () { var a = crypto.getCiphers(); a.push('x'); return crypto.getCiphers().length; });
