// _stream_transform — the legacy name of stream.Transform (old packages require it).
'use strict';
module.exports = require('stream').Transform;
