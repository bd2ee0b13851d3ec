process.env.DEBUG = 'app:*';
var debug = require('debug');
debug.useColors = function () { return false; };
var log = debug('app:main'), other = debug('other');
log.log = function () { console.log('LOG ' + require('util').format.apply(null, arguments).replace(/ \+\d+m?s$/, '').replace(/^\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT /, '<toUTCString> ')); };
log('hello %s %d', 'world', 42);
console.log(log.enabled, other.enabled, debug.enabled('app:x'), debug.enabled('nope'));
