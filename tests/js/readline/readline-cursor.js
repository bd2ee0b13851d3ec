// readline's cursor helpers write their escape sequences to any stream;
// their argument checks; and Interface over a stream written by hand.
var readline = require('readline');
var out = [];
var sink = { write: function (s, cb) { out.push(JSON.stringify(s)); if (cb) process.nextTick(cb); return true; } };
console.log(readline.cursorTo(sink, 3), readline.cursorTo(sink, 3, 4), readline.cursorTo(sink));
readline.moveCursor(sink, 2, -3);
readline.moveCursor(sink, -1, 5);
readline.moveCursor(sink, 0, 0);
readline.clearLine(sink, -1);
readline.clearLine(sink, 1);
readline.clearLine(sink, 0);
readline.clearScreenDown(sink);
console.log(out.join(' '));
console.log(readline.cursorTo(null, 1), readline.moveCursor(undefined, 1, 1), readline.clearLine(null, 0));
try { readline.cursorTo(sink, 'a', 2); } catch (e) { console.log(e.name, e.code, e.message); }
try { readline.cursorTo(sink, NaN); } catch (e) { console.log(e.name, e.code); }
try { readline.clearLine(sink, 0, 5); } catch (e) { console.log(e.name, e.code); }
readline.clearScreenDown(sink, function (err) { console.log('cb', err); });

var EE = require('events');
var input = new EE();
input.pause = function () {}; input.resume = function () {};
var rl = readline.createInterface({ input: input, crlfDelay: 50 });
var lines = [];
rl.on('line', function (l) { lines.push(l); });
rl.on('pause', function () { lines.push('(pause)'); });
rl.on('resume', function () { lines.push('(resume)'); });
rl.on('close', function () { console.log('lines', JSON.stringify(lines), rl.closed); });
input.emit('data', 'a\r');
input.emit('data', '\nb\r\nc');
input.emit('data', 'd\n\ne');
rl.pause(); rl.resume();
rl.write('typed\n');
console.log(rl.terminal, rl.line, rl.cursor, rl.getPrompt(), rl.historySize, rl.crlfDelay);
input.emit('end');
try { readline.createInterface({ input: input, historySize: -1 }); } catch (e) { console.log(e.name, e.code); }
