var Promise = require('bluebird');
Promise.map([1, 2, 3], function (x) { return Promise.delay(5).then(function () { return x * 2; }); }, { concurrency: 2 })
  .then(function (r) { console.log('map', r); return Promise.props({ a: 1, b: Promise.resolve(2) }); })
  .then(function (r) { console.log('props', r); return Promise.promisify(function (a, cb) { setTimeout(cb, 1, null, a + 1); })(1); })
  .then(function (r) { console.log('promisify', r); return Promise.reject(new TypeError('bad')); })
  .catch(TypeError, function (e) { console.log('caught', e.message); })
  .finally(function () { console.log('finally'); })
  .then(function () { return Promise.all([Promise.resolve(1).timeout(50), Promise.try(function () { return 'try'; })]); })
  .spread(function (a, b) { console.log('spread', a, b); });
