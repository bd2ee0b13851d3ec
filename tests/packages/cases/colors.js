var colors = require('colors/safe');
colors.enable();
console.log(JSON.stringify(colors.green('ok')), JSON.stringify(colors.bold.red('x')), colors.strip(colors.rainbow('abc')));
require('colors');
colors.enable();
console.log(JSON.stringify('hey'.yellow), JSON.stringify('u'.underline.blue));
