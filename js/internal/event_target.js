// internal/event_target — the Event, CustomEvent and EventTarget globals as
// Node 20 has them (the DOM's dispatch on a single target: no capture or
// bubble path): listener options once/capture/signal (and passive, which
// node 20 accepts but does not enforce), handleEvent objects,
// stopImmediatePropagation, preventDefault for cancelable events, a
// listener's exception reported as uncaught on the next tick, the
// max-listeners warning. Each object keeps its state under non-enumerable
// keys, so inspect shows none of it.
'use strict';

var errors = require('internal/errors');

var kEvent = '@@muk.event', kTarget = '@@muk.eventTarget';
var kMax = '@@muk.maxListeners', kWarned = '@@muk.maxListenersWarned';
var CUSTOM = '@@nodejs.util.inspect.custom';
var kTrusted = {}; // passed as options by AbortSignal: the event is trusted

var perf = null;
function now() {
  if (perf === null) perf = require('perf_hooks').performance;
  return perf.now();
}

function hidden(obj, key, value) {
  Object.defineProperty(obj, key, { value: value, writable: true, configurable: true });
}

function invalidThis(type) {
  return errors.makeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type ' + type);
}

function ev(self) {
  var s = self !== null && self !== undefined ? self[kEvent] : undefined;
  if (s === undefined) throw invalidThis('Event');
  return s;
}

function Event(type, options) {
  if (!(this instanceof Event))
    throw new TypeError("Class constructor Event cannot be invoked without 'new'");
  if (arguments.length === 0) throw errors.missingArgs(['type']);
  if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function')
    throw errors.invalidArgType('options', 'object', options);
  var o = options || {};
  hidden(this, kEvent, {
    type: String(type), bubbles: !!o.bubbles, cancelable: !!o.cancelable, composed: !!o.composed,
    trusted: options === kTrusted, timeStamp: now(), target: null,
    prevented: false, stop: false, stopImmediate: false, dispatching: false
  });
}

function getter(name, fn) {
  Object.defineProperty(Event.prototype, name, { get: fn, enumerable: true, configurable: true });
}
getter('type', function type() { return ev(this).type; });
getter('target', function target() { return ev(this).target; });
getter('currentTarget', function currentTarget() {
  var s = ev(this);
  return s.dispatching ? s.target : null;
});
getter('srcElement', function srcElement() { return ev(this).target; });
getter('eventPhase', function eventPhase() { return ev(this).dispatching ? 2 : 0; });
getter('bubbles', function bubbles() { return ev(this).bubbles; });
getter('cancelable', function cancelable() { return ev(this).cancelable; });
getter('composed', function composed() { return ev(this).composed; });
getter('isTrusted', function isTrusted() { return ev(this).trusted; });
getter('timeStamp', function timeStamp() { return ev(this).timeStamp; });
getter('defaultPrevented', function defaultPrevented() {
  var s = ev(this);
  return s.cancelable && s.prevented;
});
getter('returnValue', function returnValue() {
  var s = ev(this);
  return !(s.cancelable && s.prevented);
});
Object.defineProperty(Event.prototype, 'cancelBubble', {
  get: function cancelBubble() { return ev(this).stop; },
  set: function cancelBubble(v) { if (v) ev(this).stop = true; },
  enumerable: true, configurable: true
});

function method(proto, name, fn) {
  Object.defineProperty(proto, name, { value: fn, writable: true, enumerable: true, configurable: true });
}
method(Event.prototype, 'preventDefault', function preventDefault() {
  ev(this).prevented = true; // node 20 honours it in passive listeners too
});
method(Event.prototype, 'stopPropagation', function stopPropagation() { ev(this).stop = true; });
method(Event.prototype, 'stopImmediatePropagation', function stopImmediatePropagation() {
  var s = ev(this);
  s.stop = s.stopImmediate = true;
});
method(Event.prototype, 'composedPath', function composedPath() {
  var s = ev(this);
  return s.dispatching ? [s.target] : [];
});

var PHASES = ['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'];
for (var p = 0; p < PHASES.length; p++) Object.defineProperty(Event, PHASES[p], { value: p, enumerable: true });

function inspectFields(name, fields, depth, options, inspect) {
  if (depth < 0) return name; // node's Event and EventTarget; its AbortSignal: [AbortSignal]
  var opts = Object.assign({}, options, { depth: options.depth === null ? null : options.depth - 1 });
  return name + ' ' + inspect(fields, opts);
}
hidden(Event.prototype, CUSTOM, function (depth, options, inspect) {
  var s = ev(this);
  var name = this.constructor && typeof this.constructor.name === 'string' ? this.constructor.name : 'Event';
  return inspectFields(name, { type: s.type, defaultPrevented: s.cancelable && s.prevented,
                               cancelable: s.cancelable, timeStamp: s.timeStamp },
                       depth, options, inspect);
});
if (typeof Symbol === 'function' && Symbol.toStringTag)
  Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });

