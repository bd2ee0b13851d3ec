var iconv = require('iconv-lite');
var b = iconv.encode('Grüße €', 'win1252');
console.log(b, iconv.decode(b, 'win1252'), iconv.decode(Buffer.from([0x82, 0xa0, 0x82, 0xa2]), 'shift_jis'), iconv.encodingExists('koi8-r'));
console.log(iconv.encode('hi', 'utf16le'), iconv.decode(iconv.encode('ça', 'latin1'), 'latin1'), iconv.encode('日本', 'gbk'));
