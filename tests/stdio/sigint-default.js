// no listener: SIGINT ends the process by the signal (shell status 130)
console.log('ready');
setInterval(function () {}, 1000);
