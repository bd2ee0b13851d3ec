process.on('exit', function (code) { console.log('exit', code); });
setTimeout(function () { console.log('never'); }, 10);
process.nextTick(function () { console.log('tick before exit'); process.exit(5); console.log('not reached'); });
console.log('main');
