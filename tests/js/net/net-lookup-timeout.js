// net autoSelectFamily attempt timeouts: an attempt that neither connects
// nor fails within autoSelectFamilyAttemptTimeout (10 ms here) is dropped
// ('connectionAttemptTimeout', an ETIMEDOUT in the AggregateError) and the
// next address is tried. 192.0.2.3/.4 stand for hosts that never answer:
// on this machine they sit on eth0's subnet without a neighbour, so the
// kernel keeps the SYN waiting for ARP for seconds (node 20 behaves the
// same; re-record where these addresses fail at once).
var net = require('net');

function watch(label, c, port) {
  ['connectionAttempt', 'connectionAttemptFailed', 'connectionAttemptTimeout', 'connect'].forEach(function (ev) {
    c.on(ev, function (a, p, f, e) {
      console.log(label, ev, a, p === port, f, e ? e.code + ' ' + e.message.split(String(port)).join('PORT') : '');
    });
  });
}

function fixed(list) {
  return function (h, o, cb) { cb(null, list); };
}

var steps = [];
function next() {
  var f = steps.shift();
  if (f) f();
}

var server = net.createServer(function (c) { c.end(); });
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  steps.push(function () { // two attempts time out, the third connects
    var c = net.connect({ port: port, host: 'slow.test', autoSelectFamilyAttemptTimeout: 10, lookup: fixed([
      { address: '192.0.2.3', family: 4 }, { address: '192.0.2.4', family: 4 }, { address: '127.0.0.1', family: 4 }
    ]) });
    watch('slow', c, port);
    c.resume();
    c.on('close', function (hadError) {
      console.log('slow close', hadError, c.autoSelectFamilyAttemptedAddresses.join(' ').split(String(port)).join('PORT'));
      next();
    });
  });
  steps.push(function () { // a timeout, then a refusal: AggregateError [ETIMEDOUT, ECONNREFUSED]
    var c = net.connect({ port: 1, host: 'bad.test', autoSelectFamilyAttemptTimeout: 10, lookup: fixed([
      { address: '192.0.2.3', family: 4 }, { address: '127.0.0.1', family: 4 }
    ]) });
    watch('bad', c, 'no port to hide');
    c.on('error', function (e) {
      console.log('bad error', e.name, e.code, e.errors.map(function (x) { return x.code + ' ' + x.message; }).join(' / '));
    });
    c.on('close', function (hadError) { console.log('bad close', hadError); next(); });
  });
  steps.push(function () { // destroyed while an attempt is pending: no more attempts
    var c = net.connect({ port: port, host: 'gone.test', autoSelectFamilyAttemptTimeout: 10, lookup: fixed([
      { address: '192.0.2.3', family: 4 }, { address: '127.0.0.1', family: 4 }
    ]) });
    watch('gone', c, port);
    c.on('error', function (e) { console.log('gone error', e.message); });
    c.on('close', function (hadError) { console.log('gone close', hadError); next(); });
    setImmediate(function () { c.destroy(); });
  });
  steps.push(function () { // ... with an error: 'error' first, then the canceled attempt, then 'close'
    var c = net.connect({ port: port, host: 'gone2.test', autoSelectFamilyAttemptTimeout: 10, lookup: fixed([
      { address: '192.0.2.3', family: 4 }, { address: '127.0.0.1', family: 4 }
    ]) });
    watch('gone2', c, port);
    c.on('error', function (e) { console.log('gone2 error', e.message); });
    c.on('close', function (hadError) {
      console.log('gone2 close', hadError);
      setTimeout(function () { server.close(function () { console.log('done'); }); }, 30);
    });
    setImmediate(function () { c.destroy(new Error('stop')); });
  });
  next();
});
