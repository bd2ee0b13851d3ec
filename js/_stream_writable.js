// _stream_writable — the legacy name of stream.Writable (old packages require it).
'use strict';
module.exports = require('stream').Writable;
