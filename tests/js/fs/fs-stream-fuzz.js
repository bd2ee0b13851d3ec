// Randomized fs.createReadStream / createWriteStream programs: options,
// reads and writes, pause/resume, destroy and close at random points, each
// step once the I/O before it settled; every event, callback and the
// streams' state are logged in order; compared with node.
var fs = require('fs');
var path = require('path');
var os = require('os');
var rng = require('../lib/rng');
var ri = rng.ri, pick = rng.pick;

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'muk-fs-sfz-'));
function p(name) { return path.join(dir, name); }
var SIZE = 70000;
var SETTLE = +(process.env.FS_FUZZ_SETTLE || 25);
var settle = require('../lib/settle').settle;
var data = Buffer.alloc(SIZE);
for (var i = 0; i < SIZE; i++) data[i] = 97 + (i * 7 + (i >> 5)) % 26;
fs.writeFileSync(p('src'), data);

function errs(e) { return e ? (e.code || e.name) + (e.syscall ? ' ' + e.syscall : '') : 'null'; }
function show(c) { return typeof c === 'string' ? 's' + c.length + ':' + c.slice(0, 6) : 'b' + c.length + ':' + c.toString('latin1', 0, 6); }

function readProgram(n, done) {
  var o = {}, useFd = ri(5) === 0, r = [ri(4), ri(4), ri(4), ri(5), ri(4), ri(3)];
  if (r[0] === 0) o.start = ri(SIZE + 10);
  if (r[1] === 0) o.end = ri(SIZE + 10);
  if (r[1] === 1) o.end = Infinity;
  if (r[2] === 0) o.highWaterMark = pick([1, 7, 1000, 16384, 100000]);
  // a few hundred reads at most, so that a program stays short
  if (o.highWaterMark < 1000) o.end = (o.start || 0) + ri(300);
  if (r[3] === 0) o.encoding = pick(['utf8', 'hex', 'base64', 'latin1']);
  if (r[4] === 0) o.emitClose = false;
  if (r[5] === 0) o.autoClose = false;
  var file = ri(8) === 0 ? p('missing') : p('src');
  var fd = null;
  if (useFd && file === p('src')) { fd = fs.openSync(file, 'r'); o.fd = fd; }
  var acts = [];
  for (var k = 0; k < 6; k++) acts.push({ op: ri(7), when: ri(4) });
  var log = [];
  var L = function (x) { log.push(x); };
  L('opts ' + JSON.stringify(o, function (k, v) { return k === 'fd' ? 'fd' : v === Infinity ? 'Inf' : v; }));
  var s;
  try {
    s = fs.createReadStream(file, o);
  } catch (e) {
    L('threw ' + errs(e) + ' ' + e.message);
    finish();
    return;
  }
  L('created pending=' + s.pending + ' bytesRead=' + s.bytesRead + ' start=' + s.start + ' end=' + s.end);
  var total = 0, chunks = 0, sum = 0;
  s.on('open', function () { L('open pending=' + s.pending); });
  s.on('ready', function () { L('ready'); });
  s.on('data', function (c) {
    chunks++;
    total += c.length;
    if (chunks <= 3) L('data ' + show(c));
    act('data');
  });
  s.on('end', function () { L('end total=' + total + ' bytesRead=' + s.bytesRead); act('end'); });
  s.on('pause', function () { L('pause'); });
  s.on('resume', function () { L('resume'); });
  s.on('error', function (e) { L('error ' + errs(e)); });
  s.on('close', function () { L('close bytesRead=' + s.bytesRead + ' destroyed=' + s.destroyed); });
  var ai = 0;
  function act(at) {
    if (ai >= acts.length) return;
    var a = acts[ai];
    if (at === 'data' && a.when !== 0) return;
    ai++;
    switch (a.op) {
    case 0: s.pause(); L('pause()'); setTimeout(function () { s.resume(); L('resume()'); }, 5); break;
    case 1: s.destroy(); L('destroy()'); break;
    case 2: s.destroy(new Error('boom')); L('destroy(err)'); break;
    case 3: s.close(function (e) { L('close-cb ' + errs(e)); }); L('close()'); break;
    case 4: L('read() ' + (function (c) { return c === null ? 'null' : show(c); })(s.read())); break;
    case 5: L('state flowing=' + s.readableFlowing + ' ended=' + s.readableEnded + ' len=' + s.readableLength); break;
    case 6: s.setEncoding('latin1'); L('setEncoding'); break;
    }
  }
  if (acts[0].when === 3) act('start');
  // the program ends once its stream has been quiet for 80 ms (a 1-byte
  // highWaterMark makes a few hundred reads: slow under ASan on a busy machine)
  settle(80, function () { return log.length + chunks; }, finish);
  // Print, then stop the stream, so that nothing of this program runs on
  // into the next one (a late close of a reused fd number would break it).
  function finish() {
    if (s) L('final destroyed=' + s.destroyed + ' closed=' + s.closed);
    if (fd !== null) {
      try { fs.fstatSync(fd); L('fd open'); } catch (e) { L('fd ' + e.code); }
    }
    console.log(n + ' R ' + log.join(' | '));
    log = [];
    if (s) s.destroy();
    setTimeout(done, 30); // destroy() closes the fd, autoClose or not
  }
}

