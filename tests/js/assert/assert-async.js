// assert.rejects / assert.doesNotReject: return promises, report like Node
var assert = require('assert');
function show(label, p) {
  return p.then(function (v) {
    console.log(label + ': resolved ' + v);
  }, function (e) {
    console.log(label + ': rejected ' + e.name + ' ' + e.code + ' ' + e.operator + ' ' +
      e.generatedMessage + ' ' + JSON.stringify(e.message));
  });
}
var steps = [
  ['rejects ok', function () { return assert.rejects(Promise.reject(new TypeError('t')), TypeError); }],
  ['rejects fn ok', function () { return assert.rejects(function () { return Promise.reject(new Error('x')); }, /x/); }],
  ['rejects missing', function () { return assert.rejects(Promise.resolve(1)); }],
  ['rejects missing msg', function () { return assert.rejects(Promise.resolve(1), Error, 'why'); }],
  ['rejects wrong class', function () { return assert.rejects(Promise.reject(new TypeError('t')), RangeError); }],
  ['rejects object', function () { return assert.rejects(Promise.reject(new Error('m')), { message: 'n' }); }],
  ['rejects bad arg', function () { return assert.rejects(5); }],
  ['rejects bad return', function () { return assert.rejects(function () { return 5; }); }],
  ['rejects thenable', function () { return assert.rejects({ then: function (a, b) { b(new Error('th')); }, catch: function () {} }); }],
  ['doesNotReject ok', function () { return assert.doesNotReject(Promise.resolve(1)); }],
  ['doesNotReject fail', function () { return assert.doesNotReject(Promise.reject(new Error('boom'))); }],
  ['doesNotReject fail msg', function () { return assert.doesNotReject(function () { return Promise.reject(new Error('boom')); }, 'note'); }],
  ['doesNotReject other class', function () { return assert.doesNotReject(Promise.reject(new TypeError('boom')), RangeError); }]
];
var i = 0;
function next() {
  if (i >= steps.length) { console.log('done'); return; }
  var s = steps[i++];
  var p = s[1]();
  console.log(s[0] + ': returns promise ' + (p instanceof Promise));
  show(s[0], p).then(next);
}
next();
