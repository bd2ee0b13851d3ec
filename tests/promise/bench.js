// Promise throughput: `muk tests/promise/bench.js` (or node, or the
// promise-test driver). Prints resolve+then operations per second.
var N = 1000000;
function now() { return Date.now(); }
function f(v) { return v + 1; }
var t0 = now();
var p = Promise.resolve(0);
for (var i = 0; i < N; i++) p = p.then(f);
p.then(function (v) {
  var t1 = now();
  console.log('chain of ' + N + ' then: ' + (t1 - t0) + ' ms, ' + Math.round(N / ((t1 - t0) / 1000)) + ' /s (result ' + v + ')');
  var t2 = now();
  var done = 0;
  function g() { done++; }
  for (var j = 0; j < N; j++) Promise.resolve(j).then(g);
  Promise.resolve().then(function () {}).then(function () {
    // the last then above ran before this second tick
    var t3 = now();
    console.log(N + ' x Promise.resolve(i).then(g): ' + (t3 - t2) + ' ms, ' + Math.round(N / ((t3 - t2) / 1000)) + ' /s (done ' + done + ')');
    var t4 = now();
    var k = 0;
    function h() { if (++k < N) queueMicrotask(h); else {
      var t5 = now();
      console.log(N + ' queueMicrotask: ' + (t5 - t4) + ' ms, ' + Math.round(N / ((t5 - t4) / 1000)) + ' /s');
      var t6 = now();
      var c = 0;
      for (var m = 0; m < 200000; m++) new Promise(function (res) { res(m); }).then(function () { c++; });
      Promise.resolve().then(function () {}).then(function () {
        var t7 = now();
        console.log('200000 x new Promise(executor).then: ' + (t7 - t6) + ' ms, ' + Math.round(200000 / ((t7 - t6) / 1000)) + ' /s (done ' + c + ')');
      });
    } }
    queueMicrotask(h);
  });
});