function writeProgram(n, done) {
  var o = {}, r = [ri(3), ri(4), ri(4), ri(4), ri(3), ri(5)];
  var name = p('w' + n);
  var pre = ri(2) === 0;
  if (pre) fs.writeFileSync(name, 'PREEXISTING-CONTENT');
  if (r[0] === 0) o.flags = pick(['w', 'a', 'r+', 'wx', 'ax']);
  if (r[1] === 0) o.start = ri(40);
  if (r[2] === 0) o.encoding = pick(['utf8', 'hex', 'base64', 'latin1']);
  if (r[3] === 0) o.emitClose = false;
  if (r[4] === 0) o.highWaterMark = pick([1, 5, 100]);
  if (r[5] === 0) o.autoClose = false;
  var ops = [];
  for (var k = 0; k < 8; k++) ops.push({ op: ri(12), a: ri(1000) });
  var log = [];
  var L = function (x) { log.push(x); };
  function probe() { return log.length; }
  // an open, a write or a close of w still under way
  function busy() {
    return !!w && (w.destroyed ? !w.closed : w.pending || w.writableLength > 0);
  }
  L('opts ' + JSON.stringify(o) + ' pre=' + pre);
  var w;
  try {
    w = fs.createWriteStream(name, o);
  } catch (e) {
    L('threw ' + errs(e) + ' ' + e.message);
    return finish();
  }
  L('created pending=' + w.pending + ' bytesWritten=' + w.bytesWritten);
  w.on('open', function () { L('open'); });
  w.on('ready', function () { L('ready'); });
  w.on('finish', function () { L('finish bytesWritten=' + w.bytesWritten); });
  w.on('drain', function () { L('drain'); });
  w.on('error', function (e) { L('error ' + errs(e)); });
  w.on('close', function () { L('close bytesWritten=' + w.bytesWritten); });
  var i = 0;
  (function step() {
    if (i === ops.length) return settle(60, probe, finish, busy);
    var x = ops[i++];
    try {
      switch (x.op) {
      case 0: case 1: case 2:
        L('write=' + w.write('chunk' + x.a, function (e) { L('wcb ' + errs(e)); })); break;
      case 3: L('write buf=' + w.write(Buffer.from('B' + x.a))); break;
      case 4: w.end('last' + x.a, function (e) { L('end-cb ' + errs(e)); }); L('end()'); break;
      case 5: w.cork(); w.write('c1'); w.write('c2'); process.nextTick(function () { w.uncork(); }); L('cork'); break;
      case 6: if (x.a < 300) { w.destroy(); L('destroy()'); } break;
      case 7: if (x.a < 200) { w.close(function (e) { L('close-cb ' + errs(e)); }); L('close()'); } break;
      case 8: L('state len=' + w.writableLength + ' ended=' + w.writableEnded + ' pending=' + w.pending); break;
      case 9: L('write hex=' + w.write('61626364', 'hex')); break;
      case 10: L('write+end=' + w.write('we' + x.a)); w.end(); L('end()'); break;
      case 11: L('write+destroy=' + w.write('wd' + x.a, function (e) { L('wcb ' + errs(e)); })); w.destroy(); L('destroy()'); break;
      }
    } catch (e) {
      L('threw ' + errs(e));
    }
    settle(SETTLE, probe, step, busy); // fs completions are not ordered with timers
  })();
  function finish() {
    var content;
    try { content = fs.readFileSync(name, 'latin1'); } catch (e) { content = e.code; }
    L('file ' + JSON.stringify(content));
    if (w) L('final destroyed=' + w.destroyed + ' finished=' + w.writableFinished + ' closed=' + w.closed);
    console.log(n + ' W ' + log.join(' | '));
    log = [];
    if (w) {
      w.destroy(); // closes the fd, autoClose or not
      setTimeout(done, 30);
    } else {
      done();
    }
  }
}

require('../lib/seeds').run(process.argv.slice(2), function (n, done) {
  rng.seed(n * 104729);
  (ri(2) ? readProgram : writeProgram)(n, done);
}, function () {
  fs.rmSync(dir, { recursive: true });
});
