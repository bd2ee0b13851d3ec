// http server: 'request' reaches the listeners through the server's own
// emit when a script replaces it (as some frameworks and tracers do), and
// through the stock one with one or several listeners (the server calls
// the stock emit's listeners without going through emit's arguments).
'use strict';
var http = require('http');
var net = require('net');

function get(server, path, cb) {
  var c = net.connect(server.address().port, '127.0.0.1');
  var got = '';
  c.on('data', function (d) { got += d; });
  c.on('end', function () {
    console.log(path, JSON.stringify(got.replace(/Date: [^\r]*/g, 'Date: -')));
    cb();
  });
  c.write('GET ' + path + ' HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n');
}

var a = http.createServer(function (req, res) {
  console.log('a listener', req.url, this === a);
  res.end('a');
});
var emit = a.emit;
a.emit = function (type) {
  if (type === 'request') console.log('a emit', type, arguments.length, arguments[1].url);
  return emit.apply(this, arguments);
};

var b = http.createServer();
b.on('request', function (req, res) {
  console.log('b first', req.url, this === b, arguments.length);
  res.setHeader('X-First', '1');
});
b.on('request', function (req, res) {
  console.log('b second', req.url);
  res.end('b');
});

a.listen(0, '127.0.0.1', function () {
  b.listen(0, '127.0.0.1', function () {
    get(a, '/a', function () {
      get(b, '/b', function () {
        a.close();
        b.close();
      });
    });
  });
});
