// A small mocha-compatible BDD runner in ES5: describe/it/specify,
// before/after/beforeEach/afterEach, async `done` with a per-test timeout,
// `this.timeout(ms)`, tests may also return a promise. Reports failures with
// their full titles and ends with the line "N passing, N failing".
'use strict';

function Suite(title, parent) {
  this.title = title;
  this.parent = parent;
  this.children = [];     // Suites and Tests in declaration order
  this.before = [];
  this.after = [];
  this.beforeEach = [];
  this.afterEach = [];
}

Suite.prototype.fullTitle = function () {
  var parts = [];
  for (var s = this; s; s = s.parent) if (s.title) parts.unshift(s.title);
  return parts.join(' ');
};

function Test(title, fn, parent) {
  this.title = title;
  this.fn = fn;
  this.parent = parent;
}

Test.prototype.fullTitle = function () {
  var t = this.parent.fullTitle();
  return t ? t + ' ' + this.title : this.title;
};

var defer = typeof setImmediate === 'function' ? setImmediate :
  function (fn) { setTimeout(fn, 0); };

function errText(err) {
  if (err === undefined) return 'undefined';
  if (err === null) return 'null';
  if (typeof err === 'object' && typeof err.message === 'string') {
    var name = err.name || 'Error';
    return name + ': ' + err.message;
  }
  return String(err);
}

function Runner(options) {
  options = options || {};
  this.timeout = options.timeout || 2000;
  this.verbose = !!options.verbose;
  this.grep = options.grep || null;
  this.root = new Suite('', null);
  this.current = this.root;
  this.passes = 0;
  this.failures = [];
  this.pending = 0;
  this.onUncaught = null;   // set while a test/hook runs
}

// Installs describe/it/... on `target` (the global object).
Runner.prototype.install = function (target) {
  var self = this;
  function describe(title, fn) {
    var suite = new Suite(title, self.current);
    self.current.children.push(suite);
    var prev = self.current;
    self.current = suite;
    try {
      fn.call(suite);
    } finally {
      self.current = prev;
    }
    return suite;
  }
  function it(title, fn) {
    var test = new Test(title, fn, self.current);
    self.current.children.push(test);
    return test;
  }
  function hook(kind) {
    return function (title, fn) {
      if (typeof title === 'function') fn = title;
      self.current[kind].push(fn);
    };
  }
  describe.skip = function () {};
  it.skip = function () { self.pending++; };
  target.describe = describe;
  target.context = describe;
  target.it = it;
  target.specify = it;
  target.before = hook('before');
  target.after = hook('after');
  target.beforeEach = hook('beforeEach');
  target.afterEach = hook('afterEach');
};

// Runs fn (sync, with done, or returning a thenable) with a timeout; calls
// cb(err) exactly once.
Runner.prototype.callFn = function (fn, ctxTitle, cb) {
  var self = this;
  var finished = false;
  var timer = null;
  var ms = this.timeout;
  var ctx = {
    timeout: function (n) {
      if (n === undefined) return ms;
      ms = n;
      if (timer !== null) {
        clearTimeout(timer);
        arm();
      }
      return ctx;
    },
    slow: function () { return ctx; }
  };
  function finish(err) {
    if (finished) {
      if (err === undefined || err === null) {
        err = new Error('done() called multiple times in "' + ctxTitle + '"');
      }
      self.failures.push({ title: ctxTitle, error: err, late: true });
      return;
    }
    finished = true;
    if (timer !== null) clearTimeout(timer);
    self.onUncaught = null;
    defer(function () { cb(err); });
  }
  function arm() {
    timer = setTimeout(function () {
      timer = null;
      finish(new Error('Timeout of ' + ms + 'ms exceeded.'));
    }, ms);
  }
  self.onUncaught = function (err) { finish(err); };
  var async = fn.length > 0;
  var result;
  try {
    if (async) {
      arm();
      fn.call(ctx, function done(err) {
        if (err !== undefined && err !== null && !(err instanceof Error) &&
            !(typeof err === 'object' && typeof err.message === 'string')) {
          err = new Error('done() invoked with non-Error: ' + String(err));
        }
        finish(err === null ? undefined : err);
      });
    } else {
      result = fn.call(ctx);
    }
  } catch (e) {
    finish(e === undefined ? new Error('undefined thrown') : e);
    return;
  }
  if (!async) {
    if (result && typeof result.then === 'function') {
      arm();
      result.then(function () { finish(); }, function (e) {
        finish(e || new Error('Promise rejected with falsy reason'));
      });
    } else {
      finish();
    }
  }
};

