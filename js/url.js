'use strict';
// url: Node 20's url module. The WHATWG URL and URLSearchParams (also
// globals), domainToASCII/domainToUnicode, the file URL helpers,
// urlToHttpOptions, and the legacy url.parse/format/resolve (internal/url_legacy).

var whatwg = require('internal/url_whatwg');
var usp = require('internal/url_search_params');
var URL = whatwg.URL;
var legacy = require('internal/url_legacy');

function errors() { return require('internal/errors'); }

// Node answers through a "ws://x" URL's hostname setter: '' on failure.
function domainToASCII(domain) {
  if (arguments.length < 1) throw errors().missingArgs(['domain']);
  var host = require('internal/url_host').parseHost(usp.toUSV(domain), false);
  return host === null ? '' : host;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw errors().missingArgs(['domain']);
  var hostMod = require('internal/url_host');
  var host = hostMod.parseHost(usp.toUSV(domain), false);
  return host === null ? '' : hostMod.domainToUnicode(host);
}

// Node 20's isURL: duck-typed on href and protocol, not a legacy Url.
function isURL(v) {
  return v != null && Boolean(v.href) && Boolean(v.protocol) && v.auth === undefined && v.path === undefined;
}

function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw errors().invalidArgType('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') {
    throw errors().makeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  }
  if (path.hostname !== '') {
    throw errors().makeError(TypeError, 'ERR_INVALID_FILE_URL_HOST',
      'File URL host must be "localhost" or empty on linux');
  }
  var pathname = path.pathname;
  if (/%2f/i.test(pathname)) {
    throw errors().makeError(TypeError, 'ERR_INVALID_FILE_URL_PATH',
      'File URL path must not include encoded / characters');
  }
  return require('internal/url_encode').decodeURIComponentStrict(pathname);
}

// Characters a path may hold that the URL parser would take for syntax or
// drop: escaped before the path becomes a file URL.
var PATH_ESCAPES = { '%': '%25', '\\': '%5C', '\n': '%0A', '\r': '%0D', '\t': '%09' };

function pathToFileURL(filepath) {
  errors().validateString(filepath, 'path');
  var path = require('path');
  var resolved = path.resolve(filepath);
  if (filepath.charCodeAt(filepath.length - 1) === 47 && resolved.charAt(resolved.length - 1) !== '/') {
    resolved += '/';
  }
  resolved = resolved.replace(/[%\\\n\r\t]/g, function (c) { return PATH_ESCAPES[c]; });
  var url = new URL('file://');
  url.pathname = resolved;
  if (resolved.indexOf('?') !== -1 || resolved.indexOf('#') !== -1) {
    url.pathname = resolved.replace(/[?#]/g, function (c) { return c === '?' ? '%3F' : '%23'; });
  }
  return url;
}

function urlToHttpOptions(url) {
  var options = Object.create(null);
  var keys = Object.keys(url);
  for (var i = 0; i < keys.length; i++) options[keys[i]] = url[keys[i]];
  var hostname = url.hostname, pathname = url.pathname, search = url.search;
  options.protocol = url.protocol;
  options.hostname = hostname && hostname.charAt(0) === '[' ? hostname.slice(1, -1) : hostname;
  options.hash = url.hash;
  options.search = search;
  options.pathname = pathname;
  options.path = (pathname || '') + (search || '');
  options.href = url.href;
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = decodeURIComponent(url.username) + ':' + decodeURIComponent(url.password);
  }
  return options;
}

module.exports = {
  Url: legacy.Url,
  parse: legacy.parse,
  resolve: legacy.resolve,
  resolveObject: legacy.resolveObject,
  format: legacy.format,
  URL: URL,
  URLSearchParams: usp.URLSearchParams,
  domainToASCII: domainToASCII,
  domainToUnicode: domainToUnicode,
  pathToFileURL: pathToFileURL,
  fileURLToPath: fileURLToPath,
  urlToHttpOptions: urlToHttpOptions
};
