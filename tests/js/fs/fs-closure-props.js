// Closures (fs callbacks are the hot case) get their own 'length' and
// 'prototype' in muk's mujs only when something first looks (mujs patch
// 0008): every way of looking must see them as if they had always been there.
var fs = require('fs');

function make() { return function (a, b, c) { return a; }; }
function desc(o, k) {
  var d = Object.getOwnPropertyDescriptor(o, k);
  if (!d) return 'none';
  return [typeof d.value, d.writable, d.enumerable, d.configurable].join(',');
}
function has(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }
function line() { console.log(Array.prototype.slice.call(arguments).join(' ')); }

var f;
f = make(); line('length', f.length);
f = make(); line('prototype', typeof f.prototype, f.prototype.constructor === f, Object.getPrototypeOf(f.prototype) === Object.prototype);
f = make(); line('same prototype', f.prototype === f.prototype);
f = make(); line('desc length', desc(f, 'length').split(',').slice(0, 3).join()); // ES5: not configurable
f = make(); line('desc prototype', desc(f, 'prototype'));
f = make(); line('desc constructor', desc(f.prototype, 'constructor'));
f = make(); line('hasOwn', has(f, 'length'), has(f, 'prototype'), has(f, 'call'));
f = make(); line('in', 'prototype' in f, 'length' in f);
f = make(); line('keys', JSON.stringify(Object.keys(f)), JSON.stringify(Object.keys(f.prototype)));
f = make(); line('names include', Object.getOwnPropertyNames(f).indexOf('length') >= 0, Object.getOwnPropertyNames(f).indexOf('prototype') >= 0);
f = make(); var ks = []; for (var k in f) ks.push(k); line('for-in', ks.length);
f = make(); line('enumerable', f.propertyIsEnumerable('prototype'), f.propertyIsEnumerable('length'));
f = make(); line('delete prototype', delete f.prototype, has(f, 'prototype'));
f = make(); f.extra = 1; line('after set', has(f, 'extra'), has(f, 'prototype'), f.length, Object.keys(f).join());
f = make(); f.length = 9; line('length readonly', f.length);
f = make(); var p = f.prototype; f.prototype = { x: 1 }; line('prototype writable', f.prototype.x, p.constructor === f);
f = make(); line('instanceof', new f() instanceof f, Object.getPrototypeOf(new f()) === f.prototype);
f = make(); Object.preventExtensions(f); line('non-extensible', has(f, 'prototype'), f.length, Object.isExtensible(f), Object.isFrozen(f));
f = make(); Object.freeze(f); line('frozen', Object.isFrozen(f), desc(f, 'prototype'));
f = make(); Object.seal(f); line('sealed', Object.isSealed(f), desc(f, 'prototype'));
f = make(); line('bind', f.bind(null).length, f.bind(null, 1).length);
f = make(); line('json', JSON.stringify({ f: f, n: 1 }), JSON.stringify([f]));
f = make(); var c = Object.create(f); line('through create', c.length, typeof c.prototype, has(c, 'prototype'));
f = make(); line('defineProperties', JSON.stringify(Object.keys(Object.defineProperties({}, f))));
f = make(); Object.defineProperty(f, 'prototype', { value: 5 }); line('redefined', f.prototype, Object.getOwnPropertyDescriptor(f, 'prototype').enumerable);
f = make(); line('call', f.call(null, 7), f.apply(null, [8]));

// many closures as fs callbacks, their properties looked at after the calls
var dir = __dirname, n = 50, left = n, seen = [];
for (var i = 0; i < n; i++) {
  (function (i) {
    var cb = function (err, st) {
      if (err) throw err;
      seen.push(cb);
      if (--left === 0) {
        var ok = 0;
        for (var j = 0; j < seen.length; j++)
          if (seen[j].length === 2 && seen[j].prototype.constructor === seen[j] && !seen[j].propertyIsEnumerable('prototype')) ok++;
        line('callbacks', ok);
      }
    };
    if (i % 2) fs.stat(dir, cb); else fs.readFile(__filename, cb);
  })(i);
}
