'use strict';
// path: Node 20's POSIX path module in ES5.
// path.win32 is an alias of path.posix here (muk runs on POSIX only);
// path.matchesGlob (experimental in Node 20) is not provided.

// internal/errors loads on the first bad argument (path loads with the
// module loader, so it stays off the startup path).
function validateString(value, name) {
  if (typeof value !== 'string') require('internal/errors').validateString(value, name);
}
function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    require('internal/errors').validateObject(value, name);
  }
}

var SLASH = 47; /* '/' */
var DOT = 46;   /* '.' */

// Resolves '.' and '..' segments; the result has no leading or trailing
// slash. Same results as Node's normalizeString(), built with an array.
function normalizeString(path, allowAboveRoot) {
  var parts = path.split('/');
  var out = [];
  for (var i = 0; i < parts.length; i++) {
    var seg = parts[i];
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else {
      out.push(seg);
    }
  }
  return out.join('/');
}

function posixCwd() {
  return process.cwd();
}

var posix = {};

posix.resolve = function resolve() {
  var parts = [];
  var resolvedAbsolute = false;
  for (var i = arguments.length - 1; i >= 0 && !resolvedAbsolute; i--) {
    var path = arguments[i];
    validateString(path, 'paths[' + i + ']');
    if (path.length === 0) continue;
    parts.push(path);
    resolvedAbsolute = path.charCodeAt(0) === SLASH;
  }
  if (!resolvedAbsolute) {
    var cwd = posixCwd();
    parts.push(cwd);
    resolvedAbsolute = cwd.charCodeAt(0) === SLASH;
  }
  parts.reverse();
  var resolvedPath = normalizeString(parts.join('/'), !resolvedAbsolute);
  if (resolvedAbsolute) return '/' + resolvedPath;
  return resolvedPath.length > 0 ? resolvedPath : '.';
};

posix.normalize = function normalize(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  var isAbsolute = path.charCodeAt(0) === SLASH;
  var trailingSeparator = path.charCodeAt(path.length - 1) === SLASH;
  path = normalizeString(path, !isAbsolute);
  if (path.length === 0) {
    if (isAbsolute) return '/';
    return trailingSeparator ? './' : '.';
  }
  if (trailingSeparator) path += '/';
  return isAbsolute ? '/' + path : path;
};

posix.isAbsolute = function isAbsolute(path) {
  validateString(path, 'path');
  return path.length > 0 && path.charCodeAt(0) === SLASH;
};

posix.join = function join() {
  if (arguments.length === 0) return '.';
  var path = [];
  for (var i = 0; i < arguments.length; ++i) {
    var arg = arguments[i];
    validateString(arg, 'path');
    if (arg.length > 0) path.push(arg);
  }
  if (path.length === 0) return '.';
  return posix.normalize(path.join('/'));
};

posix.relative = function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  from = posix.resolve(from);
  to = posix.resolve(to);
  if (from === to) return '';

  var fromStart = 1;
  var fromEnd = from.length;
  var fromLen = fromEnd - fromStart;
  var toStart = 1;
  var toLen = to.length - toStart;
  var length = (fromLen < toLen ? fromLen : toLen);
  var lastCommonSep = -1;
  var i = 0;
  for (; i < length; i++) {
    var fromCode = from.charCodeAt(fromStart + i);
    if (fromCode !== to.charCodeAt(toStart + i)) break;
    else if (fromCode === SLASH) lastCommonSep = i;
  }
  if (i === length) {
    if (toLen > length) {
      if (to.charCodeAt(toStart + i) === SLASH) {
        return to.slice(toStart + i + 1);
      }
      if (i === 0) return to.slice(toStart + i);
    } else if (fromLen > length) {
      if (from.charCodeAt(fromStart + i) === SLASH) lastCommonSep = i;
      else if (i === 0) lastCommonSep = 0;
    }
  }
  var out = [];
  for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
    if (i === fromEnd || from.charCodeAt(i) === SLASH) out.push('..');
  }
  return out.join('/') + to.slice(toStart + lastCommonSep);
};

posix.toNamespacedPath = function toNamespacedPath(path) {
  return path;
};

