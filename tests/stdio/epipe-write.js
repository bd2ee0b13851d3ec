// process.stdout.write to a reader that went away (`| head -1`): an
// uncaught EPIPE 'error', status 1
var i = 0;
function w() { for (var k = 0; k < 100; k++) process.stdout.write('line ' + (i++) + '\n'); setImmediate(w); }
w();
