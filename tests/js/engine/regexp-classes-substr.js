// String.prototype.substr (Annex B) and big character classes, vs node
var s = 'héllo😀wörld';
var cases = [[0], [1, 3], [-3], [-3, 2], [5, 2], [6, 1], [20], [2, -1], [2, 0], [NaN, 2], [1.7, 2.9], [-100, 3], [3, 100], [undefined, 2]];
cases.forEach(function (c) { console.log(JSON.stringify(c), JSON.stringify(s.substr.apply(s, c))); });
console.log('abc'.substr.length, String.prototype.propertyIsEnumerable('substr'));
// a class of hundreds of ranges (an ES identifier's, as esprima has)
var ranges = [];
for (var i = 0; i < 700; i++) ranges.push('\\u' + (0x1000 + i * 4).toString(16) + '-\\u' + (0x1000 + i * 4 + 1).toString(16));
var re = new RegExp('^[a-z' + ranges.join('') + ']+$');
console.log(re.test('ab\u1000\u1001\u1004'), re.test('\u1002'), re.test('\u1aec\u1aed'), re.test('\u1aee'));
var neg = new RegExp('[^' + ranges.join('') + ']', 'g');
console.log('\u1000x\u1005y\u1006'.replace(neg, '.'));
