var n = 0;
process.on('beforeExit', function (code) {
  console.log('beforeExit', code, n);
  if (n++ < 2) setTimeout(function () { console.log('more work', n); }, 1);
});
process.on('exit', function (c) { console.log('exit', c); });
