// Writable with a synchronous _write: where callbacks, 'drain' and 'finish'
// land relative to process.nextTick, with and without write callbacks, in
// byte and object mode.
var stream = require('stream');
function L(s) { console.log(s); }

function run(name, opts, withCb, next) {
  var w = new stream.Writable(Object.assign ? opts : opts);
  w._write = function (c, e, cb) { L(name + ' _write ' + c); cb(); };
  w.on('drain', function () { L(name + ' drain'); });
  w.on('finish', function () { L(name + ' finish'); });
  w.on('close', function () { L(name + ' close'); next && setTimeout(next, 5); });
  for (var i = 0; i < 3; i++) {
    var r = withCb ? w.write('' + i, function () { L(name + ' cb'); }) : w.write('' + i);
    L(name + ' write ' + i + ' ' + r);
  }
  process.nextTick(function () { L(name + ' tick1'); });
  w.end();
  process.nextTick(function () { L(name + ' tick2'); });
  Promise.resolve().then(function () { L(name + ' micro'); });
}

run('bytes', { highWaterMark: 2 }, false, function () {
  run('bytesCb', { highWaterMark: 2 }, true, function () {
    run('objects', { objectMode: true, highWaterMark: 2 }, false, function () {
      run('objectsCb', { objectMode: true }, true, function () {
        run('bigHwm', {}, false, null);
      });
    });
  });
});
