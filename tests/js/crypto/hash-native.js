// hash-native — createHash(name) and createHmac(name, key) without options
// make objects whose update()/digest() run in C (bridge/crypto_binding.c)
// until a case they do not handle hands the object to JS (absorb in
// internal/crypto_hash). Every hand-over point must give node's answers:
// encodings, the 64 KiB threshold, copy(), finished objects, the stream
// side, bad input, keys and data changed after they were given.
var crypto = require('crypto');

function h(alg) { return crypto.createHash(alg || 'sha256'); }
function show(label, v) {
  console.log(label, Buffer.isBuffer(v) ? 'Buffer ' + v.toString('hex') : JSON.stringify(v));
}
function code(label, f) {
  try { f(); console.log(label, 'no error'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}

// warm: the names are known, so the next objects are the fast kind
h().digest(); crypto.createHmac('sha256', 'k').digest();

var encs = [undefined, 'buffer', 'hex', 'base64', 'base64url', 'latin1', 'binary', 'utf16le', 'ucs2', 'ascii', 'utf8', 'HEX', 'nope'];
encs.forEach(function (e) {
  show('digest ' + e, h().update('abc').digest(e));
  show('hmac ' + e, crypto.createHmac('sha256', 'key').update('abc').digest(e));
});
show('empty', h().digest('hex'));
show('empty hmac', crypto.createHmac('sha256', '').digest('hex'));
show('md5 base64', h('md5').update('x').digest('base64'));
show('shake256', h('shake256').update('x').digest('hex'));
show('sha512 buffer', h('sha512').update(Buffer.from('x')).digest());

// strings as utf8: astral, lone surrogates, NUL
show('utf8', h().update('d\u00e9j\u00e0 \ud83d\ude00 \ud800 x\u0000y').digest('hex'));
show('string+buffer', h().update('ab').update(Buffer.from('cd')).update('').update(Buffer.alloc(0)).digest('hex'));
var x = h();
console.log('chain', x.update('a') === x);

// an update encoding: the JS path, then back to digest
show('update hex', h().update('616263', 'hex').digest('hex'));
show('update latin1', h().update('\u00ff', 'latin1').digest('hex'));
show('mixed', h().update('a').update('62', 'hex').update(Buffer.from('c')).digest('hex'));

// bytes copied at update time
var data = Buffer.from('hello');
var y = h().update(data);
data.fill(0);
show('copied', y.digest('hex'));
var key = Buffer.from('secret');
var m = crypto.createHmac('sha256', key);
key.fill(0);
show('key copied', m.update('x').digest('hex'));
show('key utf8', crypto.createHmac('sha1', '\u043a\u043b\u044e\u0447').update('x').digest('hex'));
show('key slice', crypto.createHmac('sha256', Buffer.from('xxkeyxx').subarray(2, 5)).update('x').digest('hex'));
show('data slice', h().update(Buffer.from('xxabcxx').subarray(2, 5)).digest('hex'));

// across the 64 KiB threshold, in one piece and in steps
var big = Buffer.alloc(70000, 'b');
show('big', h().update(big).digest('hex'));
var z = h();
for (var i = 0; i < 20; i++) z.update(Buffer.alloc(5000, i));
show('steps', z.digest('hex'));
var zs = h();
for (i = 0; i < 10; i++) zs.update(new Array(10001).join('s'));
show('string steps', zs.digest('base64'));
var hm = crypto.createHmac('sha256', 'k');
for (i = 0; i < 20; i++) hm.update(Buffer.alloc(5000, i));
show('hmac steps', hm.digest('hex'));

// copy()
var c = h().update('one');
var c2 = c.copy();
c.update('two');
show('copy a', c.digest('hex'));
show('copy b', c2.update('two').digest('hex'));
show('copy empty', h().copy().digest('hex'));
code('copy finished', function () { var f = h(); f.digest(); f.copy(); });

// finished objects
var f = h().update('a');
f.digest();
code('update after digest', function () { f.update('b'); });
code('digest twice', function () { f.digest(); });
code('digest twice hex', function () { f.digest('hex'); });
var fm = crypto.createHmac('sha256', 'k');
fm.digest();
show('hmac digest twice', fm.digest());
show('hmac digest twice hex', fm.digest('hex'));
code('hmac update after digest', function () { fm.update('x'); });

// bad input
code('update number', function () { h().update(5); });
code('update null', function () { h().update(null); });
code('update object', function () { h().update({}); });
code('hmac bad key', function () { crypto.createHmac('sha256', 5); });
code('hmac null key', function () { crypto.createHmac('sha256', null); });
code('unknown', function () { crypto.createHash('sha257'); });
code('hmac unknown', function () { crypto.createHmac('sha257', 'k'); });
code('odd hex', function () { h().update('abc', 'hex'); });

// the stream side of a fast object
var s = h();
s.update('a');
s.write('b');
s.end('c');
show('stream', s.read());
var sm = crypto.createHmac('sha256', 'k');
sm.on('readable', function () {
  var d = sm.read();
  if (d) show('hmac stream', d);
});
sm.end('abc');
console.log('instanceof', h() instanceof crypto.Hash, crypto.createHmac('md5', 'k') instanceof crypto.Hmac,
  typeof h().pipe);
