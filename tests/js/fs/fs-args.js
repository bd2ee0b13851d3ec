// fs argument validation: wrong types throw synchronously (callback and
// Sync forms) or reject (promises), with Node's codes and messages.
var fs = require('fs');

function t(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
function noop() {}

t('readFile no cb', function () { fs.readFile('/x'); });
t('readFile cb string', function () { fs.readFile('/x', 'utf8'); });
t('stat no cb', function () { fs.stat('/x'); });
t('rename no cb', function () { fs.rename('/a', '/b'); });
t('readFileSync number path obj', function () { fs.readFileSync({}); });
t('statSync number', function () { fs.statSync(42); });
t('statSync null', function () { fs.statSync(null); });
t('statSync undefined', function () { fs.statSync(); });
t('stat bad path cb', function () { fs.stat(true, noop); });
t('openSync null byte', function () { fs.openSync('/tmp/a\u0000b'); });
t('openSync bad flags', function () { fs.openSync('/tmp/x', 'rw'); });
t('openSync flags type', function () { fs.openSync('/tmp/x', {}); });
t('closeSync string', function () { fs.closeSync('1'); });
t('closeSync negative', function () { fs.closeSync(-1); });
t('closeSync float', function () { fs.closeSync(1.5); });
t('fstatSync undefined', function () { fs.fstatSync(); });
t('renameSync dest', function () { fs.renameSync('/tmp/a', 3); });
t('copyFileSync src', function () { fs.copyFileSync(null, '/tmp/b'); });
t('writeFileSync data', function () { fs.writeFileSync('/tmp/never-written', 42); });
t('writeFileSync data obj', function () { fs.writeFileSync('/tmp/never-written', {}); });
t('mkdirSync recursive type', function () { fs.mkdirSync('/tmp/x', { recursive: 1 }); });
t('rmSync force type', function () { fs.rmSync('/tmp/x', { force: 'yes' }); });
t('readFileSync bad encoding', function () { fs.readFileSync('/tmp/x', 'bogus'); });
t('readFileSync options type', function () { fs.readFileSync('/tmp/x', 42); });
t('chownSync uid', function () { fs.chownSync('/tmp/x', 'a', 0); });
t('utimesSync atime', function () { fs.utimesSync('/tmp/x', {}, 0); });
t('accessSync mode', function () { fs.accessSync('/tmp', 'r'); });
t('accessSync mode range', function () { fs.accessSync('/tmp', 8); });
t('existsSync bad', function () { console.log(fs.existsSync({}), fs.existsSync(null)); });
t('exists no cb', function () { fs.exists('/tmp'); });

fs.promises.stat(42).then(function () { console.log('promise no reject'); }, function (e) {
  console.log('promises.stat rejects', e.name, e.code, e.message);
});
var r = fs.promises.mkdir({});
console.log('promises returns a promise', r instanceof Promise);
r.catch(function (e) { console.log('promises.mkdir rejects', e.code); });
