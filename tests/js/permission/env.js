// --allow-env (Deno's flag; Node 20 has no environment permission): in
// permission mode without it, reading, writing or deleting any
// process.env entry throws ERR_ACCESS_DENIED (permission 'Environment',
// resource: the name), while muk's own modules still read what they need
// (os.homedir, console). With --allow-env (env-allowed.js) process.env
// works. Node has no such flag, so this output is muk's own.
'use strict';
var assert = require('assert');
var os = require('os');

function denied(what, f, name) {
  try {
    f();
  } catch (e) {
    assert.strictEqual(e.code, 'ERR_ACCESS_DENIED');
    assert.strictEqual(e.message, 'Access to this API has been restricted');
    assert.strictEqual(e.permission, 'Environment');
    assert.strictEqual(e.resource, name);
    console.log('denied', what);
    return;
  }
  assert.fail(what + ' was allowed');
}
denied('read', function () { return process.env.PATH; }, 'PATH');
denied('read of a name that is not set', function () { return process.env.MUK_NO_SUCH_VARIABLE; }, 'MUK_NO_SUCH_VARIABLE');
denied('write', function () { process.env.MUK_X = '1'; }, 'MUK_X');
denied('delete', function () { delete process.env.PATH; }, 'PATH');
denied('in', function () { return 'PATH' in process.env; }, 'PATH');
assert.strictEqual(process.permission.has('env'), false);
assert.strictEqual(typeof os.homedir(), 'string');
assert.strictEqual(typeof os.tmpdir(), 'string');
console.log('has(env) false; os and console still work');
