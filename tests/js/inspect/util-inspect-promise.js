// util.inspect of promises in each state
var util = require('util');
var pending = new Promise(function () {});
var fulfilled = Promise.resolve(42);
var rejected = Promise.reject('no');
rejected.catch(function () {});
console.log(util.inspect(pending), util.inspect(fulfilled), util.inspect(rejected));
console.log(util.inspect({ p: Promise.resolve({ a: [1, 2] }) }));
console.log(util.inspect(Promise.resolve(Promise.resolve('x').then(function (v) { return v; }))));
var later = new Promise(function (resolve) { setTimeout(function () { resolve('done'); }, 1); });
later.then(function () { console.log('after settle', util.inspect(later)); });
console.log(util.inspect([fulfilled, pending]));
