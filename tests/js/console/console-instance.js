// new console.Console over custom streams
var lines = [];
var errs = [];
var EventEmitter = require('events');
var out = new EventEmitter();
out.write = function (s) { lines.push(s); return true; };
var err = new EventEmitter();
err.write = function (s) { errs.push(s); return true; };
var c = new console.Console(out, err);
c.log('hello %s', 'world');
c.error('bad', 1);
c.group('g');
c.warn('indented warn');
c.groupEnd();
c.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.log(JSON.stringify(lines));
console.log(JSON.stringify(errs));
var c2 = new console.Console({ stdout: out, groupIndentation: 4 });
lines.length = 0;
c2.group();
c2.log('four');
c2.error('err to stdout when no stderr');
console.log(JSON.stringify(lines));
try { new console.Console(); } catch (e) { console.log(e.code + ' ' + e.message); }
try { new console.Console({ stdout: {} }); } catch (e) { console.log(e.code + ' ' + e.message); }
lines.length = 0;
var c3 = new console.Console({ stdout: out, colorMode: true });
c3.log({ n: 1, s: 'x' }, 2, 'plain');
var c4 = new console.Console({ stdout: out, colorMode: false, inspectOptions: { depth: 0 } });
c4.log({ a: { b: 1 } });
var c5 = new console.Console({ stdout: out, inspectOptions: { breakLength: 10 } });
c5.log({ aa: 1, bb: 2 });
console.log(JSON.stringify(lines));
try { new console.Console({ stdout: out, colorMode: 'yes' }); } catch (e) { console.log(e.code + ' ' + e.message); }
