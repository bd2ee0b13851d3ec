// internal/loader — CommonJS as Node 20 does it: built-ins (also as
// 'node:NAME'), relative/absolute files, .js/.json, directories with
// package.json "main" or index.js, node_modules lookup upward, the cache,
// cycles with partial exports, require.resolve and MODULE_NOT_FOUND.
'use strict';

var L = internalBinding('loader');
var P = internalBinding('process');
var path = require('path');
// bootstrap ran the main script before this module loaded: it shares the
// cache, the extensions table and Module.prototype (the main module's).
var shared = require('internal/boot_state');
var errors = {
  invalidArgType: function (a, b, c) { return require('internal/errors').invalidArgType(a, b, c); },
  makeError: function (a, b, c) { return require('internal/errors').makeError(a, b, c); }
};

var requireBuiltin = require;
var builtinSet = {};
L.builtinNames().forEach(function (n) { builtinSet[n] = true; });

function isBuiltin(name) {
  return builtinSet[name] === true;
}

// The object comes from the loader binding (bridge/loader.c), which also
// makes the main module when it runs without this file: one shape.
function Module(id, parent) {
  return L.newModule(id, path.dirname(id), parent);
}

Module._cache = shared.cache;
Module._extensions = shared.extensions;
Module.prototype = shared.proto;
delete Module.prototype.constructor; // bootstrap's lazy accessor
Object.defineProperty(Module.prototype, 'constructor', { value: Module, writable: true, configurable: true, enumerable: false });
Module.builtinModules = Object.keys(builtinSet);
Module.isBuiltin = function (name) {
  return isBuiltin(String(name).replace(/^node:/, ''));
};

function statKind(p) { return L.stat(p); } // 0 missing, 1 file, 2 dir

function tryFile(p) {
  return statKind(p) === 1 ? L.realpath(p) : false;
}

var extensions = ['.js', '.json'];
function tryExtensions(p) {
  for (var i = 0; i < extensions.length; i++) {
    var f = tryFile(p + extensions[i]);
    if (f) return f;
  }
  return false;
}

var packageCache = {};
function readPackageMain(dir) {
  var jsonPath = path.join(dir, 'package.json');
  if (Object.prototype.hasOwnProperty.call(packageCache, jsonPath)) return packageCache[jsonPath];
  var src = L.readFile(jsonPath), main;
  if (src !== undefined) {
    try {
      var pkg = JSON.parse(src);
      if (pkg && typeof pkg.main === 'string') main = pkg.main;
    } catch (e) {
      e.path = jsonPath;
      e.message = 'Error parsing ' + jsonPath + ': ' + e.message;
      throw e;
    }
  }
  packageCache[jsonPath] = main;
  return main;
}

function tryDirectory(dir) {
  var main = readPackageMain(dir);
  if (main) {
    var m = path.resolve(dir, main);
    var f = tryFile(m) || tryExtensions(m) || tryExtensions(path.join(m, 'index'));
    if (f) return f;
  }
  return tryExtensions(path.join(dir, 'index'));
}

function tryPath(p, trailingSlash) {
  var f;
  if (!trailingSlash) {
    f = tryFile(p) || tryExtensions(p);
    if (f) return f;
  }
  return tryDirectory(p);
}

function nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  var out = [];
  var parts = from.split('/');
  for (var i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    var dir = parts.slice(0, i).join('/');
    out.push((dir || '') + '/node_modules');
  }
  if (out[out.length - 1] !== '/node_modules') out.push('/node_modules');
  return out;
}
Module._nodeModulePaths = nodeModulePaths;

function requireStack(parent) {
  var stack = [];
  for (var m = parent; m && m.filename; m = m.parent) stack.push(m.filename);
  return stack;
}

function notFound(request, parent) {
  var stack = requireStack(parent);
  var msg = "Cannot find module '" + request + "'";
  if (stack.length) msg += '\nRequire stack:\n- ' + stack.join('\n- ');
  var err = new Error(msg);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = stack;
  return err;
}

