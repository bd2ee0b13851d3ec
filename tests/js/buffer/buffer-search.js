// indexOf / lastIndexOf / includes with strings, numbers and buffers.
var b = Buffer.from('this is a buffer, a buffer it is');
var needles = ['is', 'buffer', 'a', '', 'zz', 0x61, 97 + 256, -159, Buffer.from('it'), Buffer.alloc(0), 'this is a buffer, a buffer it is!'];
var offsets = [undefined, 0, 3, -3, -100, 100, 'utf8', 2.7, NaN, null, {}, 0x7fffffffff];
needles.forEach(function (n) {
  var row = [];
  offsets.forEach(function (o) {
    row.push(b.indexOf(n, o), b.lastIndexOf(n, o));
  });
  console.log(typeof n === 'string' ? JSON.stringify(n) : Buffer.isBuffer(n) ? 'buf:' + n.toString() : n, row.join(' '), b.includes(n));
});
var h = Buffer.from('68656c6c6f', 'hex');
console.log(h.indexOf('6c6c', 'hex'), h.indexOf('bGw=', 0, 'base64'), h.indexOf('ll', 'latin1'), h.lastIndexOf('l', -2), h.indexOf(Buffer.from('lo')), h.indexOf('o', 10));
var e = Buffer.alloc(0);
console.log(e.indexOf('a'), e.indexOf(''), e.lastIndexOf(''), e.indexOf(0), e.includes(''));
var u = Buffer.from('\u00e9t\u00e9 \u20ac');
console.log(u.indexOf('\u20ac'), u.indexOf('t\u00e9'), u.lastIndexOf('\u00e9'), u.indexOf(0xa9));
