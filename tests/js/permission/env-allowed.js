// --allow-env lets the script read and write process.env in permission
// mode (Deno's flag; Node 20 has none), and process.permission.has('env')
// says so. Node has no such flag, so this output is muk's own.
'use strict';
var assert = require('assert');
assert.strictEqual(typeof process.env.PATH, 'string');
process.env.MUK_PERMISSION_TEST = 'yes';
assert.strictEqual(process.env.MUK_PERMISSION_TEST, 'yes');
assert.strictEqual(process.permission.has('env'), true);
assert.strictEqual(process.permission.has('child'), false);
console.log('process.env readable and writable, has(env) true');
