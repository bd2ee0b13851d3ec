// Stats objects outlived by their Dates, with properties deleted and
// re-added, collected by the GC many times over (muk lays a Stats's 18
// property nodes out in the object's own allocation: mujs patch 0010).
var fs = require('fs');
var n = 400, left = n, kept = [], dates = [], sizes = {};
var ref = fs.statSync(__filename);
function churn() { // garbage enough for several collections
  var a = [];
  for (var i = 0; i < 20000; i++) a.push({ i: i, s: 'x' + i });
  return a.length;
}
for (var i = 0; i < n; i++) {
  (function (i) {
    fs.stat(__filename, function (err, st) {
      if (err) throw err;
      dates.push(st.mtime); // the Date outlives its Stats
      if (i % 3 === 0) { delete st.size; delete st.mode; st.size = i; st.extra = 'e' + i; }
      if (i % 5 === 0) { delete st.atime; delete st.dev; delete st.birthtimeMs; }
      if (i % 7 === 0) kept[i / 7] = st; // in request order: replies come in any order
      if (i % 50 === 0) churn();
      if (--left === 0) done();
    });
  })(i);
}
function done() {
  churn(); churn();
  var ok = 0;
  for (var j = 0; j < dates.length; j++)
    if (dates[j] instanceof Date && dates[j].getTime() === ref.mtime.getTime()) ok++;
  console.log('dates', dates.length, ok);
  var lines = [];
  for (var k = 0; k < kept.length; k++) {
    var st = kept[k];
    lines.push(Object.keys(st).length + ':' + (st.size === ref.size ? 'ref' : st.size) + ':' +
      ('extra' in st ? st.extra : '-') + ':' + ('dev' in st) + ':' + (st.mtime.getTime() === ref.mtime.getTime()));
  }
  console.log(lines.join('\n'));
  console.log(JSON.stringify(Object.keys(kept[0]).sort()));
}
