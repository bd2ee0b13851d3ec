var EE3 = require('eventemitter3'), Immutable = require('immutable');
var e = new EE3(); e.on('x', function (a, b) { console.log('ee3', a, b); }); e.once('x', function () { console.log('once'); });
e.emit('x', 1, 2); e.emit('x', 3, 4); console.log(e.listenerCount('x'), e.eventNames());
var m = Immutable.Map({ a: 1 }).set('b', 2), l = Immutable.List([1, 2, 3]).push(4);
console.log(m.toJS(), l.map(function (x) { return x * 2; }).toArray(), Immutable.is(Immutable.Map({ a: 1 }), Immutable.Map({ a: 1 })), Immutable.fromJS({ x: [1, { y: 2 }] }).getIn(['x', 1, 'y']));
require('async-each')([1, 2], function (x, cb) { setTimeout(cb, 1, null, x + 1); }, function (err, r) { console.log('async-each', err, r); });
