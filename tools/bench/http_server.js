// http_server.js — the http benchmark's server: the same ES5 script runs
// under muk, node and bun. Arguments: [mode] port (127.0.0.1, last).
//   hello (default)  "hello world" (Content-Length, keep-alive: the
//                    server's defaults)
//   json             a JSON body built per request with its Content-Type
//                    (TechEmpower's json test)
//   echo             the request's body streamed back (chunked)
var http = require('http');
var argv = process.argv;
var port = Number(argv[argv.length - 1]) || 8000;
var mode = argv.length > 3 ? argv[2] : 'hello';
var handlers = {
  hello: function (req, res) {
    res.end('hello world');
  },
  json: function (req, res) {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ message: 'Hello, World!' }));
  },
  echo: function (req, res) {
    req.pipe(res);
  }
};
http.createServer(handlers[mode]).listen(port, '127.0.0.1');
