// internal/permission — process.permission (Node 20's permission model),
// present only when muk runs with --experimental-permission or an
// --allow-* flag. has() answers from the policy that decides: the fs
// scopes from the fs service (for a remote fs, its host's muk-serviced
// flags), the others from this process's flags (bridge/permission.c).
'use strict';

var B = internalBinding('permission');

function capOf(scope) { return B.CAPS.indexOf(scope); }

function fsHas(cap, reference) {
  var core = require('internal/fs_core');
  var args = reference === undefined ? [cap] : [cap, reference];
  return core.callSync({ op: 'permission', args: args, post: function (r) { return r[0] === 1; } });
}

function has(scope, reference) {
  var errors = require('internal/errors');
  if (typeof scope !== 'string') throw errors.invalidArgType('scope', 'string', scope);
  if (reference === null) reference = undefined; // as Node 20
  if (reference !== undefined && typeof reference !== 'string') {
    throw errors.invalidArgType('reference', 'string', reference);
  }
  // 'fs' is all of it: Node 20 answers true only when both are granted
  // without restriction, whatever the reference
  if (scope === 'fs') return has('fs.read') && has('fs.write');
  var cap = capOf(scope);
  if (cap < 0) return false;
  if (scope === 'fs.read' || scope === 'fs.write') return fsHas(cap, reference);
  return B.has(cap, reference);
}

// Node's ERR_ACCESS_DENIED: code, permission, resource.
function accessDenied(permission, resource) {
  var err = new Error('Access to this API has been restricted');
  err.code = 'ERR_ACCESS_DENIED';
  err.permission = permission;
  err.resource = resource;
  return err;
}

module.exports = { has: has, accessDenied: accessDenied, enabled: B.enabled };
