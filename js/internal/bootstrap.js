// internal/bootstrap — intentionally empty: startup is native now
// (bridge/boot.c, boot_native). mujs compiles ~365 instructions per byte of
// source, and this file's JS cost an empty script ~2 M instructions. What it
// did lives there: the built-in module table, the lazily materialised globals
// (process, setTimeout & co. from internal/timers, console, Buffer), the main
// module (internal/loader loads on the first require of a file), and the
// hooks C calls. Kept so existing build dirs don't need a reconfigure; the
// loader binding's compileBuiltin/hasBuiltin/resolveMain remain for JS use.
'use strict';
