// Random regexps (classes, groups, alternation, quantifiers, anchors,
// backreferences, lookahead, flags) against random strings: exec, test
// with lastIndex, match, replace with $-patterns and functions, split with
// captures and limits, search; compared with node.
var rng = require('../lib/rng');
var ri = rng.ri, pick = rng.pick;
var atoms = ['a', 'b', '.', '\\d', '\\w', '\\s', '[ab]', '[^a]', '[a-c]', '\\b', '^', '$', 'x', '(a)', '(b|c)', '(?:ab)', '(?=a)', '(?!b)', '(a)\\1', '(b)?\\1', '\\.', ' '];
var quants = ['', '', '', '*', '+', '?', '{2}', '{1,2}', '*?', '+?'];
function rre() {
  var s = '', n = 1 + ri(4);
  for (var i = 0; i < n; i++) s += pick(atoms) + pick(quants);
  if (ri(4) === 0) s = s + '|' + pick(atoms);
  return s;
}
var texts = ['', 'a', 'ab', 'aab', 'abc abc', 'b a b', 'xaxbx', '12 a3', 'aaa', 'a.b', 'ba\nab', 'cab cab c'];
function show(v) { return JSON.stringify(v); }
function run(s0) {
  rng.seed(s0);
  var out = [];
  for (var i = 0; i < 60; i++) {
    var src = rre(), flags = pick(['', 'g', 'i', 'm', 'gi', 'gm']), t = pick(texts), op = ri(8), r, re;
    var rep = pick(['<$&>', '[$1]', "$'|$`", '$$', '$2$1', '-']), lim = pick([undefined, 2, 0]), li = ri(4);
    try { re = new RegExp(src, flags); } catch (e) { out.push(i + ' /' + src + '/' + flags + ' invalid'); continue; }
    try {
      switch (op) {
      case 0: var m = re.exec(t); r = m ? [m.index, m.slice(0)] : null; break;
      case 1: var acc = []; for (var k = 0; k < 4; k++) acc.push(re.test(t) + ':' + re.lastIndex); r = acc; break;
      case 2: r = t.match(re); break;
      case 3: r = t.replace(re, rep); break;
      case 4: r = t.replace(re, function () { return '{' + Array.prototype.slice.call(arguments, 0, -1).join(',') + '}'; }); break;
      case 5: r = t.split(re, lim); break;
      case 6: r = t.search(re); break;
      case 7: re.lastIndex = li; var m2 = re.exec(t); r = [m2 && m2[0], re.lastIndex]; break;
      }
      out.push(i + ' /' + src + '/' + flags + ' ' + show(t) + ' op' + op + ' ' + show(r));
    } catch (e) { out.push(i + ' /' + src + '/' + flags + ' op' + op + ' throws ' + e.name); }
  }
  console.log(out.join('\n'));
}
for (var k = +(process.argv[2] || 1), last = +(process.argv[3] || k); k <= last; k++) run(k);
