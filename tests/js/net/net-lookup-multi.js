// net autoSelectFamily: a lookup with several addresses tries them in turn,
// families alternating from the first one's, each address once; a failed
// attempt emits 'connectionAttemptFailed' and the next one starts; when all
// fail the error is an AggregateError carrying each attempt's error.
var net = require('net');

function args(a, port) {
  var out = [];
  for (var i = 0; i < a.length; i++) {
    var v = a[i];
    out.push(v instanceof Error ? v.code + ' ' + v.message : String(v));
  }
  return out.join(' | ').split(String(port)).join('PORT');
}

function watch(label, s, port) {
  ['lookup', 'connectionAttempt', 'connectionAttemptFailed', 'connectionAttemptTimeout', 'connect'].forEach(function (ev) {
    s.on(ev, function () { console.log(label, ev, args(arguments, port)); });
  });
}

function fixed(list) {
  return function (host, opts, cb) {
    console.log('lookup(' + host + ') all', opts.all, 'hints', opts.hints, 'family', opts.family);
    setTimeout(function () { cb(null, list); }, 1);
  };
}

var steps = [];
function next() {
  var f = steps.shift();
  if (f) f();
}

var server = net.createServer(function (c) { c.end(); });
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  steps.push(function () { // ::1 refuses (nothing listens there), 127.0.0.1 answers
    var c = net.connect({ port: port, host: 'two.test', lookup: fixed([
      { address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 }
    ]) });
    watch('two', c, port);
    c.on('connect', function () {
      console.log('two attempted', c.autoSelectFamilyAttemptedAddresses.join(' ').split(String(port)).join('PORT'),
        c.remoteAddress, c.remoteFamily);
    });
    c.resume();
    c.on('close', function (hadError) { console.log('two close', hadError); next(); });
  });
  steps.push(function () { // all refuse
    var c = net.connect({ port: 1, host: 'none.test', lookup: fixed([
      { address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 }
    ]) });
    watch('none', c, 'no port to hide');
    c.on('error', function (e) {
      console.log('none error', e instanceof AggregateError, e.name, JSON.stringify(e.message), e.code,
        Object.keys(e).join(','), e.errors.length);
      e.errors.forEach(function (x) { console.log('  ', x.message, x.code, x.address, x.port); });
      console.log('none attempted', c.autoSelectFamilyAttemptedAddresses.join(' '));
    });
    c.on('close', function (hadError) { console.log('none close', hadError); next(); });
  });
  steps.push(function () { // one usable address: a single connection, no attempted list
    var c = net.connect({ port: port, host: 'one.test', lookup: fixed([
      { address: '127.0.0.1', family: 4 }, { address: '127.0.0.1', family: 4 }
    ]) });
    watch('one', c, port);
    c.on('connect', function () { console.log('one attempted', c.autoSelectFamilyAttemptedAddresses); });
    c.resume();
    c.on('close', function () { next(); });
  });
  steps.push(function () { // the lookup fails
    var c = net.connect({ port: port, host: 'fail.test', lookup: function (h, o, cb) {
      var e = new Error('boom');
      e.code = 'EBOOM';
      setTimeout(function () { cb(e); }, 1);
    } });
    watch('fail', c, port);
    c.on('error', function (e) { console.log('fail error', e.message, e.code); });
    c.on('close', function () { next(); });
  });
  steps.push(function () { // autoSelectFamily false: lookup(host, {family, hints}) for one address
    var c = net.connect({ port: port, host: 'single.test', autoSelectFamily: false, lookup: function (h, o, cb) {
      console.log('single lookup all', o.all, 'hints', o.hints, 'family', o.family);
      setTimeout(function () { cb(null, '127.0.0.1', 4); }, 1);
    } });
    watch('single', c, port);
    c.resume();
    c.on('close', function () { next(); });
  });
  steps.push(function () { // explicit hints are passed as they are
    var c = net.connect({ port: port, host: 'hints.test', hints: 8, lookup: fixed([{ address: '127.0.0.1', family: 4 }]) });
    c.resume();
    c.on('close', function () { next(); });
  });
  steps.push(function () { server.close(function () { console.log('done'); }); });
  next();
});
