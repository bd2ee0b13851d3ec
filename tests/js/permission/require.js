// require() under the permission model, as Node 20: a module inside
// --allow-fs-read loads, one outside throws ERR_ACCESS_DENIED naming the
// resolved file, a missing one is still MODULE_NOT_FOUND, and built-ins
// need no permission. Recorded from node 20 with require.flags.
'use strict';
var path = require('path');
function show(what, f) {
  try { var v = f(); console.log(what, 'ok', typeof v); } catch (e) {
    console.log(what, e.code, e.message.split('\n')[0].split(path.dirname(__dirname)).join('JS'), e.permission,
      typeof e.resource === 'string' ? path.relative(__dirname, e.resource) : e.resource);
  }
}
show('allowed module', function () { return require('../lib/rng'); });
show('denied module', function () { return require('../lib/seeds'); });
show('denied module again', function () { return require('../lib/seeds.js'); });
show('missing module', function () { return require('./no-such-module'); });
show('builtin', function () { return require('util'); });
