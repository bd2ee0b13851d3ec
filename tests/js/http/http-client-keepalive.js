// http.Agent's pool, counted from the server's side: sequential requests on
// a keepAlive agent reuse one connection (reusedSocket, the agent's
// sockets/freeSockets/requests as node shows them); agent: false and a
// non-keepAlive agent open one per request; maxSockets queues requests in
// `requests`; a pooled socket the server closes leaves the pool; fifo and
// lifo pick the free sockets in their order.
'use strict';
var http = require('http');

var conns = 0, seen = [];
var srv = http.createServer(function (req, res) {
  seen.push(req.socket.remotePort);
  if (req.url === '/close') res.setHeader('Connection', 'close');
  res.end(req.url);
});
srv.on('connection', function () { conns++; });

function shape(agent) {
  function names(o) {
    return Object.keys(o).map(function (k) { return k.replace(/:\d+:/, ':PORT:') + '=' + o[k].length; }).join(',');
  }
  return 'sockets[' + names(agent.sockets) + '] free[' + names(agent.freeSockets) + '] requests[' + names(agent.requests) + ']';
}

function get(port, agent, path, cb) {
  var req = http.get({ host: '127.0.0.1', port: port, path: path, agent: agent }, function (res) {
    var body = '';
    res.setEncoding('utf8');
    res.on('data', function (d) { body += d; });
    res.on('end', function () { cb(body, req.reusedSocket); });
  });
  return req;
}

function seq(port, agent, n, label, done) {
  var before = conns, bodies = [];
  (function one(i) {
    if (i === n) {
      setTimeout(function () {
        console.log(label, 'connections', conns - before, bodies.join(' '));
        done();
      }, 50);
      return;
    }
    get(port, agent, '/' + i, function (body, reused) {
      bodies.push(body + (reused ? '+' : '-'));
      setImmediate(function () { one(i + 1); });
    });
  })(0);
}

srv.listen(0, '127.0.0.1', function () {
  var port = srv.address().port;
  var ka = new http.Agent({ keepAlive: true });
  console.log('name', ka.getName({ host: 'h', port: 1 }), ka.getName({}), ka.getName({ host: 'h', port: 2, localAddress: 'l', family: 6 }));
  console.log('defaults', ka.keepAlive, ka.keepAliveMsecs, ka.maxSockets, ka.maxFreeSockets, ka.maxTotalSockets, ka.scheduling, ka.totalSocketCount);
  var g = http.globalAgent;
  console.log('global', g.keepAlive, g.scheduling, g.options.timeout, g.maxSockets, g instanceof http.Agent);
  seq(port, ka, 4, 'keepAlive', function () {
    console.log('after', shape(ka));
    seq(port, false, 3, 'agent:false', function () {
      var plain = new http.Agent();
      seq(port, plain, 3, 'plain agent', function () {
        console.log('plain after', shape(plain));
        queued(port);
      });
    });
  });
});

function queued(port) {
  var one = new http.Agent({ keepAlive: true, maxSockets: 1 });
  var before = conns, left = 3, order = [];
  for (var i = 0; i < 3; i++) {
    get(port, one, '/q' + i, function (body, reused) {
      order.push(body);
      if (--left === 0) {
        setTimeout(function () {
          console.log('maxSockets 1', conns - before, order.join(' '), shape(one));
          serverCloses(port, one);
        }, 50);
      }
    });
  }
  console.log('queued', shape(one));
}

function serverCloses(port, agent) {
  get(port, agent, '/close', function (body, reused) {
    setTimeout(function () {
      console.log('close', body, reused, shape(agent));
      agent.destroy();
      schedule(port, 'fifo', function () { schedule(port, 'lifo', idleClose); });
    }, 100);
  });
}

// two free sockets; which one serves the next request
function schedule(port, how, cb) {
  var a = new http.Agent({ keepAlive: true, scheduling: how });
  var ports = [], left = 2;
  seen = [];
  for (var i = 0; i < 2; i++) {
    get(port, a, '/s' + i, function () {
      if (--left) return;
      setTimeout(function () {
        var first = seen.slice();
        get(port, a, '/next', function () {
          console.log(how, seen[2] === first[0] ? 'first' : seen[2] === first[1] ? 'second' : 'new');
          a.destroy();
          cb();
        });
      }, 50);
    });
  }
  void ports;
}

// a raw server that closes a kept-alive connection 200 ms after answering:
// the pooled socket leaves the pool
function idleClose() {
  var raw = require('net').createServer(function (s) {
    s.once('data', function () {
      s.write('HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx');
      setTimeout(function () { s.end(); }, 200);
    });
  });
  raw.listen(0, '127.0.0.1', function () {
    var a = new http.Agent({ keepAlive: true });
    get(raw.address().port, a, '/', function () {
      setTimeout(function () { console.log('pooled', shape(a), a.totalSocketCount); }, 50);
      setTimeout(function () {
        console.log('server closed it', shape(a), a.totalSocketCount);
        raw.close(finish);
      }, 600);
    });
  });
}

function finish() {
  srv.close(function () { console.log('closed'); });
}
