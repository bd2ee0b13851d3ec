// fs/promises — the same object as require('fs').promises.
'use strict';
module.exports = require('fs').promises;
