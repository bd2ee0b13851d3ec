// Without --experimental-permission or an --allow-* flag nothing is
// restricted and process.permission is undefined, as in node 20.
'use strict';
var fs = require('fs');
console.log(typeof process.permission);
console.log(typeof process.env.PATH);
console.log(fs.statSync('/').isDirectory());
