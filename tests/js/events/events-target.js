// EventTarget, Event and CustomEvent as node 20 has them: dispatch order,
// listener options (once, passive, capture, signal), handleEvent objects,
// duplicates, removal during dispatch, stopImmediatePropagation,
// preventDefault, the Event fields, inspect, and the argument errors.
var util = require('util');
function fails(label, f) {
  try {
    f();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

var et = new EventTarget();
var log = [];
function a(e) { log.push('a:' + e.type + ':' + (this === et) + ':' + e.eventPhase); }
function b() { log.push('b'); }
et.addEventListener('x', a);
et.addEventListener('x', b);
et.addEventListener('x', a); // duplicate: ignored
et.addEventListener('x', a, true); // capture differs: a second listener
et.addEventListener('x', { handleEvent: function (e) { log.push('obj:' + (this !== et) + ':' + e.type); } });
console.log(et.dispatchEvent(new Event('x')), log.join(' '));
log = [];
et.removeEventListener('x', a);
et.removeEventListener('x', a, { capture: true });
et.removeEventListener('x', function () {}); // not there: nothing
console.log(et.dispatchEvent(new Event('x')), log.join(' '));
console.log(require('events').getEventListeners(et, 'x').length, require('events').getEventListeners(et, 'none'));

// once, and a listener removed or added while the event is dispatched
var t2 = new EventTarget();
log = [];
function second() { log.push('second'); }
t2.addEventListener('e', function () { log.push('first'); t2.removeEventListener('e', second); t2.addEventListener('e', function () { log.push('late'); }); });
t2.addEventListener('e', second);
t2.addEventListener('e', function () { log.push('once'); }, { once: true });
t2.dispatchEvent(new Event('e'));
log.push('|');
t2.dispatchEvent(new Event('e'));
console.log(log.join(' '));

// stopImmediatePropagation, cancelBubble, preventDefault, passive
var t3 = new EventTarget();
log = [];
t3.addEventListener('s', function (e) { log.push('1'); e.stopImmediatePropagation(); });
t3.addEventListener('s', function () { log.push('2'); });
t3.dispatchEvent(new Event('s'));
console.log(log.join(' '));
var t4 = new EventTarget();
t4.addEventListener('c', function (e) { e.preventDefault(); console.log('in listener', e.defaultPrevented, e.returnValue, e.cancelable); });
var cancelable = new Event('c', { cancelable: true });
console.log(t4.dispatchEvent(cancelable), cancelable.defaultPrevented, cancelable.returnValue);
var notCancelable = new Event('c');
console.log(t4.dispatchEvent(notCancelable), notCancelable.defaultPrevented);
var t5 = new EventTarget();
t5.addEventListener('p', function (e) { e.preventDefault(); console.log('passive', e.defaultPrevented); }, { passive: true });
t5.addEventListener('p', function (e) { console.log('after passive', e.defaultPrevented); });
console.log(t5.dispatchEvent(new Event('p', { cancelable: true })));

// signal removes the listener; an aborted signal adds nothing
var t6 = new EventTarget();
var ac = new AbortController();
t6.addEventListener('g', function () { console.log('signal listener'); }, { signal: ac.signal });
t6.dispatchEvent(new Event('g'));
ac.abort();
t6.dispatchEvent(new Event('g'));
t6.addEventListener('g', function () { console.log('never'); }, { signal: AbortSignal.abort() });
t6.dispatchEvent(new Event('g'));
console.log('after abort', require('events').getEventListeners(t6, 'g').length);

// the Event's fields
var ev = new Event('fields', { bubbles: true, cancelable: true, composed: true });
console.log(ev.type, ev.bubbles, ev.cancelable, ev.composed, ev.isTrusted, ev.target, ev.currentTarget,
            ev.srcElement, ev.eventPhase, ev.defaultPrevented, ev.returnValue, ev.cancelBubble,
            typeof ev.timeStamp, ev.timeStamp > 0, ev.composedPath());
var t7 = new EventTarget();
t7.addEventListener('fields', function (e) {
  console.log('during', e.target === t7, e.currentTarget === t7, e.eventPhase, e.composedPath().length);
  e.cancelBubble = true;
  console.log('cancelBubble', e.cancelBubble);
});
t7.dispatchEvent(ev);
console.log('after', ev.target === t7, ev.currentTarget, ev.eventPhase);
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, ev.AT_TARGET);
console.log(new Event(1).type, new Event(null).type, new Event('x', null).bubbles);

var ce = new CustomEvent('cust', { detail: { n: 1 } });
console.log(ce instanceof Event, ce.type, ce.detail, new CustomEvent('d').detail);
var t8 = new EventTarget();
t8.addEventListener('cust', function (e) { console.log('custom got', e.detail.n); });
t8.dispatchEvent(ce);

console.log(util.inspect(new EventTarget()), Object.prototype.toString.call(new EventTarget()),
            Object.prototype.toString.call(ev), Object.keys(new EventTarget()));
var t9 = new EventTarget();
log = [];
t9.addEventListener('r', function (e) {
  log.push('r1');
  try { t9.dispatchEvent(e); } catch (err) { log.push(err.code); }
});
t9.addEventListener('r', function (e) { log.push('r2:' + e.eventPhase + ':' + e.composedPath().length); e.stopPropagation(); });
t9.addEventListener('r', function () { log.push('r3'); });
t9.dispatchEvent(new Event('r'));
console.log(log.join(' '));

// errors
fails('Event()', function () { new Event(); });
fails('Event options', function () { new Event('x', 5); });
fails('CustomEvent()', function () { new CustomEvent(); });
fails('add no args', function () { et.addEventListener('x'); });
fails('add bad listener', function () { et.addEventListener('x', 5); });
fails('add bad signal', function () { et.addEventListener('x', b, { signal: 1 }); });
fails('remove no args', function () { et.removeEventListener('x'); });
fails('dispatch plain', function () { et.dispatchEvent({ type: 'x' }); });
fails('dispatch none', function () { et.dispatchEvent(); });
fails('type getter', function () { Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({}); });
fails('Event without new', function () { Event('x'); });
fails('add on non-target', function () { EventTarget.prototype.addEventListener.call({}, 'x', b); });
