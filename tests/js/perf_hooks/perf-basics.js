// perf_hooks and the performance global: now() counts from the process's
// start and moves with process.hrtime, timeOrigin + now() is Date.now(),
// marks and measures (by name, by options, by numbers) in the entry lists,
// clearing them, and the errors of bad arguments.
'use strict';
var ph = require('perf_hooks');
var performance = ph.performance;
console.log(typeof globalThis.performance, globalThis.performance === performance);
var d = Object.getOwnPropertyDescriptor(globalThis, 'performance');
console.log(d.enumerable, d.configurable);

var t0 = performance.now();
console.log(typeof t0, t0 > 0, t0 < process.uptime() * 1000 + 50);
// bracketed, so a loaded machine's pauses between the calls cannot matter
var n0a = performance.now(), h0 = process.hrtime(), n0b = performance.now();
var spin = Date.now() + 30;
while (Date.now() < spin) {}
var n1a = performance.now(), h = process.hrtime(h0), n1b = performance.now();
var hms = h[0] * 1e3 + h[1] / 1e6;
console.log('now follows hrtime:', hms >= n1a - n0b - 0.01 && hms <= n1b - n0a + 0.01);
var d0 = Date.now(), x = performance.timeOrigin + performance.now(), d1 = Date.now();
console.log('timeOrigin + now ~ Date.now:', x >= d0 - 50 && x <= d1 + 50);

var a = performance.mark('a', { detail: { step: 1 } });
console.log(a instanceof ph.PerformanceMark, a instanceof ph.PerformanceEntry, a.name, a.entryType, a.duration, JSON.stringify(a.detail));
console.log(Object.keys(a.toJSON()).join(','));
spin = Date.now() + 20;
while (Date.now() < spin) {}
performance.mark('b');
var m = performance.measure('a to b', 'a', 'b');
console.log(m instanceof ph.PerformanceMeasure, m.entryType, m.duration >= 15, m.startTime === a.startTime);
var m2 = performance.measure('fixed', { start: 10, end: 25, detail: 'x' });
console.log(m2.startTime, m2.duration, m2.detail);
var m3 = performance.measure('dur', { start: 5, duration: 7 });
console.log(m3.startTime, m3.duration);
var m4 = performance.mark('at', { startTime: 3 });
console.log(m4.startTime, m4.detail);
console.log(performance.getEntries().map(function (e) { return e.entryType + ':' + e.name; }).join(' '));
console.log(performance.getEntriesByType('mark').length, performance.getEntriesByType('measure').length,
  performance.getEntriesByName('a').length, performance.getEntriesByName('a to b', 'measure').length);
performance.clearMarks('a');
console.log(performance.getEntriesByType('mark').map(function (e) { return e.name; }).join(' '));
performance.clearMarks();
performance.clearMeasures('dur');
console.log(performance.getEntriesByType('mark').length, performance.getEntriesByType('measure').map(function (e) { return e.name; }).join(' '));
performance.clearMeasures();
console.log(performance.getEntries().length, JSON.stringify(Object.keys(performance.toJSON()).indexOf('timeOrigin') >= 0));

function err(f) { try { f(); return 'no error'; } catch (e) { return e.name + ' ' + e.code + ': ' + e.message; } }
console.log(err(function () { performance.measure('x', 'nope'); }));
console.log(err(function () { performance.mark(); }));
console.log(err(function () { performance.mark('x', 5); }));
console.log(err(function () { performance.mark('x', { startTime: -1 }); }));
console.log(err(function () { return new ph.PerformanceEntry(); }));
console.log(JSON.stringify(ph.constants));
