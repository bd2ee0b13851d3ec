// Unbounded loops whose body can match the empty string (mujs patch 0036):
// V8 accepts these regexps, and an iteration past the minimum that matches
// nothing ends the loop. A backreference to a group that took no part is
// such a body: this once never returned.
var cases = [
  [/(?=a)+/, 'a'], [/(?=a)+?/, 'a'], [/(?:)*/, 'a'], [/(a*)*/, 'b'], [/(a*)+?b/, 'b'],
  [/(?=a)*/, 'a'], [/(a|)+b/, 'aab'], [/(?:a?)*?c/, 'aac'], [/(b|c)*?\1+?(b|c){2}|[ab]/m, '12 a3'],
  [/(b)?\1*x/, 'x'], [/(a)\1+/, 'aaab'], [/(x?)*y/, 'xxy'], [/(?:x*)*y/, 'xxxy']
];
cases.forEach(function (c) { console.log(String(c[0]), JSON.stringify(c[1]), JSON.stringify(c[0].exec(c[1]))); });
console.log(JSON.stringify('bab'.match(/(?=a)+?|ab/g)), JSON.stringify('aXbX'.replace(/(?:X?)*/g, '-')),
  JSON.stringify('abc'.split(/(?:)*/)));
// a longer subject (mujs's backtracker recurses per iteration, up to 1024)
var long = new Array(301).join('a') + 'b';
console.log(/(a|)+b/.test(long), /(?:a*)*b/.test(long));
