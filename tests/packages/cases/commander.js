var program = require('commander');
program.version('0.1.0').option('-p, --peppers', 'Add peppers').option('-c, --cheese [type]', 'cheese type', 'marble')
  .option('-n, --number <n>', 'a number', parseInt).parse(['node', 'x', '-p', '-n', '42', 'extra']);
console.log(program.peppers, program.cheese, program.number, program.args);
console.log(program.helpInformation().split('\n').filter(Boolean).slice(0, 4).join('|'));
