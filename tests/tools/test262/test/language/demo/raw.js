/*---
description: raw, so no harness (assert is not defined) and no strict run
flags: [raw]
---*/
if (typeof assert !== 'undefined') throw new Error('harness included');
