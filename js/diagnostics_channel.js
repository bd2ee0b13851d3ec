// diagnostics_channel — named channels for diagnostic messages (Node 20):
// channel(name), hasSubscribers, subscribe/unsubscribe (by name or on the
// channel), publish, bindStore/unbindStore/runStores (with any store that has
// run(value, fn), such as an AsyncLocalStorage), tracingChannel. A channel
// is Channel until it has subscribers or stores, then ActiveChannel, as in
// Node. Channels are kept for the life of the process (Node: weakly).
'use strict';

var errors = require('internal/errors');

var channels = new Map();

function reportError(err) {
  process.nextTick(function () { throw err; });
}

function Channel(name) {
  this._subscribers = undefined;
  this._stores = undefined;
  this.name = name;
}

function ActiveChannel() {}
ActiveChannel.prototype = Object.create(null);

function activate(ch) {
  if (Object.getPrototypeOf(ch) === ActiveChannel.prototype) return;
  Object.setPrototypeOf(ch, ActiveChannel.prototype);
  ch._subscribers = [];
  ch._stores = new Map();
}
function maybeDeactivate(ch) {
  if (ch._subscribers.length === 0 && ch._stores.size === 0) {
    Object.setPrototypeOf(ch, Channel.prototype);
    ch._subscribers = undefined;
    ch._stores = undefined;
  }
}

function validateSubscription(fn) {
  if (typeof fn !== 'function') throw errors.invalidArgType('subscription', ['function'], fn);
}

function defineMethods(proto, methods) {
  for (var k in methods)
    Object.defineProperty(proto, k, { value: methods[k], writable: true, configurable: true });
}

defineMethods(Channel.prototype, {
  subscribe: function subscribe(subscription) {
    activate(this); // before the check, as node (a bad subscription leaves it active)
    this.subscribe(subscription);
  },
  unsubscribe: function unsubscribe() { return false; },
  bindStore: function bindStore(store, transform) {
    activate(this);
    this.bindStore(store, transform);
  },
  unbindStore: function unbindStore() { return false; },
  publish: function publish() {},
  runStores: function runStores(data, fn, thisArg) {
    return fn.apply(thisArg, Array.prototype.slice.call(arguments, 3));
  }
});
Object.defineProperty(Channel.prototype, 'hasSubscribers', {
  get: function hasSubscribers() { return false; }, configurable: true
});

defineMethods(ActiveChannel.prototype, {
  constructor: ActiveChannel,
  subscribe: function subscribe(subscription) {
    validateSubscription(subscription);
    this._subscribers = this._subscribers.concat([subscription]);
  },
  unsubscribe: function unsubscribe(subscription) {
    var i = this._subscribers.indexOf(subscription);
    if (i === -1) return false;
    var next = this._subscribers.slice();
    next.splice(i, 1);
    this._subscribers = next;
    maybeDeactivate(this);
    return true;
  },
  bindStore: function bindStore(store, transform) {
    this._stores.set(store, transform);
  },
  unbindStore: function unbindStore(store) {
    if (!this._stores.has(store)) return false;
    this._stores.delete(store);
    maybeDeactivate(this);
    return true;
  },
  publish: function publish(data) {
    var subs = this._subscribers; // a snapshot: (un)subscribing copies
    for (var i = 0; i < subs.length; i++) {
      try {
        subs[i](data, this.name);
      } catch (err) {
        reportError(err);
      }
    }
  },
  runStores: function runStores(data, fn, thisArg) {
    var args = Array.prototype.slice.call(arguments, 3);
    var self = this;
    var run = function () {
      self.publish(data);
      return fn.apply(thisArg, args);
    };
    this._stores.forEach(function (transform, store) {
      var inner = run;
      run = function () {
        var value = data;
        if (typeof transform === 'function') {
          try {
            value = transform(data);
          } catch (err) {
            reportError(err);
            return inner();
          }
        }
        return store.run(value, inner);
      };
    });
    return run();
  }
});
Object.setPrototypeOf(ActiveChannel.prototype, Channel.prototype);
Object.defineProperty(ActiveChannel.prototype, 'hasSubscribers', {
  get: function hasSubscribers() { return true; }, configurable: true
});
if (typeof Symbol === 'function' && Symbol.hasInstance) {
  Object.defineProperty(Channel, Symbol.hasInstance, {
    value: function (instance) {
      // as node's: Object.getPrototypeOf(instance), which throws for null/undefined
      if (instance === null || instance === undefined) throw new TypeError('Cannot convert undefined or null to object');
      if (typeof instance !== 'object') return false;
      var p = Object.getPrototypeOf(instance);
      return p === Channel.prototype || p === ActiveChannel.prototype;
    },
    configurable: true
  });
}

