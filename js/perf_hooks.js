// perf_hooks — `performance` (also a global, as in Node): now, timeOrigin,
// marks and measures with their entry lists, toJSON; the entry classes.
// Not here yet: PerformanceObserver, the histograms (monitorEventLoopDelay,
// createHistogram), timerify, eventLoopUtilization, resource timing.
'use strict';

var errors = require('internal/errors');

function hrMs() {
  var t = process.hrtime();
  return t[0] * 1e3 + t[1] / 1e6;
}

// The process's start on both clocks: now() counts from it, as Node's.
var startHr = hrMs() - process.uptime() * 1e3;
var timeOrigin = Date.now() - process.uptime() * 1e3;

function now() { return hrMs() - startHr; }

function PerformanceEntry() {
  throw errors.makeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}
PerformanceEntry.prototype.toJSON = function toJSON() {
  return { name: this.name, entryType: this.entryType, startTime: this.startTime,
           duration: this.duration, detail: this.detail };
};

function makeEntry(Ctor, name, type, start, duration, detail) {
  var e = Object.create(Ctor.prototype);
  e.name = name;
  e.entryType = type;
  e.startTime = start;
  e.duration = duration;
  e.detail = detail === undefined ? null : detail;
  return e;
}

function PerformanceMark(name, options) {
  if (!(this instanceof PerformanceMark))
    throw new TypeError("Class constructor PerformanceMark cannot be invoked without 'new'");
  var m = createMark(name, options);
  for (var k in m) if (Object.prototype.hasOwnProperty.call(m, k)) this[k] = m[k];
}
PerformanceMark.prototype = Object.create(PerformanceEntry.prototype);
PerformanceMark.prototype.constructor = PerformanceMark;

function PerformanceMeasure() {
  throw errors.makeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}
PerformanceMeasure.prototype = Object.create(PerformanceEntry.prototype);
PerformanceMeasure.prototype.constructor = PerformanceMeasure;

var marks = [], measures = [];

function createMark(name, options) {
  if (arguments.length === 0) throw errors.missingArgs(['name']);
  if (options !== undefined && (options === null || typeof options !== 'object'))
    throw errors.invalidArgType('options', 'Object', options);
  var start = options && options.startTime !== undefined ? options.startTime : now();
  if (typeof start !== 'number') throw errors.invalidArgType('options.startTime', 'number', start);
  if (start < 0) throw errors.makeError(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP', start + ' is not a valid timestamp');
  return makeEntry(PerformanceMark, String(name), 'mark', start, 0, options ? options.detail : undefined);
}

// A mark's time by name (the latest with that name), or a number as is.
function markTime(nameOrTime) {
  if (typeof nameOrTime === 'number') {
    if (nameOrTime < 0) throw errors.makeError(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP', nameOrTime + ' is not a valid timestamp');
    return nameOrTime;
  }
  var name = String(nameOrTime);
  for (var i = marks.length - 1; i >= 0; i--) if (marks[i].name === name) return marks[i].startTime;
  var e = new SyntaxError('The "' + name + '" performance mark has not been set');
  e.code = 12;
  throw e;
}

function Performance() {
  throw errors.makeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}
var performance = Object.create(Performance.prototype);

Performance.prototype.now = now;
Object.defineProperty(Performance.prototype, 'timeOrigin', {
  get: function () { return timeOrigin; }, enumerable: true, configurable: true
});
Performance.prototype.mark = function mark(name, options) {
  var m = createMark.apply(null, arguments);
  marks.push(m);
  return m;
};
Performance.prototype.measure = function measure(name, startOrOptions, endMark) {
  if (arguments.length === 0) throw errors.missingArgs(['name']);
  var start = 0, end, detail;
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    if (startOrOptions.start !== undefined) start = markTime(startOrOptions.start);
    if (startOrOptions.end !== undefined) end = markTime(startOrOptions.end);
    else if (startOrOptions.duration !== undefined) end = start + startOrOptions.duration;
    detail = startOrOptions.detail;
  } else if (startOrOptions !== undefined) {
    start = markTime(startOrOptions);
  }
  if (endMark !== undefined) end = markTime(endMark);
  if (end === undefined) end = now();
  var m = makeEntry(PerformanceMeasure, String(name), 'measure', start, end - start, detail);
  measures.push(m);
  return m;
};
function clear(list, name) {
  if (name === undefined) { list.length = 0; return; }
  name = String(name);
  for (var i = list.length - 1; i >= 0; i--) if (list[i].name === name) list.splice(i, 1);
}
Performance.prototype.clearMarks = function clearMarks(name) { clear(marks, name); };
Performance.prototype.clearMeasures = function clearMeasures(name) { clear(measures, name); };
function byTime(a, b) { return a.startTime - b.startTime; }
Performance.prototype.getEntries = function getEntries() {
  return marks.concat(measures).sort(byTime);
};
Performance.prototype.getEntriesByName = function getEntriesByName(name, type) {
  name = String(name);
  return this.getEntries().filter(function (e) {
    return e.name === name && (type === undefined || e.entryType === type);
  });
};
Performance.prototype.getEntriesByType = function getEntriesByType(type) {
  return type === 'mark' ? marks.slice().sort(byTime) : type === 'measure' ? measures.slice().sort(byTime) : [];
};
Performance.prototype.toJSON = function toJSON() {
  return { timeOrigin: timeOrigin };
};

module.exports = {
  performance: performance,
  Performance: Performance,
  PerformanceEntry: PerformanceEntry,
  PerformanceMark: PerformanceMark,
  PerformanceMeasure: PerformanceMeasure,
  constants: {
    NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8, NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0, NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4, NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16, NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64
  }
};
