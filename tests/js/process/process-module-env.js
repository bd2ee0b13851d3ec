// require('process'), an absolute process.argv[1], and process.env storing
// strings (numbers, booleans, undefined become their string forms). The
// SIGINT listener must not keep the process alive (it would time out).
var path = require('path');
console.log(require('process') === process);
console.log(path.isAbsolute(process.argv[1]), path.basename(process.argv[1]),
  process.argv[1] === path.resolve(process.argv[1]));
process.env.MUK_T_NUM = 42;
process.env.MUK_T_BOOL = true;
process.env.MUK_T_UNDEF = undefined;
process.env.MUK_T_OBJ = { toString: function () { return 'obj'; } };
['MUK_T_NUM', 'MUK_T_BOOL', 'MUK_T_UNDEF', 'MUK_T_OBJ'].forEach(function (k) {
  console.log(k, typeof process.env[k], JSON.stringify(process.env[k]), k in process.env);
});
console.log(Object.keys(process.env).filter(function (k) { return k.indexOf('MUK_T_') === 0; }).sort());
delete process.env.MUK_T_NUM;
console.log(process.env.MUK_T_NUM, 'MUK_T_NUM' in process.env);
console.log(typeof process.env.PATH);
process.on('SIGINT', function () { console.log('never'); });
