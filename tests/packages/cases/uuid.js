var uuid = require('uuid');
var v4 = uuid.v4(), v1 = uuid.v1();
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(v4), /^[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-/.test(v1), v4 !== uuid.v4());
console.log(require('uuid/v5')('hello', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), require('uuid/v3')('hello', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'));
var buf = []; uuid.v4(null, buf, 0); console.log(buf.length);