posix.dirname = function dirname(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  var hasRoot = path.charCodeAt(0) === SLASH;
  var end = -1;
  var matchedSlash = true;
  for (var i = path.length - 1; i >= 1; --i) {
    if (path.charCodeAt(i) === SLASH) {
      if (!matchedSlash) {
        end = i;
        break;
      }
    } else {
      matchedSlash = false;
    }
  }
  if (end === -1) return hasRoot ? '/' : '.';
  if (hasRoot && end === 1) return '//';
  return path.slice(0, end);
};

posix.basename = function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  var start = 0;
  var end = -1;
  var matchedSlash = true;
  var i;

  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    var extIdx = suffix.length - 1;
    var firstNonSlashEnd = -1;
    for (i = path.length - 1; i >= 0; --i) {
      var code = path.charCodeAt(i);
      if (code === SLASH) {
        if (!matchedSlash) {
          start = i + 1;
          break;
        }
      } else {
        if (firstNonSlashEnd === -1) {
          matchedSlash = false;
          firstNonSlashEnd = i + 1;
        }
        if (extIdx >= 0) {
          if (code === suffix.charCodeAt(extIdx)) {
            if (--extIdx === -1) end = i;
          } else {
            extIdx = -1;
            end = firstNonSlashEnd;
          }
        }
      }
    }
    if (start === end) end = firstNonSlashEnd;
    else if (end === -1) end = path.length;
    return path.slice(start, end);
  }
  for (i = path.length - 1; i >= 0; --i) {
    if (path.charCodeAt(i) === SLASH) {
      if (!matchedSlash) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
  }
  if (end === -1) return '';
  return path.slice(start, end);
};

posix.extname = function extname(path) {
  validateString(path, 'path');
  var startDot = -1;
  var startPart = 0;
  var end = -1;
  var matchedSlash = true;
  var preDotState = 0;
  for (var i = path.length - 1; i >= 0; --i) {
    var code = path.charCodeAt(i);
    if (code === SLASH) {
      if (!matchedSlash) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
    if (code === DOT) {
      if (startDot === -1) startDot = i;
      else if (preDotState !== 1) preDotState = 1;
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  if (startDot === -1 || end === -1 || preDotState === 0 ||
      (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1)) {
    return '';
  }
  return path.slice(startDot, end);
};

function formatExt(ext) {
  return ext ? (ext.charAt(0) === '.' ? '' : '.') + ext : '';
}

posix.format = function format(pathObject) {
  validateObject(pathObject, 'pathObject');
  var dir = pathObject.dir || pathObject.root;
  var base = pathObject.base || ((pathObject.name || '') + formatExt(pathObject.ext));
  if (!dir) return base;
  return dir === pathObject.root ? dir + base : dir + '/' + base;
};

posix.parse = function parse(path) {
  validateString(path, 'path');
  var ret = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return ret;
  var isAbsolute = path.charCodeAt(0) === SLASH;
  var start;
  if (isAbsolute) {
    ret.root = '/';
    start = 1;
  } else {
    start = 0;
  }
  var startDot = -1;
  var startPart = 0;
  var end = -1;
  var matchedSlash = true;
  var i = path.length - 1;
  var preDotState = 0;
  for (; i >= start; --i) {
    var code = path.charCodeAt(i);
    if (code === SLASH) {
      if (!matchedSlash) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
    if (code === DOT) {
      if (startDot === -1) startDot = i;
      else if (preDotState !== 1) preDotState = 1;
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  if (end !== -1) {
    var s = startPart === 0 && isAbsolute ? 1 : startPart;
    if (startDot === -1 || preDotState === 0 ||
        (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1)) {
      ret.base = ret.name = path.slice(s, end);
    } else {
      ret.name = path.slice(s, startDot);
      ret.base = path.slice(s, end);
      ret.ext = path.slice(startDot, end);
    }
  }
  if (startPart > 0) ret.dir = path.slice(0, startPart - 1);
  else if (isAbsolute) ret.dir = '/';
  return ret;
};

posix.sep = '/';
posix.delimiter = ':';
posix.win32 = posix;   // muk has no win32 flavour: an alias (documented difference)
posix.posix = posix;
posix._makeLong = posix.toNamespacedPath;

module.exports = posix;
