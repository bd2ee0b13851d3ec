process.on('exit', function (code) {
  console.log('exit listener', code, process.exitCode);
});
console.log('set exitCode');
process.exitCode = 3;
