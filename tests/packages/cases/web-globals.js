// Packages that use the web-platform globals node 20 has: js-base64 2 calls
// the global btoa/atob, the events polyfill's once() listens on an
// EventTarget, abortcontroller-polyfill leaves a native AbortController in
// place (and its ponyfill's Babel-made subclasses work: Reflect.construct's
// newTarget).
var Base64 = require('js-base64').Base64;
var s = 'dankogai \u5c0f\u98fc\u5f3e \ud83d\ude00';
var e = Base64.encode(s);
console.log(e, Base64.decode(e) === s, Base64.encodeURI(s), Base64.btoa('latin\xff'), Base64.atob('bGF0aW7/'));
try {
  Base64.btoa('\u0100');
} catch (err) {
  console.log('btoa wide', err.name, err.code);
}

var native = globalThis.AbortController;
require('abortcontroller-polyfill/dist/abortcontroller-polyfill-only');
console.log('native AbortController kept', globalThis.AbortController === native);
var ponyfill = require('abortcontroller-polyfill/dist/cjs-ponyfill');
var pac = new ponyfill.AbortController();
pac.signal.addEventListener('abort', function () { console.log('ponyfill abort', pac.signal.aborted); });
pac.abort();
console.log('ponyfill classes', pac.signal instanceof ponyfill.AbortSignal, String(pac.signal));

var eventsPolyfill = require('events/');
var target = new EventTarget();
eventsPolyfill.once(target, 'ready').then(function (args) {
  console.log('events polyfill once on EventTarget', args[0].type, args[0] instanceof Event);
});
target.dispatchEvent(new Event('ready'));
