// Date and Math behave as plain global data properties from the start
// (muk builds them on first use).
var d = Object.getOwnPropertyDescriptor(global, 'Math');
console.log('Math descriptor:', typeof d.value, d.writable, d.enumerable, d.configurable, 'get' in d);
console.log('Math works:', Math.max(1, 5, 3), Math.floor(2.5), Math === d.value);
var names = Object.getOwnPropertyNames(global);
console.log('own names:', names.indexOf('Date') >= 0, names.indexOf('Math') >= 0);
console.log('enumerable:', Object.keys(global).indexOf('Date'), Object.keys(global).indexOf('Math'));
// Assigned before any use: the value assigned, as a writable data property.
Date = 42;
var dd = Object.getOwnPropertyDescriptor(global, 'Date');
console.log('Date assigned:', Date, dd.value, dd.writable, dd.enumerable, 'get' in dd);
