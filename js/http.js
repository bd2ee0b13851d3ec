// http — Node 20's HTTP/1.1 server (the client is not written yet). The
// parsing, keep-alive, pipelining and the request timers live in the net
// service (services/net/net_http.c); this module and internal/http_* are
// the API over it. docs/http.md is the design.
'use strict';

var C = require('internal/http_common');
var S = require('internal/http_server');
var IN = require('internal/http_incoming');
var OUT = require('internal/http_outgoing');

function createServer(options, listener) {
  return new S.Server(options, listener);
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
  validateHeaderValue: C.validateHeaderValue
};
