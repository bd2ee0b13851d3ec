// The toy service (tests/toy/service), reached through the generic path a
// script has to any service: require('muk') by service and op name.
var muk = require('muk');

muk.call('toy', 'greet', ['muk'], function (err, results) {
  console.log('greet:', err, results);
  muk.call('toy', 'greet', [42], function (err) {
    console.log('greet(42):', err.code, err.service + '.' + err.op);
    muk.call('toy', 'greet', [''], function (err) {
      console.log('greet(""):', err.code);
      muk.call('toy', 'wave', [], function (err) {
        console.log('wave:', err.code, err.message);
        muk.request('toy', 'greet', ['promise']).then(function (r) {
          console.log('request:', r.results[0]);
          var toy = muk.service('toy');
          toy.call('greet', ['handle'], function (err, results) {
            console.log('service handle:', results[0]);
          });
        });
      });
    });
  });
});
