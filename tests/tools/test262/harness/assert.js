// A hand-written stand-in for test262's harness/assert.js: the runner's
// self-test needs only these two functions.
function assert(value, message) {
  if (value !== true) throw new Test262Error(message || 'Expected true');
}
assert.sameValue = function (actual, expected, message) {
  if (actual !== expected) throw new Test262Error((message || '') + ' expected ' + expected + ', got ' + actual);
};
