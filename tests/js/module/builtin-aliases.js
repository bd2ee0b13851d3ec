// The other names of built-in modules that old packages still require:
// _stream_* (the stream classes), sys (util, with DEP0025), assert/strict,
// path/posix, util/types — the same objects as Node gives, with and without
// the node: prefix.
'use strict';
var stream = require('stream');
console.log(require('_stream_readable') === stream.Readable, require('_stream_writable') === stream.Writable,
  require('_stream_duplex') === stream.Duplex, require('_stream_transform') === stream.Transform,
  require('_stream_passthrough') === stream.PassThrough);
console.log(require('assert/strict') === require('assert').strict, require('node:assert/strict') === require('assert').strict);
console.log(require('path/posix') === require('path').posix, require('util/types') === require('util').types);
process.on('warning', function (w) { console.log('warning', w.name, w.code, w.message); });
console.log(require('sys') === require('util'), require('node:sys') === require('util'));
var names = require('module').builtinModules;
['_stream_readable', 'sys', 'vm', 'punycode', 'assert/strict', 'path/posix', 'util/types'].forEach(function (n) {
  console.log(n, names.indexOf(n) >= 0);
});
