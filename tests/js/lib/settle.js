// Shared by the randomized tests: wait until the program is quiet.
//   settle(ms, probe, next)
// calls next() once ms have passed since the later of the call and the
// last change of probe() (what the test has seen so far, e.g. the length of
// its log), as observed after an I/O poll. A plain setTimeout(next, ms)
// raced a loaded machine two ways: an event chain (end -> the peer's
// end -> finish -> close) could still be under way at ms, and when the
// process got the CPU back after a pause longer than ms, libuv ran the due
// timer before polling the I/O that completed meanwhile, so a phase was
// printed without its events. Waiting longer changes nothing in node's
// output: the tests log what happened, not when.
//
// busy (optional) says from the program's state that an event is still
// due (a stream not open yet, writes not done): while it is true, waiting
// goes on, up to 100 times ms as a backstop.
exports.settle = function (ms, probe, next, busy) {
  var mark = probe(), changed = Date.now(), start = changed;
  (function check() {
    setTimeout(function () {
      setImmediate(function () { // runs after this iteration's poll
        var now = Date.now(), p = probe();
        if (p !== mark) {
          mark = p;
          changed = now;
        }
        if (now - changed >= ms && (!busy || !busy() || now - start >= 100 * ms)) next();
        else check();
      });
    }, ms / 4);
  })();
};
