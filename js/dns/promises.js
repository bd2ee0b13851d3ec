// dns/promises — the same object as require('dns').promises.
'use strict';
module.exports = require('dns').promises;
