// http's module surface without a connection: METHODS, STATUS_CODES,
// maxHeaderSize, the header checks and their errors, and ServerResponse's
// header API and head (as node builds it) on a response made by hand.
'use strict';
var http = require('http');

function tryIt(label, fn) {
  try {
    var r = fn();
    console.log(label, 'ok', JSON.stringify(r));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

console.log(http.METHODS.length, http.METHODS.join(','));
console.log(Object.keys(http.STATUS_CODES).length, http.STATUS_CODES[418], http.STATUS_CODES[431]);
console.log(http.maxHeaderSize, typeof http.createServer, typeof http.Server, typeof http.IncomingMessage);
tryIt('name ok', function () { return http.validateHeaderName('X-Good_1'); });
tryIt('name space', function () { http.validateHeaderName('a b'); });
tryIt('name empty', function () { http.validateHeaderName(''); });
tryIt('name number', function () { http.validateHeaderName(5); });
tryIt('value undefined', function () { http.validateHeaderValue('x', undefined); });
tryIt('value newline', function () { http.validateHeaderValue('x', 'a\r\nb'); });
tryIt('value latin1', function () { return http.validateHeaderValue('x', 'caf\u00e9'); });
tryIt('value number', function () { return http.validateHeaderValue('x', 5); });

var req = { method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} };
var res = new http.ServerResponse(req);
console.log(res.statusCode, res.statusMessage, res.headersSent, res.sendDate, res.finished);
res.setHeader('Content-Type', 'text/plain');
res.setHeader('X-List', ['a', 'b']);
res.appendHeader('x-list', 'c');
res.appendHeader('X-New', 'n');
console.log(JSON.stringify(res.getHeaders()), JSON.stringify(res.getHeaderNames()),
  JSON.stringify(res.getRawHeaderNames()));
console.log(res.getHeader('content-type'), res.hasHeader('X-LIST'), res.hasHeader('nope'));
res.removeHeader('x-new');
console.log(JSON.stringify(res.getHeaderNames()));
tryIt('setHeader bad', function () { res.setHeader('bad name', 'x'); });
tryIt('setHeader bad value', function () { res.setHeader('x', 'a\nb'); });
tryIt('getHeader number', function () { res.getHeader(1); });
tryIt('status 99', function () { res.writeHead(99); });
tryIt('status 1000', function () { res.writeHead('1000'); });
tryIt('status bad message', function () { res.writeHead(200, 'a\nb'); });
tryIt('writeHead odd array', function () { res.writeHead(200, ['a']); });
console.log(res.headersSent);
res.statusMessage = undefined; // the bad one above stayed (as in node)
res.writeHead(202, { 'X-Extra': 1 });
console.log(res.headersSent, res.statusCode, res.statusMessage);
console.log(JSON.stringify(res._header.replace(/Date: [^\r]*/, 'Date: -')));
tryIt('set after', function () { res.setHeader('a', 'b'); });
tryIt('remove after', function () { res.removeHeader('a'); });
tryIt('append after', function () { res.appendHeader('a', 'b'); });
tryIt('writeHead after', function () { res.writeHead(200); });

var res10 = new http.ServerResponse({ method: 'HEAD', httpVersionMajor: 1, httpVersionMinor: 0, headers: {} });
res10.writeHead(200, 'Fine', [['X-A', '1'], ['X-B', ['2', '3']]]);
console.log(JSON.stringify(res10._header.replace(/Date: [^\r]*/, 'Date: -')), res10.shouldKeepAlive);
var resc = new http.ServerResponse(req);
resc.setHeader('Cookie', ['a=1', 'b=2']);
resc.sendDate = false;
resc.writeHead(200, { 'Content-Length': 0 });
console.log(JSON.stringify(resc._header));
