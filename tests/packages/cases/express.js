var express = require('express'), http = require('http');
var app = express();
app.use(express.json());
app.use(function (req, res, next) { res.set('X-Mw', 'yes'); next(); });
app.get('/', function (req, res) { res.send('hello express'); });
app.get('/users/:id', function (req, res) { res.json({ id: req.params.id, q: req.query }); });
app.post('/echo', function (req, res) { res.status(201).json(req.body); });
var router = express.Router();
router.get('/ping', function (req, res) { res.type('text').send('pong'); });
app.use('/api', router);
app.get('/boom', function () { throw new Error('kaboom'); });
app.use(function (err, req, res, next) { res.status(500).send('handled: ' + err.message); });
var server = app.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var reqs = [['GET', '/'], ['GET', '/users/7?x=1&y[z]=2'], ['POST', '/echo', '{"a":[1,2]}'], ['GET', '/api/ping'], ['GET', '/boom'], ['GET', '/missing']];
  (function next(i) {
    if (i === reqs.length) return server.close(function () { console.log('closed'); });
    var r = reqs[i];
    var req = http.request({ host: '127.0.0.1', port: port, method: r[0], path: r[1], headers: r[2] ? { 'content-type': 'application/json' } : {} }, function (res) {
      var body = '';
      res.setEncoding('utf8');
      res.on('data', function (d) { body += d; });
      res.on('end', function () {
        console.log(r[0], r[1], res.statusCode, res.headers['content-type'], res.headers['x-mw'], res.headers['x-powered-by'], body.replace(/<pre>[\s\S]*<\/pre>/, '<pre/>'));
        next(i + 1);
      });
    });
    req.end(r[2]);
  })(0);
});
