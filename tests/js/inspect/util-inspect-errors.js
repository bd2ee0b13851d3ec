// util.inspect of errors (stacks replaced with fixed text so output is deterministic)
var util = require('util');
function fixed(err, stack) {
  Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
  return err;
}
var e = fixed(new Error('boom'), 'Error: boom');
console.log(util.inspect(e));
console.log(util.inspect([e]), util.inspect({ e: e }));
var t = fixed(new TypeError('bad type'), 'TypeError: bad type\n    at somewhere (file.js:1:1)\n    at elsewhere (file.js:2:2)');
console.log(util.inspect(t));
console.log(util.inspect({ nested: { t: t } }));
var c = fixed(new RangeError('coded'), 'RangeError: coded');
c.code = 'E_RANGE';
c.info = { detail: 1 };
console.log(util.inspect(c));
var empty = fixed(new Error(''), 'Error');
console.log(util.inspect(empty));
function MyError(msg) {
  this.message = msg;
  fixed(this, 'MyError: ' + msg);
}
util.inherits(MyError, Error);
MyError.prototype.name = 'MyError';
console.log(util.inspect(new MyError('mine')));
function OtherError(msg) { this.message = msg; fixed(this, 'Error: ' + msg); }
util.inherits(OtherError, Error);
console.log(util.inspect(new OtherError('renamed')));
var withCause = fixed(new Error('outer'), 'Error: outer');
withCause.cause = 'inner reason';
console.log(util.inspect(withCause));
console.log(util.format('%s', e), util.format('%s', t).split('\n')[0]);
console.log(util.format('%s %O', 'x', e));
var ne = fixed(new Error('named'), 'Error: named');
ne.name = 'CustomName';
console.log(util.inspect(ne));
