// a SIGTERM listener replaces the default action: graceful shutdown
var t = setInterval(function () {}, 1000);
process.on('SIGTERM', function (sig) {
  console.log('got', sig);
  clearInterval(t);
  process.removeAllListeners('SIGTERM');
});
process.on('exit', function (c) { console.log('exit', c); });
console.log('ready');
