// Deep recursion throws V8's RangeError, whichever engine limit it reaches
// (call frames, value stack, nested trys, scopes), catchable with a message.
function report(label, e) {
  console.log(label, e instanceof RangeError, e instanceof Error, e.name, e.message,
              Object.prototype.toString.call(e));
}
var depth = 0;
function noArgs() { depth++; noArgs(); }
try { noArgs(); } catch (e) { report('frames:', e); }
function manyArgs(a, b, c, d, e, f, g, h) { var x = 1, y = 2, z = 3; return manyArgs(a, b, c, d, e, f, g, h, x, y, z) + 1; }
try { manyArgs(1, 2, 3, 4, 5, 6, 7, 8); } catch (e) { report('value stack:', e); }
function withTry() { try { withTry(); } catch (e) { throw e; } }
try { withTry(); } catch (e) { report('nested try:', e); }
var o = { toString: function () { return String(this); } };
try { String(o); } catch (e) { report('through toString:', e); }
try { [1].forEach(function cb() { [1].forEach(cb); }); } catch (e) { report('through forEach:', e); }
function withScope(n) { with ({ n: n }) { return withScope(n + 1); } }
try { withScope(0); } catch (e) { report('with scopes:', e); }
// a stack overflow caught deep down leaves the program working
function catchAt(n) { if (n === 0) { try { noArgs(); } catch (e) { return e.message; } } return catchAt(n - 1); }
console.log(catchAt(100));
console.log(String(new RangeError('x')), 'alive');
