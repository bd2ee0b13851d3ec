// Map and Set: SameValueZero keys, insertion order, iteration that sees
// additions and skips deletions (also across compaction of the table),
// clear() during iteration, constructors and V8's TypeErrors (mujs 0061).
var m = new Map([[1, 'a'], ['1', 'b'], [NaN, 'n'], [-0, 'z']]);
console.log(m.size, m.get(1), m.get('1'), m.get(NaN), m.get(0), m.get(+0), m.has(-0), m.has(2));
var keys = []; m.forEach(function (v, k, mm) { keys.push(String(k) + '=' + v); if (k === 1) { m.delete('1'); m.set('late', 'L'); } });
console.log(keys.join(','), m.size);
var it = m.entries(); console.log(it.next().value, Object.prototype.toString.call(it));
m.clear(); console.log(m.size, it.next());
var s = new Set('hello'); console.log(s.size, Array.from ? 'af' : '', s.has('l'));
var vals = []; var si = s.values(); var r; while (!(r = si.next()).done) vals.push(r.value); console.log(vals.join(''));
console.log(Object.prototype.toString.call(m), Object.prototype.toString.call(new WeakMap()), String(new Set()));
try { Map(); } catch (e) { console.log(e.name, e.message); }
try { new Map(1); } catch (e) { console.log(e.name, e.message); }
try { new Map({}); } catch (e) { console.log(e.name, e.message); }
try { new Map([1]); } catch (e) { console.log(e.name, e.message); }
try { Map.prototype.get.call({}, 1); } catch (e) { console.log(e.name, e.message); }
try { new Set().forEach(1); } catch (e) { console.log(e.name, e.message); }
var big = new Map(); for (var i = 0; i < 100000; i++) big.set('k' + i, i); for (i = 0; i < 100000; i += 2) big.delete('k' + i);
console.log(big.size, big.get('k99999'), big.get('k2'));
var ord = new Map(); ord.set('b', 1).set('a', 2).set(3, 3).set('b', 4); console.log(JSON.stringify(Array.from(ord)));
var del = new Set([1, 2, 3, 4]); var seen = [];
del.forEach(function (v) { seen.push(v); if (v === 1) { del.delete(2); del.add(5); } if (v === 3) del.clear(); });
console.log(seen.join(','), del.size);
var cl = new Map([[1, 1], [2, 2]]); var ci = cl.keys(); ci.next(); cl.clear(); cl.set(9, 9); console.log(JSON.stringify(ci.next()), ci.next().done);
var obj = {}, objs = new Map([[obj, 'o'], [null, 'null'], [undefined, 'u'], [true, 't']]);
console.log(objs.get(obj), objs.get({}), objs.get(null), objs.get(undefined), objs.get(true), objs.get(1), new Map().get('x'));
var sym = Symbol('s'); var sm = new Set([sym, sym, Symbol('s')]); console.log(sm.size, sm.has(sym));
var proto = Map.prototype.set; var calls = 0; Map.prototype.set = function (k, v) { calls++; return proto.call(this, k, v); };
new Map([[1, 2], [3, 4]]); Map.prototype.set = proto; console.log('set calls', calls);
console.log(Map.length, Set.length, Map.prototype.set.length, Object.getOwnPropertyNames(Map.prototype).sort().join(','));
var sizeDesc = Object.getOwnPropertyDescriptor(Map.prototype, 'size'); console.log(typeof sizeDesc.get, sizeDesc.set, sizeDesc.enumerable);
try { Map.prototype.size; } catch (e) { console.log(e.name, e.message); }
try { Set.prototype.add.call(new Map(), 1); } catch (e) { console.log(e.name, e.message); }
try { new Map([[1, 2]]).keys().next.call({}); } catch (e) { console.log(e.name); }
var x = new Map(); x.set('k', 1); console.log(x instanceof Map, new Set() instanceof Set, typeof Map, String(x.entries()));