function CustomEvent(type, options) {
  if (!(this instanceof CustomEvent))
    throw new TypeError("Class constructor CustomEvent cannot be invoked without 'new'");
  if (arguments.length === 0) throw errors.missingArgs(['type']);
  Event.call(this, type, options);
  this[kEvent].detail = options && options.detail !== undefined ? options.detail : null;
}
CustomEvent.prototype = Object.create(Event.prototype, {
  constructor: { value: CustomEvent, writable: true, configurable: true }
});
Object.setPrototypeOf(CustomEvent, Event);
Object.defineProperty(CustomEvent.prototype, 'detail', {
  get: function detail() {
    var s = this !== null && this !== undefined ? this[kEvent] : undefined;
    if (s === undefined || !(this instanceof CustomEvent)) throw invalidThis('CustomEvent');
    return s.detail;
  },
  enumerable: true, configurable: true
});
if (typeof Symbol === 'function' && Symbol.toStringTag)
  Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', configurable: true });

// ---- EventTarget

function EventTarget() {
  if (!(this instanceof EventTarget))
    throw new TypeError("Class constructor EventTarget cannot be invoked without 'new'");
  hidden(this, kTarget, Object.create(null));
}

function listenersOf(self) {
  var m = self !== null && self !== undefined ? self[kTarget] : undefined;
  if (m === undefined) throw invalidThis('EventTarget');
  return m;
}

function isAbortSignal(v) {
  var AbortSignal = require('internal/abort_controller').AbortSignal;
  return v instanceof AbortSignal;
}

function flatten(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null || options === undefined) return {};
  if (typeof options !== 'object') return {};
  var signal = options.signal;
  if (signal !== undefined && !isAbortSignal(signal))
    throw errors.invalidArgType('options.signal', 'AbortSignal', signal);
  return { once: !!options.once, capture: !!options.capture, signal: signal };
}

function validListener(listener) {
  if (typeof listener === 'function' || (listener !== null && typeof listener === 'object')) return true;
  if (listener === null || listener === undefined) return false;
  throw errors.invalidArgType('listener', 'EventListener', listener);
}

// Each type's listeners are a list as node keeps them: a record removed
// while the event is dispatched keeps its `next`, so the walk goes on past
// it, and a listener added meanwhile is reached in the same dispatch.
function find(root, listener, capture) {
  for (var r = root.next; r !== null; r = r.next)
    if (r.listener === listener && r.capture === capture) return r;
  return null;
}

function unlink(map, type, rec) {
  var root = map[type];
  rec.removed = true;
  rec.prev.next = rec.next;
  if (rec.next !== null) rec.next.prev = rec.prev;
  else root.last = rec.prev;
  root.size--;
  if (root.next === null) delete map[type];
  if (rec.signal !== undefined) rec.signal.removeEventListener('abort', rec.onAbort);
}

method(EventTarget.prototype, 'addEventListener', function addEventListener(type, listener, options) {
  var map = listenersOf(this);
  if (arguments.length < 2) throw errors.missingArgs(['type', 'listener']);
  var o = flatten(options);
  if (!validListener(listener)) {
    process.emitWarning('addEventListener called with ' + listener + ' which has no effect.',
                        'AddEventListenerArgumentTypeWarning');
    return;
  }
  type = String(type);
  if (o.signal !== undefined && o.signal.aborted) return;
  var root = map[type];
  if (root === undefined) {
    root = map[type] = { next: null, last: null, size: 0 };
    root.last = root;
  }
  var capture = !!o.capture;
  if (find(root, listener, capture) !== null) return;
  var rec = { listener: listener, capture: capture, once: !!o.once, signal: o.signal, onAbort: undefined,
              removed: false, next: null, prev: root.last };
  root.last.next = rec;
  root.last = rec;
  if (++root.size > 1) checkMaxListeners(this, type, root.size);
  if (o.signal !== undefined) {
    var self = this;
    rec.onAbort = function () { self.removeEventListener(type, listener, { capture: capture }); };
    o.signal.addEventListener('abort', rec.onAbort, { once: true });
  }
});

method(EventTarget.prototype, 'removeEventListener', function removeEventListener(type, listener, options) {
  var map = listenersOf(this);
  if (arguments.length < 2) throw errors.missingArgs(['type', 'listener']);
  type = String(type);
  var root = map[type];
  if (root === undefined) return;
  var capture = typeof options === 'boolean' ? options : !!(options && options.capture);
  var rec = find(root, listener, capture);
  if (rec !== null) unlink(map, type, rec);
});

