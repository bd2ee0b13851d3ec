// http_server.js — the http benchmark's server: the same ES5 script runs
// under muk and node. argv[2] = port (127.0.0.1). Every request gets
// "hello world" (Content-Length, keep-alive: the server's defaults).
var http = require('http');
var port = Number(process.argv[2]) || 8000;
http.createServer(function (req, res) {
  res.end('hello world');
}).listen(port, '127.0.0.1');
