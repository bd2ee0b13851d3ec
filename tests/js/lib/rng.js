// The randomized tests' source of numbers: the same LCG under node and muk,
// so a seed gives both runtimes the same program.
var state = 0;
exports.seed = function (s) { state = s; };
exports.rnd = function () { state = (state * 1103515245 + 12345) & 0x7fffffff; return state / 0x80000000; };
exports.ri = function (n) { return Math.floor(exports.rnd() * n); };
exports.pick = function (a) { return a[exports.ri(a.length)]; };
