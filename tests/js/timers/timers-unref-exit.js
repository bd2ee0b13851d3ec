// Only unref'd timers and immediates left after the main script: the process
// exits at once, running none of them ('beforeExit' sees nothing to do).
var t0 = Date.now();
setTimeout(function () { console.log('never: unref timer'); }, 5000).unref();
setInterval(function () { console.log('never: unref interval'); }, 1000).unref();
setImmediate(function () { console.log('never: unref immediate'); }).unref();
// ref() then unref() again, and a ref'd timer that is cleared
setTimeout(function () { console.log('never: re-unref'); }, 3000).ref().unref();
clearTimeout(setTimeout(function () { console.log('never: cleared'); }, 4000));
process.on('exit', function (code) { console.log('exit', code, 'quick', Date.now() - t0 < 900); });
console.log('main done');
