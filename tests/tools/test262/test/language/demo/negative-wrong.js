/*---
description: expects a TypeError but throws a ReferenceError, so it fails
negative:
  phase: runtime
  type: TypeError
---*/
undefinedVariable + 1;
