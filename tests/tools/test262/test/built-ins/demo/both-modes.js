/*---
description: passes sloppy, fails strict: a test without flags runs in both
---*/
assert.sameValue((function () { return typeof this; })(), 'object');
