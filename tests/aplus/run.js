// Promises/A+ compliance driver (ES5):
//   muk tests/aplus/run.js <node_modules dir | bundle.js> [--verbose] [--timeout=MS] [--grep=TEXT]
// With a node_modules directory it reads promises-aplus-tests/lib/tests/*.js
// through fs; with a bundle (made by run_aplus.py) it needs no fs at all.
// Runs every suite file against the global Promise (adapter.js), with
// mocha_lite.js for describe/it and sinon_shim.js for `require("sinon")`.
'use strict';

var path = require('path');
var assert = require('assert');
var mocha = require('./mocha_lite');
var adapter = require('./adapter');
var sinon = require('./sinon_shim');

var globalObj = typeof global === 'object' ? global : (function () { return this; })();

var args = process.argv.slice(2);
var source = null;
var options = { timeout: 1000 };
for (var i = 0; i < args.length; i++) {
  var a = args[i];
  if (a === '--verbose') options.verbose = true;
  else if (a.indexOf('--timeout=') === 0) options.timeout = +a.slice(10);
  else if (a.indexOf('--grep=') === 0) options.grep = a.slice(7);
  else source = a;
}
if (!source) {
  console.log('usage: run.js <node_modules dir | bundle.js> [--verbose] [--timeout=MS]');
  process.exit(2);
}

// files: { 'tests/2.1.2.js': function (exports, require, module, __filename, __dirname) }
var files = {};
var order = [];
if (/\.js$/.test(source)) {
  var bundle = require(path.resolve(source));
  files = bundle.files;
  order = bundle.order;
} else {
  var fs = require('fs');
  var lib = path.join(path.resolve(source), 'promises-aplus-tests', 'lib');
  var add = function (rel) {
    var text = fs.readFileSync(path.join(lib, rel), 'utf8');
    files[rel] = new Function('exports', 'require', 'module', '__filename', '__dirname', text);
  };
  var names = fs.readdirSync(path.join(lib, 'tests')).sort();
  for (var n = 0; n < names.length; n++) {
    if (path.extname(names[n]) === '.js') {
      add('tests/' + names[n]);
      order.push('tests/' + names[n]);
    }
  }
  var helpers = fs.readdirSync(path.join(lib, 'tests', 'helpers'));
  for (var h = 0; h < helpers.length; h++) add('tests/helpers/' + helpers[h]);
}

var cache = {};
function load(key) {
  if (cache[key]) return cache[key].exports;
  if (!files[key]) throw new Error('aplus: no file ' + key);
  var module = { exports: {} };
  cache[key] = module;
  files[key].call(module.exports, module.exports, makeRequire(key), module, key, path.dirname(key));
  return module.exports;
}
function makeRequire(fromKey) {
  return function (id) {
    if (id === 'assert') return assert;
    if (id === 'sinon') return sinon;
    if (id.charAt(0) === '.') {
      var key = path.normalize(path.join(path.dirname(fromKey), id));
      if (!files[key] && files[key + '.js']) key += '.js';
      return load(key);
    }
    return require(id);
  };
}

var runner = new mocha.Runner(options);
runner.install(globalObj);
globalObj.adapter = adapter;
for (var f = 0; f < order.length; f++) {
  runner.current = runner.root;
  var suite = new mocha.Suite(order[f].replace(/^tests\//, ''), runner.root);
  suite.title = '';
  load(order[f]);
}
runner.run(function (failures) {
  delete globalObj.adapter;
  process.exitCode = failures > 0 ? 1 : 0;
  process.exit(failures > 0 ? 1 : 0);
});
