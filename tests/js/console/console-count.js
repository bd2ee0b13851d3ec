// console.count / countReset, console.assert (stderr), console.time formats
console.count();
console.count();
console.count('x');
console.count('default');
console.countReset();
console.count();
console.count('x');
console.countReset('x');
console.count('x');
console.assert(true, 'not printed');
console.assert(1 === 1);
console.assert(false, 'failed %s', 'here');
console.assert(false);
console.assert(0, { a: 1 });
// timing: capture stdout to check the format, not the value
var out = [];
var write = process.stdout.write;
process.stdout.write = function (s) { out.push(s); return true; };
console.time();
console.timeLog();
console.timeLog('default', 'with', { data: 1 });
console.timeEnd();
console.time('lbl');
console.timeEnd('lbl');
process.stdout.write = write;
for (var i = 0; i < out.length; i++) {
  console.log(JSON.stringify(out[i].replace(/\d+(\.\d+)?m?s/, 'N.NNNms')));
}
