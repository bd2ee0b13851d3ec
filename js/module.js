// module — the CommonJS Module class (require('module')).
'use strict';

module.exports = require('internal/loader').Module;
