// process.stdout.write: strings leave as UTF-8 (astral characters and NUL
// included), Buffers as raw bytes, other encodings through Buffer.
process.stdout.write('smile \ud83d\ude00 han \u6f22 nul[\u0000]\n');
process.stdout.write(Buffer.from([0x62, 0x79, 0x74, 0x65, 0x73, 0xff, 0x00, 0x0a]));
process.stdout.write('68657820656e636f6465640a', 'hex');
process.stdout.write('lone \ud800 surrogate\n');
console.log('console too: \ud83c\udf89');
var wrote = process.stdout.write('with callback\n', function () { console.log('write callback ran'); });
console.log('write returned', wrote);
try { process.stdout.write(42); } catch (e) { console.log(e.code, e.message); }
try { process.stdout.write({}); } catch (e) { console.log(e.code); }
// (allocating may collect earlier garbage first: compare with the size alone)
var keep = Buffer.alloc(4 << 20);
console.log('external grows with Buffers', process.memoryUsage().external >= (4 << 20), keep.length);
