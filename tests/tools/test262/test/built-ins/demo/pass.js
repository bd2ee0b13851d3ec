/*---
es5id: 1.2.3
description: passes in both modes
---*/
assert.sameValue(1 + 1, 2);
