// Buffer toString in every encoding for lengths 0..39 (base64 padding, base64url, ascii's high bit), vs node
var out = [];
for (var n = 0; n < 40; n++) {
  var b = Buffer.alloc(n); for (var i = 0; i < n; i++) b[i] = (i * 37 + n) & 255;
  out.push([b.toString('base64'), b.toString('base64url'), b.toString('hex'), b.toString('latin1').length, b.toString('ucs2').length, b.toString('utf8').length, b.toString('ascii')].join('|'));
}
var s = out.join('\n'), h = 0; for (i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
console.log(h, s.length, out[7], out[17].length);
