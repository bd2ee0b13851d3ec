// An unhandled rejection with an Error reason: printed like an uncaught
// exception, exit status 1.
console.log('start');
setTimeout(function () {
  console.log('in timer');
  Promise.resolve().then(function () { throw new TypeError('boom from a handler'); });
}, 1);
process.on('exit', function (code) { console.log('exit', code); });
