// EventTargets and the max-listeners warning: node's text and fields, once
// per target, events.setMaxListeners/getMaxListeners on EventTargets (0
// or Infinity: no warning), and their argument errors.
var events = require('events');
var s, et;
process.on('warning', function (w) {
  console.log(w.name, w.message, w.type, w.count, w.target === s || w.target === et);
});
function noop() {}
s = new AbortController().signal;
for (var i = 0; i < 12; i++) s.addEventListener('abort', function () {});
et = new EventTarget();
for (i = 0; i < 12; i++) et.addEventListener('foo', function () {});
for (i = 0; i < 12; i++) et.addEventListener('other', function () {}); // warned once already
var et2 = new EventTarget();
events.setMaxListeners(2, et2);
console.log(events.getMaxListeners(et2), events.getMaxListeners(et));
for (i = 0; i < 3; i++) et2.addEventListener('bar', function () {});
var s2 = new AbortController().signal;
events.setMaxListeners(Infinity, s2);
for (i = 0; i < 20; i++) s2.addEventListener('abort', function () {});
var et3 = new EventTarget();
events.setMaxListeners(0, et3);
for (i = 0; i < 20; i++) et3.addEventListener('zero', function () {});
var et4 = new EventTarget();
for (i = 0; i < 11; i++) et4.addEventListener('same', noop); // duplicates: one listener
try { events.setMaxListeners(1, {}); } catch (e) { console.log(e.code, e.message); }
try { events.getMaxListeners({}); } catch (e) { console.log(e.code, e.message); }
try { events.setMaxListeners(-1, et); } catch (e) { console.log(e.code, e.message); }