Module._resolveFilename = function (request, parent) {
  if (request.slice(0, 5) === 'node:') {
    var bare = request.slice(5);
    if (isBuiltin(bare)) return request;
    throw errors.makeError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: ' + request);
  }
  if (isBuiltin(request)) return request;
  var base = parent && parent.filename ? path.dirname(parent.filename) : P.cwd();
  var trailingSlash = request.length > 0 && request.charAt(request.length - 1) === '/';
  var f;
  if (request.charAt(0) === '/' || request.slice(0, 2) === './' || request.slice(0, 3) === '../' ||
      request === '.' || request === '..') {
    f = tryPath(path.resolve(base, request), trailingSlash);
  } else {
    var dirs = parent && parent.paths && parent.paths.length ? parent.paths : nodeModulePaths(base);
    for (var i = 0; i < dirs.length && !f; i++) f = tryPath(path.join(dirs[i], request), trailingSlash);
  }
  if (!f) throw notFound(request, parent);
  return f;
};

Module._load = function (request, parent) {
  var filename = Module._resolveFilename(request, parent);
  if (filename.slice(0, 5) === 'node:') return requireBuiltin(filename.slice(5));
  if (isBuiltin(filename)) return requireBuiltin(filename);
  var cached = Module._cache[filename];
  if (cached) {
    if (parent && parent.children && parent.children.indexOf(cached) === -1) parent.children.push(cached);
    return cached.exports;
  }
  var module = new Module(filename, parent);
  Module._cache[filename] = module;
  var ok = false;
  try {
    module.load(filename);
    ok = true;
  } finally {
    if (!ok) delete Module._cache[filename];
  }
  return module.exports;
};

Module.prototype.load = function (filename) {
  this.filename = filename;
  this.paths = nodeModulePaths(path.dirname(filename));
  var ext = path.extname(filename);
  var handler = Module._extensions[ext] || Module._extensions['.js'];
  handler(this, filename);
  this.loaded = true;
};

Module.prototype.require = function (id) {
  if (typeof id !== 'string') throw errors.invalidArgType('id', 'string', id);
  if (id === '') {
    throw errors.makeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The argument 'id' must be a non-empty string. Received ''");
  }
  return Module._load(id, this);
};

function makeRequire(module) {
  var require = function require(id) { return module.require(id); };
  require.resolve = function resolve(request) {
    if (typeof request !== 'string') throw errors.invalidArgType('request', 'string', request);
    return Module._resolveFilename(request, module);
  };
  require.resolve.paths = function (request) {
    if (isBuiltin(request.replace(/^node:/, ''))) return null;
    return nodeModulePaths(module.filename ? path.dirname(module.filename) : P.cwd());
  };
  require.cache = Module._cache;
  require.main = shared.main;
  require.extensions = Module._extensions;
  return require;
}

Module.prototype._compile = function (content, filename) {
  var fn = L.compile(content, filename);
  var require = makeRequire(this);
  return fn.call(this.exports, this.exports, require, this, filename, path.dirname(filename), undefined);
};

Module._extensions['.js'] = function (module, filename) {
  var content = L.readFile(filename);
  if (content === undefined) throw notFound(filename, module.parent);
  module._compile(content, filename);
};

Module._extensions['.json'] = function (module, filename) {
  var content = L.readFile(filename);
  if (content === undefined) throw notFound(filename, module.parent);
  try {
    module.exports = JSON.parse(content);
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

Module.Module = Module;
Module.createRequire = function (filename) {
  var m = new Module(filename, null);
  m.filename = filename;
  m.paths = nodeModulePaths(path.dirname(filename));
  return makeRequire(m);
};

module.exports = {
  Module: Module,
  makeRequire: makeRequire,
  runMain: function (file) {
    var filename = Module._resolveFilename(path.resolve(file), null);
    var module = new Module(filename, null);
    module.id = '.';
    shared.main = module;
    process.mainModule = module;
    Module._cache[filename] = module;
    module.load(filename);
  },
  runEval: function (code) {
    var module = new Module('[eval]', null);
    module.filename = path.join(P.cwd(), '[eval]');
    module.paths = nodeModulePaths(P.cwd());
    var g = (function () { return this; })() || Function('return this')();
    g.require = makeRequire(module);
    g.module = module;
    g.exports = module.exports;
    g.__filename = '[eval]';
    g.__dirname = '.';
    L.runScript(code, '[eval]');
  }
};
