// require('dns/promises') and 'node:dns/promises' are dns.promises.
var dns = require('dns');
var dp = require('dns/promises');
console.log(dp === dns.promises, require('node:dns/promises') === dp);
console.log(typeof dp.lookup);
dp.lookup('127.0.0.1').then(function (r) {
  console.log(r.address, r.family);
  return dp.lookup('::1', { all: true });
}).then(function (all) {
  console.log(JSON.stringify(all));
  return dp.lookup('nosuch.invalid');
}).catch(function (e) {
  console.log(e.code, e.syscall, e.hostname, e.message);
});
