// Random programs on plain objects: defineProperty with
// every attribute combination, getters/setters, freeze/seal/
// preventExtensions, delete, in, hasOwnProperty, keys/entries/values/
// getOwnPropertyNames/assign/create, numeric-like keys; each step's
// result and the object's own properties printed; compared with node.
'use strict';
var rng = require('../lib/rng');
var ri = rng.ri, pick = rng.pick;
var keys = ['a', 'b', '0', '1', '10', '01', '-1', '4294967294', '4294967295', 'length', '1.5', ''];
function desc(o, k) {
  var d = Object.getOwnPropertyDescriptor(o, k);
  if (!d) return '-';
  return (d.get || d.set ? 'acc' : 'v=' + JSON.stringify(d.value)) + (d.writable ? 'W' : '') + (d.enumerable ? 'E' : '') + (d.configurable ? 'C' : '');
}
function own(o) { return Object.getOwnPropertyNames(o).map(function (k) { return k + ':' + desc(o, k); }).join(' '); }
function run(s0) {
  rng.seed(s0);
  var out = [], o = {};
  for (var i = 0; i < 40; i++) {
    var k = pick(keys), op = ri(14), r;
    try {
      switch (op) {
      case 0: case 1: o[k] = i; r = o[k]; break;
      case 2: Object.defineProperty(o, k, { value: i, writable: !!ri(2), enumerable: !!ri(2), configurable: !!ri(2) }); r = 'def'; break;
      case 3: Object.defineProperty(o, k, { get: function () { return 'g' + k; }, enumerable: !!ri(2), configurable: !!ri(2) }); r = o[k]; break;
      case 4: r = delete o[k]; break;
      case 5: r = [k in o, o.hasOwnProperty(k), Object.prototype.propertyIsEnumerable.call(o, k)]; break;
      case 6: r = [Object.keys(o), JSON.stringify(o)]; break;
      case 7: r = Object.entries(o).map(function (e) { return e.join('='); }); break;
      case 8: var f = pick(['freeze', 'seal', 'preventExtensions']); Object[f](o); r = [f, Object.isFrozen(o), Object.isSealed(o), Object.isExtensible(o)]; break;
      case 9: r = Object.assign({}, o); r = Object.keys(r); break;
      case 10: var c = Object.create(o); c.z = 1; r = [Object.keys(c), 'a' in c, c[k]]; break;
      case 11: var p = {}; for (var q in o) p[q] = 1; r = Object.keys(p); break;
      case 12: if (Array.isArray(o)) { o.length = ri(5); r = o.length; } else r = 'na'; break;
      case 13: Object.defineProperty(o, k, { writable: false }); r = o[k]; break;
      }
      out.push(i + ' op' + op + ' ' + k + ' -> ' + JSON.stringify(r) + ' | ' + own(o));
    } catch (e) { out.push(i + ' op' + op + ' ' + k + ' throws ' + e.name + ' | ' + own(o)); }
  }
  console.log(out.join('\n'));
}
for (var k = +(process.argv[2] || 1), last = +(process.argv[3] || k); k <= last; k++) run(k);