// Runs the functions in list one after another; cb(err) on the first error.
Runner.prototype.series = function (list, title, cb) {
  var self = this;
  var i = 0;
  function next(err) {
    if (err !== undefined) return cb(err);
    if (i >= list.length) return cb();
    var fn = list[i++];
    self.callFn(fn, title, next);
  }
  next();
};

function collectEach(suite, kind) {
  var chain = [];
  for (var s = suite; s; s = s.parent) chain.unshift(s);
  var out = [];
  for (var i = 0; i < chain.length; i++) {
    var hooks = chain[i][kind];
    for (var j = 0; j < hooks.length; j++) out.push(hooks[j]);
  }
  if (kind === 'afterEach') {
    // innermost afterEach first, like mocha
    out = [];
    for (var k = chain.length - 1; k >= 0; k--) {
      for (var m = 0; m < chain[k].afterEach.length; m++) out.push(chain[k].afterEach[m]);
    }
  }
  return out;
}

Runner.prototype.runTest = function (test, cb) {
  var self = this;
  var title = test.fullTitle();
  if (self.grep && title.indexOf(self.grep) === -1) return defer(cb);
  self.series(collectEach(test.parent, 'beforeEach'), title + ' ("before each" hook)', function (err) {
    if (err !== undefined) {
      self.failures.push({ title: title, error: err });
      return cb();
    }
    self.callFn(test.fn, title, function (err2) {
      if (err2 !== undefined) {
        self.failures.push({ title: title, error: err2 });
        if (self.verbose) console.log('  FAIL ' + title);
      } else {
        self.passes++;
        if (self.verbose) console.log('  ok ' + title);
      }
      self.series(collectEach(test.parent, 'afterEach'), title + ' ("after each" hook)',
        function (err3) {
          if (err3 !== undefined) self.failures.push({ title: title, error: err3 });
          cb();
        });
    });
  });
};

Runner.prototype.runSuite = function (suite, cb) {
  var self = this;
  var title = suite.fullTitle();
  self.series(suite.before, title + ' ("before all" hook)', function (err) {
    if (err !== undefined) {
      self.failures.push({ title: title + ' "before all" hook', error: err });
      return cb();
    }
    var i = 0;
    function next() {
      if (i >= suite.children.length) {
        return self.series(suite.after, title + ' ("after all" hook)', function (err2) {
          if (err2 !== undefined) {
            self.failures.push({ title: title + ' "after all" hook', error: err2 });
          }
          cb();
        });
      }
      var child = suite.children[i++];
      if (child instanceof Suite) self.runSuite(child, next);
      else self.runTest(child, next);
    }
    next();
  });
};

// Runs everything; cb(failureCount) after printing the report.
Runner.prototype.run = function (cb) {
  var self = this;
  var handler = function (err) {
    if (self.onUncaught) self.onUncaught(err);
    else self.failures.push({ title: '(uncaught outside a test)', error: err });
  };
  var canHook = typeof process === 'object' && typeof process.on === 'function';
  // The suite leaves rejected promises unhandled on purpose: ignore them.
  var ignore = function () {};
  if (canHook) {
    process.on('uncaughtException', handler);
    process.on('unhandledRejection', ignore);
  }
  self.runSuite(self.root, function () {
    if (canHook && typeof process.removeListener === 'function') {
      process.removeListener('uncaughtException', handler);
      process.removeListener('unhandledRejection', ignore);
    }
    var lines = [];
    for (var i = 0; i < self.failures.length; i++) {
      var f = self.failures[i];
      lines.push('  ' + (i + 1) + ') ' + f.title + '\n     ' + errText(f.error));
    }
    if (lines.length) console.log(lines.join('\n') + '\n');
    console.log(self.passes + ' passing, ' + self.failures.length + ' failing');
    cb(self.failures.length);
  });
};

exports.Runner = Runner;
exports.Suite = Suite;
exports.Test = Test;
