// Argument validation: Node's codes and messages.
var b = Buffer.from('abcdef');
var cases = [
  function () { Buffer.alloc('a'); },
  function () { Buffer.alloc(-1); },
  function () { Buffer.alloc(NaN); },
  function () { Buffer.alloc(4294967297); },
  function () { Buffer.allocUnsafe(); },
  function () { Buffer.allocUnsafeSlow({}); },
  function () { Buffer.from(5); },
  function () { Buffer.from(null); },
  function () { Buffer.from(); },
  function () { Buffer.from(true); },
  function () { Buffer.from('abc', 'bogus'); },
  function () { Buffer.from({}); },
  function () { Buffer.concat(5); },
  function () { Buffer.concat([1]); },
  function () { Buffer.concat([Buffer.alloc(1), 'x']); },
  function () { Buffer.concat([Buffer.alloc(1)], -1); },
  function () { Buffer.byteLength(5); },
  function () { Buffer.byteLength({}); },
  function () { Buffer.compare(1, 2); },
  function () { Buffer.compare(b, 'x'); },
  function () { b.toString('bogus'); },
  function () { b.toString(null); },
  function () { b.write(5); },
  function () { b.write('a', 10); },
  function () { b.write('a', -1); },
  function () { b.write('a', 1.5); },
  function () { b.write('a', '1', 2); },
  function () { b.write('a', 0, 10); },
  function () { b.write('a', 0, 1, 'bogus'); },
  function () { b.copy(5); },
  function () { b.copy(Buffer.alloc(2), -1); },
  function () { b.copy(Buffer.alloc(2), 0, 10); },
  function () { b.copy(Buffer.alloc(2), 0, 0, -1); },
  function () { b.equals(3); },
  function () { b.compare('x'); },
  function () { b.compare(b, -1); },
  function () { b.compare(b, 0, 10); },
  function () { b.compare(b, 0, 1, 0, 10); },
  function () { b.indexOf({}); },
  function () { b.indexOf('a', 0, 'bogus'); },
  function () { b.fill('zz', 'hex'); },
  function () { b.fill('a', 'bogus'); },
  function () { b.fill('a', 5); },
  function () { b.fill(1, -1); },
  function () { b.fill(1, 0, 10); },
  function () { b.fill(1, 'x'); },
  function () { Buffer.alloc(3).swap16(); },
  function () { Buffer.alloc(6).swap32(); },
  function () { Buffer.alloc(12).swap64(); },
  function () { Buffer(5, 'utf8'); }
];
cases.forEach(function (fn, i) {
  try {
    var r = fn();
    console.log(i, 'ok', r);
  } catch (e) {
    console.log(i, e instanceof TypeError ? 'TypeError' : e instanceof RangeError ? 'RangeError' : e.name, e.code, e.message);
  }
});
console.log(Buffer.byteLength('abc', 'bogus'), b.toString());
