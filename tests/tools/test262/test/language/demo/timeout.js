/*---
description: never ends, so the per-test timeout fails it
flags: [noStrict]
---*/
for (;;) {}
