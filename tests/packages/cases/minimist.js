var argv = require('minimist');
console.log(argv(['-x', '3', '-y', '4', '-n5', '-abc', '--beep=boop', 'foo', 'bar', 'baz']));
console.log(argv(['--no-color', '--num', '10', '--', '-a'], { boolean: ['color'], string: ['num'], '--': true }));
