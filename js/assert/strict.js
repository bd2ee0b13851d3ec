// assert/strict — assert in strict mode (require('assert').strict).
'use strict';
module.exports = require('assert').strict;
