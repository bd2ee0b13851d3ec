// Randomized stream programs (Readable, Writable, Transform, pipe), with
// every event and return value logged in order; compared with node.
var stream = require('stream');
var rng = require('../lib/rng');
var ri = rng.ri, pick = rng.pick;
var log;
function L(s) { log.push(s); }
function chunkOf(obj, i) { return obj ? { n: i } : 'c' + i + (ri(3) === 0 ? 'xxxxxxxxxxxxxxxxx' : ''); }
function show(c) { return c === null ? 'null' : typeof c === 'string' ? c : c && c.n !== undefined ? '{' + c.n + '}' : Buffer.isBuffer(c) ? '<' + c.toString() + '>' : String(c); }

function readableProgram(done) {
  var obj = ri(2) === 0, hwm = pick([1, 4, 16, undefined]);
  var r = new stream.Readable({ objectMode: obj, highWaterMark: hwm, read: function () { L('_read'); } });
  ['data', 'end', 'close', 'readable', 'pause', 'resume', 'error'].forEach(function (ev) {
    r.on(ev, function (x) { L(ev + (ev === 'data' ? ' ' + show(x) : ev === 'error' ? ' ' + x.message : '')); });
  });
  if (ri(2)) r.removeAllListeners('readable');
  if (ri(3) === 0 && !obj) r.setEncoding('utf8');
  var i = 0, steps = 4 + ri(8);
  (function step() {
    if (steps-- === 0) { setTimeout(function () { L('state ' + r.readableFlowing + ' ' + r.readableEnded + ' ' + r.destroyed); done(); }, 5); return; }
    var op = ri(9);
    switch (op) {
    case 0: case 1: L('push ' + r.push(chunkOf(obj, i++))); break;
    case 2: L('read ' + show(r.read())); break;
    case 3: r.pause(); L('pause()'); break;
    case 4: r.resume(); L('resume()'); break;
    case 5: if (!r.readableEnded) { L('push-null ' + r.push(null)); } break;
    case 6: L('read0 ' + show(r.read(0))); break;
    case 7: L('unshift'); if (!r.readableEnded) r.unshift(chunkOf(obj, 100 + i)); break;
    case 8: if (ri(4) === 0) { r.destroy(ri(2) ? new Error('boom') : undefined); L('destroy()'); } break;
    }
    L('len ' + r.readableLength + ' flowing ' + r.readableFlowing);
    if (ri(2)) process.nextTick(step); else setImmediate(step);
  })();
}

function writableProgram(done) {
  var obj = ri(2) === 0, hwm = pick([1, 4, 16, undefined]), async = ri(2);
  var w = new stream.Writable({ objectMode: obj, highWaterMark: hwm, decodeStrings: ri(2) === 0,
    write: function (c, enc, cb) { L('_write ' + show(c) + ' ' + enc); if (async) setImmediate(cb); else cb(); } });
  if (ri(2)) w._writev = function (chunks, cb) { L('_writev ' + chunks.length); setImmediate(cb); };
  ['drain', 'finish', 'close', 'error', 'prefinish'].forEach(function (ev) {
    w.on(ev, function (x) { L(ev + (ev === 'error' ? ' ' + x.message : '')); });
  });
  var i = 0, steps = 4 + ri(8);
  (function step() {
    if (steps-- === 0) { setTimeout(function () { L('wstate ' + w.writableEnded + ' ' + w.writableFinished + ' ' + w.destroyed); done(); }, 5); return; }
    var op = ri(7);
    switch (op) {
    case 0: case 1: var n = i++; L('write ' + w.write(chunkOf(obj, n), function (e) { L('cb ' + n + (e ? ' ' + e.message : '')); })); break;
    case 2: w.cork(); L('cork ' + w.writableCorked); break;
    case 3: w.uncork(); L('uncork ' + w.writableCorked); break;
    case 4: if (ri(3) === 0) { w.end(function (e) { L('end cb' + (e ? ' ' + e.code : '')); }); L('end()'); } break;
    case 5: L('wlen ' + w.writableLength + ' needDrain ' + w.writableNeedDrain); break;
    case 6: if (ri(5) === 0) { w.destroy(); L('wdestroy()'); } break;
    }
    if (ri(2)) process.nextTick(step); else setImmediate(step);
  })();
}

function pipeProgram(done) {
  var n = 3 + ri(6), i = 0, hwm = pick([1, 2, 16]);
  var r = new stream.Readable({ highWaterMark: hwm, read: function () { if (i < n) this.push('p' + (i++)); else this.push(null); } });
  var t = new stream.Transform({ highWaterMark: hwm, transform: function (c, e, cb) { L('t ' + c); if (ri(3) === 0) cb(null, String(c).toUpperCase()); else { this.push(c); cb(); } } });
  var w = new stream.Writable({ highWaterMark: hwm, write: function (c, e, cb) { L('w ' + c); setImmediate(cb); } });
  w.on('finish', function () { L('w finish'); });
  r.on('end', function () { L('r end'); });
  t.on('end', function () { L('t end'); });
  stream.pipeline(r, t, w, function (err) { L('pipeline ' + (err ? err.message : 'ok')); done(); });
}

function run(s0, next) {
  rng.seed(s0);
  log = [];
  var prog = pick([readableProgram, writableProgram, pipeProgram]);
  prog(function () { console.log('seed ' + s0 + ': ' + log.join(' | ')); next(); });
}
var k = +(process.argv[2] || 1), last = +(process.argv[3] || k);
(function loop() { if (k <= last) run(k++, loop); })();
