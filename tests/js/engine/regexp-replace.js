// String.prototype.replace / match / split and RegExp.prototype.exec: captures, offsets, $-patterns (vs node)
function show(label, v) { console.log(label + ' ' + JSON.stringify(v)); }
function args() { return Array.prototype.slice.call(arguments); }
var log = [];
function rec() { log.push(Array.prototype.slice.call(arguments)); return '<' + arguments[0] + '>'; }
function run(label, s, re, rep) { log = []; var r = s.replace(re, rep === undefined ? rec : rep); show(label, [r, log]); }
run('opt-group', 'hello <%= user %>!', /<%-([\s\S]+?)%>|<%=([\s\S]+?)%>|\$\{([^\\}]*)\}|<%([\s\S]+?)%>|$/g);
run('offsets-g', 'a-b-c', /-|$/g);
run('offsets-nong', 'xx-yy', /-/);
run('empty-g', 'abc', /x*/g);
run('unicode-offset', 'ééé-ü-ß', /-/g);
run('astral-offset', '😀a😀a', /a/g);
run('groups-all', '2024-11-26', /(\d+)-(\d+)-(\d+)/);
run('unmatched-middle', 'ac', /(a)(b)?(c)/);
run('dollar-backtick-g', 'a-b-c', /-/g, '[$`]');
run('dollar-quote-g', 'a-b-c', /-/g, "[$']");
run('dollar-amp', 'a-b-c', /-/g, '[$&]');
run('dollar-n', 'john smith', /(\w+)\s(\w+)/, '$2, $1');
run('dollar-10', 'abcdefghijk', /(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/, '$10-$11-$1-$01-$0-$12');
run('dollar-10-few', 'abc', /(a)(b)/, '[$10][$20][$3][$$]');
run('dollar-unmatched', 'ac', /(a)(b)?(c)/, '[$1][$2][$3]');
run('string-needle-fn', 'a.b.c', '.');
run('string-needle-unicode', 'ää.b', '.');
run('string-needle-dollar', 'a.b.c', '.', '[$`|$\'|$&|$$|$1]');
run('sticky-last', 'aaa', /a/g, function (m, o) { return o; });
run('case-i', 'Hello HELLO hello', /hello/gi, 'x');
run('multiline', 'a\nb\nc', /^(\w)$/gm, '[$1]');
show('match-g', 'a1b22c333'.match(/\d+/g));
show('match-nong', 'a1b22c333'.match(/(\d)(\d)?/));
show('match-none', 'abc'.match(/\d/g));
show('split-groups', 'a1b2c'.split(/(\d)/));
show('split-limit', 'a,b,c,d'.split(',', 2));
show('split-empty', 'abc'.split(''));
show('split-re-empty', 'abc'.split(/(?:)/));
show('split-opt', 'ab'.split(/(x)?/));
var re = /(\w)(\d)?/g, m, all = [];
while ((m = re.exec('a1bc3')) !== null) all.push([m[0], m[1], m[2], m.index, re.lastIndex]);
show('exec-loop', all);
show('exec-unicode-index', /ü/.exec('aäü').index);
show('search', ['abcd'.search(/c/), 'äbcd'.search(/c/)]);
show('lastIndex-reset', (function () { var r = /a/g; r.test('aa'); r.test('aa'); var t = r.test('aa'); return [t, r.lastIndex]; })());
show('backref', /(a+)b\1/.exec('aaabaa'));
show('lookahead', 'price: 100 dollars, 200 euros'.match(/\d+(?= euros)/));
show('neg-lookahead', 'foo1 foo2 bar3'.match(/\b(?!bar)\w+\d/g));
show('class-ranges', /^[a-zA-Z0-9_\-\u00c0-\u00ff\u0100-\u017f\u0180-\u024f\u0250-\u02af\u0370-\u03ff\u0400-\u04ff\u0500-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0700-\u074f\u0750-\u077f\u0780-\u07bf\u07c0-\u07ff\u0800-\u083f\u0840-\u085f\u0860-\u086f\u08a0-\u08ff\u0900-\u097f\u0980-\u09ff\u0a00-\u0a7f\u0a80-\u0aff\u0b00-\u0b7f\u0b80-\u0bff\u0c00-\u0c7f\u0c80-\u0cff\u0d00-\u0d7f\u0d80-\u0dff\u0e00-\u0e7f\u0e80-\u0eff\u0f00-\u0fff]+$/.test('héllo_ж'));
show('replace-fn-this', 'ab'.replace(/a/, function () { return typeof this; }));
