// 'unhandledRejection' listeners replace the crash; 'rejectionHandled' fires
// when a reported rejection gets a handler later; uncaughtException sees the
// UnhandledPromiseRejection error when there is no unhandledRejection listener.
var reported = [];
function onUnhandled(reason, promise) {
  reported.push(promise);
  console.log('unhandledRejection', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
}
process.on('unhandledRejection', onUnhandled);
process.on('rejectionHandled', function (promise) {
  console.log('rejectionHandled', promise === reported[0]);
});
var p = Promise.reject('first');
Promise.reject(new Error('second'));
var q = Promise.reject('handled at once');
q.then(null, function () { console.log('q handled'); });
setTimeout(function () {
  console.log('attaching late handler');
  p.catch(function (r) { console.log('late catch', r); });
  setTimeout(function () {
    process.removeListener('unhandledRejection', onUnhandled);
    process.on('uncaughtException', function (err, origin) {
      console.log('uncaughtException', err.name, err.code, origin);
      console.log(err.message);
    });
    Promise.reject(7);
    setTimeout(function () { console.log('still alive'); }, 1);
  }, 1);
}, 1);
