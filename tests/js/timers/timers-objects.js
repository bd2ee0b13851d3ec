// Timeout and Immediate objects: Node's fields, ref state, ids, refresh.
var t = setTimeout(function () {}, 10);
console.log('timeout', typeof t, t._idleTimeout, t._repeat, t._destroyed, typeof t._onTimeout, t.hasRef());
console.log('chained', t.unref() === t, t.hasRef(), t.ref() === t, t.hasRef());
clearTimeout(t);
console.log('cleared', t._idleTimeout, t._onTimeout, t._destroyed, t.hasRef());
var iv = setInterval(function () {}, 25, 'a', 'b');
console.log('interval', iv._idleTimeout, iv._repeat, iv._timerArgs.join(','));
iv.close();
console.log('closed', iv._destroyed);
var im = setImmediate(function () {}, 1, 2);
console.log('immediate', typeof im, im.hasRef(), im._destroyed, im._argv.join(','));
console.log('immediate chained', im.unref() === im, im.hasRef(), im.ref() === im, im.hasRef());
clearImmediate(im);
console.log('immediate cleared', im._destroyed, im.hasRef());
console.log('no refresh on immediate', typeof im.refresh);
// +timeout is an id that clearTimeout accepts (number or string)
var byNum = setTimeout(function () { console.log('never: cleared by number'); }, 20);
var byStr = setTimeout(function () { console.log('never: cleared by string'); }, 20);
console.log('id is number', typeof +byNum, +byNum === +byNum, +byNum !== +byStr);
clearTimeout(+byNum);
clearTimeout(String(+byStr));
clearTimeout(123456789);
clearTimeout('nope');
// fired timers: hasRef stays, _destroyed set; immediates lose their ref
var fired = setTimeout(function () {
  console.log('fired: this is the timeout', this === fired, 'args', arguments.length);
  setTimeout(function () { console.log('after fire', fired._destroyed, fired.hasRef()); }, 0);
}, 1);
setTimeout(function () {
  var ranIm = setImmediate(function () {
    console.log('immediate this', this === ranIm);
    setImmediate(function () { console.log('immediate after run', ranIm._destroyed, ranIm.hasRef()); });
  });
}, 250);
// refresh() revives a timer that already fired
var revived = 0;
var r = setTimeout(function () {
  revived++;
  console.log('revivable ran', revived);
  if (revived === 1) setTimeout(function () { r.refresh(); }, 100);
}, 30);
// refresh() from its own callback re-arms it
var self = 0;
var s = setTimeout(function () {
  console.log('self-refresh', ++self);
  if (self < 3) s.refresh();
}, 40);
