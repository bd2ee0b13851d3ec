'use strict';
// cipher-errors: Node's errors for bad arguments, states and OpenSSL failures; getCipherInfo.
var c = require('crypto');
function show(r) {
  if (Buffer.isBuffer(r)) return 'Buffer ' + r.toString('hex');
  if (r && typeof r === 'object' && !Array.isArray(r)) {
    if (typeof r.update === 'function') return 'cipher';
    return JSON.stringify(r);
  }
  return JSON.stringify(r);
}
function t(f) {
  try { console.log('ok', show(f())); } catch (e) { console.log(e.name, e.code, e.message, e.library, e.reason); }
}
var k=Buffer.alloc(32), iv=Buffer.alloc(16);
t(function () { return c.createCipheriv('nope', k, iv); });
t(function () { return c.createCipheriv('aes-256-cbc', Buffer.alloc(5), iv); });
t(function () { return c.createCipheriv('aes-256-cbc', k, Buffer.alloc(5)); });
t(function () { return c.createCipheriv('aes-256-cbc', k, null); });
t(function () { return c.createCipheriv('aes-256-ecb', k, null).final('hex'); });
t(function () { return c.createCipheriv('aes-256-ecb', k, Buffer.alloc(0)).final('hex'); });
t(function () { return c.createCipheriv('aes-256-ecb', k, Buffer.alloc(16)); });
t(function () { return c.createCipheriv('aes-256-gcm', k, iv, {authTagLength: 5}); });
t(function () { return c.createCipheriv('aes-256-ccm', k, Buffer.alloc(12)); });
t(function () { return c.createCipheriv('aes-256-ccm', k, Buffer.alloc(12), {authTagLength: 5}); });
t(function () { return c.createCipheriv('aes-256-ccm', k, Buffer.alloc(3), {authTagLength: 16}); });
t(function () { return c.createCipheriv('aes-256-gcm', k, iv, {authTagLength: -1}); });
t(function () { return c.createCipheriv('aes-256-gcm', k, iv, {authTagLength: 'x'}); });
t(function () { return c.createCipheriv(5, k, iv); });
t(function () { return c.createCipheriv('aes-256-cbc', 5, iv); });
t(function () { return c.createCipheriv('aes-256-cbc', k, 5); });
t(function () { return c.createCipheriv('aes-256-cbc', 'x'.repeat(32), 'y'.repeat(16)).final('hex'); });
var x=c.createCipheriv('aes-256-cbc', k, iv); x.final(); 
t(function () { return x.update('a'); });
t(function () { return x.final(); });
t(function () { return x.setAutoPadding(true); });
t(function () { return x.getAuthTag(); });
t(function () { return x.setAAD(Buffer.alloc(1)); });
var y=c.createCipheriv('aes-256-cbc', k, iv);
t(function () { return y.getAuthTag(); });
t(function () { return y.update(5); });
t(function () { return y.update('a', 'bogus'); });
t(function () { return y.update('a', 'utf8', 'bogus'); });
t(function () { return y.setAAD(Buffer.alloc(1)); });
var g=c.createCipheriv('aes-256-gcm', k, iv);
t(function () { return g.getAuthTag(); }); g.update('a'); g.final(); t(function () { return g.getAuthTag().length; });
var d=c.createDecipheriv('aes-256-gcm', k, iv);
t(function () { return d.setAuthTag(Buffer.alloc(5)); });
t(function () { return d.setAuthTag(Buffer.alloc(16)); });
t(function () { return d.setAuthTag(Buffer.alloc(16)); });
t(function () { return d.final(); });
var d2=c.createDecipheriv('aes-256-gcm', k, iv); t(function () { return d2.final(); });
var d3=c.createDecipheriv('aes-256-cbc', k, iv); t(function () { return d3.update(Buffer.alloc(15)); }); t(function () { return d3.final(); });
var d4=c.createDecipheriv('aes-256-cbc', k, iv); t(function () { return d4.update(Buffer.alloc(16)); }); t(function () { return d4.final(); });
var e=c.createCipheriv('aes-256-cbc', k, iv); e.setAutoPadding(false); t(function () { return e.update(Buffer.alloc(15)); }); t(function () { return e.final(); });
var cc=c.createCipheriv('aes-128-ccm', Buffer.alloc(16), Buffer.alloc(12), {authTagLength:16});
t(function () { return cc.setAAD(Buffer.alloc(3)); });
t(function () { return cc.update(Buffer.alloc(3)); });
t(function () { return cc.update(Buffer.alloc(3)); });
var cc2=c.createCipheriv('aes-128-ccm', Buffer.alloc(16), Buffer.alloc(13), {authTagLength:16});
t(function () { return cc2.update(Buffer.alloc(70000)); });
t(function () { return cc2.setAAD(Buffer.alloc(3), {plaintextLength: 70000}); });
t(function () { return c.getCipherInfo('aes-128-gcm'); });
t(function () { return c.getCipherInfo('chacha20-poly1305'); });
t(function () { return c.getCipherInfo('AES256'); });
t(function () { return c.getCipherInfo('aes-128-ccm', {ivLength: 5}); });
t(function () { return c.getCipherInfo('aes-128-gcm', {ivLength: 5, keyLength: 16}); });
t(function () { return c.getCipherInfo('aes-128-cbc', {keyLength: 17}); });
t(function () { return c.getCipherInfo(419); });
t(function () { return c.getCipherInfo('rc4'); });
t(function () { return c.getCipherInfo('nope'); });
t(function () { return c.getCipherInfo(1.5); });
t(function () { return c.getCipherInfo({}); });
t(function () { return c.getCipherInfo('aes-128-cbc', {keyLength: 'x'}); });
t(function () { return c.getCipherInfo('aes-128-cbc', 5); });
t(function () { return c.getCipherInfo('id-aes128-wrap'); });
t(function () { return c.createCipheriv('aes-256-cbc', k, iv).update('ab', 'utf8', 'hex'); });
var z=c.createCipheriv('aes-256-cbc', k, iv); t(function () { return z.setAutoPadding(false); }); 
t(function () { return Object.keys(c.createCipheriv('aes-256-cbc', k, iv)); });
t(function () { return c.createDecipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(0)); });
t(function () { return c.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(1)).final('hex'); });
t(function () { return c.createCipheriv('chacha20-poly1305', k, Buffer.alloc(13)); });
t(function () { return c.createCipheriv('chacha20-poly1305', k, Buffer.alloc(12), {authTagLength: 17}); });
t(function () { return c.Cipheriv('aes-256-cbc', k, iv) instanceof c.Cipheriv; });
t(function () { return c.createCipheriv('aes-256-cbc', k, iv, {encoding:'hex'}) ; });
