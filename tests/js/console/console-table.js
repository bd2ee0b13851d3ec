// console.table
console.table([{ a: 1, b: 'y' }, { a: 'z', b: 2 }]);
console.table([[1, 2], [3, 4]]);
console.table({ r1: { c1: 1 }, r2: { c2: 2 } });
console.table([1, 'two', { three: 3 }]);
console.table([{ a: 1, b: 2 }, { a: 3, b: 4 }], ['a']);
console.table('not tabular');
console.table([]);
