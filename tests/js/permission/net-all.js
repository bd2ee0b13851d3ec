// --allow-net without a list allows every host: process.permission.has
// says so and names resolve. Node has no such flag: this output is muk's.
'use strict';
var assert = require('assert');
assert.strictEqual(process.permission.has('net'), true);
assert.strictEqual(process.permission.has('net', 'example.com:443'), true);
require('dns').lookup('localhost', function (e, addr) {
  assert.ifError(e);
  console.log('lookup allowed', typeof addr);
});
