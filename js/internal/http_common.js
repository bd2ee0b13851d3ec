// internal/http_common — what the http server's parts share: Node 20's
// METHODS and STATUS_CODES (printed by node 20, not typed), the header
// name/value checks and their errors, and the Date header's text.
'use strict';

var E = require('internal/errors');

var METHODS = ["ACL", "BIND", "CHECKOUT", "CONNECT", "COPY", "DELETE", "GET", "HEAD", "LINK", "LOCK", "M-SEARCH", "MERGE", "MKACTIVITY", "MKCALENDAR", "MKCOL", "MOVE", "NOTIFY", "OPTIONS", "PATCH", "POST", "PROPFIND", "PROPPATCH", "PURGE", "PUT", "QUERY", "REBIND", "REPORT", "SEARCH", "SOURCE", "SUBSCRIBE", "TRACE", "UNBIND", "UNLINK", "UNLOCK", "UNSUBSCRIBE"];

var STATUS_CODES = {
  100: "Continue",
  101: "Switching Protocols",
  102: "Processing",
  103: "Early Hints",
  200: "OK",
  201: "Created",
  202: "Accepted",
  203: "Non-Authoritative Information",
  204: "No Content",
  205: "Reset Content",
  206: "Partial Content",
  207: "Multi-Status",
  208: "Already Reported",
  226: "IM Used",
  300: "Multiple Choices",
  301: "Moved Permanently",
  302: "Found",
  303: "See Other",
  304: "Not Modified",
  305: "Use Proxy",
  307: "Temporary Redirect",
  308: "Permanent Redirect",
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  407: "Proxy Authentication Required",
  408: "Request Timeout",
  409: "Conflict",
  410: "Gone",
  411: "Length Required",
  412: "Precondition Failed",
  413: "Payload Too Large",
  414: "URI Too Long",
  415: "Unsupported Media Type",
  416: "Range Not Satisfiable",
  417: "Expectation Failed",
  418: "I'm a Teapot",
  421: "Misdirected Request",
  422: "Unprocessable Entity",
  423: "Locked",
  424: "Failed Dependency",
  425: "Too Early",
  426: "Upgrade Required",
  428: "Precondition Required",
  429: "Too Many Requests",
  431: "Request Header Fields Too Large",
  451: "Unavailable For Legal Reasons",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
  505: "HTTP Version Not Supported",
  506: "Variant Also Negotiates",
  507: "Insufficient Storage",
  508: "Loop Detected",
  509: "Bandwidth Limit Exceeded",
  510: "Not Extended",
  511: "Network Authentication Required"
};

// RFC 7230 token characters, as Node's checkIsHttpToken.
var tokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(s) { return tokenRe.test(s); }

// Anything but HTAB, visible ASCII and obs-text (Node's headerCharRegex).
var badCharRe = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(s) { return badCharRe.test(s); }

function validateHeaderName(name) {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name))
    throw E.makeError(TypeError, 'ERR_INVALID_HTTP_TOKEN', 'Header name must be a valid HTTP token ["' + name + '"]');
}

function validateHeaderValue(name, value) {
  if (value === undefined)
    throw E.makeError(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "' + value + '" for header "' + name + '"');
  if (checkInvalidHeaderChar(String(value)))
    throw E.makeError(TypeError, 'ERR_INVALID_CHAR', 'Invalid character in header content ["' + name + '"]');
}

function headersSent(action) {
  return E.makeError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot ' + action + ' headers after they are sent to the client');
}

// The Date header, RFC 7231's IMF-fixdate, remade at most once a second
// (as Node's utcDate).
var DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
var dateCache = '', dateSecond = -1;
function pad2(n) { return n < 10 ? '0' + n : '' + n; }
function utcDate() {
  var now = Date.now(), sec = Math.floor(now / 1000);
  if (sec !== dateSecond) {
    var d = new Date(sec * 1000);
    dateSecond = sec;
    dateCache = [DAYS[d.getUTCDay()], ', ', pad2(d.getUTCDate()), ' ', MONTHS[d.getUTCMonth()], ' ',
      d.getUTCFullYear(), ' ', pad2(d.getUTCHours()), ':', pad2(d.getUTCMinutes()), ':',
      pad2(d.getUTCSeconds()), ' GMT'].join('');
  }
  return dateCache;
}

module.exports = {
  METHODS: METHODS,
  STATUS_CODES: STATUS_CODES,
  checkIsHttpToken: checkIsHttpToken,
  checkInvalidHeaderChar: checkInvalidHeaderChar,
  validateHeaderName: validateHeaderName,
  validateHeaderValue: validateHeaderValue,
  headersSent: headersSent,
  utcDate: utcDate
};
