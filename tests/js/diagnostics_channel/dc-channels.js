// diagnostics_channel: channel identity, hasSubscribers (module and
// channel), subscribe/unsubscribe by name and on the channel, publish's
// arguments and order, a throwing subscriber reported as uncaught while
// the others still run, symbol names, bindStore/runStores with a store that
// has run(), instanceof, and the argument errors.
var dc = require('diagnostics_channel');
var util = require('util');
function fails(label, f) {
  try {
    f();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
process.on('uncaughtException', function (e) { console.log('uncaught', e.message); });

console.log(Object.keys(dc).sort().join(','));
var ch = dc.channel('muk:test');
console.log(ch === dc.channel('muk:test'), ch.name, ch.hasSubscribers, dc.hasSubscribers('muk:test'), dc.hasSubscribers('none'));
console.log(util.inspect(ch), ch instanceof dc.Channel);
ch.publish('nobody listens');

function s1(msg, name) { console.log('s1', JSON.stringify(msg), name); }
function s2(msg) { console.log('s2', JSON.stringify(msg)); }
console.log('subscribe returns', dc.subscribe('muk:test', s1));
ch.subscribe(s2);
console.log(ch.hasSubscribers, dc.hasSubscribers('muk:test'), ch instanceof dc.Channel, util.inspect(ch).split('\n')[0]);
ch.publish({ n: 1 });
ch.subscribe(s1); // twice: called twice
ch.publish('twice');
console.log('unsubscribe', ch.unsubscribe(s1), ch.unsubscribe(s1), ch.unsubscribe(s1), dc.unsubscribe('muk:test', s2));
console.log(ch.hasSubscribers, util.inspect(ch));

// a subscriber that (un)subscribes while publishing: this publish is unchanged
var c2 = dc.channel('muk:reentrant');
function late(m) { console.log('late', m); }
c2.subscribe(function first(m) {
  console.log('first', m);
  c2.unsubscribe(first);
  c2.subscribe(late);
});
c2.subscribe(function second(m) { console.log('second', m); });
c2.publish(1);
c2.publish(2);

var c3 = dc.channel('muk:throws');
c3.subscribe(function () { throw new Error('subscriber failed'); });
c3.subscribe(function () { console.log('next subscriber still runs'); });
c3.publish('x');

var sym = Symbol('sym');
var cs = dc.channel(sym);
cs.subscribe(function (m, name) { console.log('symbol channel', m, name === sym); });
cs.publish('s');

// a store: anything with run(value, fn)
var current;
var store = {
  run: function (value, fn) {
    var prev = current;
    current = value;
    try { return fn(); } finally { current = prev; }
  }
};
var c4 = dc.channel('muk:stores');
console.log('runStores without stores', c4.runStores({ a: 1 }, function (x, y) { return [current, x, y]; }, null, 'x', 'y'));
c4.bindStore(store, function (data) { return 'transformed:' + data.id; });
console.log('bound', c4.hasSubscribers);
c4.subscribe(function (m) { console.log('published in runStores', m.id, current); });
console.log('runStores', c4.runStores({ id: 7 }, function (arg) { return current + '/' + arg; }, null, 'arg'));
console.log('after', current, c4.unbindStore(store), c4.unbindStore(store));
c4.bindStore(store);
console.log('no transform', c4.runStores({ id: 8 }, function () { return current.id; }));

fails('channel(1)', function () { dc.channel(1); });
fails('channel()', function () { dc.channel(); });
fails('subscribe non-function', function () { ch.subscribe('x'); });
fails('module subscribe non-function', function () { dc.subscribe('muk:other', null); });
console.log('done', ch.hasSubscribers);
