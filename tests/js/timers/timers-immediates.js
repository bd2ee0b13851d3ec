// setImmediate: batches, queueing during a batch, clearing, unref.
var out = [];
function log(s) { out.push(s); }
// a batch of 100; the first 50 each queue one more, which run in the next
// iteration after the whole batch (the ring grows and wraps meanwhile)
var order = [];
for (var i = 0; i < 100; i++) (function (i) {
  setImmediate(function () {
    order.push(i);
    if (i < 50) setImmediate(function () { order.push('n' + i); });
  });
})(i);
setImmediate(function () {
  var ok = order.length === 100;
  for (var k = 0; k < 100; k++) if (order[k] !== k) ok = false;
  log('batch in order ' + ok);
});
// an earlier immediate clears a later one of the same batch
var later;
setImmediate(function () { log('clearing later'); clearImmediate(later); });
later = setImmediate(function () { log('never: cleared'); });
// arguments and this
var withArgs = setImmediate(function (a, b, c) { log('args ' + a + b + c + ' ' + (this === withArgs)); }, 1, 2, 3);
// a long chain
var links = 0;
function chain() { if (++links < 1000) setImmediate(chain); else log('chain done ' + links); }
setImmediate(chain);
// an unref'd immediate runs while something else keeps the loop alive
setImmediate(function () { log('unref immediate ran'); }).unref();
setTimeout(function () {
  var ok = order.length === 150;
  for (var k = 0; k < 50; k++) if (order[100 + k] !== 'n' + k) ok = false;
  log('next-iteration ones in order ' + ok);
}, 100);
process.on('exit', function () { console.log(out.join('\n')); });
