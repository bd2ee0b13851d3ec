// Writable cork/uncork and _writev batching; end() uncorks.
var Writable = require('stream').Writable;
function L(s) { console.log(s); }

var w = new Writable({
  decodeStrings: false,
  write: function (chunk, enc, cb) { L('_write ' + chunk); cb(); },
  writev: function (chunks, cb) {
    L('_writev ' + chunks.length + ': ' + chunks.map(function (c) { return c.chunk + '/' + c.encoding; }).join(','));
    process.nextTick(cb);
  }
});
w.on('finish', function () { L('finish'); });
w.on('close', function () { L('close'); });
w.cork();
w.write('a', function () { L('cb a'); });
w.write('b', 'latin1', function () { L('cb b'); });
w.write('c');
L('corked ' + w.writableCorked + ' len ' + w.writableLength + ' buffer ' + w.writableBuffer.length);
process.nextTick(function () {
  w.uncork();
  L('after uncork corked ' + w.writableCorked);
  w.write('d', function () { L('cb d'); });
  w.write('e', function () { L('cb e'); });
  w.cork(); w.cork();
  w.write('f');
  w.uncork();
  L('after 1 uncork corked ' + w.writableCorked);
  w.end('g', function () { L('end cb'); });
  L('after end corked ' + w.writableCorked);
});

// a single write while corked goes through _write
var w2 = new Writable({ objectMode: true,
  write: function (c, e, cb) { L('w2 _write ' + JSON.stringify(c)); cb(); },
  writev: function (cs, cb) { L('w2 _writev ' + cs.length); cb(); } });
setTimeout(function () {
  w2.cork();
  w2.write({ k: 1 });
  w2.uncork();
  w2.write({ k: 2 });
  w2.write({ k: 3 });
  w2.write({ k: 4 });
  w2.end();
  w2.on('finish', function () { L('w2 finish'); });
}, 10);

// only writev defined
var w3 = new Writable({ writev: function (cs, cb) { L('w3 writev ' + cs.length); cb(); }, decodeStrings: false });
setTimeout(function () { w3.write('x'); w3.write('y'); w3.end(); w3.on('finish', function () { L('w3 finish'); }); }, 20);
