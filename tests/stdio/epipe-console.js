// console.log from timers to a reader that went away ends the script
var i = 0;
function w() { for (var k = 0; k < 100; k++) console.log('line ' + (i++)); setImmediate(w); }
w();
