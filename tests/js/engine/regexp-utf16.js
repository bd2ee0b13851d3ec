// lastIndex and string indices count UTF-16 units; long strings; indexOf.
function show(label, v) { console.log(label + ' ' + JSON.stringify(v)); }
function loop(re, s) { var m, o = []; re.lastIndex = 0; while ((m = re.exec(s)) !== null) { o.push([m[0], m.index, re.lastIndex]); if (m[0] === '') re.lastIndex++; } return o; }
show('exec-latin', loop(/a/g, 'éaéa'));
show('exec-astral', loop(/a/g, '😀a😀a'));
show('exec-cjk', loop(/[一-龥]+/g, 'ab中文cd汉字'));
show('exec-empty', loop(/x*/g, 'éa'));
var r = /a/g; r.lastIndex = 2; show('set-lastIndex', [r.exec('éaéa').index, r.lastIndex]);
r = /a/g; r.lastIndex = 99; show('past-end', [r.exec('aaa'), r.lastIndex]);
r = /a/g; r.lastIndex = 3; show('at-end', [r.exec('aaa'), r.lastIndex]);
r = /$/g; r.lastIndex = 3; show('empty-at-end', [r.exec('aaa').index, r.lastIndex]);
r = /a/g; r.lastIndex = -5; show('negative', [r.exec('ba').index, r.lastIndex]);
r = /é/g; show('test-g', [r.test('ééx'), r.lastIndex, r.test('ééx'), r.lastIndex, r.test('ééx'), r.lastIndex]);
r = /a/; r.lastIndex = 5; show('non-global-ignores', [r.exec('ab').index, r.lastIndex]);
var big = new Array(70001).join('a') + 'XbX' + new Array(70001).join('é') + 'X';
show('long-string', loop(/X/g, big).map(function (x) { return [x[1], x[2]]; }));
show('long-test', (function () { var q = /X/g, n = 0; while (q.test(big)) n++; return [n, q.lastIndex]; })());
show('long-replace', big.replace(/X/g, function (m, o) { return '<' + o + '>'; }).length);
show('indexOf', ['😀a😀a'.indexOf('a'), '😀a😀a'.indexOf('a', 3), 'éaéa'.indexOf('a', 2), 'abc'.indexOf(''), 'abc'.indexOf('', 2), 'abc'.indexOf('', 9), '😀'.indexOf('')]);
show('lastIndexOf', ['😀a😀a'.lastIndexOf('a'), '😀a😀a'.lastIndexOf('a', 4), 'abc'.lastIndexOf(''), 'abc'.lastIndexOf('', 1), 'éaéa'.lastIndexOf('é')]);
show('search', ['😀a😀a'.search(/a$/), 'éaéb'.search(/b/)]);
show('split-captures-limit', 'a1b2c3d'.split(/(\d)/, 4));
show('replace-astral-dollar', '😀a😀a'.replace(/a/g, '[$`]'));
show('replace-string-astral', '😀-😀-'.replace('-', function (m, o, s) { return o + s.length; }));
