// internal/env — an environment variable for muk's own modules (NODE_DEBUG,
// FORCE_COLOR, HOME, TMPDIR, ...): what process.env holds, or, when the
// script may not read the environment (permission mode without
// --allow-env), the process's own, so muk itself keeps working.
'use strict';

var guarded = false;

function get(name) {
  if (guarded) return internalBinding('permission').getenv(name);
  return typeof process === 'object' && process.env ? process.env[name] : undefined;
}

module.exports = { get: get, guard: function () { guarded = true; } };
