// Inputs of 1 MiB: no recursion per character (mujs's old matcher threw
// "regexec failed" past a few thousand characters), and exec/replace/split
// loops over one long string (mujs patch 0050 converts it once).
var MiB = 1 << 20;
var a = new Array(MiB + 1).join('a');
var words = new Array(MiB / 8 + 1).join('lorem 1 ');
var accented = new Array(MiB / 4 + 1).join('\u00e9t\u00e9 ');
console.log(a.length, /^[a-z]+$/.test(a), /^(a|b)+$/.test(a), /^(?:a|b)*c/.test(a), /a*$/.exec(a)[0].length);
console.log(/^(a+)+$/.test(a), /(\w)\1*$/.exec(a)[0].length, /.*/.exec(a)[0].length, /[^]+/.exec(a)[0].length);
console.log(words.replace(/\d/g, '#').length, words.split(/ /).length, words.match(/\w+/g).length, words.search(/x/));
console.log(words.replace(/(\w+) (\d)/g, '$2$1').slice(0, 20), words.replace(/o/g, function (m, off) { return off % 10; }).slice(-16));
var re = /t\u00e9/g, n = 0, last = 0;
while (re.exec(accented)) { n++; last = re.lastIndex; }
console.log(n, last, accented.length, accented.lastIndexOf('t\u00e9') + 2);
console.log(accented.replace(/\u00e9/g, 'e').length, accented.split(/\s+/).length, /\u00e9 $/.exec(accented).index);
console.log(/^(?:\u00e9t\u00e9 )+$/.test(accented), /(\u00e9)(t)/i.exec(accented.toUpperCase()).slice(1));
