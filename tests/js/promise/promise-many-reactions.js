// Several reactions on one pending promise (the first kept in the promise's
// slots, moved into an array when the second comes: bridge/promise.c), some
// attached before and some after it settles, fulfilled and rejected.
var r1, j1;
var p = new Promise(function (res) { r1 = res; });
var q = new Promise(function (res, rej) { j1 = rej; });
for (var i = 0; i < 4; i++) (function (i) {
  p.then(function (v) { console.log('p then', i, v); });
  q.then(null, function (e) { console.log('q catch', i, e); });
  if (i == 1) { r1('P'); j1('Q'); }
})(i);
p.then(function (v) { console.log('late p', v); });
