// Run by permission_remote_test.py with --service fs=URL against a
// muk-serviced started with --allow-fs-read=DIR (argv[2]): the remote
// service decides, and a denial has Node's shape in all three forms.
'use strict';
var fs = require('fs');
var dir = process.argv[2], outside = process.argv[3];
function show(what, e) {
  console.log(what, e ? [e.code, e.message, e.permission, e.resource === outside ? 'OUTSIDE' : e.resource].join(' ') : 'ok');
}
console.log('inside', fs.readFileSync(dir + '/in.txt', 'utf8'));
try { fs.readFileSync(outside); show('sync'); } catch (e) { show('sync', e); }
console.log('has inside', process.permission.has('fs.read', dir + '/in.txt'));
console.log('has outside', process.permission.has('fs.read', outside));
fs.readFile(outside, function (e) {
  show('callback', e);
  fs.promises.readFile(outside).then(function () { show('promise'); }, function (e) { show('promise', e); });
});
