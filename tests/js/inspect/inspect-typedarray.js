// util.inspect and util.types for the engine's typed arrays and ArrayBuffers
// (issue 15 item 3), beside a Buffer; compared with node 20.
console.log(new Uint8Array([1, 2]), new Float64Array(0), new Int16Array(120), [new Uint8ClampedArray(2)]);
console.log(new ArrayBuffer(3), { a: new ArrayBuffer(0) });
var util = require('util');
console.log(util.types.isUint8Array(Buffer.alloc(1)), util.types.isUint8Array(new Uint8Array(1)), util.types.isTypedArray(new Float32Array(1)), util.types.isTypedArray(new DataView(new ArrayBuffer(1))), util.types.isDataView(new DataView(new ArrayBuffer(1))), util.types.isArrayBufferView(Buffer.alloc(0)), util.types.isInt8Array(new Int8Array(1)));
var t = new Uint8Array(2); t.foo = 1; console.log(t, util.inspect(new Uint8Array(300)).length);
console.log(Buffer.alloc(3));
