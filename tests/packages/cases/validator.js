var v = require('validator');
console.log(v.isEmail('foo@bar.com'), v.isEmail('nope@'), v.isURL('https://x.org/p?q=1'), v.isIP('10.0.0.256'), v.isUUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8'));
console.log(v.escape('<a>'), v.normalizeEmail('Foo.Bar+x@GMail.com'), v.isISO8601('2024-02-29T10:00:00Z'), v.toInt('42abc'), v.isCreditCard('4111111111111111'));
