// The child side of cp-fork.js (not a test by itself: no .out). It echoes
// each message back with a counter; mode 'leave' disconnects itself.
var mode = process.argv[2];
var n = 0;
console.log('child', mode, typeof process.send, process.connected, process.env.NODE_CHANNEL_FD);
process.on('message', function (m) {
  var k = ++n;
  console.log('child got', JSON.stringify(m));
  process.send({ n: k, echo: m }, function (err) {
    if (mode === 'leave' && k === 2) {
      console.log('child leaves', err);
      process.disconnect();
    }
  });
});
process.on('disconnect', function () { console.log('child disconnect', process.connected); });
