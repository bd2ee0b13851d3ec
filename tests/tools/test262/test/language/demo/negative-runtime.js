/*---
description: a ReferenceError when run
negative:
  phase: runtime
  type: ReferenceError
---*/
undefinedVariable + 1;
