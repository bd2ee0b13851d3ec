// Array.prototype.sort vs node: stable, undefined after the values, holes
// last, comparator results NaN/0/+-, default string order; 300 random arrays.
var seed = 7;
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; }
var recs = [];
for (var i = 0; i < 40; i++) recs.push({ k: rnd(5), id: i });
console.log(recs.slice().sort(function (a, b) { return a.k - b.k; }).map(function (r) { return r.k + ':' + r.id; }).join(' '));
console.log(JSON.stringify([3, undefined, 1, , 2, undefined].sort()), [3, undefined, 1, , 2].sort().length);
var holes = [5, , 1, , undefined, 3]; holes.sort(); console.log(JSON.stringify(holes), 1 in holes, 3 in holes, 4 in holes, 5 in holes);
console.log(JSON.stringify([10, 9, 1, 100, 'b', 'B', null, 'null', -1].sort()));
console.log(JSON.stringify([3, 1, 2].sort(function () { return NaN; })), JSON.stringify([3, 1, 2].sort(function (a, b) { return b - a; })));
try { [2, 1].sort(5); } catch (e) { console.log(e.name); }
try { [2, 1].sort(function () { throw new Error('cmp'); }); } catch (e) { console.log(e.message); }
var calls = 0; [undefined, 2, undefined, 1].sort(function (a, b) { calls++; if (a === undefined || b === undefined) throw new Error('undefined compared'); return a - b; }); console.log('no undefined compared', calls > 0);
var out = [];
for (var r = 0; r < 300; r++) {
  var a = []; var len = rnd(12);
  for (i = 0; i < len; i++) a.push(rnd(3) ? rnd(100) - 50 : ['x', 'B', 'a', '10', '9', null, undefined][rnd(7)]);
  var b = a.slice(); b.sort();
  var c = a.slice(); c.sort(function (x, y) { return (typeof x === 'number' ? x : 0) - (typeof y === 'number' ? y : 0); });
  out.push(JSON.stringify([b, c.map(String)]));
}
var str = out.join('\n'), h = 0; for (i = 0; i < str.length; i++) h = (h * 31 + str.charCodeAt(i)) | 0;
console.log(h, str.length);
