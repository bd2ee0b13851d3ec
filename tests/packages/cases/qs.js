var qs = require('qs');
console.log(qs.parse('a[b][c]=d&e[]=1&e[]=2&f=%20x'), qs.stringify({ a: { b: [1, 2] }, c: 'd e' }), qs.stringify({ a: [1, 2] }, { arrayFormat: 'brackets', encode: false }));
console.log(qs.parse('a=1&a=2&b[0]=x'), qs.parse('?x=1', { ignoreQueryPrefix: true }), qs.parse('a.b=c', { allowDots: true }));
