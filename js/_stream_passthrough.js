// _stream_passthrough — the legacy name of stream.PassThrough (old packages require it).
'use strict';
module.exports = require('stream').PassThrough;
