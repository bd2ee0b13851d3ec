var n = 0;
var iv = setInterval(function (a) {
  n++;
  console.log('interval', n, a);
  if (n === 3) clearInterval(iv);
}, 100, 'arg');
var t = setTimeout(function () { console.log('never'); }, 1);
clearTimeout(t);
var im = setImmediate(function () { console.log('never immediate'); });
clearImmediate(im);
clearTimeout(undefined);
clearTimeout(null);
clearInterval({});
var u = setTimeout(function () { console.log('unref timer never runs'); }, 100000);
u.unref();
console.log('hasRef after unref', u.hasRef());
u.ref();
console.log('hasRef after ref', u.hasRef());
u.unref();
console.log(typeof setTimeout(function () {}, 0).ref);
var i2 = setImmediate(function () { console.log('immediate with args', Array.prototype.slice.call(arguments).join(',')); }, 1, 2, 3);
console.log('immediate hasRef', i2.hasRef());
// refresh() restarts the timer from now: without it r fires at 400 ms,
// with it (at 200 ms) at 600 ms; the marker at 450 ms sees it not yet fired.
var fired = false;
var r = setTimeout(function () { fired = true; console.log('refreshed timer ran'); }, 400);
setTimeout(function () { r.refresh(); }, 200);
setTimeout(function () { console.log('at 450 ms, refreshed timer fired:', fired); }, 450);
