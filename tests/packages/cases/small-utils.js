// xtend, inherits, extend, object-assign, escape-html, cookie, classnames
var xtend = require('xtend'), inherits = require('inherits'), extend = require('extend');
console.log(xtend({ a: 1 }, { b: 2 }, { a: 3 }), extend(true, {}, { a: { b: [1] } }, { a: { c: 2 } }), require('object-assign')({}, { x: 1 }, null, { y: 2 }));
function A() {} function B() { A.call(this); } inherits(B, A); console.log(new B() instanceof A, B.super_ === A);
console.log(require('escape-html')('<a href="x">&\'</a>'), require('classnames')('a', { b: true, c: false }, ['d', { e: 1 }]));
var cookie = require('cookie');
console.log(cookie.parse('foo=bar; equation=E%3Dmc%5E2; x'), cookie.serialize('name', 'v a', { httpOnly: true, maxAge: 60, path: '/', sameSite: 'lax' }));
