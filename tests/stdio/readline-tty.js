// readline on a terminal: line editing (arrows, Backspace, Ctrl-U), history
// with Up, 'history' events, Ctrl-D on an empty line closes. The lines go
// to stderr (a pipe).
var readline = require('readline');
var rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: '$ ' });
function say(s) { process.stderr.write(s + '\n'); }
say('terminal ' + rl.terminal + ' raw ' + process.stdin.isRaw);
rl.on('line', function (l) { say('line ' + JSON.stringify(l) + ' cursor ' + rl.cursor); rl.prompt(); });
rl.on('history', function (h) { say('history ' + JSON.stringify(h)); });
rl.on('close', function () { say('close raw ' + process.stdin.isRaw); });
rl.prompt();
say('ready');
