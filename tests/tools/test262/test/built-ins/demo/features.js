/*---
description: has a features tag, so it is not in the ES5 set
features: [Symbol]
---*/
throw new Error('never run');
