// an 'error' listener on stdout sees EPIPE
process.stdout.on('error', function (e) { process.stderr.write('error ' + e.code + ' ' + e.syscall + '\n'); process.exit(5); });
setInterval(function () { process.stdout.write('x\n'); }, 5);
