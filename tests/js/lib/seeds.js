// Shared by the randomized tests: run one program per seed, one after the
// other. The arguments are seeds and FROM-TO ranges ("1-100 165 207").
//   require('../lib/seeds').run(process.argv.slice(2), function (n, done) {...}, end)
exports.run = function (args, program, end) {
  var seeds = [];
  args.forEach(function (a) {
    var r = a.split('-'), lo = +r[0], hi = +(r[1] || r[0]);
    for (var n = lo; n <= hi; n++) seeds.push(n);
  });
  (function next(i) {
    if (i === seeds.length) {
      if (end) end();
      return;
    }
    program(seeds[i], function () { next(i + 1); });
  })(0);
};
