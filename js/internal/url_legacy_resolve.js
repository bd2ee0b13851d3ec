'use strict';
// internal/url_legacy_resolve — Url.prototype.resolveObject of Node 20's
// legacy url API (RFC 1808-style resolution with Node's quirks), kept apart
// from the parser to keep each module small. internal/url_legacy passes in
// what it shares: the Url constructor, the protocol sets and helpers.

module.exports = function make(Url, SLASHED, HOSTLESS, has, setPath, splitAuthInHost) {
  function copyKeys(from, to, skip) {
    var keys = Object.keys(from);
    for (var i = 0; i < keys.length; i++) if (keys[i] !== skip) to[keys[i]] = from[keys[i]];
  }

  // The relative URL changes the protocol.
  function otherProtocol(result, relative) {
    if (!has(SLASHED, relative.protocol)) {
      copyKeys(relative, result);
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !has(HOSTLESS, relative.protocol)) {
      var relPath = (relative.pathname || '').split('/');
      while (relPath.length && !(relative.host = relPath.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      result.pathname = relPath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  // Drop '.' segments and fold '..' into their parents; how many '..'
  // climbed above the first segment.
  function removeDots(srcPath) {
    var up = 0;
    for (var i = srcPath.length - 1; i >= 0; i--) {
      var seg = srcPath[i];
      if (seg === '.') srcPath.splice(i, 1);
      else if (seg === '..') { srcPath.splice(i, 1); up++; }
      else if (up) { srcPath.splice(i, 1); up--; }
    }
    return up;
  }

  return function resolveObject(relative) {
    if (typeof relative === 'string') {
      var rel = new Url();
      rel.parse(relative, false, true);
      relative = rel;
    }
    var result = new Url();
    copyKeys(this, result);
    result.hash = relative.hash;   /* always the relative's, even for '' */

    if (relative.href === '') {
      result.href = result.format();
      return result;
    }

    // '//host/path' keeps only the protocol.
    if (relative.slashes && !relative.protocol) {
      copyKeys(relative, result, 'protocol');
      if (has(SLASHED, result.protocol) && result.hostname && !result.pathname) {
        result.path = result.pathname = '/';
      }
      result.href = result.format();
      return result;
    }

    if (relative.protocol && relative.protocol !== result.protocol) return otherProtocol(result, relative);

    var isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
    var isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
    var mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
    var removeAllDots = mustEndAbs;
    var srcPath = (result.pathname && result.pathname.split('/')) || [];
    var relPath = (relative.pathname && relative.pathname.split('/')) || [];
    var psychotic = result.protocol && !has(SLASHED, result.protocol);

    // Non-slashed protocols: '..' may climb into the host, so the host
    // becomes the first path segment until the end.
    if (psychotic) {
      result.hostname = '';
      result.port = null;
      if (result.host) {
        if (srcPath[0] === '') srcPath[0] = result.host;
        else srcPath.unshift(result.host);
      }
      result.host = '';
      if (relative.protocol) {
        relative.hostname = null;
        relative.port = null;
        if (relative.host) {
          if (relPath[0] === '') relPath[0] = relative.host;
          else relPath.unshift(relative.host);
        }
        relative.host = null;
      }
      mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
    }

    if (isRelAbs) {
      if (relative.host || relative.host === '') {
        if (result.host !== relative.host) result.auth = null;
        result.host = relative.host;
        result.port = relative.port;
      }
      if (relative.hostname || relative.hostname === '') {
        if (result.hostname !== relative.hostname) result.auth = null;
        result.hostname = relative.hostname;
      }
      result.search = relative.search;
      result.query = relative.query;
      srcPath = relPath;
    } else if (relPath.length) {
      srcPath.pop();
      srcPath = srcPath.concat(relPath);
      result.search = relative.search;
      result.query = relative.query;
    } else if (relative.search !== null && relative.search !== undefined) {
      // only a new search ('?foo')
      if (psychotic) {
        result.hostname = result.host = srcPath.shift();
        splitAuthInHost(result);
      }
      result.search = relative.search;
      result.query = relative.query;
      setPath(result);
      result.href = result.format();
      return result;
    }

    if (!srcPath.length) {
      result.pathname = null;
      result.path = result.search ? '/' + result.search : null;
      result.href = result.format();
      return result;
    }

    // A path that ends in '.' or '..' (or '') ends with a slash.
    var last = srcPath[srcPath.length - 1];
    var hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
      (last === '.' || last === '..')) || last === '';

    var up = removeDots(srcPath);
    if (!mustEndAbs && !removeAllDots) while (up--) srcPath.unshift('..');
    if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) srcPath.unshift('');
    if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');

    var isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');
    if (psychotic) {
      result.hostname = result.host = isAbsolute ? '' : (srcPath.length ? srcPath.shift() : '');
      splitAuthInHost(result);
    }
    mustEndAbs = mustEndAbs || (result.host && srcPath.length);
    if (mustEndAbs && !isAbsolute) srcPath.unshift('');

    if (srcPath.length > 0) {
      result.pathname = srcPath.join('/');
    } else {
      result.pathname = null;
      result.path = null;
    }
    setPath(result);
    result.auth = relative.auth || result.auth;
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  };
};
