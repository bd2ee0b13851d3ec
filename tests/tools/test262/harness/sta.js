// A hand-written stand-in for test262's harness/sta.js.
function Test262Error(message) { this.message = message || ''; }
Test262Error.prototype.toString = function () { return 'Test262Error: ' + this.message; };
function $DONOTEVALUATE() { throw "Test262: This statement should not be evaluated."; }
