/*---
description: uses a harness file named in includes
includes: [double.js]
---*/
assert.sameValue(double(21), 42);
