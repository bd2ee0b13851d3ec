// A one-argument recursive function reaches 10,000 frames; going past the
// limit throws an exception the script catches (never a crash).
function f(n) { return n === 0 ? 0 : 1 + f(n - 1); }
console.log(f(10000));
var depth = 0;
function g() { depth++; g(); }
try { g(); } catch (e) { console.log('caught', e instanceof Error, depth > 10000); }
// and again, from inside a callback re-entered from C
[1].forEach(function () {
  depth = 0;
  try { g(); } catch (e) { console.log('caught in callback', depth > 5000); }
});
console.log('alive');
