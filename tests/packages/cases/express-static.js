// express 4 beyond routing: express.static (ETag and Last-Modified
// revalidation, ranges, HEAD, 404, a directory redirect), urlencoded bodies,
// cookies (cookie-parser, signed), res.redirect/res.cookie/res.format, and
// morgan's log lines.
var express = require('express'), http = require('http'), fs = require('fs'), path = require('path'), os = require('os');
var cookieParser = require('cookie-parser'), morgan = require('morgan');
var root = fs.mkdtempSync(path.join(os.tmpdir(), 'muk-express-'));
fs.writeFileSync(path.join(root, 'a.txt'), 'hello static world\n');
fs.mkdirSync(path.join(root, 'sub'));
fs.writeFileSync(path.join(root, 'sub', 'index.html'), '<p>index</p>');
var mtime = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
fs.utimesSync(path.join(root, 'a.txt'), mtime, mtime);
fs.utimesSync(path.join(root, 'sub', 'index.html'), mtime, mtime);
var logs = [];
var app = express();
app.set('env', 'production'); // error pages without stacks (mujs records no columns)
app.use(morgan(':method :url :status :res[content-length] - :req[x-test]', { stream: { write: function (l) { logs.push(l.trim()); } } }));
app.use(cookieParser('s3cret'));
app.use(express.urlencoded({ extended: true }));
app.use('/files', express.static(root));
app.post('/form', function (req, res) { res.json({ body: req.body, cookies: req.cookies, signed: req.signedCookies }); });
app.get('/set', function (req, res) { res.cookie('plain', 'v1', { path: '/' }); res.cookie('sig', 'v2', { signed: true }); res.redirect(302, '/files/a.txt'); });
app.get('/fmt', function (req, res) { res.format({ 'text/plain': function () { res.send('text'); }, 'application/json': function () { res.json({ j: 1 }); } }); });
var server = app.listen(0, '127.0.0.1', function () {
  var port = server.address().port, etag;
  var steps = [
    ['GET', '/files/a.txt', {}],
    ['GET', '/files/a.txt', function () { return { 'if-none-match': etag }; }],
    ['GET', '/files/a.txt', { 'if-modified-since': 'Tue, 02 Jan 2024 03:04:05 GMT' }],
    ['GET', '/files/a.txt', { 'if-modified-since': 'Mon, 01 Jan 2024 00:00:00 GMT' }],
    ['GET', '/files/a.txt', { range: 'bytes=6-11' }],
    ['GET', '/files/a.txt', { range: 'bytes=100-200' }],
    ['HEAD', '/files/a.txt', {}],
    ['GET', '/files/sub', {}],
    ['GET', '/files/sub/', {}],
    ['GET', '/files/nope.txt', {}],
    ['GET', '/set', {}],
    ['POST', '/form', { 'content-type': 'application/x-www-form-urlencoded', cookie: 'plain=v1; sig=' + encodeURIComponent('s:' + require('cookie-signature').sign('v2', 's3cret')) + '; bad=' + encodeURIComponent('s:v3.forged'), 'x-test': 'yes' }, 'a=1&b[c]=2&b[d]=x%20y'],
    ['GET', '/fmt', { accept: 'application/json' }],
    ['GET', '/fmt', { accept: 'image/png' }]
  ];
  (function next(i) {
    if (i === steps.length) {
      return server.close(function () {
        console.log(logs.join('\n'));
        fs.rmSync(root, { recursive: true });
      });
    }
    var st = steps[i], headers = typeof st[2] === 'function' ? st[2]() : st[2];
    var req = http.request({ host: '127.0.0.1', port: port, method: st[0], path: st[1], headers: headers }, function (res) {
      var body = '';
      res.setEncoding('utf8');
      res.on('data', function (d) { body += d; });
      res.on('end', function () {
        if (i === 0) etag = res.headers.etag;
        var h = res.headers;
        console.log(st[0], st[1], res.statusCode, [h['content-type'], h['content-length'], h['content-range'], h['last-modified'], h.location,
          h['accept-ranges'], h['cache-control'], (h['set-cookie'] || []).join(' ; '), typeof h.etag].join(' | '), JSON.stringify(body.slice(0, 80)));
        next(i + 1);
      });
    });
    req.end(st[3]);
  })(0);
});
