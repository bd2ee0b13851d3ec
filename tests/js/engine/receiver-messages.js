// Built-ins called on the wrong receiver, with V8's wording (mujs patch 0226).
function t(f) { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } }
['trim', 'toUpperCase', 'slice', 'indexOf', 'split', 'replace', 'charAt', 'padStart', 'includes', 'startsWith'].forEach(function (m) {
  t(function () { return String.prototype[m].call(null); });
  t(function () { return String.prototype[m].call(undefined); });
});
['concat', 'join', 'push', 'slice', 'map', 'forEach', 'indexOf', 'reverse', 'sort', 'filter', 'includes', 'at', 'flat'].forEach(function (m) {
  t(function () { return Array.prototype[m].call(null, function () {}); });
});
t(function () { return Function.prototype.bind.call(5); });
t(function () { return Object.prototype.toString.call(null); });
t(function () { return Object.prototype.hasOwnProperty.call(null, 'a'); });
t(function () { return Number.prototype.toFixed.call('5'); });
t(function () { return Date.prototype.getTime.call({}); });
t(function () { return RegExp.prototype.exec.call({}); });
t(function () { return Boolean.prototype.valueOf.call(5); });
t(function () { return new Map().get.call({}); });
t(function () { return Promise.prototype.then.call(5); });
