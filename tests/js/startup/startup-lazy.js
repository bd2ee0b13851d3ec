// Startup loads process, the timer globals, console, Buffer and the CommonJS
// loader lazily: check that scripts still see what Node gives them.
var order = ['global', 'globalThis', 'process', 'console', 'setTimeout', 'clearTimeout',
  'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'queueMicrotask',
  'Promise', 'require', 'module', 'exports', '__filename', '__dirname'];
var types = [];
for (var i = 0; i < order.length; i++) types.push(order[i] + ':' + eval('typeof ' + order[i]));
console.log(types.join(' '));
console.log('global is this', global === globalThis, global.global === global);

// the timer globals are the timers module's functions
var timers = require('timers');
console.log('timers same', setTimeout === timers.setTimeout, clearTimeout === timers.clearTimeout,
  setImmediate === timers.setImmediate, setInterval === timers.setInterval);
var ownKeys = Object.keys(global).filter(function (k) { return /^(set|clear)(Timeout|Interval|Immediate)$/.test(k); });
console.log('enumerable timer globals', ownKeys.sort().join(','));

// the main module
var Module = require('module');
console.log('main', module.id, require.main === module, process.mainModule === module);
console.log('module class', module instanceof Module, module.constructor === Module,
  typeof module.require, module.loaded, module.parent);
console.log('file', require('path').basename(__filename), __dirname === require('path').dirname(__filename),
  module.filename === __filename, require.cache[__filename] === module);
console.log('paths', module.paths[0] === __dirname + '/node_modules', module.paths[module.paths.length - 1]);
console.log('require fns', typeof require.resolve, typeof require.resolve.paths, typeof require.extensions['.js'],
  typeof require.extensions['.json'], require.resolve('events'), require.resolve.paths('events'));

// every built-in loads after startup, also as node:NAME
var names = ['assert', 'console', 'events', 'module', 'os', 'path', 'timers', 'timers/promises', 'util'];
names.forEach(function (n) {
  var a = require(n), b = require('node:' + n);
  console.log(n, typeof a, a === b);
});

// errors thrown on the lazy paths look as in Node
function code(f) { try { f(); return 'no error'; } catch (e) { return e.name + ' ' + e.code + ' ' + e.message.split('\n')[0]; } }
console.log(code(function () { require('./no-such-file'); }));
console.log(code(function () { require('node:no-such-builtin'); }));
console.log(code(function () { require(''); }));
console.log(code(function () { require(42); }));
console.log(code(function () { setTimeout('x'); }));
console.log(code(function () { process.nextTick(1); }));

// overriding a lazy global before first use sticks
var mine = function () { return 'mine'; };
global.clearImmediate = mine;
console.log('override', clearImmediate === mine, clearImmediate());

// process becomes an event emitter; exit and exitCode still work
var EventEmitter = require('events');
console.log('process emitter', typeof process.on, process.listenerCount('exit'));
process.on('exit', function (c) { console.log('exit', c, process.exitCode); });
console.log('process emitter', process instanceof EventEmitter, process.listenerCount('exit'));
setTimeout(function () { console.log('timeout ran'); process.exitCode = 3; }, 50);
setImmediate(function () { console.log('immediate ran'); });
process.nextTick(function () { console.log('tick ran'); });
