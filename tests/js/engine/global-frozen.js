// Freezing or sealing the global object before the first use of a lazily
// made global (muk builds console, Buffer, timers and process on first use).
Object.freeze(globalThis);
console.log(typeof setTimeout, typeof Buffer, typeof process, Object.isFrozen(globalThis));
console.log(setTimeout === setTimeout, Buffer === Buffer, process === process, console === console);
var d = Object.getOwnPropertyDescriptor(globalThis, 'setTimeout');
console.log(typeof d.value === 'function' || typeof d.get === 'function', d.configurable, d.writable === true);
setTimeout(function () { console.log('timer', Buffer.from('hi').toString('hex')); }, 1);