// node's MaxListenersExceededWarning, once per target; the limit is
// events.defaultMaxListeners until events.setMaxListeners(n, target).
var eventsMod = null;
function checkMaxListeners(target, type, size) {
  var max = target[kMax];
  if (max === undefined) {
    if (eventsMod === null) eventsMod = require('events');
    max = eventsMod.defaultMaxListeners;
  }
  if (max > 0 && size > max && !target[kWarned]) {
    hidden(target, kWarned, true);
    var name = require('internal/util_inspect').inspect(target, { depth: -1 });
    var w = new Error('Possible EventTarget memory leak detected. ' + size + ' ' + type + ' listeners added to ' +
                      name + '. MaxListeners is ' + max + '. Use events.setMaxListeners() to increase limit');
    w.name = 'MaxListenersExceededWarning';
    w.target = target;
    w.type = type;
    w.count = size;
    process.emitWarning(w);
  }
}
function setMaxListeners(target, n) {
  listenersOf(target);
  hidden(target, kMax, n);
  hidden(target, kWarned, false);
}
function getMaxListeners(target) {
  listenersOf(target);
  var max = target[kMax];
  if (max === undefined) {
    if (eventsMod === null) eventsMod = require('events');
    max = eventsMod.defaultMaxListeners;
  }
  return max;
}

function reportError(err) {
  process.nextTick(function () { throw err; });
}

// As node 20: the event counts as dispatched only until its first listener
// returns (eventPhase, currentTarget, composedPath and the recursion check
// see that).
method(EventTarget.prototype, 'dispatchEvent', function dispatchEvent(event) {
  var map = listenersOf(this);
  if (arguments.length === 0) throw errors.missingArgs(['event']);
  if (!(event instanceof Event) || event[kEvent] === undefined)
    throw errors.invalidArgType('event', 'Event', event);
  var s = event[kEvent];
  if (s.dispatching)
    throw errors.makeError(Error, 'ERR_EVENT_RECURSION', 'The event "' + s.type + '" is already being dispatched');
  s.dispatching = true;
  s.target = this;
  var root = map[s.type];
  var rec = root === undefined ? null : root.next;
  while (rec !== null && !s.stopImmediate) {
    var next = rec.next;
    if (rec.removed) {
      rec = next;
      continue;
    }
    if (rec.once) unlink(map, s.type, rec);
    try {
      var l = rec.listener, result;
      if (typeof l === 'function') {
        result = l.call(this, event);
      } else {
        var handle = l.handleEvent;
        if (typeof handle !== 'function')
          throw errors.invalidArgType('listener.handleEvent', 'Function', handle);
        result = handle.call(l, event);
      }
      s.dispatching = false;
      if (result !== undefined && result !== null && typeof result.then === 'function')
        result.then(undefined, reportError);
    } catch (err) {
      reportError(err);
    }
    rec = next;
  }
  s.dispatching = false;
  return !(s.cancelable && s.prevented);
});

hidden(EventTarget.prototype, CUSTOM, function (depth, options, inspect) {
  var name = this.constructor && typeof this.constructor.name === 'string' ? this.constructor.name : 'EventTarget';
  return inspectFields(name, {}, depth, options, inspect);
});
if (typeof Symbol === 'function' && Symbol.toStringTag)
  Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });

// events.getEventListeners(target, type): the listeners, functions or objects.
function getEventListeners(target, type) {
  var root = listenersOf(target)[String(type)];
  var out = [];
  for (var r = root === undefined ? null : root.next; r !== null; r = r.next) out.push(r.listener);
  return out;
}

// An event-handler attribute (signal.onabort): one listener, added on the
// first assignment of a function, that calls whatever the attribute holds.
function defineEventHandler(proto, type) {
  var key = '@@muk.on' + type;
  Object.defineProperty(proto, 'on' + type, {
    get: function () {
      var h = this[key];
      return h === undefined ? null : h.handler;
    },
    set: function (value) {
      var h = this[key];
      var fn = typeof value === 'function' || (value !== null && typeof value === 'object') ? value : null;
      if (h === undefined) {
        if (fn === null) return;
        h = { handler: fn };
        hidden(this, key, h);
        h.wrapper = function (event) {
          if (typeof h.handler === 'function') return h.handler.call(this, event);
        };
        this.addEventListener(type, h.wrapper);
        return;
      }
      h.handler = fn;
    },
    enumerable: true, configurable: true
  });
}

module.exports = {
  Event: Event,
  CustomEvent: CustomEvent,
  EventTarget: EventTarget,
  kTrusted: kTrusted,
  isEventTarget: function (v) { return v !== null && typeof v === 'object' && v[kTarget] !== undefined; },
  getEventListeners: getEventListeners,
  setMaxListeners: setMaxListeners,
  getMaxListeners: getMaxListeners,
  defineEventHandler: defineEventHandler,
  inspectFields: inspectFields
};
