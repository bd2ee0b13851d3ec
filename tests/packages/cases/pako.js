var pako = require('pako'), zlib = require('zlib');
var input = Buffer.from(new Array(200).join('muk pako round trip '));
var def = pako.deflate(input), gz = pako.gzip(input);
console.log(def.length, gz.length, Buffer.from(pako.inflate(def)).equals(input), Buffer.from(pako.ungzip(gz)).toString().slice(0, 20));
console.log(zlib.inflateSync(Buffer.from(def)).equals(input), Buffer.from(pako.inflate(zlib.deflateSync(input))).equals(input), pako.inflate(def, { to: 'string' }).length);
