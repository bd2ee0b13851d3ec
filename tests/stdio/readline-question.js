// question() and readline/promises over a pipe; the rest of the lines as
// 'line' events; prompt() writes the prompt
var readline = require('readline');
var rlp = require('readline/promises');
var rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: false });
console.log('terminal', rl.terminal, rl.getPrompt());
rl.question('name? ', function (name) {
  console.log('\nhello', name);
  rl.close();
  var r2 = rlp.createInterface({ input: process.stdin, output: process.stdout });
  r2.question('age? ').then(function (age) {
    console.log('\nage', age);
    r2.setPrompt('>> ');
    r2.prompt();
    r2.on('line', function (l) { console.log('line', l); });
    r2.on('close', function () { console.log('closed'); });
  });
});
