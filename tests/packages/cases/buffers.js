// safe-buffer, base64-js, ieee754 (through buffer-like use), punycode
var SafeBuffer = require('safe-buffer').Buffer, b64 = require('base64-js'), punycode = require('punycode');
console.log(SafeBuffer.from('abc').toString('hex'), SafeBuffer.alloc(3, 1), SafeBuffer.allocUnsafe(2).length);
var bytes = b64.toByteArray('aGVsbG8gd29ybGQ='); console.log(bytes.length, b64.fromByteArray(bytes), b64.byteLength('aGVsbG8='));
console.log(punycode.encode('mañana'), punycode.toASCII('mañana.com'), punycode.toUnicode('xn--maana-pta.com'), punycode.ucs2.decode('\ud834\udf06'));
