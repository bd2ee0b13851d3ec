// An exception thrown by the main script before anything else is loaded
// prints its stack (through the lazily loaded error formatter) and exits 1;
// 'exit' listeners still run.
process.on('exit', function (c) { console.log('exit', c); });
console.log('before');
var e = new RangeError('startup failed');
e.code = 'ERR_STARTUP';
throw e;
