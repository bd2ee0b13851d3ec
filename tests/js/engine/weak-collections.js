// WeakMap and WeakSet: object keys only, get/set/has/delete, and entries
// that die with their keys (mujs 0061: ephemerons in the collector). The
// memory part prints whether RSS grew by less than 64 MiB while 20,000
// entries with 16 KiB values were added under keys that are dropped at
// once: kept alive, they would take over 300 MiB.
var wm = new WeakMap(), k1 = {}, k2 = function () {};
console.log(wm.set(k1, 5) === wm, wm.get(k1), wm.has(k1), wm.has({}), wm.get({}), wm.get(1), wm.has('x'));
wm.set(k2, 'f'); console.log(wm.get(k2), wm.delete(k1), wm.has(k1), wm.delete(k1), wm.delete(1));
var ws = new WeakSet([k1, k2]); console.log(ws.has(k1), ws.has(k2), ws.has({}), ws.add(k1) === ws, ws.delete(k2), ws.has(k2), ws.has(1));
var wm2 = new WeakMap([[k1, 1], [k2, 2]]); console.log(wm2.get(k2));
console.log(Object.prototype.toString.call(wm), Object.prototype.toString.call(ws), typeof wm.keys, typeof ws.forEach, wm.size);
function tryit(f) { try { f(); console.log('no error'); } catch (e) { console.log(e.name + ': ' + e.message); } }
tryit(function () { wm.set(1, 2); });
tryit(function () { wm.set('s', 2); });
tryit(function () { wm.set(Symbol('x'), 2); });
tryit(function () { wm.set(Symbol.for('x'), 2); });
tryit(function () { ws.add(null); });
tryit(function () { new WeakMap([[1, 2]]); });
tryit(function () { WeakMap(); });
tryit(function () { WeakSet.prototype.add.call(new Set(), {}); });
// a value that refers back to its own key does not keep the key alive
var big = new Array(16 * 1024 + 1).join('x');
var base = process.memoryUsage().rss, peak = base;
var keep = new WeakMap(), live = [];
for (var i = 0; i < 20000; i++) {
  var key = { i: i };
  keep.set(key, { key: key, data: big + i });
  if (i % 1000 === 0) { live.push(key); peak = Math.max(peak, process.memoryUsage().rss); }
}
console.log('bounded', peak - base < 64 * 1024 * 1024);
console.log('live entries kept', live.every(function (k) { return keep.get(k).key === k; }));
