// Annex B: String.prototype's HTML methods (CreateHTML: the attribute
// value with " escaped, ToString of this, null refused) and
// Date.prototype.getYear/setYear (0..99 as 1900s, NaN), in UTC.
var s = 'x"y';
console.log(['anchor', 'fontcolor', 'fontsize', 'link'].map(function (m) { return s[m]('a"b'); }).join(' '));
console.log(['big', 'blink', 'bold', 'fixed', 'italics', 'small', 'strike', 'sub', 'sup'].map(function (m) { return 'z'[m](); }).join(''));
console.log('q'.anchor(), 'q'.link(undefined), String.prototype.bold.call(5), String.prototype.anchor.length, String.prototype.big.name);
try { String.prototype.bold.call(null); } catch (e) { console.log(e.constructor.name, e.message); }
var d = new Date(Date.UTC(2026, 11, 7, 12));
console.log(d.getYear(), d.setYear(95), d.getFullYear(), d.setYear(2001), d.getYear(), d.setYear(NaN), d.getYear(), new Date(NaN).setYear(99), new Date(NaN).setFullYear(2020));
console.log(Date.prototype.getYear.length, Date.prototype.setYear.length, new Date(Date.UTC(1850, 0, 1)).getYear());
