// internal/process — builds the global `process` object over the native
// binding. It becomes an EventEmitter on first use of an emitter method, so
// scripts that never listen don't pay for compiling 'events' at startup.
'use strict';

module.exports = function makeProcess(P, requireBuiltin) {
  var process = {};
  var emitterMethods = ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener',
    'off', 'removeListener', 'removeAllListeners', 'emit', 'listeners', 'rawListeners',
    'listenerCount', 'eventNames', 'setMaxListeners', 'getMaxListeners'];
  var becameEmitter = false;
  function becomeEmitter() {
    if (becameEmitter) return;
    becameEmitter = true;
    var EE = requireBuiltin('events');
    for (var i = 0; i < emitterMethods.length; i++) delete process[emitterMethods[i]];
    if (typeof Object.setPrototypeOf === 'function') {
      Object.setPrototypeOf(process, EE.prototype);
    } else {
      // a system libmujs without bridge/es_extras.c: borrow the methods
      for (var k in EE.prototype) {
        Object.defineProperty(process, k, { value: EE.prototype[k], writable: true, configurable: true, enumerable: false });
      }
    }
    EE.call(process);
    // A listener for a signal replaces its default action (Node's
    // startListeningIfSignal / stopListeningIfSignal).
    process.on('newListener', function (type) {
      var n = signalNumber(type);
      if (n !== undefined && process.listenerCount(type) === 0) watchSignal(type, n);
    });
    process.on('removeListener', function (type) {
      var n = signalNumber(type);
      if (n !== undefined && process.listenerCount(type) === 0) internalBinding('signals').unwatch(n);
    });
  }
  function signalNumber(type) {
    if (typeof type !== 'string' || type.slice(0, 3) !== 'SIG') return undefined;
    var n = requireBuiltin('os').constants.signals[type];
    return typeof n === 'number' ? n : undefined;
  }
  var signalNames;
  function watchSignal(type, n) {
    var SB = internalBinding('signals');
    if (!signalNames) {
      signalNames = {};
      SB.setHandler(function (signum) { process.emit(signalNames[signum], signalNames[signum], signum); });
    }
    signalNames[n] = type;
    var r = SB.watch(n);
    if (r < 0) {
      var e = requireBuiltin('internal/service').uvException(r, 'uv_signal_start');
      throw e;
    }
  }
  emitterMethods.forEach(function (name) {
    Object.defineProperty(process, name, {
      configurable: true, enumerable: false, writable: true,
      value: function () {
        if (name === 'emit' && !becameEmitter) return false;
        if (name === 'listenerCount' && !becameEmitter) return 0;
        if ((name === 'listeners' || name === 'rawListeners' || name === 'eventNames') && !becameEmitter) return [];
        becomeEmitter();
        return process[name].apply(process, arguments);
      }
    });
  });

  process.title = 'muk';
  process.version = 'v' + P.version;
  process.versions = { muk: P.version, uv: P.uvVersion, mujs: '1.3.6' };
  process.arch = 'x64';
  process.platform = 'linux';
  process.release = { name: 'muk' };
  process.pid = P.pid;
  process.ppid = P.ppid;
  process.execPath = P.execPath;
  process.argv = P.argv();
  process.argv0 = P.argv0;
  process.execArgv = [];
  process.env = P.env();
  process.exitCode = undefined;
  process.config = { variables: {} };

  process.cwd = function cwd() { return P.cwd(); };
  process.chdir = function chdir(dir) {
    if (typeof dir !== 'string') {
      var errors = requireBuiltin('internal/errors');
      throw errors.invalidArgType('directory', 'string', dir);
    }
    var r = P.chdir(dir);
    if (r < 0) {
      var S = requireBuiltin('internal/service');
      var e = S.errors().uvException(r, 'chdir', process.cwd(), dir);
      e.message = e.code + ': ' + S.strerror(r) + ', chdir ' + process.cwd() + " -> '" + dir + "'";
      throw e;
    }
  };
  process.uptime = function uptime() { return P.uptime(); };
  process.hrtime = function hrtime(prev) {
    var t = P.hrtime();
    if (prev !== undefined) {
      if (!Array.isArray(prev)) {
        throw requireBuiltin('internal/errors').invalidArgType('time', 'an instance of Array', prev);
      }
      var s = t[0] - prev[0], ns = t[1] - prev[1];
      if (ns < 0) { s -= 1; ns += 1e9; }
      return [s, ns];
    }
    return t;
  };
  process.hrtime.bigint = function () {
    throw new Error('process.hrtime.bigint() is not supported: muk (mujs, ES5) has no BigInt; use process.hrtime()');
  };
  process.memoryUsage = function memoryUsage() {
    var rss = P.rss();
    var external = P.external();
    return { rss: rss, heapTotal: 0, heapUsed: 0, external: external, arrayBuffers: external };
  };
  process.memoryUsage.rss = function () { return P.rss(); };
  process.cpuUsage = function cpuUsage(prev) {
    var u = P.cpuUsage();
    if (prev) return { user: u[0] - prev.user, system: u[1] - prev.system };
    return { user: u[0], system: u[1] };
  };
  process.kill = function kill(pid, sig) {
    var signals = requireBuiltin('os').constants.signals;
    var n = sig === undefined ? 15 : (typeof sig === 'number' ? sig : signals[sig]);
    if (n === undefined) {
      var e = new TypeError('Unknown signal: ' + sig);
      e.code = 'ERR_UNKNOWN_SIGNAL';
      throw e;
    }
    var r = P.kill(pid, n);
    if (r < 0) throw requireBuiltin('internal/service').uvException(r, 'kill');
    return true;
  };
  process.exit = function exit(code) {
    if (code !== undefined) process.exitCode = code;
    P.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  };
  process.reallyExit = function (code) { P.reallyExit(code | 0); };
  process.abort = function () { P.kill(P.pid, 6); };

  // The standard streams, made on first use per kind of fd (internal/stdio).
  // (an object without a prototype: a script may put indices on Array.prototype)
  var stdio = Object.create(null);
  function stdioGetter(fd) {
    return function () {
      if (stdio[fd] === undefined) {
        var S = requireBuiltin('internal/stdio');
        stdio[fd] = fd === 0 ? S.makeStdin() : S.makeWriter(fd);
        if (fd === 1 && stdio[fd].isTTY) {
          process.on('SIGWINCH', function () { stdio[1]._refreshSize(); });
        }
      }
      return stdio[fd];
    };
  }
  ['stdin', 'stdout', 'stderr'].forEach(function (name, fd) {
    Object.defineProperty(process, name, {
      configurable: true, enumerable: false, get: stdioGetter(fd),
      set: function (v) { Object.defineProperty(process, name, { value: v, writable: true, configurable: true }); }
    });
  });

  // ---- nextTick ------------------------------------------------------------
  // native queue (bridge/ticks.c)
  process.nextTick = P.nextTick;

  // Node's emitWarning (argument checks, detail, ctor, noDeprecation, the
  // '(muk:PID) Name: message' line and the 'warning' event)
  process.emitWarning = function emitWarning(warning, type, code, ctor) {
    return requireBuiltin('internal/util_warning').rawEmitWarning.apply(undefined, arguments);
  };

  process.binding = function (name) {
    throw new Error('No such module: ' + name);
  };

  // --experimental-permission / --allow-*: process.permission, and without
  // --allow-env a process.env that denies every access (Deno's model).
  var PB = internalBinding('permission');
  if (PB.enabled()) {
    process.permission = {
      has: function has(scope, reference) {
        return requireBuiltin('internal/permission').has(scope, reference);
      }
    };
    if (!PB.has(PB.CAPS.indexOf('env'))) {
      requireBuiltin('internal/env').guard();
      process.env = PB.envGuard();
    }
    process.nextTick(function () {
      process.emitWarning('Permission is an experimental feature and might change at any time',
        'ExperimentalWarning');
    });
  }
  return process;
};
