// stdin as a Readable: 'data' with setEncoding, 'end'
var chunks = [];
process.stdin.setEncoding('utf8');
console.log('isTTY', process.stdin.isTTY, 'fd', process.stdin.fd);
process.stdin.on('data', function (d) { chunks.push(d); });
process.stdin.on('end', function () {
  var s = chunks.join('');
  var lines = s.split('\n');
  console.log('end', s.length, lines.length, JSON.stringify(lines[0]), JSON.stringify(lines[lines.length - 1]));
});
