// A listener's exception (or its rejected promise) does not stop the
// dispatch: it is reported as uncaught on a later tick. A null listener is
// ignored with an AddEventListenerArgumentTypeWarning.
process.on('uncaughtException', function (e) { console.log('uncaught', e.message); });
process.on('warning', function (w) { console.log('warning', w.name, w.message); });
var et = new EventTarget();
et.addEventListener('x', function () { throw new Error('first listener'); });
et.addEventListener('x', function () { return Promise.reject(new Error('async listener')); });
et.addEventListener('x', function () { console.log('third still runs'); });
et.addEventListener('x', null);
et.addEventListener('x', undefined);
console.log('dispatch returned', et.dispatchEvent(new Event('x')));
console.log('sync end');
