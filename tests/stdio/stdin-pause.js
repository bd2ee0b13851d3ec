// stdin paused (after its first chunk, from a timer) stops keeping the
// process alive: the driver keeps the pipe open, the process must end by itself
process.stdin.on('data', function (d) {
  console.log('first', JSON.stringify(String(d).slice(0, 5)));
  process.stdin.removeAllListeners('data');
  setTimeout(function () { process.stdin.pause(); console.log('paused'); }, 50);
});
process.on('exit', function () { console.log('exit'); });
