// util.inspect and util.types for Symbol, symbol keys, Map, Set, WeakMap, WeakSet
// (engine patches 0060-0061), compared with node 20.
var util = require('util');
var s = Symbol('foo'); var o = { a: 1 }; o[s] = 2; o[Symbol()] = [1];
console.log(o, [s], util.inspect(o, { showHidden: true }));
var arr = [1, 2]; arr[Symbol.for('q')] = 'x'; console.log(arr);
console.log(new Map([['a', 1], [{ b: 2 }, [3]]]), new Set([1, 'two', [3]]), new Map(), new Set());
console.log(new WeakMap(), new WeakSet(), { m: new Map([[1, new Set([2])]]) });
var big = new Set(); for (var i = 0; i < 120; i++) big.add(i); console.log(util.inspect(big).slice(-40));
var mm = new Map([[1, 2]]); mm.extra = true; console.log(mm, util.inspect(new Map([[1, { a: { b: { c: {} } } }]]), { depth: 0 }));
var fake = {}; fake[Symbol.toStringTag] = 'Map'; console.log(fake);
var nested = new Map(); nested.set('self', nested); console.log(nested);
console.log(util.inspect(new Map([['x', 'y']]), { compact: false }));
console.log(Symbol.iterator, Object(Symbol('w')));
var t = util.types;
console.log(t.isMap(new Map()), t.isMap(new Set()), t.isMap(fake), t.isMap(Map.prototype), t.isSet(new Set()), t.isWeakMap(new WeakMap()), t.isWeakSet(new WeakSet()), t.isWeakSet(new WeakMap()));
console.log(t.isSymbolObject(Object(Symbol())), t.isSymbolObject(Symbol()), t.isSymbolObject(Symbol.prototype), t.isBoxedPrimitive(Object(Symbol())));
console.log(require('util').isSymbol(Symbol()), require('util').format('%s %o', Symbol('a'), new Map([[1, 2]])));
