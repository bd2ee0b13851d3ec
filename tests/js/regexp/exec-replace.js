// exec's result (index, input, groups, undefined for unmatched groups),
// lastIndex with g, and String's match / replace / split / search edge
// cases, compared with node (mujs patch 0050 on PCRE2).
var util = require('util');
function p() { console.log(Array.prototype.map.call(arguments, function (x) { return util.inspect(x); }).join(' ')); }

p(/a(b)?(c)/.exec('xac'));
p(/(?<first>\w+) (?<last>\w+)?/.exec('Ada '));
p(/z/.exec('abc'), /(?:)/.exec(''), /$/.exec('ab').index);

// lastIndex with g: advances, resets on failure, past the end fails
var re = /o/g, seen = [];
while (re.exec('foo boo') !== null) seen.push(re.lastIndex);
p(seen, re.lastIndex);
re.lastIndex = 99; p(re.test('foo'), re.lastIndex);
re.lastIndex = 2; p(re.exec('foo').index, re.lastIndex);
re = /a/; re.lastIndex = 5; p(re.test('a'), re.lastIndex);
var e = /x*/g; p(e.exec('ab').index, e.lastIndex, e.exec('ab').index, e.lastIndex);
var u = /\u00e9/g; p(u.exec('\u00e9t\u00e9').index, u.lastIndex, u.exec('\u00e9t\u00e9').index, u.lastIndex);
var a = /b/g; p(a.exec('\ud83d\ude00b').index, a.lastIndex);

// source and toString
p(new RegExp('a/b').source, String(new RegExp('a/b', 'gim')), new RegExp('').source, String(/[/]/));

// replace: $-patterns
p('abc'.replace(/b/, '[$&|$`|$\'|$$|$1|$0]'));
p('abc'.replace(/(b)/, '[$1|$01|$10|$2|$11]'));
p('abcdefghijkl'.replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/, '$11-$10-$1-$12-$011'));
p('aaa'.replace(/a/g, '$&$&'), 'aaa'.replace(/a*?/g, '-'), 'abc'.replace(/x*/g, '_'));
p('x-y'.replace(/(x)|(y)/g, '[$1$2]'));
p('a1b22'.replace(/\d+/g, function (m, off, s) { return '<' + m + '@' + off + '/' + s.length + '>'; }));
p('ab'.replace(/(a)(z)?/, function () { return JSON.stringify(Array.prototype.slice.call(arguments)); }));
p('\u00e9a\u00e9a'.replace(/a/g, function (m, off) { return off; }));
p('aaaa'.replace(/^a/gm, 'b'), 'a\na'.replace(/^a/gm, 'b'), 'a\na'.replace(/a$/g, 'b'));
p('one two'.replace(/(?<w>\w+)/g, function (m, w, off, s, groups) { return typeof groups; }));

// split
p('a,b,,c'.split(/,/), 'a,b,c'.split(/,/, 2), 'abc'.split(/(?:)/), 'abc'.split(/(b)/));
p(''.split(/x/), ''.split(/(?:)/), 'ab'.split(/a*?/), 'ab'.split(/(a)|(x)/), 'a1b2c'.split(/(\d)/, 3));
p('test'.split(/t/), 'A<B>bold</B>and<CODE>coded</CODE>'.split(/<(\/)?([^<>]+)>/));

// match and search
p('aXbXc'.match(/x/gi), 'abc'.match(/z/g), 'abc'.match(/(b)(c)?/), ''.match(/(?:)/g));
p('abc'.search(/c/), 'abc'.search(/z/), 'a\u00e9c'.search(/c/), 'abc'.search(/b/g));
var g = /b/g; g.lastIndex = 2; p('abcb'.search(g), g.lastIndex, 'abab'.match(g), g.lastIndex);
// a literal's source is its text
console.log(/a\/b/.source, /[\/]/.source, /[/]/.source, String(/\//g), /a\/b/.test('a/b'));
