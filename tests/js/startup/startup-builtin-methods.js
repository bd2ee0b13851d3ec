// Built-in methods are not constructors: no "prototype" property (ES5 15),
// while constructors and script functions keep theirs.
var methods = {
  'Math.max': Math.max,
  'Math.sin': Math.sin,
  'Array.prototype.push': Array.prototype.push,
  'String.prototype.slice': String.prototype.slice,
  'Object.keys': Object.keys,
  'Function.prototype.call': Function.prototype.call,
  'JSON.stringify': JSON.stringify,
  'Date.prototype.getTime': Date.prototype.getTime,
  'Date.now': Date.now,
  'RegExp.prototype.test': RegExp.prototype.test,
  'parseInt': parseInt,
  'encodeURIComponent': encodeURIComponent
};
var names = Object.keys(methods).sort();
for (var i = 0; i < names.length; i++) {
  var f = methods[names[i]];
  console.log(names[i], typeof f, typeof f.prototype, f.hasOwnProperty('prototype'));
}

var ctors = ['Object', 'Array', 'String', 'Number', 'Boolean', 'Date', 'RegExp', 'Error', 'TypeError', 'Function'];
for (i = 0; i < ctors.length; i++) {
  var c = this[ctors[i]] || global[ctors[i]];
  console.log(ctors[i], typeof c.prototype, c.prototype.constructor === c);
}

function Script() {}
console.log('script function', typeof Script.prototype, Script.prototype.constructor === Script);

// instanceof needs an object prototype: a method on the right is a TypeError.
try {
  console.log({} instanceof Math.max);
} catch (e) {
  console.log('instanceof Math.max:', e instanceof TypeError);
}
// The methods still work.
console.log(Math.max(1, 3, 2), [1, 2].concat([3]).join(), 'abc'.slice(1), parseInt('42', 10));
