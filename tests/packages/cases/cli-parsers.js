var optimist = require('optimist')(['--a', '1', '-bc', 'rest']);
var a = optimist.argv; delete a.$0; console.log(a);
var yargs = require('yargs')(['--name', 'x', '-v', '-v', 'cmd', '--no-flag']).count('v').boolean('flag');
var b = yargs.argv; delete b.$0; console.log(b);
