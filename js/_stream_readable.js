// _stream_readable — the legacy name of stream.Readable (old packages require it).
'use strict';
module.exports = require('stream').Readable;
