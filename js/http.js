// http — Node 20's HTTP/1.1 server and client. The parsing, keep-alive,
// pipelining and the request timers live in the net service
// (services/net/net_http.c for requests, net_hclient.c for responses); this
// module and internal/http_* are the API over it. docs/http.md is the
// design. The client's parts are required when first used.
'use strict';

var C = require('internal/http_common');
var S = require('internal/http_server');
var IN = require('internal/http_incoming');
var OUT = require('internal/http_outgoing');

function createServer(options, listener) {
  return new S.Server(options, listener);
}

function client() { return require('internal/http_client'); }
function agents() { return require('internal/http_agent'); }

function request(url, options, cb) {
  var CR = client().ClientRequest;
  return new CR(url, options, cb);
}

function get(url, options, cb) {
  var req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = {
  METHODS: C.METHODS.slice(),
  STATUS_CODES: C.STATUS_CODES,
  maxHeaderSize: 16384,
  Server: S.Server,
  IncomingMessage: IN.IncomingMessage,
  ServerResponse: OUT.ServerResponse,
  createServer: createServer,
  validateHeaderName: C.validateHeaderName,
  validateHeaderValue: C.validateHeaderValue,
  request: request,
  get: get
};
Object.defineProperty(module.exports, 'ClientRequest', {
  configurable: true, enumerable: true, get: function () { return client().ClientRequest; }
});
Object.defineProperty(module.exports, 'Agent', {
  configurable: true, enumerable: true, get: function () { return agents().Agent; }
});
Object.defineProperty(module.exports, 'globalAgent', {
  configurable: true, enumerable: true,
  get: function () { return agents().globalAgent; },
  set: function (v) { agents().globalAgent = v; }
});
