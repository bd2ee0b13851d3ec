// Code tools as their READMEs show: uglify-js 2 (minify), esprima 4 (parse
// with ranges), js-beautify 1.6, jshint 2.9 (warnings with codes), and
// compilers that run their output: coffee-script 1.12 (through vm), less 2.7,
// ejs 2.
'use strict';
var fs = require('fs');
var src = fs.readFileSync(require.resolve('ejs'), 'utf8');

var UglifyJS = require('uglify-js');
var min = UglifyJS.minify(src, { fromString: true, mangle: true });
console.log('uglify', min.code.length < src.length / 2, min.code.slice(0, 80));
console.log('uglify ast', UglifyJS.minify('function add(first, second) { return first + second; }', { fromString: true }).code);

var esprima = require('esprima');
var ast = esprima.parseScript('var answer = 6 * 7; // the answer', { range: true, comment: true });
console.log('esprima', JSON.stringify(ast.body[0].declarations[0].init), JSON.stringify(ast.comments));
console.log('esprima tokens', esprima.tokenize('a = b + 1').map(function (t) { return t.type + ':' + t.value; }).join(' '));
try { esprima.parseScript('var = 1'); } catch (e) { console.log('esprima error', e.lineNumber, e.description); }

var beautify = require('js-beautify').js_beautify;
console.log(beautify('function f(a,b){if(a){return b}else{return [1,2,{c:3}]}}', { indent_size: 2 }));

var JSHINT = require('jshint').JSHINT;
JSHINT('var a = 1\nfunction f() { return b == null }\nf(a)', { undef: true, eqnull: false });
JSHINT.errors.forEach(function (e) { console.log('jshint', e.line + ':' + e.character, e.code, e.reason); });

var coffee = require('coffee-script');
var js = coffee.compile('square = (x) -> x * x\nlist = (square n for n in [1..4])\n"#{list.join \',\'}"', { bare: true });
console.log(js);
console.log('coffee eval', coffee.eval('(x * 2 for x in [1, 2, 3]).join "-"'));

var less = require('less');
less.render('@c: #f00;\n.mixin(@w) { width: @w * 2; }\n.a { color: darken(@c, 10%); .b { .mixin(3px); } &:hover { color: fade(@c, 50%); } }', function (e, out) {
  console.log(e ? 'less error ' + e.message : out.css);
  less.render('.a { color: @missing; }', function (e2) { console.log('less error', e2 && e2.message); });
});

var ejs = require('ejs');
console.log(ejs.render('<ul><% items.forEach(function (i) { %><li><%= i %></li><% }); %></ul><%- raw %>', { items: ['a', '<b>'], raw: '<i>x</i>' }));
var tpl = ejs.compile('<%= user.name %> has <%= user.n %> item<%= user.n === 1 ? "" : "s" %>');
console.log(tpl({ user: { name: 'Ada', n: 1 } }), '|', tpl({ user: { name: 'Bo', n: 3 } }));
try { ejs.render('<%= nope.x %>', {}); } catch (e) { console.log('ejs error', e.name, /nope/.test(e.message)); }
