var path = require('path');
var a = require('../fixtures/mod/a');
console.log(a.name, a.fromB, a.loadedB);
console.log(require('../fixtures/mod/a') === a);
console.log(require('../fixtures/mod/data.json').answer, require('../fixtures/mod/data').list.length);
console.log(require('../fixtures/mod/dir'), require('../fixtures/mod/dir/'));
console.log(require('../fixtures/mod/shebang'));
process.chdir(path.join(__dirname, '..', 'fixtures'));
console.log(require('../fixtures/mod/sub/deep')());
console.log(require(path.join(__dirname, '../fixtures/mod/node_modules/idx')));
console.log(path.basename(__filename), path.basename(__dirname));
console.log(typeof module, typeof exports, module.exports === exports, typeof require.cache);
console.log(require.main === module, module.id);
console.log(path.relative(__dirname, require.resolve('../fixtures/mod/data')));
console.log(require.resolve('events'), require.resolve('node:path'));
console.log(require('node:events') === require('events'));
var key = require.resolve('../fixtures/mod/dir');
console.log(typeof require.cache[key], require.cache[key].loaded);
delete require.cache[key];
console.log(typeof require.cache[key]);
function attempt(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.code + ' | ' + e.message.split('\n')[0]); }
}
attempt(function () { require('../fixtures/mod/nope'); });
attempt(function () { require('no-such-package-xyz'); });
attempt(function () { require('node:nosuch'); });
attempt(function () { require(42); });
attempt(function () { require(''); });
attempt(function () { require('../fixtures/mod/throws'); });
attempt(function () { require('../fixtures/mod/throws'); });
try { require('../fixtures/mod/bad.json'); } catch (e) {
  console.log(e.name, e.message.indexOf(path.join(__dirname, '../fixtures/mod/bad.json') + ': ') === 0);
}
var nf;
try { require('../fixtures/mod/nope'); } catch (e) { nf = e; }
console.log(nf.requireStack.length, path.basename(nf.requireStack[0]));
