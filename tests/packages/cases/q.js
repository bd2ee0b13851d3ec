var Q = require('q');
Q.fcall(function () { return 10; }).then(function (v) { return Q.all([v, Q.delay(5).then(function () { return 2; })]); })
  .spread(function (a, b) { console.log('spread', a + b); return Q.nfcall(function (x, cb) { cb(null, x * 3); }, 7); })
  .then(function (v) { console.log('nfcall', v); throw new Error('oops'); })
  .fail(function (e) { console.log('fail', e.message); }).fin(function () { console.log('fin'); }).done();
var d = Q.defer(); d.promise.then(function (v) { console.log('defer', v); }); d.resolve('ok');
