process.on('uncaughtException', function (err, origin) {
  console.log('caught', err.message, origin);
});
setTimeout(function () { console.log('timer still runs'); }, 600);
setTimeout(function () { throw new Error('from timer'); }, 300);
setImmediate(function () { throw new Error('from immediate'); });
setImmediate(function () { console.log('second immediate runs'); });
process.nextTick(function () { throw new Error('from tick'); });
process.nextTick(function () { console.log('second tick runs'); });
