// new Error(message, { cause }) (ES2022, mujs patch 0220): an own,
// non-enumerable cause for every Error constructor, read through getters,
// absent when the options have none or are not an object; and the
// prototypes' message, the empty string (patch 0221).
var ctors = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
ctors.forEach(function (C) {
  var e = new C('m', { cause: 'why' });
  var d = Object.getOwnPropertyDescriptor(e, 'cause');
  console.log(e.name, e.cause, d.enumerable, d.writable, d.configurable, Object.keys(e).length);
});
console.log('cause' in new Error('m', {}), 'cause' in new Error('m'), 'cause' in new Error('m', 'str'),
            'cause' in new Error('m', null), 'cause' in new Error('m', { cause: 1 }));
console.log(new Error('m', { cause: undefined }).hasOwnProperty('cause'));
var inherited = Object.create({ cause: 'from proto' });
console.log(new Error('m', inherited).cause);
var getter = {};
Object.defineProperty(getter, 'cause', { get: function () { return 'computed'; } });
console.log(new Error('m', getter).cause);
var obj = { deep: [1] };
console.log(Error('no new', { cause: obj }).cause === obj);
console.log(new Error(undefined, { cause: 0 }).message === '', new Error(undefined, { cause: 0 }).cause);
// Error.prototype.message and the native errors' (mujs patch 0221): ''
ctors.forEach(function (C) {
  console.log(C.name, JSON.stringify(C.prototype.message), Object.prototype.hasOwnProperty.call(C.prototype, 'message'),
              Object.getOwnPropertyDescriptor(C.prototype, 'message').enumerable, JSON.stringify(new C().message),
              Object.prototype.hasOwnProperty.call(new C(), 'message'));
});
