var yaml = require('js-yaml');
var doc = yaml.safeLoad('a: 1\nb:\n  - x\n  - {y: 2}\nc: |\n  multi\n  line\nd: 2001-12-14\ne: !!str 123\n');
console.log(JSON.stringify(doc));
console.log(yaml.safeDump({ name: 'muk', list: [1, 'two', { three: 3 }], nested: { ok: true, nul: null } }));
try { yaml.safeLoad('a: [1, 2'); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
