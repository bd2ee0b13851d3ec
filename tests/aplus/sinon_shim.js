// The part of sinon (1.x) that promises-aplus-tests uses, in ES5:
// spy([fn]), stub().returns(v)/.throws(e), match.same(v),
// assert.calledWith / notCalled / callOrder.
'use strict';

var assert = require('assert');
var callId = 0;

function makeProxy(fn) {
  var behavior = { kind: 'none', value: undefined };
  var proxy = function () {
    var args = Array.prototype.slice.call(arguments);
    proxy.called = true;
    proxy.callCount++;
    proxy.args.push(args);
    proxy.thisValues.push(this);
    proxy.callIds.push(++callId);
    if (behavior.kind === 'throws') throw behavior.value;
    if (behavior.kind === 'returns') return behavior.value;
    if (typeof fn === 'function') return fn.apply(this, arguments);
    return undefined;
  };
  proxy.called = false;
  proxy.callCount = 0;
  proxy.args = [];
  proxy.thisValues = [];
  proxy.callIds = [];
  proxy.returns = function (v) {
    behavior.kind = 'returns';
    behavior.value = v;
    return proxy;
  };
  proxy.throws = function (e) {
    behavior.kind = 'throws';
    behavior.value = e;
    return proxy;
  };
  proxy.calledBefore = function (other) {
    if (!proxy.called) return false;
    if (!other.called) return true;
    return proxy.callIds[0] < other.callIds[other.callIds.length - 1];
  };
  return proxy;
}

function Matcher(test, text) {
  this.test = test;
  this.message = text;
}

function argMatches(expected, actual) {
  if (expected instanceof Matcher) return expected.test(actual);
  try {
    assert.deepEqual(actual, expected);
    return true;
  } catch (e) {
    return false;
  }
}

function fail(text) {
  var err = new Error(text);
  err.name = 'AssertError';
  throw err;
}

var sinon = {
  spy: function (fn) { return makeProxy(fn); },
  stub: function () { return makeProxy(undefined); },
  match: {
    same: function (v) {
      return new Matcher(function (actual) { return actual === v; }, 'same(' + String(v) + ')');
    }
  },
  assert: {
    calledWith: function (spy) {
      var expected = Array.prototype.slice.call(arguments, 1);
      for (var c = 0; c < spy.args.length; c++) {
        var ok = true;
        for (var i = 0; i < expected.length && ok; i++) ok = argMatches(expected[i], spy.args[c][i]);
        if (ok) return;
      }
      fail('expected spy to be called with arguments (called ' + spy.callCount + ' times)');
    },
    notCalled: function (spy) {
      if (spy.called) fail('expected spy to not have been called but was called ' +
                           spy.callCount + ' times');
    },
    callOrder: function () {
      var spies = Array.prototype.slice.call(arguments);
      for (var i = 1; i < spies.length; i++) {
        if (!spies[i - 1].calledBefore(spies[i]) || !spies[i].called) {
          fail('expected spies to be called in order (spy ' + (i - 1) + ' then spy ' + i + ')');
        }
      }
    }
  }
};

module.exports = sinon;
