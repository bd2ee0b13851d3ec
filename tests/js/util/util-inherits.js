// util.inherits and its argument errors
var util = require('util');
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' makes a sound'; };
function Dog(name) { Animal.call(this, name); }
Dog.prototype.fetch = function () { return this.name + ' fetches'; };
util.inherits(Dog, Animal);
var d = new Dog('Rex');
console.log(d.speak(), '|', d.fetch());
console.log(d instanceof Dog, d instanceof Animal, Dog.super_ === Animal);
console.log(Object.keys(Dog), Dog.prototype.constructor === Dog);
console.log(Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
console.log(util.inspect(d));
function check(label, fn) {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code + ' ' + e.message); }
}
check('null ctor', function () { util.inherits(null, Animal); });
check('undefined super', function () { util.inherits(Dog, undefined); });
check('super without prototype', function () { util.inherits(Dog, {}); });
check('null super', function () { util.inherits(Dog, null); });
