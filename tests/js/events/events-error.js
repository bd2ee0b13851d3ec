// 'error' events: with no listener they throw
var EventEmitter = require('events');
var e = new EventEmitter();
var err = new Error('boom');
try { e.emit('error', err); } catch (x) { console.log('thrown same', x === err, x.message); }
function show(v) {
  try { e.emit('error', v); } catch (x) {
    console.log(x instanceof Error, x.name, x.code, '|' + x.message + '|', x.context === v);
  }
}
show('a string');
show(42);
show({ a: 1 });
show(undefined);
show(null);
show([1, 2]);
try { e.emit('error'); } catch (x) { console.log('no arg:', x.message, Object.keys(x).join(',')); }
var te = new TypeError('typed');
try { e.emit('error', te); } catch (x) { console.log(x === te, x.name); }
// with a listener nothing throws
e.on('error', function (er) { console.log('handled', er.message); });
console.log(e.emit('error', new Error('fine')));
// errorMonitor is called before the error listeners and does not consume it
var e2 = new EventEmitter();
e2.on(EventEmitter.errorMonitor, function (er) { console.log('monitor', er.message); });
try { e2.emit('error', new Error('monitored')); } catch (x) { console.log('still thrown', x.message); }
e2.on('error', function (er) { console.log('listener', er.message); });
e2.emit('error', new Error('both'));
// an exception thrown by a listener propagates out of emit
var e3 = new EventEmitter();
e3.on('x', function () { throw new RangeError('from listener'); });
e3.on('x', function () { console.log('not reached'); });
try { e3.emit('x'); } catch (x) { console.log('propagated', x.name, x.message); }
