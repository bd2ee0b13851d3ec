// ES5 WhiteSpace and LineTerminator in trim, ToNumber, parseInt,
// parseFloat and source text (mujs patch 0086), and U+180E, which is not
// white space since Unicode 6.3.
var ws = ['\u0009', '\u000B', '\u000C', '\u0020', '\u00A0', '\uFEFF', '\u1680', '\u2000', '\u2005',
  '\u200A', '\u202F', '\u205F', '\u3000', '\n', '\r', '\u2028', '\u2029'];
ws.forEach(function (c) {
  var code = c.charCodeAt(0).toString(16);
  console.log(code, JSON.stringify((c + 'a' + c).trim()), JSON.stringify((c + 'a' + c).trimStart()),
    JSON.stringify((c + 'a' + c).trimEnd()), Number(c + '12' + c), parseInt(c + '7'), parseFloat(c + '1.5'),
    eval(c + '1' + c + '+' + c + '2' + c));
});
console.log(JSON.stringify('\u180Ea\u180E'.trim()), Number('\u180E1'), JSON.stringify('\u00e9\u00a0x\u00a0'.trim()));
console.log(JSON.stringify(''.trim()), JSON.stringify(ws.join('').trim()), Number(ws.join('')));
console.log(String.prototype.trim.call({ toString: function () { return '  obj  '; } }) + '|');
