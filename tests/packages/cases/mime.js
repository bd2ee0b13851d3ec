var mime = require('mime');
console.log(mime.lookup('/path/to/file.txt'), mime.lookup('file.json'), mime.lookup('x.unknownext'), mime.extension('text/html'), mime.charsets.lookup('text/plain'));
console.log(require('mime-types').lookup('a.js'), require('mime-types').contentType('json'), require('mime-db')['application/json'].extensions);
