// The net part of multi_endpoint_test.py: net bound to two endpoints. Two
// servers (one per endpoint: new handles are balanced), a socket echoing
// through each; prints "ready" with the stats' requests per endpoint. The
// test then kills one endpoint: every socket or server that lived there
// fails ("gone KIND NAME CODE"), the others do not. On SIGUSR1: each
// server still up echoes a new connection ("survivor NAME ok"), a new
// server echoes too ("after ok"), then everything closes.
'use strict';
var net = require('net'), muk = require('muk');
var servers = {}, sockets = [], deadIds = [];

function watch(kind, name, obj) {
  obj.on('error', function (e) {
    console.log('gone ' + kind + ' ' + name + ' ' + e.code);
    obj._gone = true;
    // a server that failed is not closed by net: its number stays held
    if (e.code === 'EPEERGONE' && kind === 'server') deadIds.push(obj._rid);
  });
}

function server(name, cb) {
  var s = net.createServer(function (c) {
    watch('accepted', name, c);
    c._rid = c._id; // its number, kept past the error that clears _id
    sockets.push(c);
    c.on('data', function (d) { c.write(name + ':' + d); });
  });
  watch('server', name, s);
  servers[name] = s;
  s.listen(0, '127.0.0.1', function () { s._rid = s._id; cb(s.address().port); });
}

function echo(name, port, cb) {
  var c = net.connect(port, '127.0.0.1', function () { c._rid = c._id; c.write('hi'); });
  watch('socket', name, c);
  sockets.push(c);
  c.once('data', function (d) { cb(String(d)); });
}

var ports = {};
server('s0', function (p0) {
  ports.s0 = p0;
  server('s1', function (p1) {
    ports.s1 = p1;
    echo('c0', p0, function (r0) {
      echo('c1', p1, function (r1) {
        var st = muk.stats('net');
        console.log('ready ' + r0 + ' ' + r1 + ' ' +
                    JSON.stringify(st.endpoints.map(function (e) { return e.requests; })));
      });
    });
  });
});

process.on('SIGUSR1', function () {
  // a request naming a server of the dead endpoint fails at once, and goes
  // to no other endpoint (where its number may be another socket)
  deadIds.forEach(function (id) {
    muk.request('net', 'nodelay', [id, 1]).then(function () {
      console.log('dead-handle ' + id + ' OK');
    }, function (e) { console.log('dead-handle ' + id + ' ' + e.code); });
  });
  var names = Object.keys(servers).filter(function (n) { return !servers[n]._gone; });
  var left = names.length + 1;
  function one() {
    if (--left) return;
    Object.keys(servers).forEach(function (n) { if (!servers[n]._gone) servers[n].close(); });
    sockets.forEach(function (c) { c.destroy(); });
    console.log('done');
  }
  names.forEach(function (n) {
    echo('c-' + n, ports[n], function (r) { console.log('survivor ' + n + ' ' + r); one(); });
  });
  server('s2', function (p) {
    echo('c2', p, function (r) { console.log('after ' + r); one(); });
  });
});
