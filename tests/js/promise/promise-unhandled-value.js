// An unhandled rejection with a non-Error reason: Node 20 throws an
// UnhandledPromiseRejection (code ERR_UNHANDLED_REJECTION) and exits 1.
console.log('start');
Promise.reject(42);
var handledInTime = Promise.reject('handled in the same tick');
Promise.resolve().then(function () { handledInTime.catch(function () { console.log('caught in time'); }); });
process.on('exit', function (code) { console.log('exit', code); });
setTimeout(function () { console.log('never runs'); }, 10);
