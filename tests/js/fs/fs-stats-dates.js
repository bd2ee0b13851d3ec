// A Stats's Dates (atime, mtime, ctime, birthtime) are made only when
// something first reads them in muk (mujs patch 0012): every way of reading
// must find a real Date, the same one each time, and every way of writing
// must replace it. Each case starts from a fresh Stats (fs.stat callback).
var fs = require('fs');
var ref = fs.statSync(__filename);
var T = ref.mtime.getTime();
var cases = [];
function add(name, fn) { cases.push([name, fn]); }
function isT(d) { return d instanceof Date && d.getTime() === T; }

add('read', function (st) { return [isT(st.mtime), st.mtime === st.mtime, st.mtime !== st.atime, typeof st.mtime]; });
add('computed key', function (st) { var k = 'mt' + 'ime'; return [isT(st[k])]; });
add('descriptor first', function (st) {
  var d = Object.getOwnPropertyDescriptor(st, 'mtime');
  return [isT(d.value), d.value === st.mtime, d.writable, d.enumerable, d.configurable];
});
add('json first', function (st) {
  var j = JSON.parse(JSON.stringify(st));
  return [j.mtime === ref.mtime.toISOString(), isT(st.mtime)];
});
add('for-in first', function (st) {
  var n = 0; for (var k in st) if (st[k] instanceof Date) n++;
  return [n];
});
add('keys then values', function (st) {
  var ks = Object.keys(st), n = 0;
  for (var i = 0; i < ks.length; i++) if (st[ks[i]] instanceof Date) n++;
  return [ks.length, n];
});
add('with', function (st) { with (st) { return [isT(mtime), birthtime instanceof Date]; } });
add('assign first', function (st) { st.mtime = 5; return [st.mtime, typeof st.mtime, st.atime instanceof Date]; });
add('assign date', function (st) { var d = new Date(0); st.ctime = d; return [st.ctime === d, st.ctime.getTime()]; });
add('defineProperty value', function (st) {
  Object.defineProperty(st, 'atime', { value: 'x' });
  return [st.atime, Object.getOwnPropertyDescriptor(st, 'atime').value];
});
add('defineProperty attrs only', function (st) {
  Object.defineProperty(st, 'atime', { enumerable: false });
  return [isT(st.atime) || st.atime instanceof Date, Object.keys(st).indexOf('atime'), st.propertyIsEnumerable('atime')];
});
add('delete first', function (st) { var r = delete st.mtime; return [r, 'mtime' in st, st.mtime]; });
add('delete and re-add', function (st) { delete st.mtime; st.mtime = 7; return [st.mtime]; });
add('freeze first', function (st) {
  Object.freeze(st); st.mtime = 1;
  return [isT(st.mtime), Object.isFrozen(st), Object.getOwnPropertyDescriptor(st, 'mtime').writable];
});
add('defineProperties from', function (st) {
  var target = {};
  try { Object.defineProperties(target, { m: { value: st.mtime, enumerable: true } }); } catch (e) { return [e.name]; }
  return [isT(target.m), target.m === st.mtime];
});
add('create with Stats', function (st) {
  try { Object.create(null, st); return ['no error']; } catch (e) { return [e.name]; }
});
add('date methods', function (st) {
  return [st.birthtime.getTime() === ref.birthtime.getTime(), st.ctime.toISOString() === ref.ctime.toISOString(),
          typeof st.atime.valueOf(), +st.mtime === T, st.mtime - ref.mtime];
});
add('Ms and Date agree', function (st) {
  return [st.mtime.getTime() === Math.round(st.mtimeMs) || st.mtime.getTime() === Math.floor(st.mtimeMs)];
});
add('hasOwnProperty', function (st) { return [st.hasOwnProperty('ctime'), st.propertyIsEnumerable('ctime')]; });
add('dates outlive the Stats', function (st) {
  var d = st.mtime; st = null;
  var junk = []; for (var i = 0; i < 30000; i++) junk.push({ i: i });
  return [isT(d), junk.length];
});
add('in a prototype', function (st) { var o = Object.create(st); return [isT(o.mtime), o.mtime === st.mtime]; });
add('apply as this', function (st) { return [(function () { return isT(this.mtime); }).call(st)]; });

var results = new Array(cases.length), left = cases.length;
cases.forEach(function (c, i) {
  fs.stat(__filename, function (err, st) {
    if (err) throw err;
    var r;
    try { r = c[1](st); } catch (e) { r = ['threw ' + e.name]; }
    results[i] = c[0] + ': ' + r.join(' ');
    if (--left === 0) console.log(results.join('\n'));
  });
});
