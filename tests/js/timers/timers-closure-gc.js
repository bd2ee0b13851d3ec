// Chains of immediates and timeouts whose callbacks each hold what their
// scope allocated (5000 objects, ~1 MB in muk) keep memory bounded: what a
// timer's callback holds is collectable once the timer is done. (muk kept a
// done timer's callback until its object had been collected, one collection
// later: everything allocated since the previous collection stayed alive,
// and the heap grew 5x per collection: here RSS went 160 -> 240 MB.)
// Prints whether the RSS grew by less than 32 MiB after a warm-up, and the
// _onImmediate / _onTimeout / _argv Node shows on done timers.
var MiB = 1024 * 1024;
var base = 0, peak = 0;

function hold() {
  var filler = [];
  for (var j = 0; j < 5000; j++) filler.push({ j: j });
  return filler;
}

function chain(kind, n, done) {
  var i = 0;
  (function step() {
    if (i === 20) base = Math.max(base, process.memoryUsage().rss);
    if (i > 20 && i % 10 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    if (++i === n) return done();
    var filler = hold();
    var next = function () { if (filler.length) step(); };
    if (kind === 'immediate') setImmediate(next);
    else setTimeout(next, 0, filler);
  })();
}

chain('immediate', 150, function () {
  chain('timeout', 150, function () {
    console.log('rss growth < 32 MiB', peak - base < 32 * MiB);
    if (process.env.MUK_TEST_VERBOSE) console.log('base MiB', base / MiB, 'peak MiB', peak / MiB);
    var im = setImmediate(function (a) { console.log('in callback', typeof im._onImmediate, a); }, 'x');
    var t = setTimeout(function (a) { console.log('timeout', a); }, 1, 'y');
    setTimeout(function () {
      console.log('done immediate', im._onImmediate, im._argv);
      console.log('done timeout', typeof t._onTimeout, t._timerArgs, t._destroyed);
      t.refresh(); // revives it with the same callback and arguments
    }, 50);
  });
});
