process.on('exit', function (code) { console.log('exit', code); });
setTimeout(function () { console.log('never'); }, 10);
console.log('before');
throw new Error('boom');
