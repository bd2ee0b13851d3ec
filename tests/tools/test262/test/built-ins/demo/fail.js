/*---
description: fails with a Test262Error
---*/
assert.sameValue(1 + 1, 3, 'arithmetic');
