// _stream_duplex — the legacy name of stream.Duplex (old packages require it).
'use strict';
module.exports = require('stream').Duplex;
