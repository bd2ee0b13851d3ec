// The deprecated `constants` module: os.constants (dlopen, errno,
// priority, signals), fs.constants and crypto.constants in one object.
var c = require('constants');
var keys = Object.keys(c);
console.log(keys.length, c.O_RDONLY, c.ENOENT, c.SIGINT, c.S_IFMT, c.RTLD_LAZY, c.PRIORITY_LOW, c.OPENSSL_VERSION_NUMBER === require('crypto').constants.OPENSSL_VERSION_NUMBER);
console.log(keys.slice(0, 8).join(','));
console.log(keys.filter(function (k) { return require('os').constants.signals[k] === undefined && require('fs').constants[k] === undefined && require('os').constants.errno[k] === undefined && require('crypto').constants[k] === undefined; }).join(','));
