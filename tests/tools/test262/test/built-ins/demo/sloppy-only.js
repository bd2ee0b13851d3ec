/*---
description: runs sloppy only (with is a SyntaxError in strict code)
flags: [noStrict]
---*/
with ({ v: 5 }) assert.sameValue(v, 5);
