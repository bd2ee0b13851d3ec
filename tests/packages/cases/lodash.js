var _ = require('lodash');
console.log(_.chunk(['a', 'b', 'c', 'd'], 3), _.uniq([2, 1, 2]), _.groupBy([6.1, 4.2, 6.3], Math.floor));
console.log(_.debounce, typeof _.template('hi <%= user %>!'), _.template('hi <%= user %>!')({ user: 'fred' }));
console.log(_.merge({ a: [{ b: 2 }] }, { a: [{ c: 3 }] }), _.cloneDeep({ x: new Date(0), y: /re/g }).y.source);
console.log(_.sortBy([{ n: 'b', a: 2 }, { n: 'a', a: 1 }], ['a']).map(function (o) { return o.n; }), _.get({ a: { b: [1, { c: 9 }] } }, 'a.b[1].c'));
console.log(_.isEqual({ a: [1, { b: new Map([[1, 2]]) }] }, { a: [1, { b: new Map([[1, 2]]) }] }), _.camelCase('Foo Bar_baz'), _.kebabCase('fooBarBaz'));
console.log(_.range(0, 20, 5), _.zip([1, 2], ['a', 'b']), _.flattenDeep([1, [2, [3, [4]]]]), _.memoize(function (x) { return x * 2; })(21));
