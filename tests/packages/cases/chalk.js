var chalk = require('chalk');
var c = new chalk.constructor({ enabled: true });
console.log(JSON.stringify(c.red('r')), JSON.stringify(c.red.bold.underline('x')), JSON.stringify(c.bgBlue.white('y')), chalk.stripColor(c.green('plain')));
console.log(typeof chalk.supportsColor, chalk.hasColor(c.blue('b')));
