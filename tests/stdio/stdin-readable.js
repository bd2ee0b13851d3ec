// stdin through 'readable' and read()
var total = 0;
process.stdin.on('readable', function () {
  var c;
  while ((c = process.stdin.read()) !== null) total += c.length;
});
process.stdin.on('end', function () { console.log('bytes', total); });