function channel(name) {
  var ch = channels.get(name);
  if (ch !== undefined) return ch;
  if (typeof name !== 'string' && typeof name !== 'symbol')
    throw errors.invalidArgType('channel', ['string', 'symbol'], name);
  ch = new Channel(name);
  channels.set(name, ch);
  return ch;
}

function hasSubscribers(name) {
  var ch = channels.get(name);
  return ch !== undefined && ch.hasSubscribers;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

// ---- tracingChannel

var EVENTS = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

function TracingChannel(nameOrChannels) {
  var i;
  if (typeof nameOrChannels === 'string') {
    for (i = 0; i < EVENTS.length; i++)
      Object.defineProperty(this, EVENTS[i], { value: channel('tracing:' + nameOrChannels + ':' + EVENTS[i]) });
  } else if (nameOrChannels !== null && typeof nameOrChannels === 'object') {
    for (i = 0; i < EVENTS.length; i++) {
      var ch = nameOrChannels[EVENTS[i]];
      if (!(ch instanceof Channel)) throw errors.invalidArgType('nameOrChannels.' + EVENTS[i], ['Channel'], ch);
      Object.defineProperty(this, EVENTS[i], { value: ch });
    }
  } else {
    throw errors.invalidArgType('nameOrChannels', ['string', 'object', 'TracingChannel'], nameOrChannels);
  }
}

function restArgs(args, from) { return Array.prototype.slice.call(args, from); }

defineMethods(TracingChannel.prototype, {
  subscribe: function subscribe(handlers) {
    for (var i = 0; i < EVENTS.length; i++)
      if (handlers[EVENTS[i]]) this[EVENTS[i]].subscribe(handlers[EVENTS[i]]);
  },
  unsubscribe: function unsubscribe(handlers) {
    var done = true;
    for (var i = 0; i < EVENTS.length; i++) {
      if (!handlers[EVENTS[i]]) continue;
      if (!this[EVENTS[i]].unsubscribe(handlers[EVENTS[i]])) done = false;
    }
    return done;
  },
  traceSync: function traceSync(fn, context, thisArg) {
    var args = restArgs(arguments, 3);
    if (!this.hasSubscribers) return fn.apply(thisArg, args);
    if (context === undefined) context = {};
    var end = this.end, error = this.error;
    return this.start.runStores(context, function () {
      try {
        var result = fn.apply(thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  },
  tracePromise: function tracePromise(fn, context, thisArg) {
    var args = restArgs(arguments, 3);
    if (!this.hasSubscribers) return fn.apply(thisArg, args);
    if (context === undefined) context = {};
    var end = this.end, asyncStart = this.asyncStart, asyncEnd = this.asyncEnd, error = this.error;
    function reject(err) {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(err);
    }
    function resolve(result) {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    }
    return this.start.runStores(context, function () {
      try {
        var promise = fn.apply(thisArg, args);
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return promise.then(resolve, reject);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  },
  traceCallback: function traceCallback(fn, position, context, thisArg) {
    var args = restArgs(arguments, 4);
    if (!this.hasSubscribers) return fn.apply(thisArg, args);
    if (position === undefined) position = -1;
    if (context === undefined) context = {};
    var end = this.end, asyncStart = this.asyncStart, asyncEnd = this.asyncEnd, error = this.error;
    var at = position < 0 ? args.length + position : position;
    var callback = args[at];
    errors.validateFunction(callback, 'callback');
    function wrappedCallback(err, res) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = res;
      }
      var self = this, cbArgs = arguments;
      asyncStart.runStores(context, function () {
        try {
          return callback.apply(self, cbArgs);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(at, 1, wrappedCallback);
    return this.start.runStores(context, function () {
      try {
        return fn.apply(thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
});
Object.defineProperty(TracingChannel.prototype, 'hasSubscribers', {
  get: function hasSubscribers() {
    return this.start.hasSubscribers || this.end.hasSubscribers || this.asyncStart.hasSubscribers ||
           this.asyncEnd.hasSubscribers || this.error.hasSubscribers;
  },
  configurable: true
});

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel: channel,
  hasSubscribers: hasSubscribers,
  subscribe: subscribe,
  tracingChannel: tracingChannel,
  unsubscribe: unsubscribe,
  Channel: Channel
};
