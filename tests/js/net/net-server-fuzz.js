// Randomized net.Server programs: clients connect, the server and the
// clients act in phases (connect more, write, end, destroy, resume,
// server.close, getConnections, address) under random allowHalfOpen,
// pauseOnConnect and maxConnections; every event is logged in order per
// phase and socket; compared with node.
var net = require('net');
var rng = require('../lib/rng');
var ri = rng.ri;
var SETTLE = +(process.env.NET_FUZZ_SETTLE || 40);
var settle = require('../lib/settle').settle;

function scenario(n, done) {
  var opts = { allowHalfOpen: ri(3) === 0, pauseOnConnect: ri(4) === 0 };
  var maxc = ri(3) === 0 ? ri(3) : undefined;
  var nph = 4 + ri(6), phases = [];
  for (var i = 0; i < nph; i++) phases.push({ op: ri(13), a: ri(8), b: ri(1000) });
  var log = [], clients = [], conns = [];
  var L = function (x) { log.push(x); };
  function probe() { return log.length; }
  // a client still connecting has its connect or ECONNREFUSED to come
  function busy() { return clients.some(function (c) { return c.connecting && !c.destroyed; }); }
  var server = net.createServer(opts);
  if (maxc !== undefined) server.maxConnections = maxc;
  server.on('connection', function (s) {
    var k = conns.length;
    conns.push(s);
    L('S:conn' + k + ' paused=' + s.isPaused());
    s.on('data', function (d) { L('S' + k + ':data ' + d); });
    s.on('end', function () { L('S' + k + ':end'); });
    s.on('close', function (e) { L('S' + k + ':close ' + e); });
    s.on('error', function (e) { L('S' + k + ':error ' + e.code); });
  });
  server.on('close', function () { L('server:close'); });
  server.on('error', function (e) { L('server:error ' + e.code + ' ' + e.syscall); });
  server.on('listening', function () { L('server:listening'); });
  server.on('drop', function (d) { L('server:drop ' + (d && typeof d.localPort === 'number')); });
  function connect() {
    var k = clients.length;
    var c = net.connect({ port: port, host: '127.0.0.1' });
    clients.push(c);
    c.on('connect', function () { L('C' + k + ':connect'); });
    c.on('data', function (d) { L('C' + k + ':data ' + d); });
    c.on('end', function () { L('C' + k + ':end'); });
    c.on('close', function (e) { L('C' + k + ':close ' + e); });
    c.on('error', function (e) { L('C' + k + ':error ' + e.code); });
  }
  var port;
  L('opts ' + JSON.stringify(opts) + ' max=' + maxc);
  server.listen(0, '127.0.0.1', function () {
    port = server.address().port;
    L('listen-cb listening=' + server.listening);
    var k = 0;
    // Within a phase, events of different sockets may interleave in any
    // order: group them by socket (stable), keeping each one's own order.
    function show(l) {
      var keys = [], by = {};
      l.forEach(function (x) {
        var key = /^[SC]\d+:/.test(x) ? x.slice(0, x.indexOf(':')) : '';
        if (!by[key]) { by[key] = []; keys.push(key); }
        by[key].push(x);
      });
      keys.sort();
      return keys.map(function (key) { return by[key].join(', '); }).join(' | ');
    }
    (function phase() {
      console.log(n + ' ' + show(log));
      log = [];
      if (k === phases.length) {
        clients.forEach(function (c) { c.destroy(); });
        conns.forEach(function (s) { s.destroy(); });
        if (server.listening) server.close();
        settle(SETTLE, probe, function () { console.log(n + ' teardown ' + show(log)); log = []; done(); });
        return;
      }
      var p = phases[k++];
      var c = clients[p.a % (clients.length || 1)], s = conns[p.a % (conns.length || 1)];
      try {
        switch (p.op) {
        case 0: case 1: case 2: L('> connect'); connect(); break;
        case 3: if (c) { L('> C.write'); c.write('c' + p.b); } break;
        case 4: if (s) { L('> S.write'); s.write('s' + p.b); } break;
        case 5: if (c) { L('> C.end'); c.end(); } break;
        case 6: if (s) { L('> S.end'); s.end(); } break;
        case 7: if (c) { L('> C.destroy'); c.destroy(); } break;
        case 8: if (s) { L('> S.destroy'); s.destroy(); } break;
        case 9:
          L('> server.close listening=' + server.listening);
          server.close(function (e) { L('close-cb ' + (e ? e.code : '')); });
          L('listening=' + server.listening);
          break;
        case 10:
          L('> getConnections');
          server.getConnections(function (e, cnt) { L('count ' + (e ? e.code : cnt)); });
          break;
        case 11: if (s) { L('> S.resume'); s.resume(); } break;
        case 12: L('> address ' + JSON.stringify(server.address() && server.address().family)); break;
        }
      } catch (e) {
        L('threw ' + (e.code || e.message));
      }
      settle(SETTLE, probe, phase, busy);
    })();
  });
}

require('../lib/seeds').run(process.argv.slice(2), function (n, done) {
  rng.seed(n * 6271);
  scenario(n, done);
});
