// crypto.constants: every key and value, in Node's order.
'use strict';
var constants = require('crypto').constants;
var keys = Object.keys(constants);
console.log('count', keys.length);
keys.forEach(function (k) { console.log(k, typeof constants[k], String(constants[k]).slice(0, 60)); });
console.log(constants.defaultCipherList === constants.defaultCoreCipherList, constants.defaultCipherList.length);
