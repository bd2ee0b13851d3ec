// process — require('process') is the global process object, as in Node.
'use strict';
module.exports = process;
