// util/types — require('util').types.
'use strict';
module.exports = require('util').types;
