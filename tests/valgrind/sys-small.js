// Service calls, errors and a payload, small enough for valgrind.
var muk = require('muk');
muk.call('sys', 'echo', [1, 2.5, 'three'], 'payload', function (err, r, p) { console.log(err, r, p); });
muk.call('sys', 'add', [40, 2], function (err, r) { console.log(err, r); });
muk.call('sys', 'nosuch', [], function (err) { console.log(err.code); });
muk.call('nosvc', 'x', [], function (err) { console.log(err.code); });
muk.request('sys', 'fail', [-2]).catch(function (err) { console.log(err.code, err.errno); });
