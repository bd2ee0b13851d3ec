// Holes and indices past the end of an array read through the prototype
// chain (ES5 [[Get]] and [[HasProperty]]), whatever the array's internal
// form (a literal with elisions, a length set, new Array(n), a delete);
// the library's methods see the same values; forEach/map skip real holes.
Array.prototype[1] = 'p';
var a = [0,,2];
console.log(a[1], 1 in a, a.hasOwnProperty(1));
var b = [];
b.length = 3;
console.log(b[1], 1 in b, b.hasOwnProperty(1));
var c = new Array(3);
console.log(c[1], c[0], 1 in c, 0 in c);
var d = [0, 1, 2, 3];
delete d[1];
console.log(d[1], 1 in d);
var f = [9];
console.log(f[1], 1 in f, f.length);
console.log([0,,2].join('-'), [,,].join('-'), new Array(3).join('-'));
var k = 1;
console.log(a[k], b[k], f[k]);
var visited = [];
[0,,2].forEach(function (v, i) { visited.push(i + '=' + v); });
console.log(visited.join(','));
delete Array.prototype[1];

var seen = [];
[0,,2].forEach(function (v, i) { seen.push(i); });
console.log(seen.join(','));
console.log(JSON.stringify([0,,2].map(function (v) { return v * 2; })));
console.log(1 in [0,,2].map(function (v) { return v; }));
console.log([1,,3].indexOf(undefined), [1,,3].filter(function () { return true; }).length);

Object.prototype[5] = 'o';
var e = [1, 2];
console.log(e[5], 5 in e, e.length);
delete Object.prototype[5];
console.log(e[5], 5 in e);

// A getter on the prototype sees the array as this.
Object.defineProperty(Array.prototype, '7', {
  get: function () { return 'len' + this.length; },
  configurable: true
});
var g = [1, 2, 3];
console.log(g[7], [][7], 7 in g);
delete Array.prototype[7];
console.log(g[7], 7 in g);
