var through2 = require('through2'), Readable = require('readable-stream').Readable;
var r = new Readable({ read: function () {} });
['a\nb', 'c\n', 'd'].forEach(function (s) { r.push(s); }); r.push(null);
var out = [];
r.pipe(through2(function (chunk, enc, cb) { this.push(String(chunk).toUpperCase()); cb(); }))
 .pipe(through2.obj(function (chunk, enc, cb) { out.push(String(chunk)); cb(); }, function (cb) { console.log('through2', out.join('')); cb(); }));
