// util.debuglog is silent unless NODE_DEBUG names the section
var util = require('util');
var debug = util.debuglog('muktest');
console.log(typeof debug, debug.enabled);
debug('not printed %d', 1);
var seen;
util.debuglog('other', function (fn) { seen = typeof fn; });
console.log('cb got', seen, util.debug === util.debuglog);
console.log(typeof console.timeStamp, typeof console.profile);
var d2 = util.debuglog('another', function (impl) { console.log('cb on first call', typeof impl); });
d2('x');
d2('y');
