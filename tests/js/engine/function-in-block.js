// A function declaration inside a block is valid code for every engine
// (ES2015 Annex B.3.3): it runs as node runs it, and the engine prints no
// warning (function-in-block.stderr is empty: stderr must be).
function pick(flag) {
  if (flag) {
    function g() { return 'a'; }
  } else {
    function g() { return 'b'; }
  }
  return g();
}
console.log(pick(true), pick(false));
for (var i = 0; i < 2; i++) {
  function inLoop() { return i; }
  console.log(inLoop());
}
try { function inTry() { return 'try'; } console.log(inTry()); } catch (e) {}
