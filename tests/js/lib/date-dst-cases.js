// Local time with daylight saving time (date/date-dst-paris and
// date/date-dst-newyork run it in Europe/Paris and
// America/New_York): offsets and hours on both sides of a transition, local
// times in the spring gap and the autumn overlap, parsing of local times.
// Zone names are left out: V8 takes long names from ICU, which muk lacks.
var out = [];
function show(d) {
  out.push([d.getTime(), d.getHours(), d.getMinutes(), d.getTimezoneOffset(), d.toUTCString(), d.toString().replace(/ \(.*\)$/, ''),
            d.toLocaleString()].join(' | '));
}
[[2026, 0, 15, 12], [2026, 6, 15, 12], [2026, 2, 29, 1, 30], [2026, 2, 29, 2, 30], [2026, 2, 29, 3, 30], [2026, 2, 8, 2, 30],
 [2026, 9, 25, 2, 30], [2026, 10, 1, 1, 30], [1950, 5, 1, 12], [2100, 6, 1, 12]].forEach(function (a) {
  show(new Date(a[0], a[1], a[2], a[3], a[4] || 0));
});
[Date.UTC(2026, 2, 29, 0, 59, 59), Date.UTC(2026, 2, 29, 1, 0, 0), Date.UTC(2026, 9, 25, 0, 59), Date.UTC(2026, 9, 25, 1, 0),
 Date.UTC(2026, 2, 8, 6, 59), Date.UTC(2026, 2, 8, 7, 0)].forEach(function (t) { show(new Date(t)); });
['2026-07-01T12:00', '2026-07-01T12:00:00', '2026-01-01 08:30:00', 'Jul 1, 2026 12:00', '7/1/2026', '2026-07-01'].forEach(function (s) {
  out.push(s + ' => ' + Date.parse(s));
});
var d = new Date(2026, 0, 31, 12); d.setMonth(6); show(d); d.setHours(2, 30); show(d); d.setDate(15); show(d);
console.log(out.join('\n'));
