'use strict';
// The deprecated `constants` module (graceful-fs and other older packages
// still load it): os.constants' dlopen, errno, priority and signals,
// fs.constants and crypto.constants in one object, as in Node (whose
// crypto part is the binding's: without defaultCipherList).
var os = require('os').constants;
var parts = [os.dlopen, os.errno, os.priority, os.signals, require('fs').constants,
             require('internal/crypto_constants')];
for (var i = 0; i < parts.length; i++) {
  var part = parts[i] || {};
  for (var k in part) if (k !== 'defaultCipherList') exports[k] = part[k];
}
