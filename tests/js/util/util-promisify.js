// util.promisify and util.callbackify
var util = require('util');
function add(a, b, cb) { cb(null, a + b); }
function fail(cb) { cb(new Error('failed')); }
function multi(cb) { cb(null, 'first', 'second'); }
var padd = util.promisify(add);
console.log(typeof padd, util.promisify(padd) === padd);
padd(2, 3).then(function (v) { console.log('sum', v); });
util.promisify(fail)().then(null, function (e) { console.log('rejected', e.message); });
util.promisify(multi)().then(function (v) { console.log('multi resolves first only', v); });
function withCustom() {}
withCustom[util.promisify.custom] = function () { return Promise.resolve('custom!'); };
console.log(util.promisify(withCustom) === withCustom[util.promisify.custom]);
util.promisify(withCustom)().then(function (v) { console.log(v); });
var obj = { base: 10, get: function (x, cb) { cb(null, this.base + x); } };
obj.pget = util.promisify(obj.get);
obj.pget(5).then(function (v) { console.log('this kept', v); });
try { util.promisify('nope'); } catch (e) { console.log(e.code + ' ' + e.message); }
try { util.promisify(); } catch (e) { console.log(e.code + ' ' + e.message); }
function asyncOk(x) { return Promise.resolve(x * 2); }
function asyncFail() { return Promise.reject(new Error('nope')); }
function asyncFalsy() { return Promise.reject(null); }
util.callbackify(asyncOk)(21, function (err, v) { console.log('callbackify ok', err, v); });
util.callbackify(asyncFail)(function (err, v) { console.log('callbackify err', err.message, v); });
util.callbackify(asyncFalsy)(function (err) { console.log('falsy', err.code, err.message, err.reason); });
try { util.callbackify(asyncOk)(1, 2); } catch (e) { console.log(e.code + ' ' + e.message); }
try { util.callbackify(5); } catch (e) { console.log(e.code + ' ' + e.message); }
console.log('sync end');
var sleep = util.promisify(setTimeout);
// the immediate first, then the timer (a 0-5 ms timer vs an immediate from
// the main module is a race in node too)
util.promisify(setImmediate)('imm').then(function (v) {
  console.log('immediate resolved', v);
  return sleep(5, 'slept');
}).then(function (v) { console.log('sleep resolved', v); });
function namedCb(cb) { cb(null, 1); }
console.log(util.inspect(util.promisify(namedCb)), util.inspect(util.callbackify(asyncOk)));
