// console.group indentation (applies to every line, including multi-line output)
console.log('level 0');
console.group('Group A');
console.log('level 1');
console.log({ a: 1, b: 'two', c: [3, 4], d: { deep: { deeper: { deepest: 1 } } }, e: 'a longer string value here' });
console.group();
console.log('level 2\nsecond line');
console.groupCollapsed('collapsed');
console.info('level 3');
console.groupEnd();
console.groupEnd();
console.log('back to 1');
console.groupEnd();
console.groupEnd();
console.log('level 0 again');
console.group('%s-%d', 'fmt', 7);
console.log('in fmt group');
console.groupEnd();
