// string_decoder: utf8 characters split byte by byte, invalid bytes,
// end() with an incomplete character, utf16le surrogate pairs, base64 and
// hex, encoding names, bad encodings.
var StringDecoder = require('string_decoder').StringDecoder;
function L(s) { console.log(s); }
function codes(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i).toString(16));
  return out.join(' ');
}

var d = new StringDecoder('utf8');
L('encoding ' + d.encoding);
var buf = Buffer.from('a€😀é', 'utf8');
var out = [];
for (var i = 0; i < buf.length; i++) out.push('[' + codes(d.write(buf.slice(i, i + 1))) + ']');
out.push('[' + codes(d.end()) + ']');
L('bytewise ' + out.join(','));

var d2 = new StringDecoder();
L('partial ' + JSON.stringify(d2.write(Buffer.from([0xe2, 0x82]))) + ' end ' + codes(d2.end()));
L('invalid ' + codes(d2.write(Buffer.from([0xff, 0x41, 0xc3]))) + ' then ' + codes(d2.write(Buffer.from([0x28]))));
L('end with buf ' + JSON.stringify(d2.end(Buffer.from('ok'))));
L('string passthrough ' + d2.write('already'));

var d3 = new StringDecoder('utf16le');
var u = Buffer.from('h😀', 'utf16le');
var o3 = [];
for (var j = 0; j < u.length; j++) o3.push(codes(d3.write(u.slice(j, j + 1))));
L('utf16le ' + JSON.stringify(o3) + ' end ' + JSON.stringify(d3.end()));

var d4 = new StringDecoder('base64');
L('base64 ' + d4.write(Buffer.from('ab')) + '|' + d4.write(Buffer.from('cde')) + '|' + d4.end());
var d5 = new StringDecoder('hex');
L('hex ' + d5.write(Buffer.from([1, 2, 255])) + ' ' + d5.end());
['UTF-8', 'ucs2', 'binary', 'latin1', 'ascii', 'base64url', 'UTF16LE'].forEach(function (e) {
  L(e + ' -> ' + new StringDecoder(e).encoding);
});
try { new StringDecoder('nope'); } catch (e) { L('bad: ' + e.name + ' ' + e.code + ' ' + e.message); }
var d6 = new StringDecoder('latin1');
L('latin1 ' + d6.write(Buffer.from([0xe9, 0x41])) + d6.end());
