// Characters above U+FFFF: one internal form (a surrogate pair) whatever
// made the string — source text, escapes, fromCharCode, UTF-8 from a file,
// a Buffer, a directory listing — as in node (patches 0029, 0030).
var util = require('util');
var fs = require('fs');
var E = '😀', P = '\ud83d\ude00';
function show(name, v) { console.log(name + ': ' + JSON.stringify(v)); }
show('literal === escape', E === P);
show('concat halves', ('\ud83d' + '\ude00') === E);
show('fromCharCode', String.fromCharCode(0xd83d, 0xde00) === E);
show('length', [E.length, P.length, ('a' + E + 'b').length]);
show('charCodeAt', [E.charCodeAt(0), E.charCodeAt(1), P.charCodeAt(0)]);
show('compare', [E < '\uffff', P < '\uffff', E > '\ue000', 'a😀' < 'a\uffff']);
show('sort', ['\uffff', E, '\ue000', 'z'].sort().map(function (s) { return s.charCodeAt(0); }));
show('slice', [E.slice(0, 1) === '\ud83d', E.slice(1) === '\ude00', ('x' + E).slice(1) === P]);
show('split', E.split('').length);
show('indexOf', ['a😀b'.indexOf(P), ('a' + P + 'b').indexOf(E), 'a😀b'.indexOf('\ude00')]);
show('regexp literal', [/😀/.test('a' + P), /^.$/.test(E), /^..$/.test(E), /[😀]/.test('\ud83d')]);
show('regexp ctor', [new RegExp(P).test(E), new RegExp(E).test(P)]);
show('replace', ['a😀b'.replace(/😀/, 'x'), ('a' + P + 'b').replace(E, 'y'), 'a😀b'.replace(P, 'z')]);
show('JSON', [JSON.stringify(E), JSON.stringify(P), JSON.parse('"\\ud83d\\ude00"') === E, JSON.parse('"😀"') === P]);
show('URI', [encodeURIComponent(E), encodeURIComponent(P), decodeURIComponent('%F0%9F%98%80') === E, decodeURIComponent('%F0%9F%98%80') === P]);
show('Buffer', [Buffer.from(E).toString('hex'), Buffer.from(P).toString('hex'), Buffer.from('f09f9880', 'hex').toString() === E, Buffer.from(E, 'utf16le').toString('hex'), Buffer.from('3dd800de', 'hex').toString('utf16le') === E]);
show('byteLength', [Buffer.byteLength(E), Buffer.byteLength(P)]);
var d = fs.mkdtempSync(require('os').tmpdir() + '/astral-');
fs.writeFileSync(d + '/' + E + '.txt', 'x' + E);
show('file utf8', [fs.readFileSync(d + '/' + P + '.txt', 'utf8') === 'x' + E, fs.readFileSync(d + '/' + E + '.txt').toString('hex')]);
show('readdir', [fs.readdirSync(d)[0] === E + '.txt', fs.readdirSync(d)[0] === P + '.txt', fs.readdirSync(d)[0].length]);
show('realpath', fs.realpathSync(d + '/' + E + '.txt') === d + '/' + P + '.txt');
try { fs.readFileSync(d + '/nope' + E); } catch (e) { show('error path', [e.path === d + '/nope' + P, e.message.indexOf(P) > 0]); }
fs.unlinkSync(d + '/' + E + '.txt'); fs.rmdirSync(d);
show('case', [('a' + E).toUpperCase() === 'A' + P, E.toLowerCase() === P]);
show('object key', (function () { var o = {}; o[E] = 1; return [o[P], Object.keys(o)[0] === P, P in o]; })());
show('trim/pad', [(' ' + E + ' ').trim() === P, E.padStart(4, '-')]);
show('lastIndexOf/search', ['a😀b😀'.lastIndexOf(P), 'a😀b'.search(/😀/), 'a' + P + 'b'.search(new RegExp(E))]);
show('match', 'a😀b😀'.match(/😀/g).length);
show('template-ish', ['a' + E].join(E) === 'a' + P);
console.log(util.inspect(E), util.inspect({ k: E }), [E, 'a\ud83d'], { lone: '\ude00x' });
console.log(util.format('%s|%j|%o', E, { e: E }, E));
console.log(JSON.stringify({ a: E + '\ud800' }));
console.log(encodeURI('a😀/b'), decodeURI('%F0%9F%98%80%2F'));
try { encodeURIComponent('\ud800'); } catch (e) { console.log(e.name, e.message); }
console.log(E.charAt(0) === '\ud83d', E.substring(1) === '\ude00', E.substr(0, 1).length);
console.log('x😀y'.split(/(?:)/).length, 'x😀y'.split('😀'));
var r = /(😀+)/.exec('a😀😀b'); console.log(r.index, r[1].length, /[\ud800-\udbff][\udc00-\udfff]/.test(E));
console.log('abc😀'.lastIndexOf('😀'), 'abc😀'.endsWith('😀'), '😀'.repeat(3).length, 'a😀'.includes('\ude00'));
console.log(Buffer.from(E, 'latin1').toString('hex'), Buffer.from(E, 'ascii').toString('hex'), Buffer.from('\ud83d').toString('hex'), Buffer.from('a\ude00b').toString('hex'));
var b = Buffer.alloc(8); console.log(b.write(E, 1), b.toString('hex'), Buffer.from([0xf0, 0x9f, 0x98]).toString() === '\ufffd');
console.log(Object.keys({ '😀': 1, '\ud83d\ude01': 2 }).join(','));
console.log(E, P); process.stdout.write(E + '\n');
