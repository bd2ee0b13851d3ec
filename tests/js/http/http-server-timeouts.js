// http server timers: a client that sends half a head gets 408 after
// headersTimeout; one that sends the head but not the body gets 408 after
// requestTimeout ('clientError' with ERR_HTTP_REQUEST_TIMEOUT when
// listened to); an idle kept-alive connection is closed after
// keepAliveTimeout. Node checks the first two every
// connectionsCheckingInterval (given here so node's output is the same).
'use strict';
var http = require('http');
var net = require('net');

function mask(s) { return s.replace(/Date: [^\r]*/g, 'Date: -'); }

var server = http.createServer({ connectionsCheckingInterval: 50, headersTimeout: 300, requestTimeout: 600 },
  function (req, res) { res.end('hi'); });
server.keepAliveTimeout = 300;

function client(port, text, cb) {
  var c = net.connect(port, '127.0.0.1', function () { c.write(text); });
  var got = '';
  c.on('data', function (d) { got += d; });
  c.on('end', function () { c.end(); });
  c.on('close', function () { cb(mask(got)); });
}

server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  client(port, 'GET / HTTP/1.1\r\nHost: h\r\nX-Slo', function (got) {
    console.log('half head:', JSON.stringify(got));
    client(port, 'POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\nabc', function (got) {
      console.log('half body:', JSON.stringify(got));
      client(port, 'GET / HTTP/1.1\r\nHost: h\r\n\r\n', function (got) {
        console.log('idle keep-alive closed after:', JSON.stringify(got));
        var errors = [];
        server.on('clientError', function (err, socket) {
          errors.push(err.code + ' ' + err.message);
          socket.end('HTTP/1.1 408 Mine\r\n\r\n');
        });
        client(port, 'GET / HTTP/1.1\r\n', function (got) {
          console.log('with listener:', JSON.stringify(got));
          // the client's end reaches the parser as well: a second error
          server.close(function () { console.log('clientError:', errors.join(' | ')); });
        });
      });
    });
  });
});
