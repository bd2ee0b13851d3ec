var async = require('async');
async.waterfall([
  function (cb) { setTimeout(function () { cb(null, 1); }, 5); },
  function (a, cb) { cb(null, a + 1); }
], function (err, r) {
  console.log('waterfall', err, r);
  async.mapLimit([3, 1, 2], 2, function (x, cb) { setTimeout(function () { cb(null, x * 10); }, x); }, function (err, rs) {
    console.log('mapLimit', err, rs);
    async.parallel({ a: function (cb) { cb(null, 'A'); }, b: function (cb) { setImmediate(cb, null, 'B'); } }, function (err, r) {
      console.log('parallel', err, r);
      async.series([function (cb) { cb(new Error('stop')); }, function (cb) { cb(null, 'never'); }], function (err, r) {
        console.log('series', err.message, r);
      });
    });
  });
});
