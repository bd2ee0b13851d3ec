var _ = require('underscore');
console.log(_.map([1, 2, 3], function (n) { return n * 3; }), _.pluck([{ n: 'x' }, { n: 'y' }], 'n'), _.template('<b><%- v %></b>')({ v: '<i>' }));
console.log(_.chain([3, 1, 2]).sortBy(_.identity).map(function (x) { return x + 1; }).value(), _.uniqueId('p'), _.escape('a&b'));
