/*---
description: in a directory outside the default set
---*/
throw new Error('never run');
