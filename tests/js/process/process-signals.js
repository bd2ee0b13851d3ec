// Signal listeners: process.kill(process.pid, sig) reaches the script's
// own listeners (which replace the default action), a removed listener
// stops watching; the listeners run until the last step, then the
// interval that keeps the process alive is cleared.
var order = [];
function step(i) {
  var steps = [
    function () { process.kill(process.pid, 'SIGUSR1'); },
    function () { process.kill(process.pid, 'SIGUSR2'); },
    function () { process.kill(process.pid, 'SIGHUP'); },
    function () { process.kill(process.pid, 'SIGTERM'); },
    function () { process.kill(process.pid, 'SIGINT'); },
    function () { process.kill(process.pid, 28); }
  ];
  if (i < steps.length) steps[i]();
  else clearInterval(keepAlive);
}
var keepAlive = setInterval(function () {}, 1000);
var i = 0;
['SIGUSR1', 'SIGUSR2', 'SIGHUP', 'SIGTERM', 'SIGINT', 'SIGWINCH'].forEach(function (name) {
  process.on(name, function (sig, num) {
    console.log('listener', name, sig, num);
    setTimeout(function () { step(++i); }, 10);
  });
});
console.log(process.listenerCount('SIGINT'));
process.once('SIGUSR1', function (sig) { console.log('once', sig); });
try { process.kill(process.pid, 'SIGNOPE'); } catch (e) { console.log(e.name, e.code, e.message); }
step(0);
process.on('exit', function (c) { console.log('exit', c, i); });
